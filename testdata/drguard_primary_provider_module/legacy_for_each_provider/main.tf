module "multi" {
  source = "./modules/multi"
}
