// Loops (while and for over any iterable, with their else) and assignment
// targets that unpack: `for i, x in enumerate(xs)`, `a, b = b, a`, `a, *rest = xs`.
//
// A loop walks `rt::iterate(value)`, the runtime's C++ range over any
// container's items (iteration.h); `for ... in range(...)` keeps its own
// counting loop.
#include <functional>

#include "codegen/emitter.h"

namespace ingot::codegen {

using types::Kind;

// Statements that bind `target` to `value` (of type `type`): a name, an
// item or slice, or a tuple/list of targets unpacked from the value.
std::string Emitter::bind(const ast::Expr* target, const std::string& value, types::TypeId type) {
  if (auto* name = ast::as<ast::Name>(target)) {
    variable(name);  // first: a variable without a representation is the error to report
    return store(name, convert(value, type, variable_type(name), target));
  }
  if (auto* s = ast::as<ast::Subscript>(target)) return store_subscript(s, value, type);
  if (auto* a = ast::as<ast::Attribute>(target))
    if (std::string stored = store_attribute(a, value, type); !stored.empty()) return stored;  // attributes.cpp
  if (auto* a = ast::as<ast::Attribute>(target))
    if (std::string stored = store_function_attribute(a, value, type); !stored.empty()) return stored;
  std::span<ast::Expr* const> targets;
  if (auto* t = ast::as<ast::Tuple>(target)) targets = t->elts;
  else if (auto* l = ast::as<ast::List>(target)) targets = l->elts;
  else unsupported(target, "assigning to " + construct_name(target->kind));
  int star = -1;
  for (size_t i = 0; i < targets.size(); ++i)
    if (targets[i]->kind == ast::Kind::Starred) star = int(i);
  const types::Type& t = program_.table.get(type);
  int64_t n = int64_t(targets.size());
  // Nested targets unpack nested values: each level names its own.
  std::string u = "u" + std::to_string(++temporaries_) + "_", l = "l" + std::to_string(temporaries_) + "_";
  std::string out = "{ auto " + u + " = " + value + "; ";
  if (t.kind == Kind::Tuple && star < 0) {
    // A tuple of known length: its items, no run-time check.
    if (int64_t(t.args.size()) != n)
      return out + "pos_ = " + std::to_string(position(target)) + "; rt::check_unpack(" + std::to_string(t.args.size()) +
             ", " + std::to_string(n) + "); }";
    for (int64_t i = 0; i < n; ++i)
      out += bind(targets[i], u + ".get<" + std::to_string(i) + ">()", t.args[i]) + " ";
    return out + "}";
  }
  int at = position(target);
  if (std::string items = unpack_recursive(u, type, targets, at); !items.empty()) return out + items + "}";  // recursive_tuples.cpp
  if (is_value(type) && star < 0) {
    // A Value: a tuple's or list's items without a copy (runtime/unpack.h).
    out += "pos_ = " + std::to_string(at) + "; auto " + l + " = rt::unpack_value<" + std::to_string(n) + ">(" + u + "); ";
    for (int64_t i = 0; i < n; ++i) out += bind(targets[i], l + "[" + std::to_string(i) + "]", types::kDyn) + " ";
    return out + "}";
  }
  // Any other iterable: its items in a list, checked against the targets
  // (which are bound once the count is known to fit, as in CPython).
  types::TypeId item = stored_item_type(type, target);
  std::string cxx = element_cxx(item, target);
  out += "auto " + l + " = rt::List<" + cxx + ">::from_range(rt::iterate(" + u + ")); ";
  if (star < 0) {
    out += "pos_ = " + std::to_string(at) + "; rt::check_unpack(" + l + ".size(), " + std::to_string(n) + "); ";
    for (int64_t i = 0; i < n; ++i) out += bind(targets[i], l + "[" + std::to_string(i) + "]", item) + " ";
    return out + "}";
  }
  int64_t after = n - star - 1;
  out += "pos_ = " + std::to_string(at) + "; rt::check_unpack_starred(" + l + ".size(), " + std::to_string(star) + ", " +
         std::to_string(after) + "); ";
  for (int64_t i = 0; i < star; ++i) out += bind(targets[i], l + "[" + std::to_string(i) + "]", item) + " ";
  // The starred target gets a list of the middle items.
  auto* starred = static_cast<const ast::Starred*>(targets[star]);
  std::string middle = l + ".slice(" + std::to_string(star) + ", " + l + ".size() - " + std::to_string(after) + ")";
  out += bind(starred->value, middle, list_of(item)) + " ";
  for (int64_t i = 0; i < after; ++i)
    out += bind(targets[star + 1 + i], l + "[" + l + ".size() - " + std::to_string(after - i) + "]", item) + " ";
  return out + "}";
}

// A loop's else runs after the C++ loop, when `ended` says the loop ran
// out rather than broke: a break or continue in it then belongs to the
// loop around, as in Python. The names it may read are those bound before
// the loop.
void Emitter::loop_else(const std::string& ended, const ast::Seq<ast::Stmt*>& orelse,
                        const std::set<std::string>& before) {
  current_->bound = before;
  line("if (" + ended + ") {");
  ++indent_;
  block(orelse);
  --indent_;
  line("}");
}

// The close of a for loop's C++ body and of the block around it: then
// its else, and what follows sees the names bound before the loop.
void Emitter::end_for(const std::string& ended, const ast::Seq<ast::Stmt*>& orelse, std::set<std::string> before) {
  --indent_;
  line("}");
  if (!orelse.empty()) loop_else(ended, orelse, before);
  current_->bound = std::move(before);
  --indent_;
  line("}");
}

void Emitter::while_loop(const ast::While* w) {
  std::set<std::string> before = current_->bound;  // the body may not run
  std::string ended = "ended" + std::to_string(++temporaries_);
  bool has_else = !w->orelse.empty();
  // A test that pauses is written inside the loop, its yields before it
  // (generators.cpp's hoisted_yield).
  bool spelled_out = has_else || pauses(w->test);
  if (!spelled_out) {
    line("while (" + truth(w->test) + ") {");
  } else {
    line("{");
    ++indent_;
    if (has_else) line("bool " + ended + " = false;");
    line("for (;;) {");
    ++indent_;
    std::string test = truth(w->test);
    line("if (!(" + test + ")) {");
    if (has_else) line("  " + ended + " = true;");
    line("  break;");
    line("}");
    --indent_;
  }
  ++indent_;
  block(w->body);
  --indent_;
  line("}");
  if (spelled_out) {
    if (has_else) loop_else(ended, w->orelse, before);
    --indent_;
    line("}");
  }
  current_->bound = std::move(before);
}

void Emitter::for_loop(const ast::For* f) {
  bool has_else = !f->orelse.empty();
  auto* call = ast::as<ast::Call>(f->iter);
  auto* callee = call ? ast::as<ast::Name>(call->func) : nullptr;
  bool counting = callee && callee->id == "range" && kind_of(type_of(callee)) == Kind::Builtin &&
                  call->keywords.empty() && !call->args.empty() && call->args.size() <= 3 && !has_else &&
                  f->target->kind == ast::Kind::Name;
  if (counting) return for_range(f);
  types::TypeId type = type_of(f->iter);
  // An iterable that never produces a value (None.items() where `x is not
  // None` left nothing): what runs until it raises, and no loop.
  if (kind_of(type) == Kind::Bottom) return discard(f->iter);
  types::TypeId item = stored_item_type(type, f->iter);
  line("{");
  ++indent_;
  line("auto&& r_ = " + iteration(expression(f->iter), type) + ";");
  if (loop_closes_generator(f->iter)) line("rt::CloseOnExit close_(r_.state());");  // generators.cpp
  // Taking an item may run a generator: an exception from it names the
  // for statement in this frame (CPython's FOR_ITER position).
  std::string at = std::to_string(position(f));
  line("auto it_ = ({ pos_ = " + at + "; r_.begin(); });");
  // The else runs when the items run out; a break leaves the loop without it.
  std::string ended = "ended" + std::to_string(++temporaries_);
  if (has_else) line("bool " + ended + " = false;");
  line("for (;; ({ pos_ = " + at + "; ++it_; })) {");
  ++indent_;
  std::set<std::string> before = current_->bound;  // the body may not run
  if (has_else) {
    line("if (!(it_ != r_.end())) {");
    line("  " + ended + " = true;");
    line("  break;");
    line("}");
  } else {
    line("if (!(it_ != r_.end())) break;");
  }
  if (kind_of(item) == Kind::Bottom) {
    line("break;  // no item ever reaches this container (the analysis saw none): the body is dead");
  } else {
    line(bind(f->target, "*it_", item));
    block(f->body);
  }
  end_for(ended, f->orelse, std::move(before));
}

}  // namespace ingot::codegen
