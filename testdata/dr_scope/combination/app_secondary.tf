# DR side by its file.
resource "google_compute_instance" "app_secondary" {
  provider     = google.secondary
  name         = "app-secondary"
  machine_type = "e2-small"
  zone         = "us-central1-b"
}
