#!/usr/bin/env bash
# Regenerates, for every module tree in this directory, the truth model/agreement_test.go
# compares drguard's resolution against:
#
#   <tree>/plan.json   `terraform show -json` of a plan: configuration...provider_config_key names
#                      the provider configuration of every resource block.
#   <tree>/state.json  the resources of the state after applying that plan to a scratch state
#                      (terraform_data only stores values; nothing leaves this machine): their
#                      `provider` is the configuration Terraform really used. It differs from the
#                      plan JSON key where a module's empty "proxy" provider block is replaced by
#                      a passed configuration (see proxy_block/main.tf).
#
# Needs only `terraform` (1.7 or later: for_each_imports has import blocks with for_each; written
# with 1.11.4) on PATH: the trees use nothing but the builtin terraform provider, so init
# downloads nothing, and the import blocks need no existing objects (terraform_data imports any
# id). jq, when present, pretty-prints.
#
# Usage: generate.sh [TREE...]   (default: every directory here)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"

if [ "$#" -gt 0 ]; then
	trees=("$@")
else
	trees=()
	for d in */; do
		trees+=("${d%/}")
	done
fi

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

# No user CLI configuration, no plugin cache, no checkpoint calls: the run is the same everywhere.
export TF_CLI_CONFIG_FILE=/dev/null
export CHECKPOINT_DISABLE=1
export TF_IN_AUTOMATION=1
unset TF_PLUGIN_CACHE_DIR TF_WORKSPACE TF_CLI_ARGS TF_CLI_ARGS_init TF_CLI_ARGS_plan || true

for tree in "${trees[@]}"; do
	dir="$here/$tree"
	if [ ! -d "$dir" ]; then
		echo "generate.sh: no tree $tree" >&2
		exit 1
	fi
	echo "==> $tree"
	work="$scratch/$tree"
	mkdir -p "$work"
	# Terraform's working data (.terraform) goes to a scratch directory, never into the tree.
	export TF_DATA_DIR="$work/data"
	had_lock=false
	[ -e "$dir/.terraform.lock.hcl" ] && had_lock=true
	(
		cd "$dir"
		terraform init -input=false -no-color >"$work/init.log" 2>&1 || { cat "$work/init.log" >&2; exit 1; }
		terraform plan -input=false -lock=false -refresh=false -no-color -out="$work/plan.tfplan" >"$work/plan.log" 2>&1 ||
			{ cat "$work/plan.log" >&2; exit 1; }
		terraform show -json -no-color "$work/plan.tfplan" >"$work/plan.raw.json"
		terraform apply -input=false -lock=false -no-color -auto-approve -state-out="$work/terraform.tfstate" "$work/plan.tfplan" \
			>"$work/apply.log" 2>&1 || { cat "$work/apply.log" >&2; exit 1; }
	)
	if ! $had_lock; then
		rm -f "$dir/.terraform.lock.hcl"
	fi
	rm -rf "$dir/.terraform"
	rm -f "$dir/terraform.tfstate" "$dir/terraform.tfstate.backup"
	if command -v jq >/dev/null 2>&1; then
		# Without the timestamp, and with child modules in address order (Terraform lists
		# them in map order), an unchanged tree regenerates byte for byte.
		jq 'del(.timestamp) | walk(if type == "object" and (.child_modules | type) == "array" then .child_modules |= sort_by(.address) else . end)' \
			"$work/plan.raw.json" >"$dir/plan.json"
		# Only what the test reads: ids and lineage change on every run.
		jq '{resources: [.resources[] | {"module": .module, mode: .mode, type: .type, name: .name, provider: .provider}] | sort_by(.module, .mode, .type, .name)}' \
			"$work/terraform.tfstate" >"$dir/state.json"
	else
		cp "$work/plan.raw.json" "$dir/plan.json"
		cp "$work/terraform.tfstate" "$dir/state.json"
	fi
done
