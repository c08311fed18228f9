#include "runtime/generator.h"

#include <gtest/gtest.h>

#include "runtime/list.h"

namespace ingot::rt {
namespace {

// The frame is collected memory: a list only the paused frame refers to
// survives collections (a malloc'd frame would let the collector free it).
Generator<Int> sums(int64_t n) {
  List<Int> items;
  for (int64_t i = 0; i < n; ++i) items.append(Int(i));
  Int total(0);
  for (int64_t i = 0; i < items.size(); ++i) {
    total = total + items.get(i);
    co_yield total;
  }
  co_return Value::none();
}

TEST(Generator, FrameSurvivesCollection) {
  Generator<Int> g = sums(1000);
  Int out;
  int64_t steps = 0;
  while (g.next(out)) {
    if (++steps % 100 == 0) {
      // Churn: garbage that would reuse the list's memory if it were freed.
      for (int i = 0; i < 1000; ++i) List<Int>().append(Int(-1));
      GC_gcollect();
    }
  }
  EXPECT_EQ(steps, 1000);
  EXPECT_TRUE(out == Int(999 * 1000 / 2));
}

Generator<Int> counter() {
  Value sent = co_yield Int(1);
  co_yield Int(sent.is_none() ? -1 : 2);
  co_return Value(Str::from_ascii("done"));
}

TEST(Generator, SendAndReturnValue) {
  Generator<Int> g = counter();
  EXPECT_TRUE(g.next() == Int(1));
  EXPECT_TRUE(g.send(Value(Str::from_ascii("x"))) == Int(2));
  try {
    g.next();
    FAIL() << "no StopIteration";
  } catch (const PyException& e) {
    ASSERT_TRUE(e.matches(exc::StopIteration));
    EXPECT_EQ(str(e.object()->args[0]).view(), "done");
  }
  // Only the first StopIteration carries the value.
  try {
    g.next();
    FAIL() << "no StopIteration";
  } catch (const PyException& e) {
    EXPECT_TRUE(e.object()->args.empty());
  }
}

TEST(Generator, SendingToAJustStartedGeneratorRaises) {
  Generator<Int> g = counter();
  try {
    g.send(Value(Int(5)));
    FAIL() << "no TypeError";
  } catch (const PyException& e) {
    EXPECT_TRUE(e.matches(exc::TypeError));
  }
}

Generator<Int> raises_stop_iteration() {
  co_yield Int(1);
  raise(exc::StopIteration);
  co_return Value::none();
}

TEST(Generator, StopIterationInsideBecomesRuntimeError) {
  Generator<Int> g = raises_stop_iteration();
  EXPECT_TRUE(g.next() == Int(1));
  try {
    g.next();
    FAIL() << "no RuntimeError";
  } catch (const PyException& e) {
    ASSERT_TRUE(e.matches(exc::RuntimeError));
    ASSERT_NE(e.object()->cause, nullptr);
    EXPECT_EQ(e.object()->cause->header.type, &exc::StopIteration);
  }
  Int out;
  EXPECT_FALSE(g.next(out));  // finished
}

}  // namespace
}  // namespace ingot::rt
