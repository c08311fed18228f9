#include "runtime/generator.h"

#include <algorithm>
#include <string>
#include <string_view>

#include "runtime/dynamic_iter.h"
#include "runtime/recursion.h"

namespace ingot::rt {
namespace {

// A generator's method read from a boxed generator (`v.send`, where the
// compiler could not see that v is a generator).
struct GeneratorMethod {
  enum Kind : uint8_t {
#define GENERATOR_METHOD(kind, name) kind,
#include "runtime/generator_methods.def"
#undef GENERATOR_METHOD
  };
  Object header;
  GeneratorState* self;
  Kind kind;
};

// The methods' names, by Kind.
constexpr std::string_view kMethodNames[] = {
#define GENERATOR_METHOD(kind, name) name,
#include "runtime/generator_methods.def"
#undef GENERATOR_METHOD
};

extern const TypeObject generator_method_type;
const TypeObject* const generator_method_mro[] = {&generator_method_type, &object_type};

[[noreturn]] void wrong_arguments(const char* name, size_t expected, size_t given) {
  raise(exc::TypeError, std::string(name) + "() takes exactly " + (expected ? "one argument" : "no arguments") +
                            " (" + std::to_string(given) + " given)");
}

Value call_method(const Object* callee, std::span<const Value> args) {
  auto* m = reinterpret_cast<const GeneratorMethod*>(callee);
  GeneratorState* g = m->self;
  bool more = false;
  switch (m->kind) {
    case GeneratorMethod::Send:
      if (args.size() != 1) wrong_arguments("send", 1, args.size());
      more = g->resume(args[0]);
      break;
    case GeneratorMethod::Throw:
      if (args.size() != 1) raise(exc::TypeError, "throw expected at least 1 argument, got " + std::to_string(args.size()));
      more = g->resume_throwing(args[0]);
      break;
    case GeneratorMethod::Close:
      if (!args.empty()) wrong_arguments("close", 0, args.size());
      g->close();
      return Value::none();
    case GeneratorMethod::Next:
      if (!args.empty()) wrong_arguments("__next__", 0, args.size());
      more = g->resume(Value::none());
      break;
  }
  if (!more) g->raise_stop_iteration();
  return g->box_yielded(g);
}

Str method_repr(const Object* o) {
  auto* m = reinterpret_cast<const GeneratorMethod*>(o);
  return Str::from_utf8("<built-in method " + std::string(kMethodNames[m->kind]) + " of generator object>");
}

const TypeObject generator_method_type = [] {
  TypeObject t{"builtin_function_or_method", "builtins", generator_method_mro, method_repr, method_repr};
  t.call = call_method;
  return t;
}();

}  // namespace

bool generator_getattr(const Object* o, Str name, Value* out) {
  auto found = std::find(std::begin(kMethodNames), std::end(kMethodNames), name.view());
  if (found == std::end(kMethodNames)) return false;
  auto* m = static_cast<GeneratorMethod*>(gc_alloc(sizeof(GeneratorMethod)));
  m->header.type = &generator_method_type;
  m->self = const_cast<GeneratorState*>(reinterpret_cast<const GeneratorState*>(o));
  m->kind = static_cast<GeneratorMethod::Kind>(found - std::begin(kMethodNames));
  *out = Value::of_object(&m->header);
  return true;
}

namespace {

bool generator_next(const Object* o, Value* out) {
  auto* g = const_cast<GeneratorState*>(reinterpret_cast<const GeneratorState*>(o));
  if (!g->resume(Value::none())) return false;
  *out = g->box_yielded(g);
  return true;
}

const TypeObject* const generator_mro[] = {&generator_type, &object_type};

}  // namespace

// The dynamic protocol: iter(g) is g, next(g) resumes it, and its methods.
const TypeObject generator_type = [] {
  TypeObject t{"generator", "builtins", generator_mro, object_repr, object_repr};
  t.getattr = generator_getattr;
  t.iter = [](const Object* self) { return Value::of_object(self); };
  t.next = generator_next;
  return t;
}();

bool GeneratorState::resume(Value value) {
  if (status == Created && !value.is_none())
    raise(exc::TypeError, "can't send non-None value to a just-started generator");
  sent = value;
  return run();
}

bool GeneratorState::resume_throwing(ExceptionObject* exception) {
  // An exception thrown into a generator that never ran (or that finished)
  // is raised without running the body, which is then finished.
  if (status == Created || status == Finished) {
    if (status == Created) status = Finished;
    throw PyException(exception);
  }
  thrown = exception;
  return run();
}

bool GeneratorState::run() {
  if (status == Finished) {
    if (header.type == &coroutine_type) raise(exc::RuntimeError, "cannot reuse already awaited coroutine");
    returned = Value::none();  // only the resume that finished it sees the return value
    return false;
  }
  // Coroutines and async generators share this code: messages name the kind.
  auto kind = [this] {
    return std::string(header.type == &generator_type   ? "generator"
                       : header.type == &coroutine_type ? "coroutine"
                                                        : "async generator");
  };
  if (status == Running) raise(exc::ValueError, kind() + " already executing");
  // Resuming a generator is a call in CPython: it counts towards the
  // recursion limit.
  CallDepth depth;
  status = Running;
  // The body sees the caller's handled exception unless it was paused
  // inside a handler of its own; the caller gets its own back either way.
  ExceptionObject* caller = handled_exception();
  if (handling) set_handled_exception(handled);
  try {
    std::coroutine_handle<>::from_address(frame).resume();
  } catch (const PyException& e) {
    set_handled_exception(caller);
    status = Finished;
    returned = Value::none();
    if (!e.matches(exc::StopIteration)) throw;
    // PEP 479: a StopIteration leaving a generator body becomes a
    // RuntimeError caused by it (raised here, outside the generator's frame).
    ExceptionObject* error = new_exception(exc::RuntimeError, kind() + " raised StopIteration");
    error->cause = e.object();
    error->context = e.object();
    error->suppress_context = true;
    throw PyException(error);
  }
  handled = handled_exception();
  handling = handled != caller;
  set_handled_exception(caller);
  if (std::coroutine_handle<>::from_address(frame).done()) {
    status = Finished;
    return false;
  }
  status = Suspended;
  return true;
}

bool GeneratorState::resume_throwing(Value exception) {
  if (exception.is_small_int() || !isinstance(exception.object(), exc::BaseException))
    raise(exc::TypeError, "exceptions must be classes or instances deriving from BaseException, not " +
                              std::string(exception.type().name));
  return resume_throwing(reinterpret_cast<ExceptionObject*>(const_cast<Object*>(exception.object())));
}

bool GeneratorState::delegate(Resumption r) {
  if (r.thrown && r.thrown->header.type == &exc::GeneratorExit) {
    // PEP 380: close the inner generator, then raise in the outer one.
    close();
    throw PyException(r.thrown);
  }
  return r.thrown ? resume_throwing(r.thrown) : resume(r.sent);
}

ValueDelegation::ValueDelegation(Value iterable) : iterator_(iter(iterable)) {
  if (&iterator_.type() == &generator_type)
    generator_ = const_cast<GeneratorState*>(reinterpret_cast<const GeneratorState*>(iterator_.object()));
}

bool ValueDelegation::step(Resumption r, Value& out) {
  if (generator_) {
    if (!generator_->delegate(r)) return false;
    out = generator_->box_yielded(generator_);
    return true;
  }
  if (r.thrown) throw PyException(r.thrown);
  if (!r.sent.is_none())
    raise(exc::AttributeError, "'" + std::string(iterator_.type().name) + "' object has no attribute 'send'");
  return next(iterator_, &out);
}

bool next_boxed(Value iterator, Value& out) {
  if (iterator.is_small_int() || !is_a(iterator, generator_type)) return next(iterator, &out);
  auto* g = const_cast<GeneratorState*>(reinterpret_cast<const GeneratorState*>(iterator.object()));
  if (!g->resume(Value::none())) return false;
  out = g->box_yielded(g);
  return true;
}

Value next_boxed(Value iterator) {
  Value out;
  if (next_boxed(iterator, out)) return out;
  if (!iterator.is_small_int() && is_a(iterator, generator_type))
    reinterpret_cast<const GeneratorState*>(iterator.object())->raise_stop_iteration();
  raise(exc::StopIteration);
}

void GeneratorState::close() {
  if (status == Created || status == Finished) {
    status = Finished;
    return;
  }
  thrown = new_exception(exc::GeneratorExit);
  bool yielded;
  try {
    yielded = run();
  } catch (const PyException& e) {
    if (e.matches(exc::GeneratorExit) || e.matches(exc::StopIteration)) return;
    throw;
  }
  if (yielded) raise(exc::RuntimeError, "generator ignored GeneratorExit");
}

void GeneratorState::raise_stop_iteration() const {
  if (returned.is_none()) raise(exc::StopIteration);
  raise_with_arg(exc::StopIteration, returned);
}

}  // namespace ingot::rt
