provider "aws" {
  region = "us-west-2"
}

provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

data "terraform_remote_state" "primary_vpc" {
  backend = "s3"
  config = {
    bucket = "primary-terraform-state"
    key    = "network/terraform.tfstate"
    region = "us-east-1"
  }
}

resource "aws_iam_role" "dr_bridge" {
  name = "dr-bridge"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "ec2.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })
}

# The DR side may read the primary's state: the bucket ARN inside a policy document is not a
# target, the role the policy is attached to is DR's own.
data "aws_iam_policy_document" "read_primary_state" {
  statement {
    actions   = ["s3:ListBucket"]
    resources = ["arn:aws:s3:::primary-terraform-state"]
  }
  statement {
    actions   = ["s3:GetObject"]
    resources = ["arn:aws:s3:::primary-terraform-state/network/terraform.tfstate"]
  }
}

resource "aws_iam_policy" "read_primary_state" {
  name   = "read-primary-state"
  policy = data.aws_iam_policy_document.read_primary_state.json
}

resource "aws_iam_role_policy_attachment" "read_primary_state" {
  role       = aws_iam_role.dr_bridge.name
  policy_arn = aws_iam_policy.read_primary_state.arn
}

resource "aws_iam_role_policy" "read_primary_state_inline" {
  role = aws_iam_role.dr_bridge.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["s3:GetObject"]
      Resource = ["arn:aws:s3:::${data.terraform_remote_state.primary_vpc.config.bucket}/*"]
    }]
  })
}
