module "bridge" {
  source = "../bridge"
}

output "vpc_id" {
  value = module.bridge.vpc.id
}
