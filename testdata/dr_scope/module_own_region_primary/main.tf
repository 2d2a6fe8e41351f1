provider "aws" {
  region = "eu-west-1"
}

# The DR module inherits the primary default, but its queue names its own region: the
# region argument decides, so drguard_resource_region reports it (handing the module a DR
# configuration would not move the queue).
module "dr" {
  source = "./m"
  region = "eu-west-1"
}

# The same module told to work in a DR region: its own region clears the inherited default.
module "dr_fixed" {
  source = "./m"
  region = "eu-west-2"
}
