#!/usr/bin/env bash
# The steps of the drguard GitHub Action (action.yml) after TFLint is installed:
#
#  1. `tflint --init`: installs drguard as the configuration names it (source and version),
#     from GitHub releases with GITHUB_TOKEN, or finds it already installed;
#  2. with DRGUARD_TERRAFORM_INIT=true, `terraform init -backend=false -input=false` in each
#     of DRGUARD_TERRAFORM_INIT_DIRECTORIES, so that drguard reads registry and git modules
#     from .terraform/modules (no backend, no state, no cloud credentials);
#  3. `tflint --chdir DIR --recursive --format sarif` into $RUNNER_TEMP/drguard.sarif, run
#     from the repository root so that the SARIF paths are relative to it, as code scanning
#     wants them; the path goes to the step's output sarif-file;
#  4. with DRGUARD_ANNOTATIONS=true (and jq), one workflow annotation per finding.
#
# Exit status: TFLint's (0 no findings at or above the minimum failure severity, 2 findings,
# 1 an error), or 1 for a bad input.
#
# Inputs (environment; action.yml sets them from the action's inputs):
#   DRGUARD_WORKING_DIRECTORY           directory to lint, relative to the repository root (.)
#   DRGUARD_CONFIG                      TFLint configuration, relative to it (.tflint.hcl);
#                                       empty: each directory's own .tflint.hcl
#   DRGUARD_MINIMUM_FAILURE_SEVERITY    error, warning or notice (notice)
#   DRGUARD_TERRAFORM_INIT              true or false (false)
#   DRGUARD_TERRAFORM_INIT_DIRECTORIES  roots to initialise, relative to the working directory (.)
#   DRGUARD_ARGS                        extra lint arguments, split on spaces
#   DRGUARD_ANNOTATIONS                 true or false (true)
#   GITHUB_WORKSPACE, GITHUB_OUTPUT, RUNNER_TEMP, GITHUB_TOKEN: set by GitHub Actions.
set -euo pipefail

fail() {
	echo "::error title=drguard::$*"
	echo "drguard: $*" >&2
	exit 1
}

bool() { # bool NAME VALUE
	case $2 in
	true | false) ;;
	*) fail "$1 must be true or false, not \"$2\"" ;;
	esac
}

workspace=${GITHUB_WORKSPACE:-$PWD}
wd=${DRGUARD_WORKING_DIRECTORY:-.}
config=${DRGUARD_CONFIG-.tflint.hcl}
severity=${DRGUARD_MINIMUM_FAILURE_SEVERITY:-notice}
tf_init=${DRGUARD_TERRAFORM_INIT:-false}
tf_init_dirs=${DRGUARD_TERRAFORM_INIT_DIRECTORIES:-.}
annotations=${DRGUARD_ANNOTATIONS:-true}
sarif=${RUNNER_TEMP:-${TMPDIR:-/tmp}}/drguard.sarif

bool terraform-init "$tf_init"
bool annotations "$annotations"
case $severity in
error | warning | notice) ;;
*) fail "minimum-failure-severity must be error, warning or notice, not \"$severity\"" ;;
esac

cd "$workspace"
[ -d "$wd" ] || fail "working-directory $wd is not a directory of the repository"
command -v tflint >/dev/null || fail "tflint is not on PATH"

config_args=()
if [ -n "$config" ]; then
	case $config in
	/*) config_path=$config ;;
	*) config_path=$workspace/$wd/$config ;;
	esac
	[ -f "$config_path" ] || fail "config $config_path does not exist (set config to an empty string to use each directory's own .tflint.hcl)"
	# TFLint reads --config relative to --chdir, and --recursive needs one file for every
	# directory: an absolute path is both.
	config_path=$(cd "$(dirname "$config_path")" && pwd)/$(basename "$config_path")
	config_args=(--config "$config_path")
fi

# Unquoted on purpose: the extra arguments are split on spaces.
# shellcheck disable=SC2206
extra_args=(${DRGUARD_ARGS:-})

echo "::group::tflint --init"
if [ -n "$config" ]; then
	tflint --chdir "$wd" --init ${config_args[@]+"${config_args[@]}"}
else
	tflint --chdir "$wd" --init --recursive
fi
echo "::endgroup::"

if [ "$tf_init" = true ]; then
	command -v terraform >/dev/null || fail "terraform-init is true but terraform is not on PATH: add hashicorp/setup-terraform before this step"
	for dir in $tf_init_dirs; do
		echo "::group::terraform init -backend=false in $wd/$dir"
		[ -d "$wd/$dir" ] || fail "terraform-init-directories: $wd/$dir is not a directory"
		terraform -chdir="$wd/$dir" init -backend=false -input=false
		echo "::endgroup::"
	done
fi

echo "==> tflint --chdir $wd --recursive --format sarif --minimum-failure-severity=$severity ${config_args[*]} ${extra_args[*]}"
rc=0
tflint --chdir "$wd" --recursive --format sarif --minimum-failure-severity="$severity" \
	${config_args[@]+"${config_args[@]}"} ${extra_args[@]+"${extra_args[@]}"} >"$sarif" || rc=$?
if [ -n "${GITHUB_OUTPUT:-}" ]; then
	echo "sarif-file=$sarif" >>"$GITHUB_OUTPUT"
fi

if command -v jq >/dev/null && jq empty "$sarif" 2>/dev/null; then
	count=$(jq '[.runs[].results[]?] | length' "$sarif")
	echo "drguard: $count finding(s) or error(s), SARIF in $sarif"
	if [ "$annotations" = true ]; then
		# Workflow commands: escape % CR LF in the message, and : , too in properties.
		jq -r '
			def esc: gsub("%"; "%25") | gsub("\r"; "%0D") | gsub("\n"; "%0A");
			def prop: esc | gsub(":"; "%3A") | gsub(","; "%2C");
			.runs[].results[]? |
			(if .level == "error" then "error" elif .level == "warning" then "warning" else "notice" end) as $level |
			(.locations[0].physicalLocation // {}) as $loc |
			([($loc.artifactLocation.uri // empty | "file=" + prop),
			  ($loc.region.startLine // empty | "line=\(.)"),
			  ($loc.region.startColumn // empty | "col=\(.)"),
			  ($loc.region.endLine // empty | "endLine=\(.)"),
			  (.ruleId // empty | "title=" + prop)] | join(",")) as $props |
			"::\($level)\(if $props == "" then "" else " " + $props end)::\(.message.text // "" | esc)"
		' "$sarif"
	fi
else
	echo "drguard: SARIF in $sarif"
	[ -s "$sarif" ] || echo "drguard: TFLint wrote no SARIF" >&2
fi

case $rc in
0) ;;
2) echo "drguard: findings at or above $severity (TFLint exit status 2)" >&2 ;;
*) echo "drguard: TFLint failed (exit status $rc)" >&2 ;;
esac
exit "$rc"
