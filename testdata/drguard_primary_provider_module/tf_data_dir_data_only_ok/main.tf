# terraform init ran with TF_DATA_DIR=tfdata (see env): the module is installed under
# tfdata/modules, where drguard reads it, and it only reads with the primary configuration.
# (Looked for under .terraform/modules, it would be not installed, and reported.)
module "queue" {
  source  = "acme/queue/aws"
  version = "1.0.0"
  providers = {
    aws = aws.primary
  }
  name = "orders"
}
