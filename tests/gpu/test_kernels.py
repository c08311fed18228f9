"""Compiling, caching, loading and launching kernels."""

import os
import time

import numpy as np
import pytest

import ingot.gpu as gpu
from conftest import VECTOR_ADD


# The flow of the issue that asked for this module.
def test_the_issues_example(compiler, rng):
    dev = compiler
    n = 1 << 20
    mod = dev.compile(VECTOR_ADD)
    k = mod.kernel("vector_add")
    a, b, c = (dev.shared(n * 4) for _ in range(3))
    a.numpy(np.float32)[:] = x = rng.standard_normal(n, dtype=np.float32)
    b.numpy(np.float32)[:] = y = rng.standard_normal(n, dtype=np.float32)
    k.launch(grid=(n // 256,), block=(256,), args=(a, b, c, np.uint32(n)))
    dev.synchronize()
    np.testing.assert_array_equal(c.numpy(np.float32), x + y)


def test_scalars_of_every_kind(compiler):
    mod = compiler.compile(r"""
        struct Pair { int a; float b; };
        extern "C" __global__ void echo(signed char i8, unsigned char u8, short i16, unsigned short u16, int i32,
                                        unsigned u32, long long i64, unsigned long long u64, float f32, double f64,
                                        bool flag, Pair pair, double* out) {
          double v[] = {double(i8), double(u8), double(i16), double(u16), double(i32), double(u32), double(i64),
                        double(u64), double(f32), f64, double(flag), double(pair.a), double(pair.b)};
          for (int n = 0; n < 13; ++n) out[n] = v[n];
        }""")
    echo = mod.kernel("echo")
    assert echo.parameters is not None and len(echo.parameters) == 13
    out = compiler.alloc(13 * 8).view(np.float64)
    pair = np.array([(7, 2.5)], dtype=[("a", "<i4"), ("b", "<f4")])[0]
    # Python numbers take the parameter's size; numpy scalars and bytes bring their own.
    echo.launch(1, 1, (-100, 200, np.int16(-30000), 60000, -(2**31), 2**32 - 1, -(2**40), 2**64 - 1, 1.25,
                       np.float64(-3.5), True, pair, out))
    expected = [-100, 200, -30000, 60000, -(2**31), 2**32 - 1, -(2**40), float(2**64 - 1), 1.25, -3.5, 1, 7, 2.5]
    np.testing.assert_array_equal(out.to_host(), expected)


def test_wrong_arguments(compiler):
    k = compiler.compile(VECTOR_ADD).kernel("vector_add")
    if k.parameters is None:
        pytest.skip("this driver cannot describe kernel parameters")
    a = compiler.alloc(16)
    with pytest.raises(ValueError, match="takes 4 arguments, not 3"):
        k.launch(1, 1, (a, a, a))
    with pytest.raises(ValueError, match="argument 3 of vector_add is 8 bytes"):
        k.launch(1, 1, (a, a, a, np.uint64(4)))
    with pytest.raises(TypeError, match="does not fit"):
        k.launch(1, 1, (a, a, a, 2**32))
    with pytest.raises(TypeError, match="cannot pass a dict"):
        k.launch(1, 1, (a, a, a, {}))
    with pytest.raises(ValueError):
        k.launch((1, 1, 1, 1), 1, (a, a, a, 4))
    with pytest.raises(TypeError, match="unexpected keyword argument 'grd'"):
        k.launch(1, 1, (a, a, a, 4), grd=1)
    with pytest.raises(TypeError, match="multiple values for argument block"):
        k.launch(1, 1, (a, a, a, 4), block=1)
    with pytest.raises(TypeError, match="stream must be"):
        k.launch(1, 1, (a, a, a, 4), stream=0)
    with pytest.raises(TypeError, match="needs grid and block"):
        k.launch(args=(a, a, a, 4))
    compiler.synchronize()


def test_bad_launch_configuration_names_the_kernel(compiler):
    k = compiler.compile(VECTOR_ADD).kernel("vector_add")
    a = compiler.alloc(16)
    with pytest.raises(gpu.Error, match="launching vector_add"):
        k.launch(1, 4096, (a, a, a, 4))


def test_bound_launch(compiler, rng):
    k = compiler.compile(VECTOR_ADD).kernel("vector_add")
    x = rng.standard_normal(1000, dtype=np.float32)
    a, b = compiler.upload(x), compiler.upload(x)
    c = compiler.alloc(4000).view(np.float32)
    run = k.bind((1000 + 255) // 256, 256, (a, b, c, 1000))
    del a, b  # the bound launch keeps its buffers
    for _ in range(3):
        run()
    np.testing.assert_array_equal(c.to_host(), 2 * x)


def test_kernel_attributes(compiler):
    k = compiler.compile(VECTOR_ADD).kernel("vector_add")
    assert k.name == "vector_add" and "vector_add" in repr(k)
    assert k.device == compiler
    assert k.registers > 0 and k.static_shared_bytes == 0 and k.local_bytes == 0
    assert 32 <= k.suggested_block_size() <= k.max_threads_per_block


def test_compile_error_carries_the_log(compiler):
    with pytest.raises(gpu.CompileError) as caught:
        compiler.compile('extern "C" __global__ void k() { not_declared(); }', program_name="broken.cu")
    assert "not_declared" in caught.value.log
    assert "broken.cu" in caught.value.log
    assert str(caught.value).startswith("compiling broken.cu failed:")


def test_missing_kernel(compiler):
    with pytest.raises(gpu.Error, match="no kernel named 'nope'"):
        compiler.compile(VECTOR_ADD).kernel("nope")


def test_templates_and_options(compiler):
    mod = compiler.compile(
        r"""
        template <class T> __global__ void scale(T* x, T by) { x[threadIdx.x] *= by * SCALE; }
        """,
        options=["-DSCALE=2"],
        name_expressions=["scale<float>", "scale<double>"],
    )
    assert mod.lowered_name("scale<float>").startswith("_Z")
    f = compiler.upload(np.ones(32, np.float32))
    d = compiler.upload(np.ones(32, np.float64))
    mod.kernel("scale<float>").launch(1, 32, (f, 1.5))
    mod.kernel("scale<double>").launch(1, 32, (d, 0.25))
    np.testing.assert_array_equal(f.to_host(), 3.0)
    np.testing.assert_array_equal(d.to_host(), 0.5)


def test_compile_cache(compiler, tmp_path, monkeypatch):
    monkeypatch.setenv("INGOT_CACHE_DIR", str(tmp_path))
    source = VECTOR_ADD + f"// {os.getpid()} {time.time()}\n"
    compiler.compile(source)
    entries = list(tmp_path.iterdir())
    assert len(entries) == 1 and entries[0].suffix == ".kernel"
    start = time.perf_counter()
    for _ in range(100):
        compiler.compile(source)
    assert (time.perf_counter() - start) / 100 < 1e-3, "a cache hit must cost well under a millisecond"
    # Uncached compiles neither read nor write the disk.
    compiler.compile(source + "// again\n", cache=False)
    assert len(list(tmp_path.iterdir())) == 1


PTX = r"""
.version 7.0
.target sm_75
.address_size 64
.visible .entry store42(.param .u64 out)
{
  .reg .b64 %rd<3>;
  .reg .b32 %r<2>;
  ld.param.u64 %rd1, [out];
  cvta.to.global.u64 %rd2, %rd1;
  mov.u32 %r1, 42;
  st.global.u32 [%rd2], %r1;
  ret;
}
"""


def test_load_ptx_from_bytes_and_path(device, tmp_path):
    path = tmp_path / "store42.ptx"
    path.write_text(PTX)
    for source in (PTX.encode(), path, str(path)):
        out = device.alloc(4).view(np.uint32)
        device.load_module(source).kernel("store42").launch(1, 1, (out,))
        assert out.to_host()[0] == 42
    with pytest.raises(gpu.Error):
        device.load_module(b"not a module")
    with pytest.raises(gpu.Error, match="cannot read"):
        device.load_module(tmp_path / "missing.cubin")


def test_large_dynamic_shared_memory(compiler):
    size = compiler.properties.max_shared_memory_per_block_optin
    if size <= 48 * 1024:
        pytest.skip("this device offers no more than 48 KiB of shared memory per block")
    k = compiler.compile(r"""
        extern "C" __global__ void last_word(unsigned* out, unsigned words) {
          extern __shared__ unsigned scratch[];
          for (unsigned i = threadIdx.x; i < words; i += blockDim.x) scratch[i] = i;
          __syncthreads();
          if (threadIdx.x == 0) *out = scratch[words - 1];
        }""").kernel("last_word")
    out = compiler.alloc(4).view(np.uint32)
    k.launch(1, 256, (out, size // 4), shared_mem=size)
    assert out.to_host()[0] == size // 4 - 1
