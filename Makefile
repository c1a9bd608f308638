# The front door. A newcomer needs two commands:
#   make serve   set up what is missing, build the widget, serve dist/ on http://127.0.0.1:8080
#   make test    set up what is missing, build, run every test (native unit tests, the same under the
#                sanitizers, the fuzz targets' fixed searches, the release's, then the browser's)
# A developer runs the quick tier after each change:
#   make check   incremental builds, unit and CLI tests natively and under the sanitizers, browser smoke set
.DEFAULT_GOAL := help
MAKEFLAGS += --no-print-directory
.PHONY: help setup native cli web dist release serve test check test-native test-sanitize test-fuzz \
	test-release test-e2e test-smoke sanitize fuzz bench bench-hello bench-check clean

NATIVE_BUILD := build/native
SANITIZE_BUILD := build/sanitize
FUZZ_WORK := build/fuzz
WEB_BUILD := build/web
RELEASE_DIR := build/release
PORT ?= 8080
# The release's version has one home: package.json (the npm package). The build takes it from there, when
# it is used: node may only arrive with make setup.
VERSION = $(shell node -p 'require("./package.json").version')
JOBS ?= $(shell nproc)
# Debian's emcc needs its own node modules (acorn) on NODE_PATH.
export NODE_PATH := /usr/share/nodejs
# make fuzz explores: each fuzz target for 60 s from a random seed and the corpus kept in build/fuzz.
# make test runs the gate: each target for a fixed number of inputs from seed 1 and the seeds alone, the
# same search on every clone (scripts/fuzz.sh). FUZZ_SECONDS=N given to either makes both explore for N s.
ifeq ($(origin FUZZ_SECONDS),undefined)
FUZZ_SECONDS := 60
TEST_FUZZ_SECONDS := gate
else
TEST_FUZZ_SECONDS := $(FUZZ_SECONDS)
endif
# The sanitized build already makes every report fatal (-fno-sanitize-recover=all); these options say
# so at run time too, count leaks as failures and turn on the checks that are off by default.
SANITIZER_OPTIONS := \
	ASAN_OPTIONS=halt_on_error=1:detect_leaks=1:detect_stack_use_after_return=1:check_initialization_order=1:strict_string_checks=1 \
	UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
WEB_FILES := web/index.html web/widget-page.css web/widget-page.js web/demo-blog.html web/favicon.svg \
	web/embed.html web/embed-page.css web/embed-page.js web/page-language.js

help:
	@echo "make serve   build the widget and serve it on http://127.0.0.1:$(PORT) (another port: make serve PORT=8081)"
	@echo "make check   the quick tier after each change: incremental builds, native unit and CLI tests,"
	@echo "             the same under ASan+UBSan, and the browser smoke set (minutes)"
	@echo "make test    the full gate CI runs: native unit and CLI tests (CTest), the same under ASan+UBSan,"
	@echo "             each fuzz target's fixed search (seed 1), the release's checks, then every browser end-to-end test"
	@echo "make setup   install what is missing (Debian packages, npm packages, Dear ImGui source)"
	@echo "make web     build the widget into dist/"
	@echo "make release build/release/: the npm package (.tgz), a .zip of the same files, snippet.html,"
	@echo "             the WordPress plugin (.zip) and the Hugo theme component (a folder)"
	@echo "make native  build the core, the campaign-check CLI, unit tests and benchmarks"
	@echo "make cli     build only the campaign-check CLI (build/native/campaign-check)"
	@echo "make fuzz    run each fuzz target for FUZZ_SECONDS (default 60)"
	@echo "make bench   run the benchmarks"
	@echo "make bench-check  run the benchmarks that measure a budget (bench/budgets.mjs); fail on a missed one"
	@echo "make clean   remove build/ and dist/"

setup:
	@scripts/setup.sh

native: setup
	@cmake -S . -B $(NATIVE_BUILD) -DCMAKE_BUILD_TYPE=Release >/dev/null
	@cmake --build $(NATIVE_BUILD) -j $(JOBS)

cli: setup
	@cmake -S . -B $(NATIVE_BUILD) -DCMAKE_BUILD_TYPE=Release >/dev/null
	@cmake --build $(NATIVE_BUILD) -j $(JOBS) --target campaign-check

# The same core, CLI and tests built with clang under AddressSanitizer + UndefinedBehaviorSanitizer, and
# the libFuzzer targets (fuzz/), which share that build.
sanitize: setup
	@cmake -S . -B $(SANITIZE_BUILD) -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_COMPILER=clang++ \
		-DCW_FUZZ=ON -DCW_BENCHMARKS=OFF >/dev/null
	@cmake --build $(SANITIZE_BUILD) -j $(JOBS)

web: setup
	@emcmake cmake -S . -B $(WEB_BUILD) -DCMAKE_BUILD_TYPE=Release >/dev/null
	@cmake --build $(WEB_BUILD) -j $(JOBS)
	@mkdir -p dist
	@rm -f dist/campaign-widget-core.js dist/widget-loader.js dist/widget.css
	@cp $(WEB_FILES) dist/
	@# The .wasm goes in under a content-hashed name, which the element's script names with its SRI hash.
	@/usr/bin/python3 scripts/fill_release_facts.py $(WEB_BUILD)/element-hosted.js web/campaign-widget-element.js \
		$(VERSION) $(WEB_BUILD)/campaign-widget-core.wasm dist
	@/usr/bin/python3 scripts/fill_release_facts.py $(WEB_BUILD)/element-offline.js web/campaign-widget-element.js \
		$(VERSION)
	@# One <script> for embedding: the module's code, then the <campaign-widget> element, minified.
	@cat $(WEB_BUILD)/campaign-widget-core.js $(WEB_BUILD)/element-hosted.js > dist/campaign-widget.js
	@cat $(WEB_BUILD)/campaign-widget-core.js $(WEB_BUILD)/element-offline.js > $(WEB_BUILD)/campaign-widget-offline.js
	@node scripts/minify_js.mjs dist/campaign-widget.js $(WEB_BUILD)/campaign-widget-offline.js dist/page-language.js \
		dist/widget-page.js dist/embed-page.js
	@# The campaigns with their Traditional Chinese texts, converted at build time.
	@mkdir -p dist/campaigns && cp $(WEB_BUILD)/generated/campaigns/*.json dist/campaigns/
	@/usr/bin/python3 scripts/make_offline_html.py dist/campaign-widget-offline.html \
		$(WEB_BUILD)/campaign-widget-offline.js $(WEB_BUILD)/campaign-widget-core.wasm web/widget-page.css web/page-language.js web/widget-page.js
	@echo "web: dist/ is ready"

dist: web

# The release, from the files dist/ holds: the npm package exactly as npm pack makes it (package.json's
# "files" says what goes in, the licences of what it carries among them), a .zip of the same files for
# people without npm, the snippet to paste, whose integrity hash is taken from the packed script, and the
# blog engines' integrations made from the packed files: the WordPress plugin's .zip and the Hugo theme
# component's folder (integrations/).
release: web
	@rm -rf $(RELEASE_DIR) && mkdir -p $(RELEASE_DIR)
	@rm -rf dist/licenses && /usr/bin/python3 scripts/collect_licenses.py dist/licenses
	@npm pack --ignore-scripts --silent --pack-destination $(RELEASE_DIR) >/dev/null
	@/usr/bin/python3 scripts/make_release_zip.py $(RELEASE_DIR)/campaign-widget-$(VERSION).tgz \
		$(RELEASE_DIR)/campaign-widget-$(VERSION).zip
	@/usr/bin/python3 scripts/make_snippet.py $(RELEASE_DIR)/campaign-widget-$(VERSION).tgz \
		$(WEB_BUILD)/generated/i18n/snippet.json $(RELEASE_DIR)/snippet.html
	@/usr/bin/python3 scripts/make_blog_integrations.py $(RELEASE_DIR)/campaign-widget-$(VERSION).tgz \
		$(WEB_BUILD)/generated/i18n/snippet.json dist/licenses $(RELEASE_DIR)
	@echo "release: $(RELEASE_DIR)/ holds campaign-widget-$(VERSION).tgz, campaign-widget-$(VERSION).zip, snippet.html,"
	@echo "         campaign-widget-wordpress-$(VERSION).zip, campaign-widget-hugo-$(VERSION)/"

# scripts/serve.py says so when the port is taken, and how to choose another (make serve PORT=8081).
serve: web
	@/usr/bin/python3 scripts/serve.py --port $(PORT) --directory dist

test: test-native test-sanitize test-fuzz test-release test-e2e

# The quick tier: the same builds, incrementally, and the tests that answer in seconds: unit and CLI tests
# natively and under the sanitizers, and one browser file that opens each panel, types, and loads the
# offline file and the embed (tests/smoke/). No fuzzing, no release packing.
check: test-native test-sanitize test-smoke

test-smoke: web
	@node --test tests/smoke/
test-native: native
	@ctest --test-dir $(NATIVE_BUILD) --output-on-failure -j $(JOBS)

test-sanitize: sanitize
	@$(SANITIZER_OPTIONS) ctest --test-dir $(SANITIZE_BUILD) --output-on-failure -j $(JOBS)

test-fuzz: sanitize
	@$(SANITIZER_OPTIONS) scripts/fuzz.sh $(SANITIZE_BUILD)/fuzz $(FUZZ_WORK) $(TEST_FUZZ_SECONDS)

fuzz: sanitize
	@$(SANITIZER_OPTIONS) scripts/fuzz.sh $(SANITIZE_BUILD)/fuzz $(FUZZ_WORK) $(FUZZ_SECONDS)

# The package's contents, the zip, the repository naming no package registry's host.
test-release: release
	@node --test tests/release/

# The browser's tests; one of them loads the released package from a CDN-like path through the snippet.
# Files run side by side (E2E_FILES_AT_ONCE, default 2): each waits on the widget, not the clock, so a
# busy machine makes them slower, never wrong.
E2E_FILES_AT_ONCE ?= 2
test-e2e: native release
	@node --test --test-concurrency=$(E2E_FILES_AT_ONCE) tests/e2e/

# The bare Dear ImGui page the widget's start-up is compared with, built with the same toolchain and flags.
bench-hello: web
	@cmake --build $(WEB_BUILD) --target imgui-hello -j $(JOBS)
	@mkdir -p build/bench-hello
	@cp $(WEB_BUILD)/imgui-hello.js $(WEB_BUILD)/imgui-hello.wasm bench/imgui_hello/hello.html build/bench-hello/

bench: native web bench-hello
	@$(NATIVE_BUILD)/core_bench
	@echo; echo "web build sizes (bytes):"; scripts/measure_sizes.sh dist
	@echo; node bench/web_bench.mjs dist build/bench-hello

# The budgets (bench/budgets.mjs): runs the benchmarks that measure them and fails on a missed one. Not
# part of make test: times need a quiet machine.
bench-check: native web bench-hello
	@node bench/bench_check.mjs $(NATIVE_BUILD) dist build/bench-hello

clean:
	rm -rf build dist
