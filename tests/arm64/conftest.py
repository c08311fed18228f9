"""Fixtures of the ingot.arm64 tests: the backends to run on (the GPU one
skipped, saying why, where it cannot run) and the test programs (skipped
where neither the cross toolchain and qemu nor prepared programs exist)."""

import os
import sys

import pytest

sys.path.insert(0, os.path.dirname(__file__))

import ingot.arm64 as arm64  # noqa: E402
import programs as program_files  # noqa: E402


@pytest.fixture(autouse=True, scope="session")
def private_kernel_cache(tmp_path_factory):
    """Kernels compile into a private cache, never the user's (ctest names one)."""
    if "INGOT_CACHE_DIR" not in os.environ:
        os.environ["INGOT_CACHE_DIR"] = str(tmp_path_factory.mktemp("kernels"))


@pytest.fixture(params=["cpu", "gpu"])
def backend(request):
    if request.param == "gpu" and not arm64.gpu_available():
        pytest.skip("GPU backend: " + arm64.gpu_unavailable_reason())
    return request.param


@pytest.fixture(scope="session")
def programs(tmp_path_factory):
    built, reason = program_files.programs_for_tests(tmp_path_factory.mktemp("programs"))
    if built is None:
        pytest.skip(reason)
    return built
