// `s += t` (and `s = s + t`) on a str local of a function, in place where
// no one else can see the string.
//
// CPython resizes a string in place when the variable appended to holds its
// only reference, so a loop of `s += piece` takes linear time; a copy per
// append would make it quadratic. Beside each such variable `x` the
// generated code keeps `ox`, the object x's last append made, and forgets
// it at every other read of x (read() in emitter.cpp, locals() in
// namespaces.cpp). Until then nothing else holds that object, so the next
// append may grow it in place (runtime/str_append.h).
//
// Only plain locals of ordinary functions take part: a cell, a global or a
// class attribute can be read by code out of this function's sight, and a
// generator's locals live in its frame.
#include "ast/children.h"
#include "codegen/emitter.h"

namespace ingot::codegen {
namespace {

// What `name = name + value` appends to `name` (nullptr: not that shape).
const ast::Expr* appended_by(const ast::Name* target, const ast::Expr* value) {
  auto* sum = ast::as<ast::BinOp>(value);
  if (!sum || sum->op != ast::Operator::Add) return nullptr;
  auto* left = ast::as<ast::Name>(sum->left);
  return left && left->id == target->id ? sum->right : nullptr;
}

// The targets of `name += ...` and `name = name + ...` in a function's own
// body (nested functions, lambdas and classes have their own variables).
void collect_targets(const ast::Node* node, std::vector<const ast::Name*>& out) {
  switch (node->kind) {
    case ast::Kind::FunctionDef:
    case ast::Kind::AsyncFunctionDef:
    case ast::Kind::ClassDef:
    case ast::Kind::Lambda: return;
    default: break;
  }
  if (auto* a = ast::as<ast::AugAssign>(node); a && a->op == ast::Operator::Add)
    if (auto* name = ast::as<ast::Name>(a->target)) out.push_back(name);
  if (auto* a = ast::as<ast::Assign>(node); a && a->targets.size() == 1)
    if (auto* name = ast::as<ast::Name>(a->targets[0]); name && appended_by(name, a->value)) out.push_back(name);
  ast::for_each_child(node, [&](const ast::Node* child) { collect_targets(child, out); });
}

}  // namespace

void Emitter::declare_str_appends(const ast::Seq<ast::Stmt*>& statements) {
  std::vector<const ast::Name*> targets;
  for (const ast::Stmt* s : statements) collect_targets(s, targets);
  for (const ast::Name* name : targets) {
    const sema::Symbol& found = symbol(name);
    if (found.is_global() || found.is_cell() || found.is_free() || is_class_symbol(found) ||
        kind_of(variable_type(name)) != types::Kind::Str)
      continue;
    std::string cxx = variable(name);
    if (current_->appended.insert(cxx).second) line("rt::StrObject* o" + cxx + " = nullptr;");
  }
}

std::optional<std::string> Emitter::str_append(const ast::AugAssign* a, const ast::Name* target) {
  if (a->op != ast::Operator::Add) return std::nullopt;
  return str_append(target, a->value);
}

std::optional<std::string> Emitter::str_append(const ast::Assign* a, const ast::Name* target) {
  const ast::Expr* value = appended_by(target, a->value);
  if (!value || kind_of(type_of(a->value)) != types::Kind::Str) return std::nullopt;
  return str_append(target, value);
}

std::optional<std::string> Emitter::str_append(const ast::Name* target, const ast::Expr* value) {
  if (kind_of(type_of(value)) != types::Kind::Str) return std::nullopt;
  std::string cxx = variable(target);
  if (!current_->appended.count(cxx)) return std::nullopt;
  // The target is read first (UnboundLocalError before the value runs).
  return "({ rt::Str l_ = " + read(target, /*escapes=*/false) + "; rt::Str r_ = " + expression(value) +
         "; rt::str_append(l_, r_, o" + cxx + "); })";
}

std::string Emitter::escaping(const std::string& cxx, const std::string& value) const {
  return current_->appended.count(cxx) ? "(o" + cxx + " = nullptr, " + value + ")" : value;
}

}  // namespace ingot::codegen
