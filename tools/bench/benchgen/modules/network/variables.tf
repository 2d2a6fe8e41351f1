variable "name" {
  type = string
}

variable "vpc_cidr" {
  type = string
}

variable "azs" {
  type = list(string)
}

variable "primary_vpc_id" {
  type = string
}

variable "primary_vpc_cidr" {
  type = string
}

variable "primary_region" {
  type = string
}

variable "tags" {
  type    = map(string)
  default = {}
}
