provider "google" {
  region = "us-west1"
}

data "terraform_remote_state" "primary_network" {
  backend = "gcs"
  config = {
    bucket = "primary-tf-state"
    prefix = "network"
  }
}

# A firewall rule in the primary's VPC network: Google VPC networks are global, and DR subnets
# and rules in a shared network are the usual design, so network is not a sink.
resource "google_compute_firewall" "from_dr" {
  name    = "allow-dr"
  network = data.terraform_remote_state.primary_network.outputs.network_self_link

  allow {
    protocol = "tcp"
    ports    = ["443"]
  }

  source_ranges = ["10.1.0.0/16"]
}

# DR's own network, with a route to the primary's range: fine.
resource "google_compute_route" "to_primary" {
  name        = "to-primary"
  network     = "dr-network"
  dest_range  = data.terraform_remote_state.primary_network.outputs.primary_range
  next_hop_ip = "10.1.0.2"
}
