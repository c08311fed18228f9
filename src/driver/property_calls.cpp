// property() calls in class bodies, written as decorated defs (design note in property_calls.h).
#include "driver/property_calls.h"

#include <string>
#include <vector>

#include "ast/children.h"
#include "driver/generated_code.h"

namespace ingot::driver {
namespace {

// The docstring of the def named `name` in the class body, as source text.
std::string def_docstring(const LoadedFile& file, const ast::ClassDef* c, std::string_view name) {
  for (const ast::Stmt* s : c->body) {
    auto* def = ast::as<ast::FunctionDef>(s);
    if (!def || def->name != name || def->body.empty()) continue;
    auto* e = ast::as<ast::ExprStmt>(def->body[0]);
    auto* doc = e ? ast::as<ast::Constant>(e->value) : nullptr;
    if (doc && doc->value.kind == ast::Value::Kind::Str) return source_text(file.source, doc);
    return "";
  }
  return "";
}

// The statements replacing `target = property(...)`; "" to leave it (the
// call is then refused where it runs).
std::string written(const LoadedFile& file, const ast::ClassDef* c, std::string_view target, const ast::Call* call) {
  static constexpr std::string_view kParameters[] = {"fget", "fset", "fdel", "doc"};
  const ast::Expr* given[4] = {};
  if (call->args.size() > 4) return "";
  for (size_t i = 0; i < call->args.size(); ++i) {
    if (call->args[i]->kind == ast::Kind::Starred) return "";
    given[i] = call->args[i];
  }
  for (const ast::Keyword* k : call->keywords) {
    size_t i = 0;
    while (i < 4 && (!k->arg.data() || k->arg != kParameters[i])) ++i;
    if (i == 4 || given[i]) return "";
    given[i] = k->value;
  }
  auto is_none = [](const ast::Expr* e) {
    auto* constant = e ? ast::as<ast::Constant>(e) : nullptr;
    return !e || (constant && constant->value.kind == ast::Value::Kind::None);
  };
  if (is_none(given[0])) return "";  // no getter: an unreadable property
  std::string functions, doc;
  for (size_t i = 0; i < 3; ++i) {
    std::string text = is_none(given[i]) ? "None" : source_text(file.source, given[i]);
    if (text.empty()) return "";
    functions += text + ", ";
  }
  if (!is_none(given[3])) {
    auto* constant = ast::as<ast::Constant>(given[3]);
    if (!constant || constant->value.kind != ast::Value::Kind::Str) return "";
    doc = source_text(file.source, given[3]);
    if (doc.empty()) return "";
  } else if (auto* getter = ast::as<ast::Name>(given[0])) {
    doc = def_docstring(file, c, getter->id);
  }
  std::string name(target), held = "_ingot_property_" + name;
  std::string text = "    " + held + " = (" + functions + ")\n";
  text += "    @property\n    def " + name + "(self):\n";
  if (!doc.empty()) text += "        " + doc + "\n";
  text += "        return self." + held + "[0](self)\n";
  if (!is_none(given[1]))
    text += "    @" + name + ".setter\n    def " + name + "(self, value):\n        self." + held + "[1](self, value)\n";
  if (!is_none(given[2])) text += "    @" + name + ".deleter\n    def " + name + "(self):\n        self." + held + "[2](self)\n";
  return text;
}

class Writer {
 public:
  explicit Writer(LoadedFile& file) : file_(file) {}

  void visit(ast::Node* node) {
    if (auto* c = ast::as<ast::ClassDef>(node)) class_def(c);
    ast::for_each_child(node, [&](ast::Node* child) { visit(child); });
  }

 private:
  void class_def(ast::ClassDef* c) {
    std::vector<ast::Stmt*> body;
    bool changed = false;
    for (ast::Stmt* s : c->body) {
      auto* assign = ast::as<ast::Assign>(s);
      auto* target = assign && assign->targets.size() == 1 ? ast::as<ast::Name>(assign->targets[0]) : nullptr;
      auto* call = target ? ast::as<ast::Call>(assign->value) : nullptr;
      auto* callee = call ? ast::as<ast::Name>(call->func) : nullptr;
      std::string text = callee && callee->id == "property" ? written(file_, c, target->id, call) : "";
      auto parsed = text.empty() ? std::nullopt : parse_generated(file_, "class _:\n" + text, s->loc);
      auto* wrapper = parsed && parsed->size() == 1 ? ast::as<ast::ClassDef>((*parsed)[0]) : nullptr;
      if (!wrapper) {
        body.push_back(s);
        continue;
      }
      body.insert(body.end(), wrapper->body.begin(), wrapper->body.end());
      changed = true;
    }
    if (changed) c->body = arena_seq(file_, body);
  }

  LoadedFile& file_;
};

// Whether the module binds the name `property` itself (then its calls are its own).
bool rebinds_property(const ast::Module& module) {
  bool found = false;
  auto visit = [&](auto& self, const ast::Node* n) -> void {
    if (found) return;
    if (auto* name = ast::as<ast::Name>(n); name && name->id == "property" && name->ctx != ast::ExprContext::Load) found = true;
    if (auto* def = ast::as<ast::FunctionDef>(n); def && def->name == "property") found = true;
    if (auto* cls = ast::as<ast::ClassDef>(n); cls && cls->name == "property") found = true;
    if (auto* alias = ast::as<ast::Alias>(n); alias && (alias->asname.data() ? alias->asname : alias->name) == "property") found = true;
    ast::for_each_child(n, [&](const ast::Node* child) { self(self, child); });
  };
  visit(visit, &module);
  return found;
}

}  // namespace

void write_property_calls(LoadedFile& file) {
  if (rebinds_property(*file.module)) return;
  Writer writer(file);
  writer.visit(file.module);
}

}  // namespace ingot::driver
