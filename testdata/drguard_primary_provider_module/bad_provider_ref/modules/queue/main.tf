resource "aws_sqs_queue" "events" {
  provider = aws.x.y
  name     = "events"
}
