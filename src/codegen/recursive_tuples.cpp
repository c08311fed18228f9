// Recursive tuple types (types/recursive.cpp: T = tuple[T | None, T | None])
// as rt::HeapTuple objects (runtime/heap_tuple.h).
//
// A value of a recursive type is an rt::Value (Emitter::kind_of reads the
// type as dyn), so `T | None` is one word, `is None` a compare, and every
// operation this file does not write is the dynamic one on a real tuple
// object. What it writes: a tuple of the type's shape stored where the type
// (or the type or None) is expected is built as a HeapTuple of the items'
// typed representations, and unpacking one reads those items in place
// (falling back to CPython's unpacking for a tuple made elsewhere).
#include <algorithm>

#include "codegen/emitter.h"

namespace ingot::codegen {

using types::Kind;

types::TypeId Emitter::recursive_shape(types::TypeId type) const {
  for (types::TypeId member : program_.table.members(type))
    if (program_.table.kind(member) == Kind::Recursive) return program_.table.unfold(member);
  return types::kBottom;
}

std::string Emitter::heap_tuple_items(types::TypeId shape, const ast::Node* where) const {
  std::string items;
  for (types::TypeId item : program_.table.get(shape).args) items += (items.empty() ? "" : ", ") + element_cxx(item, where);
  return items;
}

std::string Emitter::convert_to_recursive(const std::string& value, types::TypeId from, types::TypeId to,
                                          const ast::Node* where) {
  types::TypeId shape = recursive_shape(to);
  const types::Type& f = program_.table.get(from);
  if (shape == types::kBottom || f.kind != Kind::Tuple || f.args.size() != program_.table.get(shape).args.size())
    return "";
  const std::vector<types::TypeId>& items = program_.table.get(shape).args;
  std::string converted;
  for (size_t i = 0; i < items.size(); ++i)
    converted += (i ? ", " : "") + convert("t_.get<" + std::to_string(i) + ">()", f.args[i], items[i], where);
  return "[&](" + cxx_type(from, where) + " t_) -> rt::Value { return rt::HeapTuple<" + heap_tuple_items(shape, where) +
         ">::make(" + converted + "); }(" + value + ")";  // nests: t_ is a parameter
}

// `a, b = u` (u an evaluated Value): the statements after the evaluation,
// "" when `type` has no recursive member of that many items.
// `(a, b)` stored as `type`: its items evaluated in order, converted to
// the shape's, then one HeapTuple.
std::string Emitter::heap_tuple_display(const ast::Expr* e, types::TypeId type) {
  auto* display = ast::as<ast::Tuple>(e);
  types::TypeId shape = recursive_shape(type);
  if (!display || shape == types::kBottom) return "";
  const std::vector<types::TypeId>& items = program_.table.get(shape).args;
  if (items.size() != display->elts.size()) return "";
  std::vector<std::pair<std::string, std::string>> operands;
  std::string names;
  for (size_t i = 0; i < items.size(); ++i) {
    if (display->elts[i]->kind == ast::Kind::Starred) return "";
    std::string name = "i" + std::to_string(i);
    operands.emplace_back("auto " + name, expression_as(display->elts[i], items[i]));
    names += (i ? ", " : "") + name;
  }
  std::string made = "rt::HeapTuple<" + heap_tuple_items(shape, e) + ">::make(" + names + ")";
  // A display of constants is one constant tuple in CPython (the compiler
  // folds it), the same object on every evaluation: made once here too
  // (half the nodes of a tree are `(None, None)` leaves).
  bool constant = std::all_of(display->elts.begin(), display->elts.end(),
                              [](const ast::Expr* item) { return item->kind == ast::Kind::Constant; });
  if (constant) return "([&]() -> rt::Value { static const rt::Value c_ = " + sequenced(-1, operands, made) + "; return c_; }())";
  return sequenced(-1, operands, made);
}

std::string Emitter::unpack_recursive(const std::string& u, types::TypeId type, std::span<ast::Expr* const> targets,
                                      int at) {
  types::TypeId shape = recursive_shape(type);
  if (shape == types::kBottom) return "";
  const std::vector<types::TypeId>& items = program_.table.get(shape).args;
  if (items.size() != targets.size()) return "";
  for (const ast::Expr* target : targets)
    if (target->kind == ast::Kind::Starred) return "";
  std::string t = "h" + std::to_string(++temporaries_) + "_";
  std::string out = "pos_ = " + std::to_string(at) + "; auto " + t + " = rt::unpack_heap_tuple<" +
                    heap_tuple_items(shape, targets[0]) + ">(" + u + "); ";
  for (size_t i = 0; i < items.size(); ++i)
    out += bind(targets[i], t + ".get<" + std::to_string(i) + ">()", items[i]) + " ";
  return out;
}

}  // namespace ingot::codegen
