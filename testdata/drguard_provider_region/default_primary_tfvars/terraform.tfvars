dr_region = "us-east-1"
