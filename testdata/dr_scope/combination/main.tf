provider "google" {
  project = "acme"
  region  = "us-central1"
}

provider "google" {
  alias   = "secondary"
  project = "acme"
  region  = "us-east4"
}

# Primary side.
resource "google_storage_bucket" "primary" {
  name     = "acme-primary"
  location = "US-CENTRAL1"
}

# DR side by its provider.
resource "google_storage_bucket" "secondary" {
  provider = google.secondary
  name     = "acme-secondary"
  location = "US-EAST4"
}

# DR side by its name, but placed in the primary region by its arguments.
module "dr_cache" {
  source = "./modules/cache"
  providers = {
    google = google.secondary
  }
  region = "us-central1"
}
