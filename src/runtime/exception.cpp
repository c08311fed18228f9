#include "runtime/exception.h"

#include "runtime/exception_group.h"
#include "runtime/traceback_module.h"
#include "runtime/tuple.h"

#include <algorithm>
#include <optional>
#include <string>

namespace ingot::rt {
namespace {

// KeyError(k) prints as repr(k): a missing '' key must not print as nothing.
Str key_error_str(const Object* object) {
  auto e = reinterpret_cast<const ExceptionObject*>(object);
  if (e->args.size() == 1) return repr(e->args[0]);
  return exception_str(e);
}

ExceptionObject* currently_handled = nullptr;

Value exception_or_none(const ExceptionObject* e) { return e ? Value::of_object(&e->header) : Value::none(); }

// SystemExit.code and StopIteration.value: None, the one arg, or the args.
Value code_value(const ExceptionObject* e) {
  if (e->args.empty()) return Value::none();
  if (e->args.size() == 1) return e->args[0];
  return box(TupleOf<Value>(e->args));
}

// repr(e.args) for any number of args but one.
Str args_repr(std::span<const Value> args) {
  StrBuilder out;
  out.append_ascii("(");
  for (size_t i = 0; i < args.size(); ++i) {
    if (i) out.append_ascii(", ");
    out.append(repr(args[i]));
  }
  out.append_ascii(")");
  return out.finish();
}

}  // namespace

bool exception_getattr(const Object* object, Str name, Value* out) {
  auto e = reinterpret_cast<const ExceptionObject*>(object);
  std::string_view n = name.view();
  if (n == "args") *out = box(TupleOf<Value>(e->args));
  else if (n == "__cause__") *out = exception_or_none(e->cause);
  else if (n == "__context__") *out = exception_or_none(e->context);
  else if (n == "__suppress_context__") *out = Value::of_bool(e->suppress_context);
  else if (n == "__traceback__") *out = traceback_object(e->traceback);
  else if (n == "code" && isinstance(object, exc::SystemExit)) *out = code_value(e);
  else if (n == "value" && isinstance(object, exc::StopIteration)) *out = e->args.empty() ? Value::none() : e->args[0];
  else if (is_exception_group(e)) return group_ops->getattr(e, name, out);
  else return exception_detail_getattr(e, name, out);
  return true;
}

// An exception's __cause__ or __context__ as given: an exception, or null for None.
ExceptionObject* linked_exception(Value v, const char* what) {
  if (v.is_none()) return nullptr;
  if (v.is_small_int() || !isinstance(v.object(), exc::BaseException))
    raise(exc::TypeError, std::string("exception ") + what + " must be None or derive from BaseException");
  return const_cast<ExceptionObject*>(reinterpret_cast<const ExceptionObject*>(v.object()));
}

bool exception_setattr(const Object* object, Str name, Value value) {
  auto e = const_cast<ExceptionObject*>(reinterpret_cast<const ExceptionObject*>(object));
  std::string_view n = name.view();
  if (n == "__cause__") {
    e->cause = linked_exception(value, "cause");
    e->suppress_context = true;  // as `raise ... from` does
  } else if (n == "__context__") {
    e->context = linked_exception(value, "context");
  } else if (n == "__suppress_context__") {
    if (&value.type() != &bool_type) raise(exc::TypeError, "attribute value type must be bool");
    e->suppress_context = value.as_bool();
  } else {
    return false;
  }
  return true;
}

namespace exc {
#define EXCEPTION(cls, ...) INGOT_EXCEPTION_TYPE(cls, &cls == &KeyError ? key_error_str : base_exception_str, __VA_ARGS__);
#define EXCEPTION_GROUP(cls, ...)  // exception_group.cpp
#include "runtime/exception_types.def"
#undef EXCEPTION_GROUP
#undef EXCEPTION
}  // namespace exc

const GroupOps* group_ops = nullptr;

Str base_exception_str(const Object* object) {
  return exception_str(reinterpret_cast<const ExceptionObject*>(object));
}
Str base_exception_repr(const Object* object) {
  return exception_repr(reinterpret_cast<const ExceptionObject*>(object));
}

ExceptionObject* new_exception(const TypeObject& type, std::span<const Value> args) {
  auto e = new (gc_alloc(sizeof(ExceptionObject))) ExceptionObject{};
  e->header.type = &type;
  if (!args.empty()) {
    auto copy = static_cast<Value*>(gc_alloc(args.size() * sizeof(Value)));
    std::copy(args.begin(), args.end(), copy);
    e->args = {copy, args.size()};
  }
  return e;
}

ExceptionObject* new_exception(const TypeObject& type, std::string_view message) {
  Value arg = Str::from_utf8(message);
  return new_exception(type, {&arg, 1});
}

Str exception_str(const ExceptionObject* e) {
  if (is_exception_group(e)) return group_ops->str(e);
  if (std::optional<Str> detailed = exception_detail_str(e)) return *detailed;
  if (e->args.empty()) return Str();
  if (e->args.size() == 1) return str(e->args[0]);
  return args_repr(e->args);
}

Str exception_repr(const ExceptionObject* e) {
  StrBuilder out;
  std::string_view name = e->header.type->name;  // the qualname: `make.<locals>.E` is E(...)
  out.append_utf8(name.substr(name.rfind('.') + 1));
  if (e->args.size() == 1) {
    out.append_ascii("(");
    out.append(repr(e->args[0]));
    out.append_ascii(")");
  } else {
    out.append(args_repr(e->args));
  }
  return out.finish();
}

std::string exception_type_name(const TypeObject& type) {
  std::string name;
  if (type.module != "builtins" && type.module != "__main__") {
    name += type.module;
    name += '.';
  }
  name += type.name;
  return name;
}

PyException::PyException(ExceptionObject* object)
    : root_(static_cast<ExceptionObject**>(GC_MALLOC_UNCOLLECTABLE(sizeof(ExceptionObject*)))) {
  *root_ = object;
}

PyException::PyException(const PyException& other) : PyException(other.object()) {}

PyException& PyException::operator=(const PyException& other) {
  *root_ = other.object();
  return *this;
}

PyException::~PyException() { GC_FREE(root_); }

void PyException::add_frame(const FrameInfo& frame, int32_t position_index) const {
  ExceptionObject* e = object();
  if (e->frame_recorded) {
    e->frame_recorded = false;
    return;
  }
  auto entry = static_cast<TracebackEntry*>(gc_alloc(sizeof(TracebackEntry)));
  *entry = {&frame, frame.positions[position_index], e->traceback};
  e->traceback = entry;
}

void PyException::record_frame(const FrameInfo& frame, int32_t position_index) const {
  if (object()->frame_recorded) return;
  add_frame(frame, position_index);
  object()->frame_recorded = true;
}

void raise(ExceptionObject* e) {
  e->frame_recorded = false;  // raised anew: no frame has its entry yet
  // CPython links the handled exception as context, avoiding cycles.
  ExceptionObject* handled = currently_handled;
  if (handled && handled != e) {
    for (ExceptionObject* c = handled->context; c; c = c->context)
      if (c == e) {
        handled = nullptr;
        break;
      }
    if (handled) e->context = handled;
  }
  throw PyException(e);
}

void raise_from(ExceptionObject* e, ExceptionObject* cause) {
  e->cause = cause;
  e->suppress_context = true;
  raise(e);
}

void reraise() {
  if (!currently_handled) raise(exc::RuntimeError, "No active exception to reraise");
  throw PyException(currently_handled);
}

void rethrow(ExceptionObject* e) { throw PyException(e); }

void raise(const TypeObject& type, std::string_view message) { raise(new_exception(type, message)); }

void raise(const TypeObject& type) { raise(new_exception(type)); }

void raise_with_arg(const TypeObject& type, Value arg) { raise(new_exception(type, {&arg, 1})); }

HandlingScope::HandlingScope(ExceptionObject* handled) : previous_(currently_handled) {
  currently_handled = handled;
}

HandlingScope::~HandlingScope() { currently_handled = previous_; }

ExceptionObject* handled_exception() { return currently_handled; }
void set_handled_exception(ExceptionObject* handled) { currently_handled = handled; }

}  // namespace ingot::rt
