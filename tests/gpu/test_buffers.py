"""Device and shared buffers: numpy views, copies, typing."""

import numpy as np
import pytest

import ingot.gpu as gpu


def test_device_buffer_round_trip(device, rng):
    data = rng.standard_normal((64, 33)).astype(np.float32)
    buf = device.upload(data)
    assert isinstance(buf, gpu.DeviceBuffer) and not isinstance(buf, gpu.SharedBuffer)
    assert buf.nbytes == data.nbytes
    assert buf.dtype == np.float32 and buf.shape == (64, 33)
    assert buf.device == device
    assert buf.ptr != 0
    np.testing.assert_array_equal(buf.to_host(), data)


def test_non_contiguous_upload(device):
    data = np.arange(100, dtype=np.int64).reshape(10, 10).T
    np.testing.assert_array_equal(device.upload(data).to_host(), data)


def test_device_memory_has_no_host_view(device):
    with pytest.raises(TypeError):
        memoryview(device.alloc(16))


def test_shared_buffer_is_zero_copy(device):
    buf = device.shared(1024 * 4)
    assert isinstance(buf, gpu.SharedBuffer)
    a = np.frombuffer(buf, np.float32)
    b = buf.numpy(np.float32)
    assert a.shape == b.shape == (1024,)
    a[:] = np.arange(1024)
    np.testing.assert_array_equal(b, np.arange(1024))  # same bytes
    assert b.ctypes.data == a.ctypes.data
    grid = buf.numpy(np.float32, (32, 32))
    assert grid[1, 0] == 32
    # The device sees the same bytes: a device copy reads what numpy wrote.
    copy = device.alloc(buf.nbytes).view(np.float32)
    copy.copy_from(buf)
    np.testing.assert_array_equal(copy.to_host(), np.arange(1024))


def test_views_keep_the_buffer_alive(device):
    view = device.shared(4096).numpy(np.uint32)
    view[:] = 7
    import gc

    gc.collect()
    assert (view == 7).all()


def test_view_and_slice(device):
    buf = device.upload(np.arange(12, dtype=np.int32))
    as_bytes = buf.view(np.uint8)
    assert as_bytes.shape == (48,)
    matrix = buf.view(np.int32, (3, 4))
    np.testing.assert_array_equal(matrix.to_host(), np.arange(12).reshape(3, 4))
    middle = buf.slice(16, 16).view(np.int32)
    np.testing.assert_array_equal(middle.to_host(), [4, 5, 6, 7])
    assert middle.ptr == buf.ptr + 16
    with pytest.raises(ValueError):
        buf.view(np.int32, (5, 5))
    with pytest.raises(ValueError):
        buf.slice(0, 6).view(np.int32)
    with pytest.raises(IndexError):
        buf.slice(40, 16)


def test_copies_and_fill(device, rng):
    data = rng.integers(0, 1 << 30, 1000, dtype=np.int32)
    a = device.upload(data)
    b = device.alloc(a.nbytes).view(np.int32)
    b.copy_from(a)
    np.testing.assert_array_equal(b.to_host(), data)
    b.fill(0)
    np.testing.assert_array_equal(b.to_host(), 0)
    b.copy_from(data[::-1].copy())
    np.testing.assert_array_equal(b.to_host(), data[::-1])
    b.copy_from(bytes(b.nbytes))
    np.testing.assert_array_equal(b.to_host(), 0)
    with pytest.raises(ValueError):
        b.copy_from(data[:10])
    with pytest.raises(ValueError):
        b.copy_from(device.alloc(8))


def test_empty_buffers(device):
    for buf in (device.alloc(0), device.shared(0)):
        assert buf.nbytes == 0 and buf.shape == (0,)
        assert buf.to_host().size == 0
    assert np.frombuffer(device.shared(0), np.uint8).size == 0


def test_out_of_memory(device):
    with pytest.raises(gpu.OutOfMemoryError):
        device.alloc(device.properties.total_memory * 2)
    with pytest.raises(MemoryError):
        device.alloc(device.properties.total_memory * 2)


def test_repr(device):
    assert "DeviceBuffer of 8 bytes" in repr(device.alloc(8))
    assert "SharedBuffer of 8 bytes" in repr(device.shared(8))
