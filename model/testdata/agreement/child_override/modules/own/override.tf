# A default provider block may be overridden without a base block: this one becomes the
# module's own default configuration.
provider "terraform" {}

# Merges into the block with the same name and alias; still one configuration, module.own:terraform.x.
provider "terraform" {
  alias = "x"
}
