variable "name" {
  type = string
}

data "aws_sqs_queue" "this" {
  name = var.name
}
