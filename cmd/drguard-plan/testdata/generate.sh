#!/usr/bin/env bash
# Regenerates the plan JSON fixtures in plans/ from the configurations in configs/, with real
# Terraform (>= 1.7; the checked-in fixtures were made with Terraform 1.11.4).
#
#   cmd/drguard-plan/testdata/generate.sh            # every fixture
#   cmd/drguard-plan/testdata/generate.sh for_each   # only the named ones
#
# Needs terraform, go and jq; no network and no cloud credentials. The `hashicorp/aws`
# provider is fakeaws/ (a tiny terraform-plugin-framework provider in its own Go module),
# built here and installed through a filesystem_mirror in a generated CLI configuration
# (TF_CLI_CONFIG_FILE); the builtin `terraform` provider needs no installation. Everything
# Terraform writes (.terraform/, lock files, state, plan files) goes to a temporary
# directory that is removed on exit: only plans/*.json change in the repository.
#
# configs/primary is applied first: its local state is what the DR fixtures read through
# `data "terraform_remote_state"`. A fixture with a before/ directory is applied from
# before/ first (local backend), and its own configuration is then planned against that
# state (deletes, replacements, updates). `make test` needs none of this: the tests read
# the checked-in JSON.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
for tool in terraform go jq; do
	command -v "$tool" >/dev/null || { echo "generate.sh: $tool is not on PATH" >&2; exit 1; }
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

platform="$(go env GOOS)_$(go env GOARCH)"
mirror="$work/mirror"
echo "==> building the fake hashicorp/aws provider (fakeaws/) for $platform"
(cd "$here/fakeaws" && go build -o "$mirror/registry.terraform.io/hashicorp/aws/6.0.0/$platform/terraform-provider-aws_v6.0.0" .)

cat >"$work/terraformrc" <<EOF
provider_installation {
  filesystem_mirror {
    path    = "$mirror"
    include = ["registry.terraform.io/hashicorp/aws"]
  }
  direct {
    exclude = ["registry.terraform.io/hashicorp/aws"]
  }
}
EOF
export TF_CLI_CONFIG_FILE="$work/terraformrc"
export TF_IN_AUTOMATION=1 CHECKPOINT_DISABLE=1
unset TF_DATA_DIR TF_PLUGIN_CACHE_DIR TF_WORKSPACE TF_CLI_ARGS TF_CLI_ARGS_plan TF_CLI_ARGS_apply TF_CLI_ARGS_init
tf_version="$(terraform version -json | jq -r .terraform_version)"
case "$tf_version" in
1.[0-6].* | 0.*) echo "generate.sh: Terraform $tf_version is too old; removed blocks need >= 1.7" >&2; exit 1 ;;
esac
echo "==> Terraform $tf_version"

# A private copy of every configuration: relative module sources and the remote state path
# (../primary/terraform.tfstate) resolve inside it.
cp -R "$here/configs" "$work/configs"
log="$work/terraform.log"

tf() {
	if ! terraform "$@" -no-color -input=false >>"$log" 2>&1; then
		echo "generate.sh: terraform $* failed in $PWD:" >&2
		tail -n 40 "$log" >&2
		exit 1
	fi
}

echo "==> primary: apply (the state the remote state data sources read)"
(cd "$work/configs/primary" && tf init && tf apply -auto-approve)

if [ "$#" -gt 0 ]; then
	fixtures=("$@")
else
	fixtures=()
	for dir in "$here"/configs/*/; do
		name="$(basename "$dir")"
		case "$name" in primary | modules) continue ;; esac
		fixtures+=("$name")
	done
fi

mkdir -p "$here/plans"
for name in "${fixtures[@]}"; do
	dir="$work/configs/$name"
	[ -d "$dir" ] || { echo "generate.sh: no configuration configs/$name" >&2; exit 1; }
	(
		cd "$dir"
		if [ -d before ]; then
			echo "==> $name: apply before/ (prior state)"
			mkdir -p ../"$name".final
			mv ./*.tf ../"$name".final/
			cp before/*.tf .
			tf init
			tf apply -auto-approve
			rm -f ./*.tf
			mv ../"$name".final/*.tf .
		fi
		echo "==> $name: plan"
		tf init
		tf plan -out=tfplan
		terraform show -json tfplan | jq . >"$here/plans/$name.json"
	)
done
echo "==> wrote $(printf 'plans/%s.json ' "${fixtures[@]}")"
