// Coroutines (`async def`) and async generators (`async def` with `yield`)
// are generators underneath (runtime/generator.h): the body is a
// Generator<Value>, and `await x` is `yield from` over x's awaitable (a
// coroutine is its own), so what an event loop sends or throws in reaches
// the innermost await, as in CPython. Only the object's class differs:
// type(), repr and what it answers (a coroutine is awaited, not iterated).
//
// An async generator yields two kinds of values through the same
// generator: what its awaits pass up to the event loop, as a coroutine
// does, and its own `yield v`, wrapped (async_yielded) so that the
// awaitable of __anext__() can tell them apart: it passes the first kind
// on and returns the second.
#pragma once

#include "runtime/generator.h"

namespace ingot::rt {

extern const TypeObject async_generator_type;

// The object a call of an `async def` returns: its body's generator, as a
// coroutine or an async generator named `qualname` (for its repr).
Value make_coroutine(Generator<Value> body, const char* qualname);
Value make_async_generator(Generator<Value> body, const char* qualname);

// What an async generator's `yield v` hands to its driver.
Value async_yielded(Value v);

// `await x` (CPython's GET_AWAITABLE): a coroutine is delegated to itself,
// anything else through its __await__(), which must return an iterator;
// TypeError "object int can't be used in 'await' expression" otherwise.
ValueDelegation awaiting(Value awaitable);

// `async for`: iterable.__aiter__(), and the awaitable of its __anext__().
Value async_iter(Value iterable);
Value async_next(Value iterator);
// One step of awaiting async_next's awaitable: false when it returned
// (its value is inner.returned()) or raised StopAsyncIteration (`stopped`:
// the loop ends).
bool async_step(ValueDelegation& inner, Resumption r, Value& out, bool& stopped);

}  // namespace ingot::rt
