#!/usr/bin/env bash
# Prints the release notes of one version: its section of CHANGELOG.md, without the heading.
#
#   scripts/release-notes.sh 0.1.0            # or v0.1.0 (a tag name)
#   scripts/release-notes.sh 0.1.0 OTHER.md   # another changelog
#
# A section starts at a level-2 heading naming the version (`## 0.1.0`, `## v0.1.0`,
# `## [0.1.0]`, optionally followed by ` - 2026-12-03` or another note after a space) and
# runs to the next level-2 heading. Leading and trailing blank lines are dropped.
#
# Exit status 1, with a message on stderr, when the changelog has no section for the version
# or the section is empty: the release workflow runs this before GoReleaser, so a tag without
# notes is not published. `make release-check` runs it for project.Version.
set -euo pipefail

if [ "$#" -lt 1 ] || [ "$#" -gt 2 ] || [ -z "$1" ]; then
	echo "usage: $0 VERSION [CHANGELOG]" >&2
	exit 2
fi
version=${1#v}
changelog=${2:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/CHANGELOG.md}
[ -r "$changelog" ] || {
	echo "release-notes: cannot read $changelog" >&2
	exit 1
}

notes=$(awk -v want="$version" '
	/^## / {
		if (found) exit
		v = substr($0, 4)
		sub(/[ \t].*$/, "", v)       # the first word: "0.1.0", "v0.1.0", "[0.1.0]"
		gsub(/^\[|\]$/, "", v)
		sub(/^v/, "", v)
		if (v == want) found = 1
		next
	}
	found { print }
	END { if (!found) exit 3 }
' "$changelog") || {
	rc=$?
	if [ "$rc" -eq 3 ]; then
		echo "release-notes: $changelog has no section \"## $version\"" >&2
	else
		echo "release-notes: reading $changelog failed" >&2
	fi
	exit 1
}

# Drop leading and trailing blank lines ($(...) already dropped the trailing newlines).
notes=$(printf '%s\n' "$notes" | sed -e '/./,$!d')
if [ -z "${notes//[[:space:]]/}" ]; then
	echo "release-notes: the section \"## $version\" of $changelog is empty" >&2
	exit 1
fi
printf '%s\n' "$notes"
