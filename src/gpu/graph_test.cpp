#include "gpu/graph.h"

#include "gpu/test_device.h"

namespace ingot::gpu {
namespace {

class GraphTest : public GpuTest {
 protected:
  void SetUp() override {
    GpuTest::SetUp();
    if (IsSkipped()) return;
    if (!process_nvrtc().failure.empty()) GTEST_SKIP() << process_nvrtc().failure;
    add_ = compile(R"(
      extern "C" __global__ void add_to(unsigned* counter, const unsigned* amount) { atomicAdd(counter, *amount); }
    )")
               .kernel("add_to");
  }
  std::optional<Kernel> add_;
};

TEST_F(GraphTest, CaptureOnceReplayMany) {
  Stream stream = Stream::create(device());
  Buffer counter = upload(std::vector<unsigned>{0});
  Buffer amount = upload(std::vector<unsigned>{1});
  GraphCapture capture(stream);
  for (int i = 0; i < 10; ++i) (*add_)({{1}, {1}}, stream, counter, amount);
  Graph graph = capture.finish();
  EXPECT_EQ(download<unsigned>(counter)[0], 0u) << "capturing must not run the work";
  for (int i = 0; i < 5; ++i) graph.launch(stream);
  stream.synchronize();
  EXPECT_EQ(download<unsigned>(counter)[0], 50u);
  graph.launch(Stream::default_for(device()));
  EXPECT_EQ(download<unsigned>(counter)[0], 60u);
}

// The graph holds the memory it was given: dropping the buffers after the
// capture does not free (and let the pool reuse) what the graph writes.
TEST_F(GraphTest, KeepsItsBuffersAlive) {
  Stream stream = Stream::create(device());
  std::optional<Graph> graph;
  CUdeviceptr counter_address;
  {
    Buffer counter = upload(std::vector<unsigned>{0});
    Buffer amount = upload(std::vector<unsigned>{3});
    counter_address = counter.device_ptr();
    GraphCapture capture(stream);
    (*add_)({{1}, {1}}, stream, counter, amount);
    graph = capture.finish();
  }
  Buffer unrelated = Buffer::device(device(), 4);
  EXPECT_NE(unrelated.device_ptr(), counter_address);
  graph->launch(stream);
  graph->launch(stream);
  stream.synchronize();
}

TEST_F(GraphTest, DefaultStreamCannotBeCaptured) {
  EXPECT_THROW(GraphCapture capture(Stream::default_for(device())), Error);
}

TEST_F(GraphTest, AbandonedCaptureLeavesTheStreamUsable) {
  Stream stream = Stream::create(device());
  Buffer counter = upload(std::vector<unsigned>{0});
  Buffer amount = upload(std::vector<unsigned>{1});
  { GraphCapture capture(stream); }
  (*add_)({{1}, {1}}, stream, counter, amount);
  stream.synchronize();
  EXPECT_EQ(download<unsigned>(counter)[0], 1u);
  GraphCapture capture(stream);
  EXPECT_THROW(GraphCapture again(stream), Error);
  capture.finish();
  EXPECT_THROW(capture.finish(), Error);
}

}  // namespace
}  // namespace ingot::gpu
