terraform {
  backend "azurerm" {
    resource_group_name  = "tfstate"
    storage_account_name = "acmetfstate"
    container_name       = "tfstate"
    key                  = "dr.terraform.tfstate"
  }
}

# azurerm names no region: without a primary_state block this is not known to be
# the primary's state, so sharing its account is not reported.
data "terraform_remote_state" "network" {
  backend = "azurerm"
  config = {
    resource_group_name  = "tfstate"
    storage_account_name = "acmetfstate"
    container_name       = "tfstate"
    key                  = "network.terraform.tfstate"
  }
}
