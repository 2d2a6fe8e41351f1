package benchgen

import (
	"fmt"
	"strings"
)

// root writes one root module.
func (g *generator) root(r *rootPlan) {
	p := func(name string) *tfFile { return g.file(r.dir + "/" + name) }
	backend := g.backend(r)

	versions := p("versions.tf")
	google := contains(r.implicit, "required_provider_without_block")
	versions.write(`terraform {
  required_version = ">= 1.6.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 6.0"
    }
`)
	if google {
		g.expect(versions, RuleProviderRegionImplicit, "required_provider_without_block", versions.write(`    google = {`+mark+`
      source  = "hashicorp/google"
      version = ">= 6.0"
    }
`))
	}
	versions.write(`  }

  backend "s3" {
`)
	if marked := versions.write(backend.text); backend.form != "" {
		g.expect(versions, RuleSharedBackend, backend.form, marked)
	}
	versions.write(`    encrypt = true
  }
}
`)

	providers := p("providers.tf")
	primaryRegion := "var.primary_region"
	if r.literalPrimary {
		primaryRegion = `"us-east-1"`
	}
	providers.write(f(`provider "aws" {
  region = var.dr_region

  default_tags {
    tags = local.common_tags
  }
}

provider "aws" {
  alias  = "primary"
  region = %s

  default_tags {
    tags = local.common_tags
  }
}
`, primaryRegion))
	for k, form := range r.providerRegion {
		switch form {
		case "third_region_literal":
			g.expect(providers, RuleProviderRegion, form, providers.write(f(`
provider "aws" {
  alias  = "eu_replica_%d"
  region = "eu-west-1"`+mark+`
}
`, k)))
		case "third_region_variable":
			g.expect(providers, RuleProviderRegion, form, providers.write(f(`
provider "aws" {
  alias  = "audit_%d"
  region = var.audit_region`+mark+`
}
`, k)))
		}
	}
	for k, form := range r.implicit {
		if form == "alias_without_region" {
			g.expect(providers, RuleProviderRegionImplicit, form, providers.write(f(`
provider "aws" {`+mark+`
  alias = "legacy_%d"
}
`, k)))
		}
	}

	p("variables.tf").write(g.variables(r))

	bridge := p("bridge.tf")
	bridge.write(remoteStates(r))
	if r.ownState {
		g.expect(bridge, RuleWritableRemoteState, "own_state", bridge.write(f(`
# Reads back what this configuration writes (a copy-paste slip).
data "terraform_remote_state" "self_check" {`+mark+`
  backend = "s3"
  config = {
    bucket = %q
    key    = %q
    region = %q
  }
}
`, backend.bucket, backend.key, backend.region)))
	}
	bridge.write(bridgeLocals(r))

	p("locals.tf").write(f(`locals {
  name_prefix     = "${var.environment}-${var.service}"
  log_bucket_name = "${local.name_prefix}-logs-${var.dr_region}"

  common_tags = merge(var.tags, {
    Environment = var.environment
    Service     = var.service
    ManagedBy   = "terraform"
    DRPair      = "primary-${var.primary_region}"
    Stack       = %q
  })
}
`, r.dir))

	data := p("data.tf")
	data.write(dataSources)
	if google {
		data.write(`
data "google_client_config" "current" {}
`)
	}

	g.moduleCalls(r, p("modules.tf"))

	// Resource files: ResourcesPerFile resource blocks each (a group is not split).
	var cur *tfFile
	inFile, files, seq := 0, 0, 0
	for _, it := range r.items {
		if cur == nil || inFile >= g.opts.ResourcesPerFile {
			files++
			cur = p(fmt.Sprintf("stack_%02d.tf", files))
			inFile = 0
		}
		seq++
		n := fmt.Sprintf("r%04d", seq)
		if it.group != nil {
			cur.write(enrich(it.group.text(n), r.service))
		} else {
			g.expect(cur, it.rule, it.violation.form, cur.write(enrich(it.violation.text(n), r.service)))
		}
		inFile += it.size()
		g.managed += it.size()
	}

	p("outputs.tf").write(`output "vpc_id" {
  value = module.network.vpc_id
}

output "private_subnet_ids" {
  value = module.network.private_subnet_ids
}

output "primary_vpc_cidr" {
  description = "The primary VPC this DR stack peers with"
  value       = local.primary_vpc_cidr
}
`)
}

// backendPlan is a root's backend and, when planted, its violation.
type backendPlan struct {
	bucket, key, region string
	form                string
	text                string
}

func (g *generator) backend(r *rootPlan) backendPlan {
	b := backendPlan{bucket: "dr-terraform-state", key: r.service + "/" + r.dir + "/terraform.tfstate", region: "us-west-2", form: r.backendForm}
	lock := `"dr-tf-locks"`
	bucketLine, regionLine, lockLine := "", "", ""
	switch r.backendForm {
	case "same_storage":
		b.bucket = "primary-terraform-state"
		bucketLine = mark
	case "primary_region":
		b.bucket, b.region = "dr-terraform-state-us-east-1", "us-east-1"
		regionLine = mark
	case "lock_table":
		lock = `"primary-tf-locks"`
		lockLine = mark
	}
	b.text = f(`    bucket         = %q%s
    key            = %q
    region         = %q%s
    dynamodb_table = %s%s
`, b.bucket, bucketLine, b.key, b.region, regionLine, lock, lockLine)
	return b
}

func (g *generator) variables(r *rootPlan) string {
	return f(`variable "dr_region" {
  type        = string
  description = "The region this DR stack runs in"
  default     = "us-west-2"
}

variable "primary_region" {
  type        = string
  description = "The primary region, read through the data bridge only"
  default     = "us-east-1"
}

variable "audit_region" {
  type    = string
  default = "eu-central-1"
}

variable "environment" {
  type    = string
  default = "dr"
}

variable "service" {
  type    = string
  default = %q
}

variable "vpc_cidr" {
  type    = string
  default = "10.%d.0.0/16"
}

variable "azs" {
  type    = list(string)
  default = ["us-west-2a", "us-west-2b", "us-west-2c"]
}

variable "instance_type" {
  type    = string
  default = "m6i.large"
}

variable "instance_count" {
  type    = number
  default = 2
}

variable "log_retention_days" {
  type    = number
  default = 30
}

variable "primary_state_bucket" {
  type    = string
  default = "primary-terraform-state"
}

variable "ingress_ports" {
  type    = list(number)
  default = [443, 8443]
}

variable "queue_names" {
  type    = set(string)
  default = ["orders", "payments", "events"]
}

variable "enable_replication" {
  type    = bool
  default = true
}

variable "lifecycle_rules" {
  type = list(object({
    id              = string
    prefix          = string
    transition_days = number
    expiration_days = number
  }))
  default = [
    { id = "logs", prefix = "logs/", transition_days = 30, expiration_days = 365 },
    { id = "tmp", prefix = "tmp/", transition_days = 7, expiration_days = 30 },
  ]
}

variable "tags" {
  type = map(string)
  default = {
    Owner      = "platform"
    CostCenter = "cc-1234"
  }
}
`, r.service, 16+r.index%200)
}

// remoteStates are the root's reads of the primary's state: network always, then security
// and dns.
func remoteStates(r *rootPlan) string {
	var b strings.Builder
	b.WriteString(`data "terraform_remote_state" "network" {
  backend = "s3"
  config = {
    bucket = var.primary_state_bucket
    key    = "network/terraform.tfstate"
    region = var.primary_region
  }
}
`)
	if r.remoteStates >= 2 {
		b.WriteString(`
data "terraform_remote_state" "security" {
  backend = "s3"
  config = {
    bucket = "primary-terraform-state"
    key    = "security/terraform.tfstate"
    region = "us-east-1"
  }
}
`)
	}
	if r.remoteStates >= 3 {
		b.WriteString(`
data "terraform_remote_state" "dns" {
  backend   = "s3"
  workspace = "default"
  config = {
    bucket = var.primary_state_bucket
    key    = "dns/terraform.tfstate"
    region = var.primary_region
  }
}
`)
	}
	return b.String()
}

func bridgeLocals(r *rootPlan) string {
	security, dns := "network", "network"
	if r.remoteStates >= 2 {
		security = "security"
	}
	if r.remoteStates >= 3 {
		dns = "dns"
	}
	return f(`
locals {
  primary_vpc_id         = data.terraform_remote_state.network.outputs.vpc_id
  primary_vpc_cidr       = data.terraform_remote_state.network.outputs.vpc_cidr
  primary_route_table_id = data.terraform_remote_state.network.outputs.private_route_table_ids[0]
  primary_app_sg_id      = data.terraform_remote_state.%[1]s.outputs.app_sg_id
  primary_role_name      = data.terraform_remote_state.%[1]s.outputs.deploy_role_name
  primary_zone_id        = data.terraform_remote_state.%[2]s.outputs.zone_id
  primary_domain         = try(data.terraform_remote_state.%[2]s.outputs.domain_name, "example.com")
}
`, security, dns)
}

// dataSources read the primary region through the primary alias (allowed), plus DR-side reads.
const dataSources = `data "aws_vpc" "primary" {
  provider = aws.primary
  id       = local.primary_vpc_id
}

data "aws_route53_zone" "primary" {
  provider     = aws.primary
  zone_id      = local.primary_zone_id
  private_zone = false
}

data "aws_kms_alias" "primary_state" {
  provider = aws.primary
  name     = "alias/primary-terraform-state"
}

data "aws_caller_identity" "current" {}

data "aws_ami" "al2023" {
  most_recent = true
  owners      = ["amazon"]

  filter {
    name   = "name"
    values = ["al2023-ami-*-x86_64"]
  }
}

data "aws_iam_policy_document" "assume_task" {
  statement {
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["ecs-tasks.amazonaws.com", "lambda.amazonaws.com"]
    }
  }
}
`

func (g *generator) moduleCalls(r *rootPlan, mf *tfFile) {
	mf.write(`module "network" {
  source = "../modules/network"
  providers = {
    aws         = aws
    aws.primary = aws.primary
  }

  name             = local.name_prefix
  vpc_cidr         = var.vpc_cidr
  azs              = var.azs
  primary_vpc_id   = local.primary_vpc_id
  primary_vpc_cidr = local.primary_vpc_cidr
  primary_region   = var.primary_region
  tags             = local.common_tags
}
`)
	if r.storage {
		mf.write(`
module "storage" {
  source = "../modules/storage"
  providers = {
    aws         = aws
    aws.primary = aws.primary
  }

  bucket_name = "${local.name_prefix}-artifacts"
  readers     = [data.aws_caller_identity.current.account_id]
  tags        = local.common_tags
}
`)
	}
	if r.routes {
		mf.write(`
module "peering_routes" {
  source = "../modules/routes"

  route_table_id         = module.network.private_route_table_id
  destination_cidr_block = local.primary_vpc_cidr
  peering_connection_id  = module.network.peering_connection_id
}
`)
	}
	for k := 0; k < r.modules; k++ {
		g.expect(mf, RulePrimaryProviderModule, "providers_map_primary_default", mf.write(f(`
module "primary_cache_%[1]d" {
  source = "../modules/storage"
  providers = {
    aws         = aws.primary`+mark+`
    aws.primary = aws.primary
  }

  bucket_name = "${local.name_prefix}-cache-%[1]d"
  readers     = [data.aws_caller_identity.current.account_id]
  tags        = local.common_tags
}
`, k)))
	}
	for k := 0; k < r.moduleInputs; k++ {
		g.expect(mf, RuleWritableRemoteState, "module_input", mf.write(f(`
module "primary_routes_%d" {
  source = "../modules/routes"

  route_table_id         = local.primary_route_table_id`+mark+`
  destination_cidr_block = var.vpc_cidr
  peering_connection_id  = module.network.peering_connection_id
}
`, k)))
	}
}
