package model

import (
	"strings"
	"testing"
)

const instancesSource = `
variable "regions" {
  default = ["us-west-2", "us-east-1"]
}
variable "unknown" {}
resource "aws_sqs_queue" "counted" {
  count  = length(var.regions)
  region = var.regions[count.index]
}
resource "aws_sqs_queue" "by_map" {
  for_each = { a = "us-west-2", b = "us-east-1" }
  region   = each.value
}
resource "aws_sqs_queue" "by_set" {
  for_each = toset(var.regions)
  region   = each.key
}
resource "aws_s3_bucket" "ids" {
  for_each = { a = aws_s3_bucket.src.id }
  region   = each.value
}
resource "aws_s3_bucket" "src" {}
resource "aws_sqs_queue" "unknown_count" {
  count  = var.unknown
  region = "us-east-1"
}
resource "aws_sqs_queue" "unknown_set" {
  for_each = toset([aws_s3_bucket.src.id])
  region   = each.key
}
resource "aws_sqs_queue" "none" {
  count  = 0
  region = "us-east-1"
}
resource "aws_sqs_queue" "empty" {
  for_each = {}
  region   = "us-east-1"
}
resource "aws_sqs_queue" "single" {
  region = "us-east-1"
}
`

// Instances expands count and for_each as Terraform does, and says when it cannot.
func TestInstances(t *testing.T) {
	m := build(t, instancesSource, nil)
	tests := []struct {
		address string
		// want lists each instance as KEY=REGION (REGION "?" when not known).
		want  string
		known bool
	}{
		{"aws_sqs_queue.counted", "[0]=us-west-2 [1]=us-east-1", true},
		{"aws_sqs_queue.by_map", `["a"]=us-west-2 ["b"]=us-east-1`, true},
		{"aws_sqs_queue.by_set", `["us-east-1"]=us-east-1 ["us-west-2"]=us-west-2`, true},
		// A map's keys decide its instances: values not known yet leave each.value unknown.
		{"aws_s3_bucket.ids", `["a"]=?`, true},
		// Unknown count or for_each: one instance stands for all, count and each unknown, a
		// literal still known.
		{"aws_sqs_queue.unknown_count", "=us-east-1", false},
		{"aws_sqs_queue.unknown_set", "=?", false},
		// Known to have no instance.
		{"aws_sqs_queue.none", "", true},
		{"aws_sqs_queue.empty", "", true},
		{"aws_sqs_queue.single", "=us-east-1", true},
	}
	for _, tt := range tests {
		t.Run(tt.address, func(t *testing.T) {
			b := m.Block(tt.address)
			insts, known := m.Instances(b)
			var got []string
			for _, inst := range insts {
				r, ok := knownString(m.eval.value(b.Body.Attributes["region"].Expr, inst.Vars))
				if !ok {
					r = "?"
				}
				got = append(got, inst.String()+"="+r)
			}
			if strings.Join(got, " ") != tt.want || known != tt.known {
				t.Errorf("instances = %q, known %v; want %q, known %v", strings.Join(got, " "), known, tt.want, tt.known)
			}
		})
	}
}

const dynamicSource = `
variable "replicas" {
  default = ["eu-west-1", "us-east-1"]
}
variable "rules" {
  default = {
    images = { destinations = [{ region = "eu-west-1" }, { region = "us-east-1" }] }
    charts = { destinations = [] }
  }
}
variable "unknown" {}
resource "aws_dynamodb_table" "t" {
  replica {
    region_name = "ap-south-1"
  }
  dynamic "replica" {
    for_each = var.replicas
    content {
      region_name = replica.value
    }
  }
  dynamic "replica" {
    for_each = var.unknown
    iterator = r
    content {
      region_name = r.value
    }
  }
  dynamic "replica" {
    for_each = []
    content {
      region_name = "us-east-1"
    }
  }
}
resource "aws_ecr_replication_configuration" "e" {
  replication_configuration {
    dynamic "rule" {
      for_each = var.rules
      content {
        dynamic "destination" {
          for_each = rule.value.destinations
          iterator = dest
          content {
            region = dest.value.region
          }
        }
      }
    }
  }
}
`

// A dynamic block expands per element of its for_each, nested ones within their outer
// element; an unknown for_each gives its content once with the iterator unknown, an empty one
// nothing.
func TestNestedAttributesDynamic(t *testing.T) {
	m := build(t, dynamicSource, nil)
	tests := []struct {
		address, path string
		want          string
		iterators     string
	}{
		{"aws_dynamodb_table.t", "replica.region_name", "ap-south-1 eu-west-1 us-east-1 ?", ` replica replica r`},
		{"aws_ecr_replication_configuration.e", "replication_configuration.rule.destination.region", "eu-west-1 us-east-1", "rule/dest rule/dest"},
	}
	for _, tt := range tests {
		t.Run(tt.address, func(t *testing.T) {
			var got, iterators []string
			for _, n := range m.NestedAttributes(m.Block(tt.address), tt.path, nil) {
				r, ok := knownString(m.eval.value(n.Attr.Expr, n.Vars))
				if !ok {
					r = "?"
				}
				got = append(got, r)
				var names []string
				for _, it := range n.Iterators {
					names = append(names, it.Name)
				}
				iterators = append(iterators, strings.Join(names, "/"))
			}
			if strings.Join(got, " ") != tt.want {
				t.Errorf("values = %q, want %q", strings.Join(got, " "), tt.want)
			}
			if strings.Join(iterators, " ") != tt.iterators {
				t.Errorf("iterators = %q, want %q", strings.Join(iterators, " "), tt.iterators)
			}
		})
	}
}

// Placements judge every instance, dynamic replicas included, and none of a block known to
// have no instance.
func TestPlacementsOfInstances(t *testing.T) {
	m := build(t, "provider \"aws\" {\n  alias  = \"primary\"\n  region = \"us-east-1\"\n}\n"+instancesSource+strings.Replace(dynamicSource, `variable "unknown" {}`, "", 1), nil)
	tests := map[string]string{
		"aws_sqs_queue.counted":               "[1] region=us-east-1",
		"aws_sqs_queue.by_map":                `["b"] region=us-east-1`,
		"aws_s3_bucket.ids":                   "",
		"aws_sqs_queue.unknown_count":         " region=us-east-1",
		"aws_sqs_queue.unknown_set":           "",
		"aws_sqs_queue.none":                  "",
		"aws_sqs_queue.empty":                 "",
		"aws_dynamodb_table.t":                " replica.region_name=us-east-1",
		"aws_ecr_replication_configuration.e": " replication_configuration.rule.destination.region=us-east-1",
	}
	for address, want := range tests {
		var got []string
		for _, p := range m.Placements(m.Module, m.Block(address)) {
			got = append(got, p.Instance+" "+p.Argument+"="+p.Value)
		}
		if strings.Join(got, ", ") != want {
			t.Errorf("%s: placements = %q, want %q", address, strings.Join(got, ", "), want)
		}
	}
}
