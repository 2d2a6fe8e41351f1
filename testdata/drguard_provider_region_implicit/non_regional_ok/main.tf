terraform {
  required_providers {
    random     = { source = "hashicorp/random" }
    kubernetes = { source = "hashicorp/kubernetes" }
    azurerm    = { source = "hashicorp/azurerm" }
  }
}

provider "kubernetes" {
  config_path = "~/.kube/config"
}

provider "azurerm" {
  features {}
}

resource "random_id" "suffix" {
  byte_length = 4
}

resource "kubernetes_namespace" "dr" {
  metadata {
    name = "dr"
  }
}
