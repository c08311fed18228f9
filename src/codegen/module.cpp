// The translation unit: a small prelude, the module's globals, one function
// per specialisation, the module body and `main`.
#include <algorithm>

#include "codegen/emitter.h"

namespace ingot::codegen {
namespace {

// What generated code needs beyond the runtime's own API.
constexpr const char* kPrelude = R"(#include "runtime/program.h"

namespace rt = ingot::rt;

// int against float, exactly; `op` is ast::CmpOperator (==, !=, <, <=, >, >=).
inline bool ingot_ordering_is(rt::Ordering o, int op) {
  switch (op) {
    case 0: return o == rt::Ordering::equal;
    case 1: return o != rt::Ordering::equal;
    case 2: return o == rt::Ordering::less;
    case 3: return o == rt::Ordering::less || o == rt::Ordering::equal;
    case 4: return o == rt::Ordering::greater;
    default: return o == rt::Ordering::greater || o == rt::Ordering::equal;
  }
}
inline bool ingot_compare(rt::Int a, double b, int op) {
  // An int within 2**53 converts to double exactly, so the double compare
  // is exact (and false for NaN but for !=): `x > 0` is one instruction.
  constexpr int64_t kExact = int64_t{1} << 53;
  if (a.is_small() && a.small() >= -kExact && a.small() <= kExact) [[likely]] {
    double x = static_cast<double>(a.small());
    switch (op) {
      case 0: return x == b;
      case 1: return x != b;
      case 2: return x < b;
      case 3: return x <= b;
      case 4: return x > b;
      default: return x >= b;
    }
  }
  return ingot_ordering_is(rt::compare(a, b), op);
}
// float `op` int, asked as int `reversed op` float.
inline bool ingot_compare_reversed(rt::Int a, double b, int op) {
  static constexpr int kReversed[] = {0, 1, 4, 5, 2, 3};
  return ingot_compare(a, b, kReversed[op]);
}

// Reading a variable that holds no value.
[[noreturn, gnu::cold]] inline void ingot_unbound(const char* name, bool global) {
  if (global) rt::raise(rt::exc::NameError, std::string("name '") + name + "' is not defined");
  rt::raise(rt::exc::UnboundLocalError,
            std::string("cannot access local variable '") + name + "' where it is not associated with a value");
}

// An index as a C ssize_t, with CPython's IndexError beyond.
inline int64_t ingot_index(rt::Int value) {
  auto small = value.to_int64();
  if (!small) rt::raise(rt::exc::IndexError, "cannot fit 'int' into an index-sized integer");
  return *small;
}

// sys.argv: the program's path, then its arguments (made by main, once the
// collector is set up).
static rt::List<rt::Str> ingot_argv{static_cast<rt::ListObject<rt::Str>*>(nullptr)};

// range() takes C ssize_t bounds in CPython too, with this message.
inline int64_t ingot_range_bound(rt::Int value) {
  auto small = value.to_int64();
  if (!small) rt::raise(rt::exc::OverflowError, "Python int too large to convert to C ssize_t");
  return *small;
}

)";

}  // namespace

std::string Emitter::program() {
  out_ = kPrelude;
  // Function and environment structs go here once the whole program named
  // them (function_values.cpp).
  size_t function_declarations_at = out_.size();
  for (const types::ClassInfo& cls : program_.classes) {  // run_classes.cpp: refused before any code reaches them
    if (class_left_out(cls.id)) continue;
    enter_module(cls.module);
    check_per_run(cls.node, cls.id);
  }
  // Declarations first, so that functions can call each other in any order.
  for (types::SpecId spec : program_.to_emit) {
    if (is_module_body(spec) || spec_left_out(spec)) continue;  // unreached_classes.cpp
    const types::Spec& s = program_.spec(spec);
    enter_module(s.module);
    out_ += "extern const rt::FrameInfo " + frame_name(spec) + ";\n";
    if (s.function == types::kNoFunction) {  // a class body (classes.cpp)
      out_ += "static void " + class_body_name(spec) + "(" + class_body_parameters(spec) + ");\n";
      continue;
    }
    out_ += "static " + signature(spec, true) + ";\n";
  }
  out_ += module_declarations() + '\n';  // imports.cpp
  for (types::SpecId spec : program_.to_emit) {
    if (is_module_body(spec) || spec_left_out(spec)) continue;
    enter_module(program_.spec(spec).module);
    if (program_.spec(spec).function == types::kNoFunction)
      class_body(spec);
    else
      function(spec);
  }
  class_objects();
  iterate_overloads();  // class_iteration.cpp
  module_definitions();  // imports.cpp
  function_entries();
  builtin_entries();  // builtin_values.cpp
  // Class structs may hold function values and function structs instances.
  std::string classes = class_declarations();
  std::string declarations = builtin_declarations() + class_forwards() + function_declarations() + classes +
                             iterate_overload_declarations();
  out_.insert(function_declarations_at, str_constant_definitions() + declarations);
  out_ += "int main(int argc, char** argv) {\n";
  out_ += syntax_warnings();
  out_ += "  ingot_argv = rt::List<rt::Str>();\n";
  out_ += "  ingot_argv.append(rt::Str::from_utf8(" + quoted(path_) + "));\n";
  out_ += "  for (int i = 1; i < argc; ++i) ingot_argv.append(rt::Str::from_utf8(argv[i]));\n";
  // A program that assigns sys.stdout or sys.stderr reports to the one it
  // holds and flushes both at the end, as CPython does (runtime/sys_streams.h).
  bool streams = std_stream_replaced("stdout") || std_stream_replaced("stderr");
  std::string report = streams ? "rt::report_uncaught_to_sys_stderr(e.object())" : "rt::report_uncaught(e.object())";
  // Then, as CPython's shutdown, the other threads run until every
  // non-daemon one has ended (runtime/thread_module.h).
  bool threads = std::any_of(modules_.modules.begin(), modules_.modules.end(),
                             [](const sema::ProgramModule& m) { return m.name == "threading"; });
  auto finish = [&](std::string status) {
    if (threads) status = "rt::threads::finish(" + status + ")";
    return streams ? "rt::finish_sys_streams(" + status + ")" : status;
  };
  out_ += R"(  try {
    module_init0();
  } catch (const rt::PyException& e) {
    rt::flush_stdout();
    return )" + finish(report) + R"(;
  }
  rt::flush_stdout();
  return )" + finish("0") + R"(;
}
)";
  return std::move(out_);
}

GeneratedProgram generate_program(const sema::Program& modules, const types::ProgramTypes& program) {
  Emitter emitter(modules, program);
  try {
    return GeneratedProgram{emitter.program(), std::nullopt};
  } catch (UnsupportedError& error) {
    error.detail.module = emitter.module_id();  // where the construct is
    return GeneratedProgram{"", error.detail};
  }
}

}  // namespace ingot::codegen
