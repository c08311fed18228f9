// Private names mangled in the tree (design note in private_names.h).
#include "driver/private_names.h"

#include <cstring>
#include <string>

#include "ast/children.h"
#include "sema/mangle.h"

namespace ingot::driver {
namespace {

class Mangler {
 public:
  explicit Mangler(Arena& arena) : arena_(arena) {}

  // `class_name` is the class whose body encloses `node` ("" outside any).
  void visit(ast::Node* node, std::string_view class_name) {
    if (auto* c = ast::as<ast::ClassDef>(node)) {
      for (ast::Expr* e : c->decorator_list) visit(e, class_name);
      for (ast::Expr* e : c->bases) visit(e, class_name);
      for (ast::Keyword* k : c->keywords) visit(k, class_name);
      for (ast::Stmt* s : c->body) visit(s, c->name);
      return;
    }
    if (auto* a = ast::as<ast::Attribute>(node)) a->attr = mangled(class_name, a->attr);
    if (auto* n = ast::as<ast::Name>(node)) n->id = mangled(class_name, n->id);
    if (auto* arg = ast::as<ast::Arg>(node)) arg->arg = mangled(class_name, arg->arg);
    ast::for_each_child(node, [&](ast::Node* child) { visit(child, class_name); });
  }

 private:
  // The mangled name in the arena, or `name` itself when it stays.
  ast::Identifier mangled(std::string_view class_name, ast::Identifier name) {
    std::string spelled = sema::mangle(class_name, name);
    if (spelled == name) return name;
    char* text = static_cast<char*>(arena_.allocate(spelled.size(), 1));
    std::memcpy(text, spelled.data(), spelled.size());
    return {text, spelled.size()};
  }

  Arena& arena_;
};

}  // namespace

void mangle_private_names(LoadedFile& file) { Mangler(file.arena).visit(file.module, ""); }

}  // namespace ingot::driver
