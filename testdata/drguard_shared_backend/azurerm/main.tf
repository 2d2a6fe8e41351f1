terraform {
  backend "azurerm" {
    resource_group_name  = "prod-tfstate"
    storage_account_name = "acmeprodtfstate"
    container_name       = "tfstate"
    key                  = "network-dr.terraform.tfstate"
  }
}
