provider "google" {
  project = "acme-dr"
  region  = "us-east1"
}

provider "google" {
  alias   = "primary"
  project = "acme-prod"
  region  = "us-central1"
}

resource "google_compute_instance" "app" {
  name         = "dr-app"
  machine_type = "e2-medium"
  zone         = "us-central1-b"

  boot_disk {
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }

  network_interface {
    network = "default"
  }
}
