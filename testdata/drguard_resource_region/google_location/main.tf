provider "google" {
  project = "acme-dr"
  region  = "us-east1"
}

provider "google" {
  alias   = "primary"
  project = "acme-prod"
  region  = "us-central1"
}

# GCS writes locations in upper case; a zonal GKE cluster's location is a zone.
resource "google_storage_bucket" "artifacts" {
  name     = "acme-dr-artifacts"
  location = "US-CENTRAL1"
}

resource "google_container_cluster" "dr" {
  name               = "dr"
  location           = "us-central1-a"
  initial_node_count = 1
}
