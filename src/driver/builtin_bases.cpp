// dict and list bases, written before stage 1 (design note in builtin_bases.h).
#include "driver/builtin_bases.h"

#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "ast/children.h"
#include "driver/generated_code.h"

namespace ingot::driver {
namespace {

constexpr std::string_view kBuiltins[] = {"dict", "list"};

// Every name the module binds, at any level: a builtin's name among them
// may not mean the builtin where a class statement reads it.
void bound_names(const ast::Node* node, std::set<std::string_view>& out) {
  if (auto* n = ast::as<ast::Name>(node); n && n->ctx != ast::ExprContext::Load) out.insert(n->id);
  if (auto* def = ast::as<ast::FunctionDef>(node)) out.insert(def->name);
  if (auto* def = ast::as<ast::AsyncFunctionDef>(node)) out.insert(def->name);
  if (auto* c = ast::as<ast::ClassDef>(node)) out.insert(c->name);
  if (auto* alias = ast::as<ast::Alias>(node)) out.insert(alias->asname.data() ? alias->asname : alias->name.substr(0, alias->name.find('.')));
  if (auto* handler = ast::as<ast::ExceptHandler>(node); handler && handler->name.data()) out.insert(handler->name);
  ast::for_each_child(node, [&](const ast::Node* child) { bound_names(child, out); });
}

// The storage class a class statement derives from, and its builtin.
struct Storage {
  std::string name;
  std::string_view builtin;
};

class Writer {
 public:
  explicit Writer(LoadedFile& file) : file_(file) { bound_names(file.module, bound_); }

  // The statement lists of the module and of everything that holds one.
  void body(ast::Seq<ast::Stmt*>& statements) {
    std::vector<ast::Stmt*> out;
    bool changed = false;
    for (ast::Stmt* s : statements) {
      nested(s);
      if (auto* c = ast::as<ast::ClassDef>(s)) {
        if (ast::ClassDef* storage = storage_class(c)) {
          out.push_back(storage);
          changed = true;
        }
      }
      out.push_back(s);
    }
    if (changed) statements = arena_seq(file_, out);
  }

 private:
  void nested(ast::Stmt* s) {
    if (auto* def = ast::as<ast::FunctionDef>(s)) body(def->body);
    if (auto* c = ast::as<ast::ClassDef>(s)) body(c->body);
    if (auto* i = ast::as<ast::If>(s)) body(i->body), body(i->orelse);
    if (auto* f = ast::as<ast::For>(s)) body(f->body), body(f->orelse);
    if (auto* w = ast::as<ast::While>(s)) body(w->body), body(w->orelse);
    if (auto* w = ast::as<ast::With>(s)) body(w->body);
    if (auto* t = ast::as<ast::Try>(s)) {
      body(t->body);
      for (ast::ExceptHandler* h : t->handlers) body(h->body);
      body(t->orelse);
      body(t->finalbody);
    }
  }

  // For a class whose base is dict or list: its storage class, to be
  // written before it, which replaces the builtin among its bases. A class
  // deriving from such a class shares its storage class's rewrites.
  ast::ClassDef* storage_class(ast::ClassDef* c) {
    ast::ClassDef* written = nullptr;
    std::optional<Storage> storage;
    for (ast::Expr*& base : c->bases) {
      auto* name = ast::as<ast::Name>(base);
      if (!name) continue;
      for (std::string_view builtin : kBuiltins) {
        if (name->id != builtin || bound_.count(builtin) || storage) continue;
        storage = Storage{"_ingot_" + std::string(builtin) + "_" + std::string(c->name), builtin};
        written = copy_of(builtin, storage->name, c->loc);
        if (!written) return nullptr;
        base = expression(storage->name, base->loc);
      }
      auto known = derived_.find(std::string(name->id));
      if (!storage && known != derived_.end()) storage = known->second;
    }
    if (!storage) return nullptr;
    derived_[std::string(c->name)] = *storage;
    rewrite_body(c, *storage);
    return written;
  }

  // `dict.NAME` of a method the storage class has names the storage
  // class's; each __init__ first makes the empty container.
  void rewrite_body(ast::ClassDef* c, const Storage& storage) {
    const std::set<std::string>& methods = methods_[storage.builtin];
    SlotWalker names([&](ast::Expr*& e) {
      auto* a = ast::as<ast::Attribute>(e);
      auto* n = a ? ast::as<ast::Name>(a->value) : nullptr;
      if (n && n->id == storage.builtin && n->ctx == ast::ExprContext::Load && methods.count(std::string(a->attr)))
        a->value = expression(storage.name, n->loc);
    });
    for (ast::Stmt* s : c->body) names.walk(s);
    for (ast::Stmt* s : c->body) {
      auto* def = ast::as<ast::FunctionDef>(s);
      if (!def || def->name != "__init__") continue;
      const ast::Arguments* args = def->args;
      const ast::Arg* self = !args->posonlyargs.empty() ? args->posonlyargs[0] : !args->args.empty() ? args->args[0] : nullptr;
      if (!self) continue;
      auto parsed = parse_generated(file_, std::string(self->arg) + "._ingot_new_()\n", def->loc);
      if (!parsed) continue;
      std::vector<ast::Stmt*> statements = *parsed;
      statements.insert(statements.end(), def->body.begin(), def->body.end());
      def->body = arena_seq(file_, statements);
    }
  }

  // The template's storage class of `builtin`, named `name`.
  ast::ClassDef* copy_of(std::string_view builtin, const std::string& name, ast::Loc at) {
    if (template_.empty()) {
      std::ifstream in(std::string(INGOT_STDLIB_DIR) + "/_builtin_bases.py");
      std::stringstream text;
      text << in.rdbuf();
      template_ = text.str();
    }
    std::string header = "class _ingot_" + std::string(builtin) + "_:";
    size_t begin = template_.find(header);
    if (begin == std::string::npos) return nullptr;
    size_t end = template_.find("\nclass ", begin + header.size());
    std::string text = "class " + name + ":" + template_.substr(begin + header.size(), end == std::string::npos ? end : end - begin - header.size()) + "\n";
    auto parsed = parse_generated(file_, text, at);
    auto* c = parsed && parsed->size() == 1 ? ast::as<ast::ClassDef>((*parsed)[0]) : nullptr;
    if (c && methods_[builtin].empty())
      for (const ast::Stmt* s : c->body)
        if (auto* def = ast::as<ast::FunctionDef>(s); def && def->decorator_list.empty())  // not fromkeys: it makes a dict
          methods_[builtin].insert(std::string(def->name));
    return c;
  }

  ast::Expr* expression(const std::string& text, ast::Loc at) {
    auto parsed = parse_generated(file_, text + "\n", at);
    auto* statement = parsed && parsed->size() == 1 ? ast::as<ast::ExprStmt>((*parsed)[0]) : nullptr;
    return statement ? statement->value : nullptr;
  }

  LoadedFile& file_;
  std::string template_;
  std::set<std::string_view> bound_;
  std::map<std::string, Storage> derived_;  // by class name: the classes of the module on a storage class
  std::map<std::string_view, std::set<std::string>> methods_;  // the storage classes' methods
};

}  // namespace

void write_builtin_bases(LoadedFile& file) {
  Writer writer(file);
  writer.body(file.module->body);
}

}  // namespace ingot::driver
