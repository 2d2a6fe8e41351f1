dr_region      = "us-west-2"
primary_region = "us-east-1"
# The mistake: the backup configuration was meant for a second DR region.
backup_region = "us-east-1"
