"""What every machine sees, with or without a GPU: availability, its reason,
the exception classes, and the path taken when the driver cannot load."""

import os
import subprocess
import sys

import pytest

import ingot.gpu as gpu


def test_availability_and_reason_agree():
    assert isinstance(gpu.is_available(), bool)
    if gpu.is_available():
        assert gpu.unavailable_reason() == ""
        assert gpu.device_count() >= 1
        assert len(gpu.devices()) == gpu.device_count()
    else:
        assert gpu.unavailable_reason() != ""
        assert gpu.device_count() == 0
        assert gpu.devices() == []
        with pytest.raises(gpu.NoDeviceError, match="^no CUDA device: "):
            gpu.Device(0)


def test_exception_classes():
    assert issubclass(gpu.Error, RuntimeError)
    assert issubclass(gpu.NoDeviceError, gpu.Error)
    assert issubclass(gpu.CompileError, gpu.Error)
    assert issubclass(gpu.OutOfMemoryError, gpu.Error)
    assert issubclass(gpu.OutOfMemoryError, MemoryError)
    assert gpu.Error.__module__ == "ingot.gpu"


def run_without_driver(code):
    env = dict(os.environ, INGOT_CUDA_DRIVER="/nonexistent/libcuda.so.1")
    return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout


# The same path as a machine without a GPU, taken on any machine.
def test_a_driver_that_does_not_load():
    out = run_without_driver(
        "import ingot.gpu as gpu\n"
        "print(gpu.is_available(), gpu.device_count())\n"
        "print(gpu.unavailable_reason())\n"
        "try:\n"
        "    gpu.Device(0)\n"
        "except gpu.NoDeviceError as e:\n"
        "    print('raised:', e)\n"
    )
    first, reason, raised = out.splitlines()
    assert first == "False 0"
    assert "could not be loaded" in reason and "/nonexistent/libcuda.so.1" in reason
    assert raised == "raised: no CUDA device: " + reason


def test_nvrtc_version_or_reason():
    try:
        version = gpu.nvrtc_version()
    except gpu.Error as e:
        assert "NVRTC" in str(e)
    else:
        major, minor = version.split(".")
        assert int(major) >= 11 and int(minor) >= 0


def test_nvtx_ranges_work_with_or_without_nvtx():
    assert isinstance(gpu.nvtx_available(), bool)
    with gpu.nvtx_range("outer"):
        with gpu.nvtx_range("inner"):
            pass
