"""examples/gpu/: each example's GPU result against numpy."""

import importlib.util
import pathlib

import numpy as np
import pytest

EXAMPLES = pathlib.Path(__file__).resolve().parents[2] / "examples" / "gpu"


def load(name):
    spec = importlib.util.spec_from_file_location(name, EXAMPLES / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_vector_add(compiler, rng):
    x, y = rng.standard_normal((2, 100_003), dtype=np.float32)
    np.testing.assert_array_equal(load("vector_add").vector_add(compiler, x, y), x + y)


@pytest.mark.parametrize("m, k, n", [(64, 64, 64), (100, 37, 129), (1, 1000, 1), (513, 257, 300)])
def test_matmul(compiler, rng, m, k, n):
    a = rng.standard_normal((m, k), dtype=np.float32)
    b = rng.standard_normal((k, n), dtype=np.float32)
    c = load("matmul").matmul(compiler, a, b)
    reference = a.astype(np.float64) @ b.astype(np.float64)
    assert np.linalg.norm(c - reference) / np.linalg.norm(reference) < 1e-5


@pytest.mark.parametrize("shape, radius", [((64, 48), 1), ((240, 320), 3), ((7, 1000), 5)])
def test_blur(compiler, rng, shape, radius):
    blur = load("blur")
    image = rng.random(shape, dtype=np.float32)
    out = blur.blur(compiler, image, radius=radius, sigma=radius / 2 + 0.5)
    np.testing.assert_allclose(out, blur.blur_reference(image, radius, radius / 2 + 0.5), rtol=1e-5, atol=1e-6)


def test_examples_run_as_programs(compiler):
    import subprocess
    import sys

    for name in ("vector_add", "matmul", "blur"):
        out = subprocess.run([sys.executable, str(EXAMPLES / f"{name}.py")], capture_output=True, text=True, check=True)
        assert compiler.name in out.stdout
