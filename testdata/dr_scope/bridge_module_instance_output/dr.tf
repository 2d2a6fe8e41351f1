# DR-side subnets, placed in eu-west-2 by their own region, but in the primary's VPCs: one
# instance named by its key, one by a key that is not a literal.
resource "aws_subnet" "dr" {
  region     = "eu-west-2"
  vpc_id     = module.vpc["a"].vpc_id
  cidr_block = "10.1.0.0/24"
}

resource "aws_subnet" "per_vpc" {
  for_each   = toset(["a", "b"])
  region     = "eu-west-2"
  vpc_id     = module.vpc[each.key].vpc_id
  cidr_block = "10.1.1.0/24"
}
