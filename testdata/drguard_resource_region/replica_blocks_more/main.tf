provider "aws" {
  region = "us-west-2"
}

provider "google" {
  project = "dr-project"
  region  = "us-west1"
}

provider "azurerm" {
  features {}
}

resource "aws_efs_file_system" "shared" {
  creation_token = "dr-shared"
}

# Replicating DR's file system into the primary region.
resource "aws_efs_replication_configuration" "shared" {
  source_file_system_id = aws_efs_file_system.shared.id

  destination {
    region = "us-east-1"
  }
}

# A dual-region bucket with one of its regions the primary (GCS names are upper case).
resource "google_storage_bucket" "exports" {
  name     = "dr-exports"
  location = "US"

  custom_placement_config {
    data_locations = ["US-WEST1", "US-EAST1"]
  }
}

resource "azurerm_container_registry" "images" {
  name                = "drimages"
  resource_group_name = "dr-rg"
  location            = "westus2"
  sku                 = "Premium"

  georeplications {
    location = "centralus"
  }

  georeplications {
    location = "East US"
  }
}
