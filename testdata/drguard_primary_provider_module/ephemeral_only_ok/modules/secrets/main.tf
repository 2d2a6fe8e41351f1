# Ephemeral values are read and never stored: nothing is written in the primary region.
ephemeral "aws_secretsmanager_secret_version" "db" {
  secret_id = "primary/db"
}
