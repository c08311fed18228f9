#include "runtime/exception.h"

#include <gtest/gtest.h>

#include <deque>

#include "runtime/test_support.h"
#include "runtime/traceback.h"

namespace ingot::rt {
namespace {

using testing::outcome;

TEST(Exception, HierarchyIsCPythons) {
  std::vector<std::string> lines = testing::python(R"(
import builtins
for name, value in vars(builtins).items():
    if isinstance(value, type) and issubclass(value, BaseException) and name == value.__name__:
        print(name + '|' + ','.join(t.__name__ for t in value.__mro__))
)");
  ASSERT_GT(lines.size(), 60u);
  for (const std::string& line : lines) {
    std::vector<std::string> fields = testing::split(line);
    const TypeObject* type = builtin_exception(fields[0]);
    ASSERT_NE(type, nullptr) << fields[0];
    std::string mro;
    for (const TypeObject* t : type->mro) mro += (mro.empty() ? "" : ",") + std::string(t->name);
    EXPECT_EQ(mro, fields[1]);
  }
}

TEST(Exception, StrAndReprFollowBaseException) {
  std::vector<std::string> lines = testing::python(R"(
arg_sets = [(), ('a',), ('',), (1,), ('a', 'b'), (1, 'x'), ("it's",), (2**70,), ('\u00e9\n',)]
for name in ['ValueError', 'KeyError', 'IndexError', 'Exception', 'StopIteration', 'ZeroDivisionError']:
    for args in arg_sets:
        e = getattr(__builtins__, name)(*args)
        print(name + '|' + show(str(e)) + '|' + show(repr(e)))
)");
  // GcVector: the collector must see these strings (std::vector memory is not scanned).
  const GcVector<GcVector<Value>> arg_sets = {
      {},
      {Str::from_ascii("a")},
      {Str()},
      {Int(1)},
      {Str::from_ascii("a"), Str::from_ascii("b")},
      {Int(1), Str::from_ascii("x")},
      {Str::from_ascii("it's")},
      {pow(Int(2), Int(70))},
      {Str::from_utf8("\u00e9\n")},
  };
  size_t at = 0;
  for (const char* name : {"ValueError", "KeyError", "IndexError", "Exception", "StopIteration", "ZeroDivisionError"}) {
    for (const GcVector<Value>& args : arg_sets) {
      ExceptionObject* e = new_exception(*builtin_exception(name), args);
      ASSERT_LT(at, lines.size());
      EXPECT_EQ(std::string(name) + "|" + testing::show(str(Value::of_object(&e->header))) + "|" +
                    testing::show(exception_repr(e)),
                lines[at++]);
    }
  }
  EXPECT_EQ(at, lines.size());
}

TEST(Exception, CaughtByAnyBaseClass) {
  try {
    raise_with_arg(exc::KeyError, Str::from_ascii("k"));
  } catch (const PyException& e) {
    EXPECT_TRUE(e.matches(exc::KeyError));
    EXPECT_TRUE(e.matches(exc::LookupError));
    EXPECT_TRUE(e.matches(exc::Exception));
    EXPECT_TRUE(e.matches(exc::BaseException));
    EXPECT_FALSE(e.matches(exc::IndexError));
    EXPECT_FALSE(e.matches(exc::ValueError));
    EXPECT_EQ(exception_str(e.object()).view(), "k");  // BaseException's rule; KeyError's is the slot
    EXPECT_EQ(str(Value::of_object(&e.object()->header)).view(), "'k'");
  }
}

TEST(Exception, SurvivesCollectionWhileInFlight) {
  try {
    raise(exc::ValueError, "a message that must survive " + std::string(100, 'x'));
  } catch (const PyException& e) {
    // The thrown object lives in malloc'd memory; only its root cell keeps
    // the exception reachable. Churn the heap and collect.
    std::deque<Str> keep;
    for (int i = 0; i < 200000; ++i) {
      Str s = Str::from_ascii(std::string(64, static_cast<char>('a' + i % 26)));
      if (i % 1000 == 0) keep.push_back(s);
    }
    GC_gcollect();
    EXPECT_EQ(exception_str(e.object()).view(), "a message that must survive " + std::string(100, 'x'));
    EXPECT_EQ(e.object()->header.type, &exc::ValueError);
  }
}

TEST(Exception, RaiseInsideHandlerRecordsContext) {
  try {
    try {
      raise(exc::ZeroDivisionError, "division by zero");
    } catch (const PyException& first) {
      HandlingScope handling(first.object());
      EXPECT_EQ(handled_exception(), first.object());
      raise(exc::ValueError, "second");
    }
  } catch (const PyException& second) {
    ASSERT_NE(second.object()->context, nullptr);
    EXPECT_EQ(second.object()->context->header.type, &exc::ZeroDivisionError);
    EXPECT_EQ(handled_exception(), nullptr);
  }
}

// The frame an except/finally caught the exception in has its entry once;
// leaving that frame then adds nothing, leaving the next one adds its own.
TEST(Exception, RecordedFrameIsAddedOnce) {
  static const SourcePosition positions[] = {{1, 1}, {2, 2}};
  static const FrameInfo inner{"app.py", "inner", positions}, outer{"app.py", "outer", positions};
  try {
    raise(exc::ValueError, "v");
  } catch (const PyException& e) {
    e.record_frame(inner, 1);
    e.record_frame(inner, 0);  // a second except/finally of the same frame
    e.add_frame(inner, 0);     // the frame's own catch
    e.add_frame(outer, 0);
    const TracebackEntry* t = e.object()->traceback;
    ASSERT_NE(t, nullptr);
    EXPECT_EQ(t->frame, &outer);
    ASSERT_NE(t->next, nullptr);
    EXPECT_EQ(t->next->frame, &inner);
    EXPECT_EQ(t->next->position.line, 2);
    EXPECT_EQ(t->next->next, nullptr);
    // Raising it again starts a new entry in the raising frame.
    try {
      raise(e.object());
    } catch (const PyException& again) {
      again.add_frame(inner, 0);
      EXPECT_EQ(again.object()->traceback->frame, &inner);
    }
  }
}

TEST(Exception, BareRaiseReraisesTheHandledException) {
  EXPECT_EQ(outcome([]() -> std::string { reraise(); }), "RuntimeError: No active exception to reraise");
  ExceptionObject* handled = new_exception(exc::KeyError, "k");
  HandlingScope scope(handled);
  try {
    reraise();
  } catch (const PyException& e) {
    EXPECT_EQ(e.object(), handled);
    EXPECT_EQ(e.object()->context, nullptr);
  }
}

TEST(Exception, AttributesThroughTheClassSlot) {
  Value code = Int(4);
  ExceptionObject* exit = new_exception(exc::SystemExit, {&code, 1});
  Value out;
  ASSERT_TRUE(exit->header.type->getattr(&exit->header, Str::from_ascii("code"), &out));
  EXPECT_EQ(repr(out).view(), "4");
  ASSERT_TRUE(exit->header.type->getattr(&exit->header, Str::from_ascii("args"), &out));
  EXPECT_EQ(repr(out).view(), "(4,)");
  ASSERT_TRUE(exit->header.type->getattr(&exit->header, Str::from_ascii("__cause__"), &out));
  EXPECT_TRUE(out.is_none());
  EXPECT_FALSE(exit->header.type->getattr(&exit->header, Str::from_ascii("value"), &out));
}

}  // namespace

// A user exception class as the compiler would emit it.
extern const TypeObject app_error;
const TypeObject* const app_error_mro[] = {&app_error, &exc::ValueError, &exc::Exception, &exc::BaseException,
                                           &object_type};
const TypeObject app_error{"AppError", "__main__", app_error_mro, exc::ValueError.str, exc::ValueError.repr};

namespace {

TEST(Exception, UserClassesPrintWithoutMainModule) {
  ExceptionObject* e = new_exception(app_error, "boom");
  EXPECT_TRUE(isinstance(&e->header, exc::ValueError));
  EXPECT_EQ(format_uncaught(e), "AppError: boom\n");
  const TypeObject other{"Failure", "tools.net", app_error_mro, exc::ValueError.str, exc::ValueError.repr};
  EXPECT_EQ(exception_type_name(other), "tools.net.Failure");
}

TEST(Exception, SystemExitGivesTheExitStatus) {
  Value three = Int(3);
  EXPECT_EQ(report_uncaught(new_exception(exc::SystemExit)), 0);
  EXPECT_EQ(report_uncaught(new_exception(exc::SystemExit, {&three, 1})), 3);
  Value none = Value::none();
  EXPECT_EQ(report_uncaught(new_exception(exc::SystemExit, {&none, 1})), 0);
}

}  // namespace
}  // namespace ingot::rt
