// Python exceptions as runtime objects, thrown as C++ exceptions
// (docs/runtime.md, "Exceptions").
//
// An ExceptionObject is an ordinary heap object whose class is one of the
// built-in exception classes (exc::ValueError, ...) or a class the compiler
// derives from one: a user class gets its own TypeObject whose mro lists
// the built-in bases, and its instance struct derives from ExceptionObject.
// `raise` throws a PyException holding the object; `except E` is a C++ catch
// of PyException plus an isinstance test on the object.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <span>
#include <string_view>

#include "runtime/object.h"
#include "runtime/str.h"
#include "runtime/value.h"

namespace ingot::rt {

namespace exc {
#define EXCEPTION(name, ...) extern const TypeObject name;
#include "runtime/exception_types.def"
#undef EXCEPTION
}  // namespace exc

// Where a function's code lives, one static instance per compiled function;
// positions[i] is the source range of the statement or expression the
// function's position local holds as i (see TracebackEntry).
struct SourcePosition {
  int32_t line;
  int32_t end_line;
  // 0-based UTF-8 byte columns as CPython's co_positions gives them; -1 when
  // unknown, and then the traceback shows no carets.
  int32_t column = -1;
  int32_t end_column = -1;
  // For a one-line binary operation or subscript, the byte columns (in the
  // line) where CPython's traceback switches from '~' to '^' and back: the
  // operator, or the brackets. The compiler computes them from the AST as
  // CPython's extract_anchors_from_expr does; -1 for none.
  int32_t anchor_begin = -1;
  int32_t anchor_end = -1;
};

struct FrameInfo {
  const char* file;       // as the program named it, e.g. "app.py"
  const char* function;   // "<module>", "f", "C.method" is printed as "method"
  std::span<const SourcePosition> positions;
};

// One frame of a traceback; the list runs from the outermost frame (where
// the exception was last caught or left the program) to where it was raised.
struct TracebackEntry {
  const FrameInfo* frame;
  SourcePosition position;
  TracebackEntry* next;
};

struct ExceptionObject {
  Object header;
  std::span<const Value> args;  // the args tuple
  TracebackEntry* traceback = nullptr;
  ExceptionObject* cause = nullptr;    // raise ... from cause
  ExceptionObject* context = nullptr;  // the exception being handled when raised
  bool suppress_context = false;       // set by `raise ... from`
  // The frame the exception is passing through has its entry in
  // `traceback` already: an `except`/`finally` in that frame caught it (or
  // `raise e` added it), as CPython adds a frame's entry when the exception
  // arrives there. The frame's own catch then adds nothing and clears it.
  bool frame_recorded = false;
  // OSError's filenames, which CPython keeps out of args (OSError(2, 'msg',
  // 'f').args is (2, 'msg')); the flags are false for every other error.
  bool has_filename = false, has_filename2 = false;
  Value filename, filename2;
  // A BaseExceptionGroup's exceptions, a tuple (exception_group.h).
  Value group;
};

// A new exception of `type` (a subclass of BaseException) with these args.
ExceptionObject* new_exception(const TypeObject& type, std::span<const Value> args = {});
ExceptionObject* new_exception(const TypeObject& type, std::string_view message);

// The getattr slot of the built-in exception classes (args, __cause__,
// __context__, __suppress_context__, SystemExit.code,
// StopIteration.value); a user exception class's slot falls back to it.
bool exception_getattr(const Object* object, Str name, Value* out);
bool exception_setattr(const Object* object, Str name, Value value);
Str base_exception_str(const Object* object);
Str base_exception_repr(const Object* object);

// The type object of a builtin exception class (exception_types.def) and
// its MRO, with `str` its str slot.
#define INGOT_EXCEPTION_TYPE(cls, str_slot, ...)                                         \
  const TypeObject* const cls##_mro[] = {&cls __VA_OPT__(, ) __VA_ARGS__, &object_type}; \
  const TypeObject cls {                                                                 \
    .name = #cls, .module = "builtins", .mro = cls##_mro, .str = str_slot,               \
    .repr = base_exception_repr, .getattr = exception_getattr, .setattr = exception_setattr \
  }

// The built-in exception class of that name, or null.
const TypeObject* builtin_exception(std::string_view name);

// str(e) and repr(e) as BaseException defines them (KeyError's str is the
// repr of its one arg; OSError's and UnicodeError's, exception_details.cpp).
Str exception_str(const ExceptionObject* e);
// The attributes OSError (errno, strerror, filename) and the Unicode errors
// (encoding, object, start, end, reason) derive from their args
// (exception_details.cpp); false for any other name or class.
bool exception_detail_getattr(const ExceptionObject* e, Str name, Value* out);
std::optional<Str> exception_detail_str(const ExceptionObject* e);  // nullopt: BaseException's
// OSError(errno, strerror, filename): the filename leaves args.
void take_os_error_filename(ExceptionObject* e);
Str exception_repr(const ExceptionObject* e);
// The type name as a traceback prints it: qualname, prefixed by the module
// unless it is builtins or __main__.
std::string exception_type_name(const TypeObject& type);

// The C++ exception that carries a Python exception up the stack. The
// object is kept alive through a one-word uncollectable root: the C++
// runtime allocates thrown objects with malloc, which the collector does not
// scan.
class PyException {
 public:
  explicit PyException(ExceptionObject* object);
  PyException(const PyException& other);
  PyException& operator=(const PyException& other);
  ~PyException();

  ExceptionObject* object() const { return *root_; }
  bool matches(const TypeObject& type) const { return isinstance(&object()->header, type); }
  // What generated code calls while the exception leaves a frame: adds the
  // frame's entry unless an except/finally of the frame recorded it.
  void add_frame(const FrameInfo& frame, int32_t position_index) const;
  // What an except/finally calls when it catches: the entry of the frame it
  // is in, once.
  void record_frame(const FrameInfo& frame, int32_t position_index) const;

 private:
  ExceptionObject** root_;
};

// `raise e`: sets e's context from the exception being handled, then throws.
[[noreturn]] void raise(ExceptionObject* e);
// `raise e from cause` (cause may be null for `from None`).
[[noreturn]] void raise_from(ExceptionObject* e, ExceptionObject* cause);
// A bare `raise`: the exception being handled, its traceback kept;
// RuntimeError "No active exception to reraise" when there is none.
[[noreturn]] void reraise();
// Throws e on unchanged (an exception no `except` matched, or one a
// `finally` held while it ran).
[[noreturn]] void rethrow(ExceptionObject* e);
// The runtime's own raises: type(message) or type().
[[noreturn, gnu::cold]] void raise(const TypeObject& type, std::string_view message);
[[noreturn, gnu::cold]] void raise(const TypeObject& type);
// KeyError(key) and the like: one arbitrary arg.
[[noreturn, gnu::cold]] void raise_with_arg(const TypeObject& type, Value arg);

// The exceptions being handled (sys.exc_info()), innermost last: an
// `except` block lives inside a HandlingScope, so a raise inside it
// records the handled exception as its context.
class HandlingScope {
 public:
  explicit HandlingScope(ExceptionObject* handled);
  ~HandlingScope();
  HandlingScope(const HandlingScope&) = delete;
  HandlingScope& operator=(const HandlingScope&) = delete;

 private:
  ExceptionObject* previous_;
};
ExceptionObject* handled_exception();
// A generator keeps its own handled exception while it is paused
// (CPython's gi_exc_state): resuming swaps it in, pausing swaps it out.
void set_handled_exception(ExceptionObject* handled);

}  // namespace ingot::rt
