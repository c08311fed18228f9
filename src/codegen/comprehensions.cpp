// List, set and dict comprehensions, and generator expressions consumed
// on the spot (by sum, any, all, min, max, sorted, list(), str.join ...),
// which are plain loops: no generator object is made.
//
// A comprehension has its own scope; its variables live in the enclosing
// specialisation (named after the scope: Emitter::local_name). Its first
// iterable is evaluated in the enclosing scope, the rest inside, as in
// CPython.
#include "codegen/emitter.h"

namespace ingot::codegen {

using types::Kind;

namespace {

std::span<ast::Comprehension* const> generators_of(const ast::Expr* e) {
  if (auto* n = ast::as<ast::ListComp>(e)) return n->generators;
  if (auto* n = ast::as<ast::SetComp>(e)) return n->generators;
  if (auto* n = ast::as<ast::DictComp>(e)) return n->generators;
  return static_cast<const ast::GeneratorExp*>(e)->generators;
}

}  // namespace

// The nested loops of a comprehension, with `inner` (run in its scope)
// giving the innermost statements.
std::string Emitter::comprehension_loops(const ast::Expr* comprehension, const std::function<std::string()>& inner) {
  // An awaiting list, set or dict comprehension is written as statements
  // (awaiting_comprehension); a generator expression that awaits is an
  // async generator.
  if (symbols_->scope_of(comprehension)->coroutine) unsupported(comprehension, "an asynchronous generator expression");
  std::span<ast::Comprehension* const> generators = generators_of(comprehension);
  std::string first = expression(generators[0]->iter);
  const sema::Scope* outer = current_->scope;
  current_->scope = symbols_->scope_of(comprehension);
  std::string out, close;
  for (size_t i = 0; i < generators.size(); ++i) {
    const ast::Comprehension* g = generators[i];
    std::string n = std::to_string(i);
    std::string iterable = i == 0 ? first : expression(g->iter);
    types::TypeId item = stored_item_type(type_of(g->iter), g->iter);
    out += "{ auto&& r" + n + "_ = " + iteration(iterable, type_of(g->iter)) + "; for (auto&& e" + n + "_ : r" + n + "_) { " +
           bind(g->target, "e" + n + "_", item) + " ";
    for (const ast::Expr* test : g->ifs) out += "if (!" + truth(test) + ") continue; ";
    close += "} } ";
  }
  out += inner() + " " + close;
  current_->scope = outer;
  return out;
}

// The loop over the items of `iterable` (a generator expression or any
// iterable value), with `inner(item)` as its body; `item_type` is set to
// the items' type.
std::string Emitter::for_each_item(const ast::Expr* iterable, types::TypeId& item,
                                   const std::function<std::string(const std::string&)>& inner) {
  item = for_each_item_type(iterable);
  if (auto* g = ast::as<ast::GeneratorExp>(iterable)) {
    return comprehension_loops(iterable, [&] {
      return "{ auto item_ = " + expression(g->elt) + "; " + inner("item_") + " }";
    });
  }
  return "for (auto&& item_ : " + iteration(expression(iterable), type_of(iterable)) + ") { " + inner("item_") + " }";
}

types::TypeId Emitter::for_each_item_type(const ast::Expr* iterable) const {
  if (auto* g = ast::as<ast::GeneratorExp>(iterable)) return type_of(g->elt);
  return stored_item_type(type_of(iterable), iterable);
}

std::string Emitter::comprehension(const ast::Expr* e) {
  if (symbols_->scope_of(e)->coroutine) return awaiting_comprehension(e);
  types::TypeId type = type_of(e);
  const types::Type& t = program_.table.get(type);
  std::string cxx = cxx_type(type, e);
  std::string body;
  if (auto* d = ast::as<ast::DictComp>(e)) {
    body = comprehension_loops(e, [&] {
      return "{ auto k_ = " + expression_as(d->key, t.args[0]) + "; r_.set(k_, " + expression_as(d->value, t.args[1]) + "); }";
    });
  } else {
    const ast::Expr* element = e->kind == ast::Kind::ListComp ? static_cast<const ast::ListComp*>(e)->elt
                                                              : static_cast<const ast::SetComp*>(e)->elt;
    std::string add = t.kind == Kind::Set ? "add" : "append";
    body = comprehension_loops(e, [&] { return "r_." + add + "(" + expression_as(element, t.args[0]) + ");"; });
  }
  return "[&]() -> " + cxx + " { " + cxx + " r_; " + body + " return r_; }()";
}

// A comprehension of an async def that awaits (`async for`, `await`) pauses
// inside its loops, which a C++ expression cannot: its loops are written
// as statements before the statement that holds it, as a yield is
// (hoisted_yield), filling a variable that is then the expression's value.
std::string Emitter::awaiting_comprehension(const ast::Expr* e) {
  types::TypeId type = type_of(e);
  const types::Type& t = program_.table.get(type);
  std::span<ast::Comprehension* const> generators = generators_of(e);
  std::string first = expression(generators[0]->iter);
  std::string result = hoisted_yield(e, cxx_type(type, e));
  int at = static_cast<int>(current_->positions.size() - 1);
  const sema::Scope* outer = current_->scope;
  current_->scope = symbols_->scope_of(e);
  size_t blocks = 0;
  for (size_t i = 0; i < generators.size(); ++i) {
    const ast::Comprehension* g = generators[i];
    std::string n = std::to_string(i);
    std::string iterable = i == 0 ? first : expression(g->iter);
    if (g->is_async) {
      // async_for's loop (coroutines.cpp), one per clause.
      line("{");
      ++indent_;
      line("rt::Value ait" + n + "_ = ({ pos_ = " + std::to_string(at) + "; rt::async_iter(" +
           convert(iterable, type_of(g->iter), types::kDyn, g->iter) + "); });");
      line("for (;;) {");
      ++indent_;
      line("rt::Value next_;");
      line("bool stopped_ = false;");
      await_into("next_", "rt::async_next(ait" + n + "_)", at, "stopped_");
      line("if (stopped_) break;");
      line(bind(g->target, "next_", types::kDyn));
      blocks += 2;
    } else {
      line("for (auto&& e" + n + "_ : " + iteration(iterable, type_of(g->iter)) + ") {");
      ++indent_;
      line(bind(g->target, "e" + n + "_", stored_item_type(type_of(g->iter), g->iter)));
      blocks += 1;
    }
    for (const ast::Expr* test : g->ifs) {
      std::string kept = truth(test);  // its awaits are written first
      line("if (!" + kept + ") continue;");
    }
  }
  line("{");
  ++indent_;
  if (auto* d = ast::as<ast::DictComp>(e)) {
    line("auto k_ = " + expression_as(d->key, t.args[0]) + ";");
    std::string value = expression_as(d->value, t.args[1]);  // its awaits after the key's
    line(result + ".set(k_, " + value + ");");
  } else {
    const ast::Expr* element = e->kind == ast::Kind::ListComp ? static_cast<const ast::ListComp*>(e)->elt
                                                              : static_cast<const ast::SetComp*>(e)->elt;
    std::string item = expression_as(element, t.args[0]);
    line(result + (t.kind == Kind::Set ? ".add(" : ".append(") + item + ");");
  }
  --indent_;
  line("}");
  for (; blocks > 0; --blocks) {
    --indent_;
    line("}");
  }
  current_->scope = outer;
  return result;
}

}  // namespace ingot::codegen
