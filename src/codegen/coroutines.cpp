// Coroutines (`async def`), async generators (`async def` with `yield`),
// `await`, and `async for`; `async with` is with.cpp's.
//
// Both kinds of async def are generators of Values underneath
// (runtime/coroutine.h): the body is written as a generator function's
// (generators.cpp) returning rt::Generator<rt::Value>, under the name
// `fK_name_co`, and `fK_name`, what callers call, makes it and gives it
// its class (coroutine or async_generator) without running it, as in
// CPython. `await x` is `yield from` over x's awaitable: what an event loop
// sends or throws in reaches the innermost await.
#include "codegen/emitter.h"

namespace ingot::codegen {

const ast::FunctionDef* def_of(const ast::Node* node) {
  if (node->kind == ast::Kind::AsyncFunctionDef) return reinterpret_cast<const ast::FunctionDef*>(node);
  return ast::as<ast::FunctionDef>(node);
}

void Emitter::coroutine_function(types::SpecId spec) {
  const types::Spec& s = program_.spec(spec);
  const types::FunctionInfo& info = program_.functions[s.function];
  FunctionState state{spec, s.scope, s.scope->id, {}, {}};
  state.generator = true;
  state.async = true;
  state.yields = types::kDyn;
  current_ = &state;
  position(info.node);  // position 0: the def line, before any statement ran
  line_directive(info.node);
  // The same parameters as the caller's entry, under another name and result.
  std::string entry = signature(spec, false, "");
  std::string result = return_type(spec);
  line("static rt::Generator<rt::Value>" + signature(spec, false, "_co").substr(result.size()) + " {");
  body(spec, def_of(info.node)->body, function_name_of(info));
  std::string arguments = needs_env(info) ? "env_" : "";
  for (const types::Param& param : info.params) arguments += std::string(arguments.empty() ? "" : ", ") + "v_" + mangle(param.name);
  std::string make = info.is_generator ? "rt::make_async_generator(" : "rt::make_coroutine(";
  line("static " + entry + " {");
  line("  return " + make + function_name(spec) + "_co(" + arguments + "), " + quoted(info.qualname) + ");");
  line("}");
  out_ += '\n';
}

std::string Emitter::await_expression(const ast::Await* a) {
  // Comprehensions that await are written as statements of the async def
  // (comprehensions.cpp); those that are generator expressions are refused.
  if (!current_->async) unsupported(a, "await outside an async def");
  std::string awaitable = convert(expression(a->value), type_of(a->value), types::kDyn, a->value);
  std::string result = hoisted_yield(a);
  await_into(result, awaitable, static_cast<int>(current_->positions.size() - 1));
  return convert(result, types::kDyn, type_of(a), a);
}

// The awaitable's steps are passed up (what the driver sends or throws in
// goes back down, runtime/generator.h's Delegated) until it returns. With
// `stopped` (async for), StopAsyncIteration sets it instead of raising.
void Emitter::await_into(const std::string& result, const std::string& awaitable, int at, const std::string& stopped) {
  std::string p = std::to_string(at);
  std::string step = stopped.empty() ? "inner_.step(r_, item_)" : "rt::async_step(inner_, r_, item_, " + stopped + ")";
  line("{");
  ++indent_;
  line("rt::ValueDelegation inner_ = ({ pos_ = " + p + "; rt::awaiting(" + awaitable + "); });");
  line("rt::Value item_;");
  line("rt::Resumption r_{rt::Value::none(), nullptr};");
  line("while (({ pos_ = " + p + "; " + step + "; })) {");
  line("  rt::Delegated<rt::Value> y_{item_};");
  line("  r_ = co_yield y_;");
  line("}");
  line(result + " = inner_.returned();");
  --indent_;
  line("}");
}

// `async for`: __aiter__() once, then each item is awaited from
// __anext__() until it raises StopAsyncIteration (runtime/coroutine.h).
void Emitter::async_for(const ast::AsyncFor* f) {
  if (!current_->async) unsupported(f, "async for outside an async def");
  bool has_else = !f->orelse.empty();
  int at = position(f);
  line("{");
  ++indent_;
  std::string iterable = convert(expression(f->iter), type_of(f->iter), types::kDyn, f->iter);
  line("rt::Value ait_ = ({ pos_ = " + std::to_string(at) + "; rt::async_iter(" + iterable + "); });");
  std::string ended = "ended" + std::to_string(++temporaries_);
  if (has_else) line("bool " + ended + " = false;");
  line("for (;;) {");
  ++indent_;
  std::set<std::string> before = current_->bound;  // the body may not run
  line("rt::Value next_;");
  line("bool stopped_ = false;");
  await_into("next_", "rt::async_next(ait_)", at, "stopped_");
  line(std::string("if (stopped_) { ") + (has_else ? ended + " = true; " : "") + "break; }");
  line(bind(f->target, "next_", types::kDyn));
  block(f->body);
  end_for(ended, f->orelse, std::move(before));
}

}  // namespace ingot::codegen
