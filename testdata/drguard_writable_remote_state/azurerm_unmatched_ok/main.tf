provider "azurerm" {
  features {}
}

# azurerm names no region, and no primary_state block covers this location: it is not known
# to be the primary's state, so its outputs are not followed.
data "terraform_remote_state" "network" {
  backend = "azurerm"
  config = {
    storage_account_name = "sharedtfstate"
    container_name       = "tfstate"
    key                  = "network.terraform.tfstate"
  }
}

resource "azurerm_subnet" "app" {
  name                 = "app"
  resource_group_name  = "dr-network"
  virtual_network_name = data.terraform_remote_state.network.outputs.vnet_name
  address_prefixes     = ["10.1.1.0/24"]
}
