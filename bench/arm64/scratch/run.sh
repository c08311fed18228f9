# scratch: builds and times the kernel variants (one device call)
cd "$(dirname "$0")"
nvidia-smi --query-gpu=name,clocks.max.sm --format=csv,noheader
for v in "$@"; do
  nvcc -O3 -arch=sm_90 -std=c++17 -DVARIANT="\"$v.cu\"" -DVARIANT_NAME="\"$v\"" -Xptxas -v harness.cu -o /tmp/h_$v 2>&1 | grep -E "registers" &
done
wait
for v in "$@"; do
  /tmp/h_$v loop.ops 2000000 1; /tmp/h_$v stores.ops 2000000 1
  /tmp/h_$v loop.ops 20000 16384; /tmp/h_$v stores.ops 20000 16384; /tmp/h_$v loop.ops 20000 131072
done
