variable "store_region" {
  type    = string
  default = "US-East-1"
}

module "store" {
  source = "./modules/store"
  name   = "dr-exports"
  region = var.store_region
}
