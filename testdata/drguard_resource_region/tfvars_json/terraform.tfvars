queue_region = "us-west-2"
