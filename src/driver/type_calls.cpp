// type(name, bases, namespace) calls written as class statements (type_calls.h).
#include "driver/type_calls.h"

#include <cctype>
#include <set>
#include <string>

#include "ast/children.h"
#include "driver/generated_code.h"

namespace ingot::driver {
namespace {

// Whether the program binds the name `type` anywhere (then the call may
// not be the builtin's).
bool binds_type(const ast::Node* node) {
  if (auto* n = ast::as<ast::Name>(node); n && n->id == "type" && n->ctx != ast::ExprContext::Load) return true;
  if (auto* f = ast::as<ast::FunctionDef>(node); f && f->name == "type") return true;
  if (auto* c = ast::as<ast::ClassDef>(node); c && c->name == "type") return true;
  if (auto* a = ast::as<ast::Alias>(node); a && (a->asname.data() ? a->asname : a->name) == "type") return true;
  bool found = false;
  ast::for_each_child(node, [&](const ast::Node* child) { found = found || binds_type(child); });
  return found;
}

// Whether `node` reads one of `names`.
bool reads_any(const ast::Node* node, const std::set<std::string, std::less<>>& names) {
  if (auto* n = ast::as<ast::Name>(node); n && names.count(n->id)) return true;
  bool found = false;
  ast::for_each_child(node, [&](const ast::Node* child) { found = found || reads_any(child, names); });
  return found;
}

// A name a class body binds as written: an identifier CPython does not mangle there.
bool plain_attribute(std::string_view key) {
  if (key.empty() || !(std::isalpha(static_cast<unsigned char>(key[0])) || key[0] == '_')) return false;
  for (char ch : key)
    if (!(std::isalnum(static_cast<unsigned char>(ch)) || ch == '_')) return false;
  return !(key.starts_with("__") && !key.ends_with("__"));
}

// The class statement's text for `target = type(...)`, or "" where the
// call is not of the form type_calls.h describes.
std::string class_text(const LoadedFile& file, const ast::Assign* assign) {
  auto* target = assign->targets.size() == 1 ? ast::as<ast::Name>(assign->targets[0]) : nullptr;
  auto* call = ast::as<ast::Call>(assign->value);
  auto* callee = call ? ast::as<ast::Name>(call->func) : nullptr;
  if (!target || !callee || callee->id != "type" || call->args.size() != 3 || !call->keywords.empty()) return "";
  auto* name = ast::as<ast::Constant>(call->args[0]);
  auto* bases = ast::as<ast::Tuple>(call->args[1]);
  auto* body = ast::as<ast::Dict>(call->args[2]);
  if (!name || name->value.kind != ast::Value::Kind::Str || name->value.text != target->id || !bases || !body) return "";
  std::set<std::string, std::less<>> keys;
  for (const ast::Expr* key : body->keys) {
    auto* k = key ? ast::as<ast::Constant>(key) : nullptr;  // null: `**mapping`
    if (!k || k->value.kind != ast::Value::Kind::Str || !plain_attribute(k->value.text)) return "";
    keys.insert(std::string(k->value.text));
  }
  std::string text = "class " + std::string(target->id) + "(";
  for (const ast::Expr* base : bases->elts) {
    std::string source = source_text(file.source, base);
    if (source.empty() || base->kind == ast::Kind::Starred) return "";
    text += source + ", ";
  }
  text += "):\n";
  for (size_t i = 0; i < body->keys.size(); ++i) {
    std::string source = source_text(file.source, body->values[i]);
    if (source.empty() || reads_any(body->values[i], keys)) return "";
    text += "    " + std::string(static_cast<const ast::Constant*>(body->keys[i])->value.text) + " = " + source + "\n";
  }
  if (body->keys.empty()) text += "    pass\n";
  return text;
}

// The module's statements, and those of its top-level ifs.
void rewrite(LoadedFile& file, ast::Seq<ast::Stmt*>& statements) {
  std::vector<ast::Stmt*> out;
  bool changed = false;
  for (ast::Stmt* s : statements) {
    if (auto* i = ast::as<ast::If>(s)) {
      rewrite(file, i->body);
      rewrite(file, i->orelse);
    }
    auto* assign = ast::as<ast::Assign>(s);
    std::string text = assign ? class_text(file, assign) : "";
    auto parsed = text.empty() ? std::nullopt : parse_generated(file, text, s->loc);
    if (!parsed) {
      out.push_back(s);
      continue;
    }
    out.insert(out.end(), parsed->begin(), parsed->end());
    changed = true;
  }
  if (changed) statements = arena_seq(file, out);
}

}  // namespace

void write_type_calls(LoadedFile& file) {
  if (!binds_type(file.module)) rewrite(file, file.module->body);
}

}  // namespace ingot::driver
