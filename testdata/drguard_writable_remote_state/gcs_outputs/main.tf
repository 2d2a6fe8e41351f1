provider "google" {
  region = "us-west1"
}

data "terraform_remote_state" "primary_storage" {
  backend = "gcs"
  config = {
    bucket = "primary-tf-state"
    prefix = "storage"
  }
}

# Uploads an object into the primary's bucket.
resource "google_storage_bucket_object" "failover_marker" {
  name    = "failover/active"
  bucket  = data.terraform_remote_state.primary_storage.outputs.assets_bucket
  content = "dr"
}

# Grants DR's service account access on the primary's bucket: modifies its IAM policy.
resource "google_storage_bucket_iam_member" "dr_reader" {
  bucket = data.terraform_remote_state.primary_storage.outputs.assets_bucket
  role   = "roles/storage.objectViewer"
  member = "serviceAccount:dr-app@acme-dr.iam.gserviceaccount.com"
}

# DR's own bucket, named after the primary's: fine.
resource "google_storage_bucket" "dr_assets" {
  name     = "${data.terraform_remote_state.primary_storage.outputs.assets_bucket}-dr"
  location = "US-WEST1"
}
