#!/usr/bin/env bash
# Builds the GPU layer on the GPU machine, runs its C++ and Python tests and
# its benchmarks, and leaves the logs in $OUT. Run from the project root,
# after `bash ../shared/device/fetch-debs.sh` here, as a device call that
# carries .debs:   bash bench/gpu/device-run.sh
set -uo pipefail
out=${OUT:-/tmp/ingot-gpu}
mkdir -p "$out"
source .debs/unpack.sh
python=$(command -v python3)
build=/tmp/ingot-gpu-build

# The whole project, or, where another part is mid-change and does not
# configure, the GPU layer alone under a copy of the top-level CMakeLists.
configure() {
  cmake -S "$1" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DPython3_EXECUTABLE="$python"
}
{
  nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv
  "$python" -c 'import sys, numpy; print(sys.version, "numpy", numpy.__version__)'
  if ! configure . ; then
    echo "== the project does not configure; building the GPU layer alone"
    rm -rf "$build" /tmp/gpu-only && mkdir -p /tmp/gpu-only/src
    for part in src/gpu src/python bench tests examples; do ln -s "$PWD/$part" "/tmp/gpu-only/$part"; done
    grep -v -E 'add_subdirectory\((src/(base|unicode|diagnostics|ast|lex|parse|driver)|tests)\)' CMakeLists.txt \
      > /tmp/gpu-only/CMakeLists.txt
    grep -q src/python /tmp/gpu-only/CMakeLists.txt || echo 'add_subdirectory(src/python)' >> /tmp/gpu-only/CMakeLists.txt
    configure /tmp/gpu-only
  fi
  cmake --build "$build" -j16 --target ingot_gpu_test ingot_gpu_python gpu_bench
} > "$out/build.log" 2>&1 || { tail -60 "$out/build.log"; exit 1; }

export PYTHONPATH=$build/python INGOT_CACHE_DIR=/tmp/ingot-kernel-cache PYTHONUNBUFFERED=1
timeout 300 "$build/src/gpu/ingot_gpu_test" > "$out/cpp-tests.log" 2>&1
timeout 300 "$python" -m pytest -v -rs -p no:cacheprovider tests/gpu > "$out/python-tests.log" 2>&1
(cd "$build" && timeout 300 ctest -R gpu_python --output-on-failure) > "$out/ctest.log" 2>&1
# API errors are the tests' own (a failed launch, an allocation too large).
timeout 240 compute-sanitizer --tool memcheck --report-api-errors no --error-exitcode 1 "$build/src/gpu/ingot_gpu_test" \
  --gtest_filter='LaunchTest.*:BufferTest.*:GraphTest.*' > "$out/memcheck.log" 2>&1
echo "memcheck exit status: $?" >> "$out/memcheck.log"
timeout 300 "$build/src/gpu/gpu_bench" bench/gpu/kernels.cu > "$out/bench-cpp.txt" 2>&1
timeout 400 "$python" bench/gpu/bench.py --json "$out/bench.json" > "$out/bench-python.txt" 2>&1

echo "== C++ tests";    grep -E '^\[  (PASSED|FAILED|SKIPPED) ' "$out/cpp-tests.log"
echo "== Python tests"; grep -E '^(FAILED|ERROR|SKIPPED)|passed|failed' "$out/python-tests.log" | tail -25
echo "== ctest";        tail -3 "$out/ctest.log"
echo "== memcheck";     tail -2 "$out/memcheck.log"
echo "== C++ benchmarks";    cat "$out/bench-cpp.txt"
echo "== Python benchmarks"; cat "$out/bench-python.txt"
