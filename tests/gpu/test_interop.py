"""Handing buffers to CuPy and PyTorch without copies: the CUDA Array
Interface and DLPack; and taking their arrays as kernel arguments."""

import ctypes

import numpy as np
import pytest

from conftest import VECTOR_ADD


def test_cuda_array_interface(device):
    buf = device.alloc(24).view(np.float32, (2, 3))
    cai = buf.__cuda_array_interface__
    assert cai == {"shape": (2, 3), "typestr": "<f4", "data": (buf.ptr, False), "strides": None, "stream": 1,
                   "version": 3}


class DLDevice(ctypes.Structure):
    _fields_ = [("device_type", ctypes.c_int32), ("device_id", ctypes.c_int32)]


class DLDataType(ctypes.Structure):
    _fields_ = [("code", ctypes.c_uint8), ("bits", ctypes.c_uint8), ("lanes", ctypes.c_uint16)]


class DLTensor(ctypes.Structure):
    _fields_ = [("data", ctypes.c_void_p), ("device", DLDevice), ("ndim", ctypes.c_int32), ("dtype", DLDataType),
                ("shape", ctypes.POINTER(ctypes.c_int64)), ("strides", ctypes.POINTER(ctypes.c_int64)),
                ("byte_offset", ctypes.c_uint64)]


class DLManagedTensorVersioned(ctypes.Structure):
    _fields_ = [("major", ctypes.c_uint32), ("minor", ctypes.c_uint32), ("manager_ctx", ctypes.c_void_p),
                ("deleter", ctypes.c_void_p), ("flags", ctypes.c_uint64), ("dl_tensor", DLTensor)]


def capsule_pointer(capsule, name):
    get = ctypes.pythonapi.PyCapsule_GetPointer
    get.restype, get.argtypes = ctypes.c_void_p, [ctypes.py_object, ctypes.c_char_p]
    return get(capsule, name)


# Reads the capsules as a consumer would, without one.
def test_dlpack_capsules(device):
    buf = device.alloc(2 * 3 * 8).view(np.int64, (2, 3))
    assert buf.__dlpack_device__() == (2, 0)  # kDLCUDA, device 0

    legacy = buf.__dlpack__()
    tensor = DLTensor.from_address(capsule_pointer(legacy, b"dltensor"))
    assert tensor.data == buf.ptr and tensor.device.device_type == 2 and tensor.ndim == 2
    assert (tensor.shape[0], tensor.shape[1]) == (2, 3)
    assert (tensor.dtype.code, tensor.dtype.bits, tensor.dtype.lanes) == (0, 64, 1)  # kDLInt
    assert not tensor.strides

    versioned = buf.__dlpack__(max_version=(1, 0), stream=-1)
    managed = DLManagedTensorVersioned.from_address(capsule_pointer(versioned, b"dltensor_versioned"))
    assert (managed.major, managed.minor) == (1, 0)
    assert managed.dl_tensor.data == buf.ptr
    del legacy, versioned  # unconsumed capsules free their tensors

    with pytest.raises(BufferError):
        buf.__dlpack__(copy=True)
    with pytest.raises(BufferError):
        buf.__dlpack__(dl_device=(1, 0))  # device memory is not host memory
    shared = device.shared(16).view(np.float32)
    host = shared.__dlpack__(dl_device=(1, 0))
    assert DLTensor.from_address(capsule_pointer(host, b"dltensor")).device.device_type == 1


def test_torch_shares_the_memory(device, rng):
    torch = pytest.importorskip("torch")
    if not torch.cuda.is_available():
        pytest.skip("PyTorch sees no CUDA device")
    data = rng.standard_normal(1000, dtype=np.float32)
    buf = device.upload(data)
    t = torch.from_dlpack(buf)
    assert t.is_cuda and t.dtype == torch.float32 and t.data_ptr() == buf.ptr
    t.mul_(2)
    torch.cuda.synchronize()
    np.testing.assert_array_equal(buf.to_host(), 2 * data)
    via_cai = torch.as_tensor(buf, device="cuda")
    assert via_cai.data_ptr() == buf.ptr
    # And torch tensors are kernel arguments.
    out = torch.empty(1000, device="cuda")
    device.compile(VECTOR_ADD).kernel("vector_add").launch(4, 256, (t, t, out, 1000))
    device.synchronize()
    np.testing.assert_array_equal(out.cpu().numpy(), 4 * data)


def test_cupy_shares_the_memory(device, rng):
    cupy = pytest.importorskip("cupy")
    data = rng.standard_normal((10, 10)).astype(np.float64)
    buf = device.upload(data)
    c = cupy.asarray(buf)
    assert c.shape == (10, 10) and c.dtype == np.float64 and c.data.ptr == buf.ptr
    c += 1
    cupy.cuda.Device().synchronize()
    np.testing.assert_array_equal(buf.to_host(), data + 1)
    d = cupy.from_dlpack(buf)
    assert d.data.ptr == buf.ptr
    shared = device.shared(80).view(np.float64)
    shared.numpy()[:] = np.arange(10)
    np.testing.assert_array_equal(cupy.asnumpy(cupy.asarray(shared)), np.arange(10))
    e = cupy.arange(1000, dtype=cupy.float32)
    out = device.alloc(4000).view(np.float32)
    device.compile(VECTOR_ADD).kernel("vector_add").launch(4, 256, (e, e, out, 1000))
    np.testing.assert_array_equal(out.to_host(), 2 * np.arange(1000, dtype=np.float32))
