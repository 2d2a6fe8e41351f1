resource "aws_sqs_queue" "q01" {
  name = "q01"
}

resource "aws_sqs_queue" "q02" {
  name = "q02"
}

resource "aws_sqs_queue" "q03" {
  name = "q03"
}

resource "aws_sqs_queue" "q04" {
  name = "q04"
}

resource "aws_sqs_queue" "q05" {
  name = "q05"
}

resource "aws_sqs_queue" "q06" {
  name = "q06"
}

resource "aws_sqs_queue" "q07" {
  name = "q07"
}

resource "aws_sqs_queue" "q08" {
  name = "q08"
}

resource "aws_sqs_queue" "q09" {
  name = "q09"
}

resource "aws_sqs_queue" "q10" {
  name = "q10"
}

resource "aws_sqs_queue" "q11" {
  name = "q11"
}

resource "aws_sqs_queue" "q12" {
  name = "q12"
}
