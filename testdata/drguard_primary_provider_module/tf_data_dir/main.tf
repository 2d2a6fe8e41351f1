# terraform init ran with TF_DATA_DIR=tfdata (see env): the module is installed under
# tfdata/modules, not .terraform/modules. The stale .terraform/modules/modules.json points at
# a copy that only reads, and must not be read.
module "queue" {
  source  = "acme/queue/aws"
  version = "1.0.0"
  providers = {
    aws = aws.primary
  }
  name = "orders"
}
