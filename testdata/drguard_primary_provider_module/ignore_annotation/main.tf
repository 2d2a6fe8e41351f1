# Reviewed: this queue belongs in the primary region (see the runbook).
module "queue" {
  source = "./modules/queue"
  providers = {
    # tflint-ignore: drguard_primary_provider_module
    aws = aws.primary
  }
  name = "failover-events"
}

# tflint-ignore: drguard_primary_provider_module
module "gone" {
  source = "./modules/gone"
  providers = {
    aws = aws.primary
  }
}
