terraform {
  required_providers {
    google = {
      source = "hashicorp/google"
    }
    google-beta = {
      source = "hashicorp/google-beta"
    }
  }
}

provider "google" {
  project = "acme-dr"
}

provider "google-beta" {
  project = "acme-dr"
}
