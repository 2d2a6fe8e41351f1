# A module that creates a queue with whatever aws provider configuration it is handed.
resource "aws_sqs_queue" "events" {
  name = "dr-events"
}
