// @functools.total_ordering, written out before stage 1 (design note in total_ordering.h).
#include "driver/total_ordering.h"

#include <algorithm>
#include <string>

#include "ast/children.h"
#include "driver/generated_code.h"

namespace ingot::driver {
namespace {

// For each root, the comparisons derived from it and the expression each
// returns of `op_result` (the root's answer), as functools' table has them.
struct Derived {
  std::string_view name, result;
};
struct Root {
  std::string_view name;
  Derived derived[3];
};
// In CPython's order of preference: the greatest name among those defined.
const Root kRoots[] = {
    {"__lt__", {{"__gt__", "not op_result and self != other"}, {"__le__", "op_result or self == other"}, {"__ge__", "not op_result"}}},
    {"__le__", {{"__ge__", "not op_result or self == other"}, {"__lt__", "op_result and self != other"}, {"__gt__", "not op_result"}}},
    {"__gt__", {{"__lt__", "not op_result and self != other"}, {"__ge__", "op_result or self == other"}, {"__le__", "not op_result"}}},
    {"__ge__", {{"__le__", "not op_result or self == other"}, {"__gt__", "op_result and self != other"}, {"__lt__", "not op_result"}}},
};

class Writer {
 public:
  explicit Writer(LoadedFile& file) : file_(file), decorator_(*file.module, "functools", "total_ordering") {}

  bool needed() const { return !decorator_.empty(); }

  bool visit(ast::Node* node) {
    bool ok = true;
    if (auto* c = ast::as<ast::ClassDef>(node)) ok = class_def(c);
    ast::for_each_child(node, [&](ast::Node* child) {
      if (ok) ok = visit(child);
    });
    return ok;
  }

 private:
  bool class_def(ast::ClassDef* c) {
    auto decorator = std::find_if(c->decorator_list.begin(), c->decorator_list.end(),
                                  [&](const ast::Expr* d) { return !ast::as<ast::Call>(d) && decorator_.refers(d, "total_ordering"); });
    if (decorator == c->decorator_list.end()) return true;
    const Root* root = nullptr;
    for (const Root& r : kRoots)
      if (!root && defines(c, r.name)) root = &r;
    if (!root) return true;
    std::string text = "class _:\n";
    for (const Derived& d : root->derived) {
      if (defines(c, d.name)) continue;
      text += "    def " + std::string(d.name) + "(self, other):\n        op_result = type(self)." + std::string(root->name) +
              "(self, other)\n        if op_result is NotImplemented:\n            return op_result\n        return " +
              std::string(d.result) + "\n";
    }
    ast::Loc at = (*decorator)->loc;
    auto parsed = parse_generated(file_, text, at);
    auto* wrapper = parsed && parsed->size() == 1 ? ast::as<ast::ClassDef>((*parsed)[0]) : nullptr;
    if (!wrapper) {
      refuse_generated(file_, at, "this total_ordering class");
      return false;
    }
    std::vector<ast::Stmt*> body(c->body.begin(), c->body.end());
    body.insert(body.end(), wrapper->body.begin(), wrapper->body.end());
    c->body = arena_seq(file_, body);
    std::vector<ast::Expr*> decorators(c->decorator_list.begin(), c->decorator_list.end());
    decorators.erase(decorators.begin() + (decorator - c->decorator_list.begin()));
    c->decorator_list = arena_seq(file_, decorators);
    return true;
  }

  LoadedFile& file_;
  ImportedNames decorator_;
};

}  // namespace

bool write_total_orderings(LoadedFile& file) {
  Writer writer(file);
  return !writer.needed() || writer.visit(file.module);
}

}  // namespace ingot::driver
