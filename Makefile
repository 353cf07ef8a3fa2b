# Participation Scorecard: set-up, demo and tests on Debian/Ubuntu with Swift 6.
#   make demo   installs missing system packages, builds, scores a sample plan
#   make test   installs missing system packages, runs the test suite
#   make serve  starts the web page for residents on http://127.0.0.1:8080/
#   make fuzz   fuzzes the parsers with libFuzzer (FUZZ_SECONDS and/or FUZZ_RUNS per harness)

SWIFT        ?= swift
APT_PACKAGES ?= pkg-config libxml2-dev libstemmer-dev zlib1g-dev libpoppler-glib-dev libhyphen-dev hyphen-nl hyphen-en-us
FUZZ_SECONDS ?=
FUZZ_RUNS    ?=
DEMO_PLAN    ?= SamplePlans/nl-zwolle-holtenbroek-wijkactieplan-2025-zelfbeheer-buurthuis.md

.PHONY: deps build demo test bench fuzz serve e2e-serve

## deps: install the system libraries the package links against, if missing
deps:
	@missing=""; \
	for pkg in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$pkg 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$pkg"; \
	done; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if ! command -v apt-get >/dev/null 2>&1; then \
	  echo "Please install:$$missing (no apt-get on this machine)"; exit 1; \
	fi; \
	if [ "$$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi; \
	echo "Installing:$$missing"; \
	$$sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq $$missing

## build: build the scorecard command
build: deps
	$(SWIFT) build --product scorecard

## demo: score a sample plan with the default rubric and print its card
demo: build
	$(SWIFT) run scorecard score $(DEMO_PLAN)

## test: run the whole test suite
test: deps
	$(SWIFT) test

## bench: throughput benchmark on ../shared/corpus/imro (see Scripts/benchmark.sh)
bench: deps
	@command -v xmllint >/dev/null && command -v rg >/dev/null && command -v bc >/dev/null \
	  && command -v groff >/dev/null && command -v pdftotext >/dev/null || \
	  $(MAKE) deps APT_PACKAGES="libxml2-utils ripgrep bc groff poppler-utils"
	Scripts/benchmark.sh

## fuzz: build the libFuzzer harnesses in Fuzz/ and run each, one after another,
## for FUZZ_SECONDS seconds or FUZZ_RUNS executions (60 s when neither is set;
## see Scripts/fuzz.sh)
fuzz: deps
	FUZZ_SECONDS=$(FUZZ_SECONDS) FUZZ_RUNS=$(FUZZ_RUNS) SWIFT=$(SWIFT) Scripts/fuzz.sh

## serve: the web page for residents on http://127.0.0.1:8080/ (Ctrl-C stops)
serve: build
	$(SWIFT) run scorecard serve $(SERVE_FLAGS)

## e2e-serve: the end-to-end browser test of `scorecard serve` (chromium, selenium)
e2e-serve: build
	Scripts/e2e-serve.py "$$($(SWIFT) build --show-bin-path)/scorecard"
