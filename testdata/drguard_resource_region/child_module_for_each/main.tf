# One module instance per region (AWS provider v6): the us-east-1 instance creates its
# bucket in the primary region.
module "store" {
  source   = "./modules/store"
  for_each = toset(["us-west-2", "us-east-1"])
  name     = "dr-exports-${each.key}"
  region   = each.key
}
