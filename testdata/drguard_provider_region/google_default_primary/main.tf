provider "google" {
  project = "acme-dr"
  region  = "us-central1"
}

resource "google_storage_bucket" "artifacts" {
  name     = "acme-dr-artifacts"
  location = "US-EAST1"
}
