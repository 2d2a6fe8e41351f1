variable "store_region" {
  type    = string
  default = "US-West-2"
}

module "store" {
  source = "./modules/store"
  name   = "dr-exports"
  region = var.store_region
}
