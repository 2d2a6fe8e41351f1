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

# An object in the primary's state bucket.
resource "google_storage_bucket_object" "marker" {
  bucket  = "primary-tf-state"
  name    = "dr/marker"
  content = "dr"
}

# Access granted on the primary's state bucket, the name read from the remote state's config.
resource "google_storage_bucket_iam_member" "dr_writer" {
  bucket = data.terraform_remote_state.primary_network.config.bucket
  role   = "roles/storage.objectAdmin"
  member = "serviceAccount:dr-deployer@dr-project.iam.gserviceaccount.com"
}

# DR's own bucket is fine.
resource "google_storage_bucket_object" "dr_marker" {
  bucket  = "dr-tf-state"
  name    = "dr/marker"
  content = "dr"
}
