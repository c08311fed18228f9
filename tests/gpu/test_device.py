"""Devices: properties, identity, memory."""

import ingot.gpu as gpu


def test_properties(device):
    p = device.properties
    assert p.name and p.name == device.name
    assert p.pci_bus_id
    assert p.compute_capability == device.compute_capability
    assert p.architecture == 10 * p.compute_capability[0] + p.compute_capability[1]
    assert p.multiprocessor_count > 0
    assert p.total_memory > 1 << 30
    assert p.max_threads_per_block >= 512
    assert p.max_shared_memory_per_block >= 48 * 1024
    assert p.max_shared_memory_per_block_optin >= p.max_shared_memory_per_block
    assert p.l2_cache_size > 0
    assert p.warp_size == 32
    assert p.can_map_host_memory and p.unified_addressing


def test_identity(device):
    assert gpu.Device(0) == device
    assert hash(gpu.Device(0)) == hash(device)
    assert gpu.devices()[0] == device
    assert device.ordinal == 0
    assert "Device 0" in repr(device)


def test_ordinal_out_of_range(device):
    try:
        gpu.Device(gpu.device_count())
    except gpu.NoDeviceError as e:
        assert "out of range" in str(e)
    else:
        raise AssertionError("expected NoDeviceError")


def test_memory_info(device):
    free, total = device.memory_info()
    assert 0 < free <= total


def test_memory_pool_reuses_and_trims(device):
    pool = device.memory_pool
    device.alloc(1 << 20)
    before = pool.stats()
    for _ in range(1000):
        device.alloc(1 << 20)
    after = pool.stats()
    assert after["driver_allocations"] == before["driver_allocations"]
    assert after["reuses"] == before["reuses"] + 1000
    assert after["bytes_cached"] >= 1 << 20
    pool.trim()
    assert pool.stats()["bytes_cached"] == 0


def test_synchronize(device):
    device.synchronize()
