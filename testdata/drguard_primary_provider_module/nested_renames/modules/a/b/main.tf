module "c" {
  source = "./c"
  providers = {
    aws.dst = aws
  }
}
