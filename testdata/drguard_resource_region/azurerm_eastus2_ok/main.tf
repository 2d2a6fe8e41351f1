provider "azurerm" {
  features {}
}

# "East US 2" is eastus2, not eastus; AzureRM zones are plain numbers.
resource "azurerm_resource_group" "dr" {
  name     = "dr-rg"
  location = "East US 2"
}

resource "azurerm_public_ip" "dr" {
  name                = "dr-ip"
  resource_group_name = azurerm_resource_group.dr.name
  location            = "eastus2"
  allocation_method   = "Static"
  zones               = ["1", "2"]
}
