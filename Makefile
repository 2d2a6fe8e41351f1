# The pinned TFLint. integration/integration_test.go pins the same version (tflintVersion)
# and a test fails when the two differ.
TFLINT_VERSION := v0.64.0
TOOLS_BIN := $(CURDIR)/.tools/bin
TFLINT := $(TOOLS_BIN)/tflint
# The pinned actionlint, for make lint (the workflows, and action.yml through them).
ACTIONLINT_VERSION := v1.7.12
ACTIONLINT := $(TOOLS_BIN)/actionlint
PLUGIN := tflint-ruleset-drguard
PLUGIN_SOURCE := github.com/drguard/tflint-ruleset-drguard
EXE := $(shell go env GOEXE)
# project.Version, the version the plugin reports and the directory tflint --init installs to.
VERSION := $(shell sed -n 's/^var Version = "\([^"]*\)"$$/\1/p' project/project.go)
# make install: where tflint --init would install this version (TFLint's plugin directory:
# TFLINT_PLUGIN_DIR, else ~/.tflint.d/plugins), so that a .tflint.hcl with `source` and
# `version` finds the local build.
INSTALL_DIR = $(or $(TFLINT_PLUGIN_DIR),$(HOME)/.tflint.d/plugins)/$(PLUGIN_SOURCE)/$(VERSION)
# make demo's plugin directory: the examples' .tflint.hcl files name no source or version.
DEMO_PLUGIN_DIR := $(CURDIR)/.tools/plugins
FUZZTIME ?= 60s

.DEFAULT_GOAL := build

.PHONY: build install demo-plugin tools demo test race lint fuzz clean

build:
	go build -o bin/$(PLUGIN) .

# Installs the pinned TFLint when it is missing or reports another version.
$(TFLINT): FORCE
	@if [ "$$(cd $(TOOLS_BIN) 2>/dev/null && $(TFLINT) --version 2>/dev/null | head -n 1)" != "TFLint version $(TFLINT_VERSION:v%=%)" ]; then \
		echo "==> installing TFLint $(TFLINT_VERSION) into .tools/bin (first run only: go install builds it, about 5 minutes on 2 cores)"; \
		rm -f $(TFLINT); \
		GOBIN=$(TOOLS_BIN) go install github.com/terraform-linters/tflint@$(TFLINT_VERSION); \
	fi

.PHONY: FORCE
FORCE:

# Installs the pinned actionlint when it is missing or reports another version.
$(ACTIONLINT): FORCE
	@if [ "$$($(ACTIONLINT) -version 2>/dev/null | head -n 1)" != "$(ACTIONLINT_VERSION)" ]; then \
		echo "==> installing actionlint $(ACTIONLINT_VERSION) into .tools/bin"; \
		rm -f $(ACTIONLINT); \
		GOBIN=$(TOOLS_BIN) go install github.com/rhysd/actionlint/cmd/actionlint@$(ACTIONLINT_VERSION); \
	fi

tools: $(TFLINT) $(ACTIONLINT)

# Builds the plugin into TFLint's plugin directory at the path tflint --init installs
# version $(VERSION) to:
#   $${TFLINT_PLUGIN_DIR:-$$HOME/.tflint.d/plugins}/$(PLUGIN_SOURCE)/$(VERSION)/$(PLUGIN)
# so that `tflint --init` with plugin "drguard" { source = "$(PLUGIN_SOURCE)"
# version = "$(VERSION)" } finds it installed and downloads nothing.
install:
	@if [ -z "$(VERSION)" ]; then echo "make install: cannot read Version from project/project.go" >&2; exit 1; fi
	@mkdir -p "$(INSTALL_DIR)"
	go build -o "$(INSTALL_DIR)/$(PLUGIN)$(EXE)" .
	@echo "==> installed drguard $(VERSION) for plugin \"drguard\" { source = \"$(PLUGIN_SOURCE)\"  version = \"$(VERSION)\" }"

# Builds the plugin straight into the directory the demo points TFLINT_PLUGIN_DIR at.
demo-plugin:
	@mkdir -p $(DEMO_PLUGIN_DIR)
	go build -o $(DEMO_PLUGIN_DIR)/$(PLUGIN)$(EXE) .

# examples/dr must pass (exit 0); examples/dr-broken must report findings (exit 2). The
# dr-broken run is the README's quick start, command and output (integration/adopt_test.go
# holds them together). Each of examples/combined, one configuration for both regions linted
# with dr_scope, must report its DR side's mistakes (exit 2).
demo: demo-plugin $(TFLINT)
	@echo "==> examples/dr: the DR layout done right (expect no issues)"
	@TFLINT_PLUGIN_DIR=$(DEMO_PLUGIN_DIR) $(TFLINT) --chdir examples/dr
	@echo "==> examples/dr-broken: one of each mistake (expect findings)"
	@echo "$$ tflint --format compact"
	@cd examples/dr-broken && TFLINT_PLUGIN_DIR=$(DEMO_PLUGIN_DIR) $(TFLINT) --format compact; rc=$$?; \
	if [ $$rc -ne 2 ]; then echo "examples/dr-broken: tflint exited $$rc, want 2 (findings)" >&2; exit 1; fi
	@for d in examples/combined/*; do \
		echo "==> $$d: one configuration for both regions, dr_scope on (expect the DR side's mistakes only)"; \
		TFLINT_PLUGIN_DIR=$(DEMO_PLUGIN_DIR) $(TFLINT) --chdir $$d --format compact; rc=$$?; \
		if [ $$rc -ne 2 ]; then echo "$$d: tflint exited $$rc, want 2 (findings)" >&2; exit 1; fi; \
	done

# The end-to-end test installs the pinned TFLint itself when it is missing; installing it
# first keeps a cold build (about 5 minutes) out of go test's 10-minute timeout. For a fast
# inner loop, `go test -short ./...` runs everything but the tests that run TFLint.
# tools/bench, the benchmark tooling, is a module of its own: its unit tests run there (its
# benchmarks run only with -bench, see bench).
test: $(TFLINT)
	go test ./...
	cd tools/bench && go test ./...

race: $(TFLINT)
	go test -race ./...

# gofmt, go vet, and actionlint over the workflows. gofmt -l . covers tools/bench too; go vet
# needs to run in its module. actionlint cannot take action.yml itself; it checks a local
# action's metadata, and the inputs a workflow gives it, through a step `uses: ./`
# (.github/workflows/action.yml). shellcheck and pyflakes are off, so that make lint says the
# same on every machine, whatever else is installed there.
lint: $(ACTIONLINT)
	@out="$$(gofmt -l .)"; if [ -n "$$out" ]; then echo "gofmt -l: these files need gofmt -w:" >&2; echo "$$out" >&2; exit 1; fi
	go vet ./...
	cd tools/bench && go vet ./...
	$(ACTIONLINT) -shellcheck= -pyflakes= .github/workflows/*.yml

# Benchmarks (tools/bench, a module of its own, run from there): generates synthetic DR
# monorepos (cached in .tools/bench), times TFLint --recursive with drguard, with the floor
# plugin (drguard's request and the planted findings, no analysis; the request alone; the
# least request and the findings), with a do-nothing plugin and with no plugin, checks the
# planted violations, then runs the in-process Go benchmarks (tools/bench/inprocess_test.go).
# SIZES: small (about 15 s), medium (about 1.5 min), large (opt-in: about 7 min with 3 rounds
# on 2 cores); ROUNDS: timed rounds per size. The Go benchmarks add about 30 s.
SIZES ?= small medium
ROUNDS ?= 3

.PHONY: bench
bench: $(TFLINT)
	cd tools/bench && go run ./cmd/bench -sizes "$(SIZES)" -rounds $(ROUNDS) -tflint $(TFLINT) -dir $(CURDIR)/.tools/bench

# Runs every Go fuzz target in the repository for $(FUZZTIME) each, one after another.
fuzz:
	@set -e; \
	files="$$(grep -rl '^func Fuzz' --include='*_test.go' --exclude-dir=.git --exclude-dir=.tools --exclude-dir=testdata . | sort)"; \
	if [ -z "$$files" ]; then echo "no fuzz targets found"; exit 0; fi; \
	for f in $$files; do \
		pkg="./$$(dirname "$${f#./}")"; \
		for name in $$(sed -n 's/^func \(Fuzz[A-Za-z0-9_]*\)(.*/\1/p' "$$f"); do \
			echo "==> $$name ($$pkg) for $(FUZZTIME)"; \
			go test -run='^$$' -fuzz="^$$name\$$" -fuzztime=$(FUZZTIME) "$$pkg"; \
		done; \
	done

# The pinned GoReleaser, for `make release-check` (.github/workflows/release.yml pins the same).
GORELEASER_VERSION := v2.15.1
GORELEASER := $(TOOLS_BIN)/goreleaser

# Installs the pinned GoReleaser when it is missing or reports another version (a cold
# build takes about 10 minutes).
$(GORELEASER): FORCE
	@if [ "$$($(GORELEASER) --version 2>/dev/null | sed -n 's/^GitVersion: *//p')" != "$(GORELEASER_VERSION)" ]; then \
		echo "==> installing GoReleaser $(GORELEASER_VERSION) into $(TOOLS_BIN)"; \
		rm -f $(GORELEASER); \
		GOBIN=$(TOOLS_BIN) go install github.com/goreleaser/goreleaser/v2@$(GORELEASER_VERSION); \
	fi

# Builds a snapshot release into dist/ and installs it the way `tflint --init` would
# (scripts/release-check.sh). Not part of `make test`.
.PHONY: release-check
release-check: $(GORELEASER) $(TFLINT)
	GORELEASER=$(GORELEASER) TFLINT=$(TFLINT) scripts/release-check.sh

clean:
	rm -rf bin $(DEMO_PLUGIN_DIR)
