provider "azurerm" {
  features {}
}

# "East US" is eastus: regions compare ignoring case and spaces.
resource "azurerm_resource_group" "dr" {
  name     = "dr-rg"
  location = "East US"
}

resource "azurerm_resource_group" "dr_ok" {
  name     = "dr-rg-west"
  location = "West US 2"
}
