# Front door for people and CI. CMake does the building; this file only names the jobs.
#   make example     build, then run the example program
#   make test        install missing Debian packages, build, run every test
#   make test-asan   the same tests under AddressSanitizer + UndefinedBehaviorSanitizer
#   make conformance ingot ast over the whole CPython standard library, compared with CPython
#   make scopes-conformance  ingot scopes over the whole standard library, against symtable
#   make fuzz-parser libFuzzer on the tokenizer + parser (FUZZ_SECONDS, default 600)
#   make bench       benchmarks, side by side with CPython

JOBS ?= $(shell nproc)
BUILD ?= build
CMAKE_FLAGS ?=
FUZZ_SECONDS ?= 600

.PHONY: all build example test test-asan conformance scopes-conformance fuzz-parser bench bootstrap clean

all: build

bootstrap:
	@tools/bootstrap

build: bootstrap
	@cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo $(CMAKE_FLAGS) >/dev/null
	@cmake --build $(BUILD) -j $(JOBS)

example: build
	$(BUILD)/ingot examples/primes.py

test: build
	cd $(BUILD) && ctest -j $(JOBS) --output-on-failure

test-asan:
	@$(MAKE) --no-print-directory test BUILD=build-asan CMAKE_FLAGS="-DINGOT_SANITIZE=ON"

conformance: build
	python3 tests/ast/conformance.py --ingot $(BUILD)/ingot --all

scopes-conformance: build
	python3 tests/sema/run.py --ingot $(BUILD)/ingot --all

fuzz-parser: bootstrap
	@cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DINGOT_FUZZ=ON \
	  -DCMAKE_C_COMPILER=clang-14 -DCMAKE_CXX_COMPILER=clang++-14 >/dev/null
	@cmake --build build-fuzz -j $(JOBS) --target parse_fuzzer
	mkdir -p fuzz-corpus && tests/fuzz/seed-corpus fuzz-corpus
	build-fuzz/src/parse/parse_fuzzer -max_total_time=$(FUZZ_SECONDS) -max_len=4096 fuzz-corpus

bench: build
	python3 bench/run.py --ingot $(BUILD)/ingot $(if $(BENCH_RUNS),--runs $(BENCH_RUNS))

clean:
	rm -rf build build-asan build-fuzz
