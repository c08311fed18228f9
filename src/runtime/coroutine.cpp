#include "runtime/coroutine.h"

#include <array>
#include <string>
#include <string_view>

#include "runtime/dynamic_access.h"
#include "runtime/dynamic_boxed.h"
#include "runtime/exception_values.h"
#include "runtime/protocol.h"

namespace ingot::rt {
namespace {

GeneratorState* state_of(Value v) {
  return const_cast<GeneratorState*>(reinterpret_cast<const GeneratorState*>(v.object()));
}

Str named_repr(const Object* o) {
  auto* g = reinterpret_cast<const GeneratorState*>(o);
  char address[32];
  std::snprintf(address, sizeof address, "%p", static_cast<const void*>(o));
  return Str::from_utf8("<" + std::string(o->type->name) + " object " + g->qualname + " at " + address + ">");
}

// What `yield v` of an async generator hands to its driver.
struct Yielded {
  Object header;
  Value value;
};
extern const TypeObject yielded_type;
const TypeObject* const yielded_mro[] = {&yielded_type, &object_type};
const TypeObject yielded_type{"async_generator_wrapped_value", "builtins", yielded_mro, object_repr, object_repr};

// The awaitable of one step of an async generator (__anext__, asend,
// athrow, aclose): it resumes the generator as `first` says, passes what
// its awaits yield on to the awaiting task, and returns the next value the
// generator yields itself. At the generator's end: StopAsyncIteration, or
// None when closing; a value yielded while closing: RuntimeError.
Generator<Value> step(GeneratorState* gen, Resumption first, bool closing) {
  Resumption r = first;
  for (;;) {
    bool more = false;
    bool finished = false;
    try {
      more = r.thrown ? gen->resume_throwing(r.thrown) : gen->resume(r.sent);
    } catch (const PyException& e) {
      if (!closing || !(e.matches(exc::GeneratorExit) || e.matches(exc::StopAsyncIteration))) throw;
      finished = true;
    }
    if (finished || !more) {
      if (closing) co_return Value::none();
      raise(exc::StopAsyncIteration);
    }
    Value item = gen->box_yielded(gen);
    if (!item.is_small_int() && is_a(item, yielded_type)) {
      if (closing) raise(exc::RuntimeError, "async generator ignored GeneratorExit");
      co_return reinterpret_cast<const Yielded*>(item.object())->value;
    }
    Delegated<Value> passed{item};
    Resumption got = co_yield passed;
    r = got;
  }
}

// The class of step()'s objects: awaitable, and a generator otherwise.
extern const TypeObject step_type;
const TypeObject* const step_mro[] = {&step_type, &object_type};
const TypeObject step_type = [] {
  TypeObject t{"async_generator_asend", "builtins", step_mro, object_repr, object_repr};
  t.getattr = generator_getattr;
  return t;
}();

Value boxed_step(Value gen, Resumption first, bool closing) {
  Generator<Value> s = step(state_of(gen), first, closing);
  s.state()->header.type = &step_type;
  return box(s);
}

// An async generator's methods, read from it as values.
struct AsyncMethod {
  enum Kind : uint8_t { Anext, Asend, Athrow, Aclose, Aiter };
  Object header;
  Value self;
  Kind kind;
};
constexpr std::array<std::string_view, 5> kAsyncMethodNames = {"__anext__", "asend", "athrow", "aclose", "__aiter__"};

Value call_async_method(const Object* callee, std::span<const Value> args) {
  auto* m = reinterpret_cast<const AsyncMethod*>(callee);
  size_t expected = m->kind == AsyncMethod::Asend || m->kind == AsyncMethod::Athrow ? 1 : 0;
  if (args.size() != expected)
    raise(exc::TypeError, std::string(kAsyncMethodNames[m->kind]) + "() takes exactly " +
                              (expected ? "one argument" : "no arguments") + " (" + std::to_string(args.size()) + " given)");
  switch (m->kind) {
    case AsyncMethod::Anext: return async_next(m->self);
    case AsyncMethod::Asend: return boxed_step(m->self, {args[0], nullptr}, false);
    case AsyncMethod::Athrow:
      if (args[0].is_small_int() || !isinstance(args[0].object(), exc::BaseException))
        raise(exc::TypeError, "exceptions must be classes or instances deriving from BaseException, not " +
                                  std::string(type_name(args[0])));
      return boxed_step(m->self, {Value::none(), reinterpret_cast<ExceptionObject*>(const_cast<Object*>(args[0].object()))},
                        false);
    case AsyncMethod::Aclose: return boxed_step(m->self, {Value::none(), new_exception(exc::GeneratorExit)}, true);
    case AsyncMethod::Aiter: return m->self;
  }
  __builtin_unreachable();
}

extern const TypeObject async_method_type;
const TypeObject* const async_method_mro[] = {&async_method_type, &object_type};
const TypeObject async_method_type = [] {
  TypeObject t{"builtin_function_or_method", "builtins", async_method_mro, object_repr, object_repr};
  t.call = call_async_method;
  return t;
}();

bool async_generator_getattr(const Object* o, Str name, Value* out) {
  for (size_t i = 0; i < kAsyncMethodNames.size(); ++i) {
    if (kAsyncMethodNames[i] != name.view()) continue;
    auto* m = static_cast<AsyncMethod*>(gc_alloc(sizeof(AsyncMethod)));
    m->header.type = &async_method_type;
    m->self = Value::of_object(o);
    m->kind = static_cast<AsyncMethod::Kind>(i);
    *out = Value::of_object(&m->header);
    return true;
  }
  return false;
}

const TypeObject* const coroutine_mro[] = {&coroutine_type, &object_type};
const TypeObject* const async_generator_mro[] = {&async_generator_type, &object_type};

Value retyped(Generator<Value> body, const TypeObject& type, const char* qualname) {
  body.state()->header.type = &type;
  body.state()->qualname = qualname;
  return box(body);
}

}  // namespace

const TypeObject coroutine_type = [] {
  TypeObject t{"coroutine", "builtins", coroutine_mro, named_repr, named_repr};
  t.getattr = generator_getattr;
  return t;
}();

const TypeObject async_generator_type = [] {
  TypeObject t{"async_generator", "builtins", async_generator_mro, named_repr, named_repr};
  t.getattr = async_generator_getattr;
  return t;
}();

Value make_coroutine(Generator<Value> body, const char* qualname) { return retyped(body, coroutine_type, qualname); }

Value make_async_generator(Generator<Value> body, const char* qualname) {
  return retyped(body, async_generator_type, qualname);
}

Value async_yielded(Value v) {
  auto* y = static_cast<Yielded*>(gc_alloc(sizeof(Yielded)));
  y->header.type = &yielded_type;
  y->value = v;
  return Value::of_object(&y->header);
}

ValueDelegation awaiting(Value awaitable) {
  if (!awaitable.is_small_int() && (is_a(awaitable, coroutine_type) || is_a(awaitable, step_type))) {
    return ValueDelegation(state_of(awaitable));  // run() refuses a finished coroutine
  }
  Value method;
  if (!class_getattr(awaitable, Str::from_ascii("__await__"), &method))
    raise(exc::TypeError, "object " + std::string(type_name(awaitable)) + " can't be used in 'await' expression");
  Value iterator = call(method, {});
  if (!iterator.is_small_int() && is_a(iterator, coroutine_type)) raise(exc::TypeError, "__await__() returned a coroutine");
  if (iterator.is_small_int() || !iterator.type().next)
    raise(exc::TypeError, "__await__() returned non-iterator of type '" + std::string(type_name(iterator)) + "'");
  return ValueDelegation(iterator);
}

Value async_iter(Value iterable) {
  if (!iterable.is_small_int() && is_a(iterable, async_generator_type)) return iterable;
  Value method;
  if (!class_getattr(iterable, Str::from_ascii("__aiter__"), &method))
    raise(exc::TypeError, "'async for' requires an object with __aiter__ method, got " + std::string(type_name(iterable)));
  Value iterator = call(method, {});
  Value next;
  if (!(!iterator.is_small_int() && is_a(iterator, async_generator_type)) &&
      !class_getattr(iterator, Str::from_ascii("__anext__"), &next))
    raise(exc::TypeError, "'async for' received an object from __aiter__ that does not implement __anext__: " +
                              std::string(type_name(iterator)));
  return iterator;
}

Value async_next(Value iterator) {
  if (!iterator.is_small_int() && is_a(iterator, async_generator_type))
    return boxed_step(iterator, {Value::none(), nullptr}, false);
  Value method;
  if (!class_getattr(iterator, Str::from_ascii("__anext__"), &method))
    raise(exc::TypeError, "'async for' requires an iterator with __anext__ method, got " + std::string(type_name(iterator)));
  return call(method, {});
}

bool async_step(ValueDelegation& inner, Resumption r, Value& out, bool& stopped) {
  try {
    return inner.step(r, out);
  } catch (const PyException& e) {
    if (!e.matches(exc::StopAsyncIteration)) throw;
    stopped = true;
    return false;
  }
}

}  // namespace ingot::rt
