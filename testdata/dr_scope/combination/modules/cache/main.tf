variable "region" {
  type = string
}

resource "google_redis_instance" "cache" {
  name           = "cache"
  memory_size_gb = 1
  region         = var.region
}
