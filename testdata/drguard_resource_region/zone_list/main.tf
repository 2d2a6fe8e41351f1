provider "aws" {
  region = "us-west-2"
}

provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

# Judged element by element: only us-east-1b is in the primary region.
resource "aws_autoscaling_group" "app" {
  name               = "dr-app"
  min_size           = 1
  max_size           = 2
  availability_zones = ["us-west-2a", "us-east-1b", "us-west-2c"]

  launch_template {
    id = "lt-0123456789abcdef0"
  }
}
