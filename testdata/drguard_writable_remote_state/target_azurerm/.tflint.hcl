plugin "terraform" {
  enabled = false
}

plugin "drguard" {
  enabled = true

  primary_state {
    backend              = "azurerm"
    storage_account_name = "primarytfstate"
    container_name       = "tfstate"
    key                  = "network.terraform.tfstate"
  }
}
