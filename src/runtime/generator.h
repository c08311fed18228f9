// Python generators (generator functions and generator expressions) as C++20
// coroutines. The code generator writes a generator's body as a coroutine
// returning Generator<T> (T: the representation of what it yields), with
// `co_yield v` for `yield v` and `co_return boxed` for `return` (the value
// StopIteration carries). Calling it runs nothing: the body starts at the
// first resume, as in Python.
//
// Memory: the coroutine frame holds the generator's locals across yields, so
// it must be seen by the collector (docs/runtime.md, "Memory": a pointer to a
// collected object never lives only in malloc memory). promise_type's
// operator new therefore allocates the frame with gc_alloc (scanned), and its
// operator delete does nothing: frames are never destroyed explicitly, the
// collector frees a frame once the GeneratorObject that points to it is
// unreachable. Generated bodies hold only collected values (no destructors
// to run), so skipping destroy() loses nothing.
//
// Iteration protocol (shared with the other iterators, e.g. StrIterator):
// `bool next(T& out)` resumes the body and is false at exhaustion; range-for
// works too (`for (T x : g)`). Exceptions from the body propagate out of the
// resume with the generator's frame already in their traceback (the body's
// own catch adds it), so the caller's frame comes next, as in CPython.
#pragma once

#include <coroutine>
#include <cstdint>

#include "runtime/dynamic_unbox.h"
#include "runtime/exception.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"
#include "runtime/value.h"

namespace ingot::rt {

extern const TypeObject generator_type;
extern const TypeObject coroutine_type;  // runtime/coroutine.h
// The methods a boxed generator answers (send, throw, close, __next__);
// coroutines answer them too (runtime/coroutine.h).
bool generator_getattr(const Object* o, Str name, Value* out);

// `co_yield` inside `yield from` over another generator: the paused yield
// hands back what the caller sent or threw instead of raising it, so that it
// can be passed on to the inner generator (PEP 380).
template <typename T>
struct Delegated {
  T value;
};
struct Resumption {
  Value sent;
  ExceptionObject* thrown;
};

// The state of one generator, independent of what it yields; what a boxed
// generator (a Value) points to.
struct GeneratorState {
  enum Status : uint8_t { Created, Suspended, Running, Finished };
  Object header;
  void* frame = nullptr;  // the coroutine frame (std::coroutine_handle<>::address())
  Status status = Created;
  Value sent;                          // what the paused `yield` evaluates to
  ExceptionObject* thrown = nullptr;   // what the paused `yield` raises instead (throw(), close())
  Value returned;                      // the body's return value once Finished (None if it raised)
  Value (*box_yielded)(const GeneratorState*) = nullptr;  // the last yielded value, boxed
  // The exception its paused body is handling (a yield inside an except
  // block): the caller must not see it as its own while it is paused.
  ExceptionObject* handled = nullptr;
  bool handling = false;
  const char* qualname = nullptr;  // a coroutine's or async generator's, for its repr

  // Resumes the body with `sent` (or `thrown`) at its paused yield: true if
  // it yielded again, false if it returned. Raises TypeError when a
  // just-started generator is sent a value other than None, ValueError when
  // it is already running; turns StopIteration raised by the body into
  // RuntimeError, as PEP 479 says.
  bool resume(Value value);
  bool resume_throwing(ExceptionObject* exception);
  // g.close(): GeneratorExit at the paused yield; RuntimeError if the body
  // yields again.
  void close();
  // g.throw(e) with e boxed: TypeError unless it is an exception instance.
  bool resume_throwing(Value exception);
  // One step of `yield from` over this generator: resumes it with what the
  // delegating generator's paused yield received.
  bool delegate(Resumption r);
  // The StopIteration a finished generator's next() raises: its args hold
  // the return value unless that is None.
  [[noreturn]] void raise_stop_iteration() const;

 private:
  bool run();
};


template <typename T>
class Generator {
 public:
  struct promise_type;
  using Handle = std::coroutine_handle<promise_type>;

  struct Object : GeneratorState {
    T yielded{};
  };

  // What the body's `yield` evaluates to: the sent value, or the exception
  // thrown in, raised here so that the body's handlers see it.
  struct YieldAwaiter {
    GeneratorState* state;
    bool await_ready() const noexcept { return false; }
    void await_suspend(std::coroutine_handle<>) const noexcept {}
    Value await_resume() const {
      if (ExceptionObject* e = state->thrown) {
        state->thrown = nullptr;
        throw PyException(e);
      }
      return state->sent;
    }
  };
  struct DelegatedAwaiter {
    GeneratorState* state;
    bool await_ready() const noexcept { return false; }
    void await_suspend(std::coroutine_handle<>) const noexcept {}
    Resumption await_resume() const {
      Resumption r{state->sent, state->thrown};
      state->thrown = nullptr;
      return r;
    }
  };

  struct promise_type {
    Object* object;

    // See the top of this file for why frames are collected memory.
    static void* operator new(size_t bytes) { return gc_alloc(bytes); }
    static void operator delete(void*) noexcept {}

    Generator get_return_object() {
      object = new (gc_alloc(sizeof(Object))) Object{};
      object->header.type = &generator_type;
      object->sent = object->returned = Value::none();
      object->box_yielded = &Generator::box_item;
      object->frame = Handle::from_promise(*this).address();
      return Generator(object);
    }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    YieldAwaiter yield_value(T value) {
      object->yielded = value;
      return YieldAwaiter{object};
    }
    DelegatedAwaiter yield_value(Delegated<T> d) {
      object->yielded = d.value;
      return DelegatedAwaiter{object};
    }
    void return_value(Value value) { object->returned = value; }
    // The exception leaves the coroutine (which counts as finished) and
    // propagates out of resume().
    void unhandled_exception() { throw; }
  };

  explicit Generator(Object* object) : object_(object) {}
  Generator() : object_(nullptr) {}

  // The iteration protocol: the next yielded value, or false at exhaustion.
  bool next(T& out) {
    if (!object_->resume(Value::none())) return false;
    out = object_->yielded;
    return true;
  }
  // next(g): StopIteration at exhaustion.
  T next() {
    if (!object_->resume(Value::none())) object_->raise_stop_iteration();
    return object_->yielded;
  }
  // g.send(v), g.throw(e): StopIteration if the body returns instead of
  // yielding.
  T send(Value value) {
    if (!object_->resume(value)) object_->raise_stop_iteration();
    return object_->yielded;
  }
  T throw_in(Value exception) {
    if (!object_->resume_throwing(exception)) object_->raise_stop_iteration();
    return object_->yielded;
  }
  void close() { object_->close(); }
  // One step of `yield from` over this generator, for the delegating body:
  // passes on what its own paused yield received (see Delegated). False once
  // this generator returned (its value is returned()).
  bool step(Resumption r, T& out) {
    if (!object_->delegate(r)) return false;
    out = object_->yielded;
    return true;
  }
  Value returned() const { return object_->returned; }

  static Value box_item(const GeneratorState* g) { return box(static_cast<const Object*>(g)->yielded); }

  GeneratorState* state() const { return object_; }
  Object* object() const { return object_; }

  // Range-for: `for (T x : g)`.
  struct End {};
  class Iterator {
   public:
    explicit Iterator(Generator g) : g_(g) { done_ = !g_.next(value_); }
    const T& operator*() const { return value_; }
    Iterator& operator++() {
      done_ = !g_.next(value_);
      return *this;
    }
    bool operator==(End) const { return done_; }

   private:
    Generator g_;
    T value_{};
    bool done_;
  };
  Iterator begin() const { return Iterator(*this); }
  End end() const { return {}; }

 private:
  Object* object_;
};

// `yield from v` where v is boxed: a generator gets what the delegating
// generator's caller sends or throws (PEP 380); any other iterable is
// iterated, as CPython does with an iterator that has no send/throw.
class ValueDelegation {
 public:
  explicit ValueDelegation(Value iterable);
  // Over a generator or coroutine itself (`await coro`, runtime/coroutine.h).
  explicit ValueDelegation(GeneratorState* generator)
      : iterator_(Value::of_object(&generator->header)), generator_(generator) {}
  bool step(Resumption r, Value& out);
  Value returned() const { return generator_ ? generator_->returned : Value::none(); }

 private:
  Value iterator_;
  GeneratorState* generator_ = nullptr;
};

// next(v) of a boxed iterator: StopIteration at the end (carrying a
// generator's return value); with a default, false at the end instead.
Value next_boxed(Value iterator);
bool next_boxed(Value iterator, Value& out);

// A for loop over a generator it made (`for x in gen()`) holds the only
// reference to it, and CPython closes the generator as soon as the loop
// ends (break, return, an exception passing through), which runs its
// finally blocks then. An exception from close() is ignored, as CPython's
// "Exception ignored in" does.
class CloseOnExit {
 public:
  explicit CloseOnExit(GeneratorState* g) : g_(g) {}
  CloseOnExit(const CloseOnExit&) = delete;
  CloseOnExit& operator=(const CloseOnExit&) = delete;
  ~CloseOnExit() {
    try {
      g_->close();
    } catch (const PyException&) {
    }
  }

 private:
  GeneratorState* g_;
};

// The items of `for x in g` (iteration.h's protocol for every iterable).
template <typename T>
Generator<T> iterate(Generator<T> g) {
  return g;
}

// A boxed generator where the compiler expects Generator<T>: itself if it
// yields T, else wrapped in a generator that unboxes each item (and passes
// send/throw on, as `yield from` does).
template <typename T>
struct Unbox<Generator<T>> {
  static Generator<T> from(Value v) {
    if (v.is_small_int() || !is_a(v, generator_type)) detail::raise_unbox_error(v, "generator");
    auto* state = const_cast<GeneratorState*>(reinterpret_cast<const GeneratorState*>(v.object()));
    if (state->box_yielded == &Generator<T>::box_item)
      return Generator<T>(static_cast<typename Generator<T>::Object*>(state));
    return adapt(v);
  }
  static Generator<T> adapt(Value v) {
    ValueDelegation inner(v);
    Value item;
    Resumption r{Value::none(), nullptr};
    while (inner.step(r, item)) {
      Delegated<T> y{unbox<T>(item)};
      // Not `r = co_yield y;`: g++ 12 reads that co_yield as an unresolved name here.
      Resumption got = co_yield y;
      r = got;
    }
    co_return inner.returned();
  }
};

// Boxing: a generator is an object like any other.
template <typename T>
inline Value box(Generator<T> g) {
  return Value::of_object(&g.state()->header);
}
template <typename T>
inline Str repr(Generator<T> g) {
  return object_repr(&g.state()->header);
}

}  // namespace ingot::rt
