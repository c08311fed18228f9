"""Streams, events, graphs, and the GIL in blocking calls."""

import threading
import time

import numpy as np
import pytest

import ingot.gpu as gpu
from conftest import SPIN


@pytest.fixture
def spin(compiler):
    return compiler.compile(SPIN).kernel("spin")


def test_default_and_created_streams(device):
    default = device.default_stream
    assert default.handle == 0 and default == device.default_stream
    s = device.stream()
    assert s.handle != 0 and s != default and s.device == device
    s.synchronize()
    assert s.done()


def test_events_order_streams(compiler, spin):
    first, second = compiler.stream(), compiler.stream()
    counter = compiler.alloc(4).view(np.uint32)
    snapshot = compiler.alloc(4).view(np.uint32)
    counter.fill(0, stream=first)
    spin.launch(1, 1, (counter, 20_000_000), stream=first)
    second.wait(first.record(compiler.event(timing=False)))
    snapshot.copy_from(counter, stream=second)
    second.synchronize()
    assert snapshot.to_host()[0] == 1


def test_events_time(compiler, spin):
    s = compiler.stream()
    counter = compiler.alloc(4, stream=s)
    counter.fill(0, stream=s)
    start = s.record()
    spin.launch(1, 1, (counter, 50_000_000), stream=s)
    end = s.record()
    end.synchronize()
    assert end.done()
    assert 0.5 < start.elapsed_ms(end) < 1000


def test_graph_capture_and_replay(compiler):
    add = compiler.compile(r"""
        extern "C" __global__ void add_to(unsigned* counter, unsigned amount) { atomicAdd(counter, amount); }
    """).kernel("add_to")
    s = compiler.stream()
    counter = compiler.upload(np.zeros(1, np.uint32))
    with s.capture() as graph:
        for _ in range(10):
            add.launch(1, 1, (counter, 2), stream=s)
    assert counter.to_host()[0] == 0, "capturing must not run the work"
    for _ in range(5):
        graph.replay(s)
    s.synchronize()
    assert counter.to_host()[0] == 100
    graph.replay()
    assert counter.to_host()[0] == 120


def test_graph_keeps_its_buffers(compiler):
    add = compiler.compile(r"""
        extern "C" __global__ void add_to(unsigned* counter, unsigned amount) { atomicAdd(counter, amount); }
    """).kernel("add_to")
    s = compiler.stream()
    with s.capture() as graph:
        add.launch(1, 1, (compiler.alloc(4), 1), stream=s)
    compiler.alloc(4).fill(0xFF)
    graph.replay(s)
    s.synchronize()


def test_failed_capture_is_abandoned(compiler):
    s = compiler.stream()
    with pytest.raises(ZeroDivisionError):
        with s.capture() as graph:
            1 / 0
    with pytest.raises(gpu.Error, match="not been captured"):
        graph.replay()
    with pytest.raises(gpu.Error):
        with compiler.default_stream.capture():
            pass
    s.synchronize()  # the stream still works


def test_wrapped_stream(compiler, spin):
    owner = compiler.stream()
    wrapped = compiler.wrap_stream(owner.handle)
    assert wrapped.handle == owner.handle
    counter = compiler.alloc(4)
    counter.fill(0, stream=wrapped)
    spin.launch(1, 1, (counter, 1000), stream=wrapped)
    owner.synchronize()
    assert counter.view(np.uint32).to_host()[0] == 1


# While one thread waits on the GPU, others run Python.
def test_blocking_calls_release_the_gil(compiler, spin):
    counter = compiler.alloc(4)
    counter.fill(0)
    spin.launch(1, 1, (counter, 2_000_000_000), stream=compiler.default_stream)  # about a second
    done = threading.Event()
    waiter = threading.Thread(target=lambda: (compiler.synchronize(), done.set()))
    waiter.start()
    ticks = 0
    while not done.is_set():
        ticks += 1
        time.sleep(0.001)
    waiter.join()
    assert ticks > 50
