#!/usr/bin/env bash
# Builds the ARM64 machine on the GPU machine, runs its C++ and Python tests
# (GPU backend included) and its benchmarks, and leaves the logs in $OUT.
# That machine has no cross toolchain, so the test programs travel built:
# here, once,
#     bash ../shared/device/fetch-debs.sh            # Debian -dev packages
#     python3 tests/arm64/programs.py build-arm64/programs
# then, as a device call carrying .debs and build-arm64/programs:
#     bash bench/arm64/device-run.sh [all|tests|bench]
# (tests and bench split the work between two calls on one warm machine,
# for the 10-minute limit on a call; the build is kept between them.
# PYTEST_ARGS and BENCH_ARGS narrow either, e.g. BENCH_ARGS='--sections single'.)
set -uo pipefail
stage=${1:-all}
out=${OUT:-/tmp/ingot-arm64}
mkdir -p "$out"
source .debs/unpack.sh
python=$(command -v python3)
build=/tmp/ingot-arm64-build
programs=$PWD/build-arm64/programs

configure() {
  cmake -S "$1" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DPython3_EXECUTABLE="$python"
}
{
  nvidia-smi --query-gpu=name,driver_version,memory.total,clocks.max.sm --format=csv
  "$python" -c 'import sys, numpy; print(sys.version, "numpy", numpy.__version__)'
  # The whole project, or, where another part does not configure there, the
  # parts this needs under a copy of the top-level CMakeLists.
  if ! configure . ; then
    echo "== the project does not configure; building base, gpu, arm64 and python alone"
    rm -rf "$build" /tmp/arm64-only && mkdir -p /tmp/arm64-only/src
    for part in src/base src/gpu src/arm64 src/python bench tests examples; do
      mkdir -p "/tmp/arm64-only/$(dirname $part)"; ln -s "$PWD/$part" "/tmp/arm64-only/$part"
    done
    grep -v -E 'add_subdirectory\((src/[a-z_]+|tests)\)' CMakeLists.txt > /tmp/arm64-only/CMakeLists.txt
    printf 'add_subdirectory(src/base)\nadd_subdirectory(src/gpu)\nadd_subdirectory(src/arm64)\nadd_subdirectory(src/python)\n' \
      >> /tmp/arm64-only/CMakeLists.txt
    configure /tmp/arm64-only
  fi
  cmake --build "$build" -j16 --target ingot_arm64_test ingot_arm64_python
} > "$out/build.log" 2>&1 || { tail -60 "$out/build.log"; exit 1; }

# Translated kernels (block_translator.h) take NVRTC seconds each: the
# tests compile each once, into this cache.
export PYTHONPATH=$build/python INGOT_CACHE_DIR=/tmp/ingot-kernel-cache PYTHONUNBUFFERED=1 INGOT_ARM64_PROGRAMS=$programs
if [[ $stage != bench ]]; then
  # The two suites share the GPU but time nothing, so they run side by side.
  timeout 400 "$build/src/arm64/ingot_arm64_test" > "$out/cpp-tests.log" 2>&1 &
  eval "pytest_args=(${PYTEST_ARGS:-tests/arm64})"  # keeps a quoted -k expression whole
  timeout 400 "$python" -m pytest -v -rs -p no:cacheprovider "${pytest_args[@]}" > "$out/python-tests.log" 2>&1
  wait
  # API errors are the GPU layer's own probing (cuFuncGetParamInfo past the last parameter).
  timeout 120 compute-sanitizer --tool memcheck --report-api-errors no --error-exitcode 1 "$build/src/arm64/ingot_arm64_test" \
    --gtest_filter='GpuBackendTest.LargeFarm*:TranslatedGpuTest.OneCore*' > "$out/memcheck.log" 2>&1
  echo "memcheck exit status: $?" >> "$out/memcheck.log"
  echo "== C++ tests";    grep -E '^\[  (PASSED|FAILED|SKIPPED) |Failure' "$out/cpp-tests.log" | head -20
  echo "== Python tests"; grep -E '^(FAILED|ERROR)|SKIPPED|passed|failed' "$out/python-tests.log" | tail -15
  echo "== memcheck";     tail -2 "$out/memcheck.log"
fi
if [[ $stage != tests ]]; then
  # A cache of its own, so that the compile times it prints are NVRTC's.
  INGOT_CACHE_DIR=/tmp/ingot-kernel-cache-bench timeout 400 "$python" bench/arm64/bench.py --programs "$programs" \
    --json "$out/bench.json" ${BENCH_ARGS:-} > "$out/bench.txt" 2>&1
  echo "== benchmarks";   cat "$out/bench.txt"
fi
