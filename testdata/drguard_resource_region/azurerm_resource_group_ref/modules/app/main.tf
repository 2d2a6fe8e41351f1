variable "resource_group_name" {
  type = string
}

variable "location" {
  type = string
}

resource "azurerm_service_plan" "app" {
  name                = "dr-app"
  resource_group_name = var.resource_group_name
  location            = var.location
  os_type             = "Linux"
  sku_name            = "P1v3"
}
