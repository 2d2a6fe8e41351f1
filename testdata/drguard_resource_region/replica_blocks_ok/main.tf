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

# Every replica of replica_blocks, dynamodb_replica and replica_blocks_more, placed in a DR
# region.
resource "aws_secretsmanager_secret" "db" {
  name = "dr/db"

  replica {
    region = "us-west-1"
  }
}

resource "aws_ecr_replication_configuration" "images" {
  replication_configuration {
    rule {
      destination {
        region      = "us-west-1"
        registry_id = "123456789012"
      }
    }
  }
}

resource "aws_dynamodb_table" "sessions" {
  name             = "dr-sessions"
  billing_mode     = "PAY_PER_REQUEST"
  hash_key         = "id"
  stream_enabled   = true
  stream_view_type = "NEW_AND_OLD_IMAGES"

  attribute {
    name = "id"
    type = "S"
  }

  replica {
    region_name = "eu-west-1"
  }
}

resource "aws_efs_file_system" "shared" {
  creation_token = "dr-shared"
}

resource "aws_efs_replication_configuration" "shared" {
  source_file_system_id = aws_efs_file_system.shared.id

  destination {
    region = "us-west-1"
  }
}

resource "google_storage_bucket" "exports" {
  name     = "dr-exports"
  location = "US"

  custom_placement_config {
    data_locations = ["US-WEST1", "US-WEST2"]
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
}
