queue_region = "us-east-1"
