provider "aws" {
  region = "us-west-2"
}

provider "google" {
  project = "dr-project"
  region  = "us-west1"
}

# One Zone EFS in a primary zone.
resource "aws_efs_file_system" "shared" {
  creation_token         = "dr-shared"
  availability_zone_name = "us-east-1a"
}

# Zone lists are judged element by element.
resource "google_container_cluster" "app" {
  name           = "dr-app"
  location       = "us-west1"
  node_locations = ["us-west1-a", "us-east1-b"]
}

resource "google_compute_region_disk" "data" {
  name          = "dr-data"
  region        = "us-west1"
  replica_zones = ["us-west1-a", "us-east1-c"]
}
