provider "azurerm" {
  features {}
}

variable "dr_location" {
  type    = string
  default = "westus2"
}

# The AzureRM idiom: the resource group is placed once, and everything in it takes its
# location from the group's configured location.
resource "azurerm_resource_group" "dr" {
  name     = "dr-rg"
  location = var.dr_location
}

resource "azurerm_storage_account" "dr" {
  name                     = "drstorage"
  resource_group_name      = azurerm_resource_group.dr.name
  location                 = azurerm_resource_group.dr.location
  account_tier             = "Standard"
  account_replication_type = "LRS"
}

resource "azurerm_container_registry" "dr" {
  name                = "drregistry"
  resource_group_name = azurerm_resource_group.dr.name
  location            = azurerm_resource_group.dr.location
  sku                 = "Premium"
}

module "app" {
  source              = "./modules/app"
  resource_group_name = azurerm_resource_group.dr.name
  location            = azurerm_resource_group.dr.location
}
