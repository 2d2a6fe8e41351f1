# The pinned TFLint. integration/integration_test.go pins the same version (tflintVersion)
# and a test fails when the two differ.
TFLINT_VERSION := v0.64.0
TOOLS_BIN := $(CURDIR)/.tools/bin
TFLINT := $(TOOLS_BIN)/tflint
PLUGIN_DIR := $(CURDIR)/.tools/plugins
PLUGIN := tflint-ruleset-drguard
FUZZTIME ?= 60s

.DEFAULT_GOAL := build

.PHONY: build install tools demo test race lint fuzz clean

build:
	go build -o bin/$(PLUGIN) .

# Installs the pinned TFLint when it is missing or reports another version.
$(TFLINT): FORCE
	@if [ "$$(cd $(TOOLS_BIN) 2>/dev/null && $(TFLINT) --version 2>/dev/null | head -n 1)" != "TFLint version $(TFLINT_VERSION:v%=%)" ]; then \
		echo "==> installing TFLint $(TFLINT_VERSION) into $(TOOLS_BIN)"; \
		rm -f $(TFLINT); \
		GOBIN=$(TOOLS_BIN) go install github.com/terraform-linters/tflint@$(TFLINT_VERSION); \
	fi

.PHONY: FORCE
FORCE:

tools: $(TFLINT)

# Builds the plugin straight into the directory the demo points TFLINT_PLUGIN_DIR at.
install:
	@mkdir -p $(PLUGIN_DIR)
	go build -o $(PLUGIN_DIR)/$(PLUGIN) .

# examples/dr must pass (exit 0); examples/dr-broken must report findings (exit 2).
demo: install $(TFLINT)
	@echo "==> examples/dr: the DR layout done right (expect no issues)"
	@TFLINT_PLUGIN_DIR=$(PLUGIN_DIR) $(TFLINT) --chdir examples/dr
	@echo "==> examples/dr-broken: one of each mistake (expect findings)"
	@TFLINT_PLUGIN_DIR=$(PLUGIN_DIR) $(TFLINT) --chdir examples/dr-broken; rc=$$?; \
	if [ $$rc -ne 2 ]; then echo "examples/dr-broken: tflint exited $$rc, want 2 (findings)" >&2; exit 1; fi

# The end-to-end test installs the pinned TFLint itself when it is missing; installing it
# first keeps a cold build (about 5 minutes) out of go test's 10-minute timeout. For a fast
# inner loop, `go test -short ./...` runs everything but the end-to-end cases in testdata/.
# tools/bench, the benchmark tooling, is a module of its own: its unit tests run there (its
# benchmarks run only with -bench, see bench).
test: $(TFLINT)
	go test ./...
	cd tools/bench && go test ./...

race: $(TFLINT)
	go test -race ./...

# gofmt -l . covers tools/bench too; go vet needs to run in its module.
lint:
	@out="$$(gofmt -l .)"; if [ -n "$$out" ]; then echo "gofmt -l: these files need gofmt -w:" >&2; echo "$$out" >&2; exit 1; fi
	go vet ./...
	cd tools/bench && go vet ./...

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
	rm -rf bin $(PLUGIN_DIR)
