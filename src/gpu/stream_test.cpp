#include "gpu/stream.h"

#include "gpu/test_device.h"

namespace ingot::gpu {
namespace {

class StreamTest : public GpuTest {
 protected:
  void SetUp() override {
    GpuTest::SetUp();
    if (IsSkipped()) return;
    if (!process_nvrtc().failure.empty()) GTEST_SKIP() << process_nvrtc().failure;
    // Spins for about `cycles` clock cycles, then adds one: slow enough that
    // a missing wait shows up as a wrong count.
    spin_ = compile(R"(
      extern "C" __global__ void spin_then_increment(unsigned* counter, long long cycles) {
        long long start = clock64();
        while (clock64() - start < cycles) {}
        atomicAdd(counter, 1u);
      })")
                .kernel("spin_then_increment");
  }
  std::optional<Kernel> spin_;
};

TEST_F(StreamTest, DefaultStreamIsStreamZero) {
  Stream stream = Stream::default_for(device());
  EXPECT_EQ(stream.handle(), nullptr);
  EXPECT_EQ(stream.id(), kDefaultStreamId);
  EXPECT_EQ(stream, Stream::default_for(device()));
  EXPECT_EQ(stream.device(), device());
}

TEST_F(StreamTest, CreatedStreamsAreDistinct) {
  Stream a = Stream::create(device()), b = Stream::create(device(), false, -1);
  EXPECT_NE(a.handle(), nullptr);
  EXPECT_NE(a.handle(), b.handle());
  EXPECT_NE(a.id(), b.id());
  a.synchronize();
  EXPECT_TRUE(a.done());
}

// Work on one stream waits for an event recorded on another.
TEST_F(StreamTest, EventsOrderStreams) {
  Stream first = Stream::create(device()), second = Stream::create(device());
  Buffer counter = Buffer::device(device(), 4);
  Buffer snapshot = Buffer::device(device(), 4);
  first.fill(counter, 0);
  (*spin_)({{1}, {1}}, first, counter, 20'000'000ll);
  Event done = Event::create(device(), false);
  done.record(first);
  second.wait(done);
  second.copy(snapshot, counter);
  second.synchronize();
  EXPECT_TRUE(done.done());
  EXPECT_EQ(download<unsigned>(snapshot)[0], 1u);
}

TEST_F(StreamTest, EventsTime) {
  Stream stream = Stream::create(device());
  Buffer counter = Buffer::device(stream, 4);
  stream.fill(counter, 0);
  Event start = stream.record();
  (*spin_)({{1}, {1}}, stream, counter, 50'000'000ll);
  Event end = stream.record();
  end.synchronize();
  float ms = start.elapsed_ms(end);
  EXPECT_GT(ms, 0.5f);  // 50M cycles at under 3 GHz
  EXPECT_LT(ms, 1000.0f);
}

TEST_F(StreamTest, WrapsSomeoneElsesStream) {
  Stream owner = Stream::create(device());
  Stream wrapped = Stream::wrap(device(), owner.handle());
  EXPECT_EQ(wrapped.handle(), owner.handle());
  EXPECT_NE(wrapped.id(), owner.id());
  Buffer counter = Buffer::device(device(), 4);
  wrapped.fill(counter, 0);
  (*spin_)({{1}, {1}}, wrapped, counter, 1000ll);
  { Stream gone = Stream::wrap(device(), owner.handle()); }  // leaves the stream to its owner
  owner.synchronize();
  EXPECT_EQ(download<unsigned>(counter)[0], 1u);
  EXPECT_EQ(Stream::wrap(device(), nullptr), Stream::default_for(device()));
}

// Memory allocated for a stream's work returns to that stream's bins, and
// to the default stream's once the stream is gone.
TEST_F(StreamTest, PoolFollowsStreams) {
  CUdeviceptr address;
  {
    Stream stream = Stream::create(device());
    { address = Buffer::device(stream, 777777).device_ptr(); }
    EXPECT_EQ(Buffer::device(stream, 777777).device_ptr(), address);
    Buffer other = Buffer::device(device(), 777777);
    EXPECT_NE(other.device_ptr(), address);
  }
  EXPECT_EQ(Buffer::device(device(), 777777).device_ptr(), address);
}

}  // namespace
}  // namespace ingot::gpu
