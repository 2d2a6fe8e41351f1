# The provider blocks are in providers.tf.
resource "aws_security_group" "dr_access" {
  provider = aws.primary
  name     = "dr-access"
}
