resource "aws_sqs_queue" "failback" {
  name = "failback"
}
