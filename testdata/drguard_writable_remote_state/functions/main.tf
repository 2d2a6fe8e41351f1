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

locals {
  primary_vpc_ids = data.terraform_remote_state.primary_vpc.outputs.vpc_ids
}

# One sink per function: the primary's value reaches it through the call.
resource "aws_route" "index" {
  route_table_id         = data.terraform_remote_state.primary_vpc.outputs.route_table_ids[0]
  destination_cidr_block = "10.1.0.0/16"
  gateway_id             = "vgw-0123456789abcdef0"
}

resource "aws_route" "string_index" {
  route_table_id         = data.terraform_remote_state.primary_vpc.outputs["route_table_id"]
  destination_cidr_block = "10.1.0.0/16"
  gateway_id             = "vgw-0123456789abcdef0"
}

resource "aws_route" "try" {
  route_table_id         = try(data.terraform_remote_state.primary_vpc.outputs.route_table_id, "rtb-0dr00000000000000")
  destination_cidr_block = "10.1.0.0/16"
  gateway_id             = "vgw-0123456789abcdef0"
}

resource "aws_route_table_association" "one" {
  subnet_id      = one(data.terraform_remote_state.primary_vpc.outputs.public_subnet_ids)
  route_table_id = "rtb-0dr00000000000000"
}

resource "aws_route_table_association" "element" {
  subnet_id      = "subnet-0dr0000000000000"
  route_table_id = element(data.terraform_remote_state.primary_vpc.outputs.route_table_ids, 1)
}

resource "aws_security_group" "lookup" {
  name   = "dr-lookup"
  vpc_id = lookup(data.terraform_remote_state.primary_vpc.outputs.vpc_ids, "app")
}

resource "aws_subnet" "coalesce" {
  vpc_id     = coalesce(data.terraform_remote_state.primary_vpc.outputs.vpc_id, "vpc-0dr0000000000000")
  cidr_block = "10.1.1.0/24"
}

resource "aws_subnet" "tolist" {
  vpc_id     = tolist(local.primary_vpc_ids)[0]
  cidr_block = "10.1.2.0/24"
}

resource "aws_subnet" "toset" {
  for_each   = toset(["a"])
  vpc_id     = one(toset(local.primary_vpc_ids))
  cidr_block = "10.1.3.0/24"
}

resource "aws_network_acl" "concat" {
  vpc_id = concat(local.primary_vpc_ids, ["vpc-0dr0000000000000"])[0]
}

resource "aws_internet_gateway" "flatten" {
  vpc_id = flatten([local.primary_vpc_ids])[0]
}

resource "aws_route53_record" "format" {
  zone_id = format("%s", data.terraform_remote_state.primary_vpc.outputs.zone_id)
  name    = "dr.example.com"
  type    = "CNAME"
  ttl     = 60
  records = ["dr-lb.example.com"]
}

resource "aws_iam_role_policy_attachment" "join" {
  role       = join("", [data.terraform_remote_state.primary_vpc.outputs.app_role_name])
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}

resource "aws_s3_object" "split" {
  bucket  = split("/", data.terraform_remote_state.primary_vpc.outputs.artifacts_path)[0]
  key     = "dr/marker"
  content = "dr"
}

resource "aws_dynamodb_table_item" "template" {
  table_name = data.terraform_remote_state.primary_vpc.outputs.table_name
  hash_key   = "id"
  item       = jsonencode({ id = { S = "dr" } })
}
