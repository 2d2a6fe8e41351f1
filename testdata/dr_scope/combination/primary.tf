# Not selected: "primary.tf" does not match *_secondary.tf.
resource "google_compute_instance" "app" {
  name         = "app"
  machine_type = "e2-small"
  zone         = "us-central1-a"
}
