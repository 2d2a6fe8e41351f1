provider "azurerm" {
  features {}
}

# A blob in the primary's state storage account.
resource "azurerm_storage_blob" "marker" {
  name                   = "dr-marker"
  storage_account_name   = "primarytfstate"
  storage_container_name = "tfstate"
  type                   = "Block"
  source_content         = "dr"
}

# A container created in it.
resource "azurerm_storage_container" "dr" {
  name                 = "dr-tfstate"
  storage_account_name = "primarytfstate"
}

# The same container name in DR's own account is fine.
resource "azurerm_storage_blob" "dr_marker" {
  name                   = "dr-marker"
  storage_account_name   = "drtfstate"
  storage_container_name = "tfstate"
  type                   = "Block"
  source_content         = "dr"
}
