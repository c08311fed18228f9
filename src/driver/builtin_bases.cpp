// Builtin bases, written before stage 1 (design note in builtin_bases.h).
#include "driver/builtin_bases.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <vector>

#include "ast/children.h"
#include "driver/generated_code.h"

namespace ingot::driver {
namespace {

constexpr std::string_view kBuiltins[] = {"dict", "list", "set", "frozenset", "tuple", "str", "int", "float"};
constexpr std::string_view kTemplates[] = {"/_builtin_bases.py", "/_builtin_bases_scalars.py"};
constexpr std::string_view kSelf = "_ingot_self";  // a rewritten __new__'s instance

struct Refusal {
  ast::Loc loc;
  std::string construct;
};

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

// The nodes of a def's own scope (not of the defs, lambdas and classes
// in it), each given to `visit`.
template <class Visit>
void own_scope(const ast::Node* node, Visit& visit) {
  ast::for_each_child(node, [&](const ast::Node* child) {
    visit(child);
    auto k = child->kind;
    if (k != ast::Kind::FunctionDef && k != ast::Kind::AsyncFunctionDef && k != ast::Kind::Lambda && k != ast::Kind::ClassDef)
      own_scope(child, visit);
  });
}

// A template class of src/stdlib/_builtin_bases*.py: the templates it
// derives from (mixins after the first, which have no bases) and its
// body's text.
struct Template {
  std::vector<std::string> bases;
  std::string body;
};

// The storage class a class statement derives from, and its builtin.
struct Storage {
  std::string name;
  std::string_view builtin;
};

class Writer {
 public:
  explicit Writer(LoadedFile& file) : file_(file) { bound_names(file.module, bound_); }

  // The statement lists of the module and of everything that holds one.
  std::optional<Refusal> body(ast::Seq<ast::Stmt*>& statements) {
    std::vector<ast::Stmt*> out;
    bool changed = false;
    for (ast::Stmt* s : statements) {
      if (auto refusal = nested(s)) return refusal;
      if (auto* c = ast::as<ast::ClassDef>(s)) {
        std::vector<ast::Stmt*> written;
        if (auto refusal = storage_classes(c, written)) return refusal;
        out.insert(out.end(), written.begin(), written.end());
        changed = changed || !written.empty();
      }
      out.push_back(s);
    }
    if (changed) statements = arena_seq(file_, out);
    return std::nullopt;
  }

 private:
  std::optional<Refusal> nested(ast::Stmt* s) {
    std::vector<ast::Seq<ast::Stmt*>*> lists;
    if (auto* def = ast::as<ast::FunctionDef>(s)) lists = {&def->body};
    if (auto* c = ast::as<ast::ClassDef>(s)) lists = {&c->body};
    if (auto* i = ast::as<ast::If>(s)) lists = {&i->body, &i->orelse};
    if (auto* f = ast::as<ast::For>(s)) lists = {&f->body, &f->orelse};
    if (auto* w = ast::as<ast::While>(s)) lists = {&w->body, &w->orelse};
    if (auto* w = ast::as<ast::With>(s)) lists = {&w->body};
    if (auto* t = ast::as<ast::Try>(s)) {
      lists = {&t->body, &t->orelse, &t->finalbody};
      for (ast::ExceptHandler* h : t->handlers) lists.push_back(&h->body);
    }
    for (ast::Seq<ast::Stmt*>* list : lists)
      if (auto refusal = body(*list)) return refusal;
    return std::nullopt;
  }

  // For a class whose base is a builtin of kBuiltins: its storage classes,
  // into `written`, the last of which replaces the builtin among its
  // bases. A class deriving from such a class shares its storage class's
  // rewrites.
  std::optional<Refusal> storage_classes(ast::ClassDef* c, std::vector<ast::Stmt*>& written) {
    std::optional<Storage> storage;
    for (ast::Expr*& base : c->bases) {
      auto* name = ast::as<ast::Name>(base);
      if (!name) continue;
      for (std::string_view builtin : kBuiltins) {
        if (name->id != builtin || bound_.count(builtin) || storage) continue;
        std::string leaf = "_ingot_" + std::string(builtin) + "_";
        std::set<std::string> copied;
        if (!copy_chain(leaf, std::string(c->name), c->loc, written, methods_[leaf], copied))
          return Refusal{c->loc, "a subclass of " + std::string(builtin)};
        storage = Storage{leaf + std::string(c->name), builtin};
        base = expression(storage->name, base->loc);
      }
      auto known = derived_.find(std::string(name->id));
      if (!storage && known != derived_.end()) storage = known->second;
    }
    if (!storage) return std::nullopt;
    derived_[std::string(c->name)] = *storage;
    return rewrite_body(c, *storage);
  }

  // `dict.NAME` of a method the storage classes have names the storage
  // class's, and the class's __new__ becomes its `_ingot_new_`.
  std::optional<Refusal> rewrite_body(ast::ClassDef* c, const Storage& storage) {
    const std::set<std::string>& methods = methods_["_ingot_" + std::string(storage.builtin) + "_"];
    SlotWalker names([&](ast::Expr*& e) {
      auto* a = ast::as<ast::Attribute>(e);
      auto* n = a ? ast::as<ast::Name>(a->value) : nullptr;
      if (n && n->id == storage.builtin && n->ctx == ast::ExprContext::Load && methods.count(std::string(a->attr)))
        a->value = expression(storage.name, n->loc);
    });
    for (ast::Stmt* s : c->body) names.walk(s);
    for (ast::Stmt* s : c->body)
      if (auto* def = ast::as<ast::FunctionDef>(s); def && def->name == "__new__")
        if (auto refusal = rewrite_new(def, storage)) return refusal;
    return std::nullopt;
  }

  // The instance exists before `_ingot_new_` runs (it is what the
  // constructor made), so `def __new__(cls, ...)` becomes
  // `def _ingot_new_(_ingot_self, ...)` with `cls = type(_ingot_self)`,
  // and `super().__new__(cls, ...)`, `BASE.__new__(cls, ...)` run the
  // base's `_ingot_new_` on the instance, which answers it. Refused: a
  // __new__ that may answer anything but that instance, as CPython's may.
  std::optional<Refusal> rewrite_new(ast::FunctionDef* def, const Storage& storage) {
    ast::Arguments* args = def->args;
    ast::Arg* first = !args->posonlyargs.empty() ? args->posonlyargs[0] : !args->args.empty() ? args->args[0] : nullptr;
    if (!def->decorator_list.empty() || !first) return Refusal{def->loc, "this __new__ of a builtin's subclass"};
    std::string_view cls = first->arg;
    std::set<const ast::Call*> made;  // the calls that answer the instance
    std::optional<Refusal> refusal;
    SlotWalker calls([&](ast::Expr*& e) {
      if (auto* call = ast::as<ast::Call>(e)) {
        auto* a = ast::as<ast::Attribute>(call->func);
        if (!a || a->attr != "__new__") return;
        if (!base_new(call, a, cls, storage)) {
          if (!refusal) refusal = Refusal{call->loc, "this call of __new__ in a builtin's subclass"};
          return;
        }
        made.insert(call);
      } else if (auto* a = ast::as<ast::Attribute>(e); a && a->attr == "__new__" && !refusal) {
        refusal = Refusal{a->loc, "this use of __new__ in a builtin's subclass"};
      }
    });
    for (ast::Stmt* s : def->body) calls.walk(s);
    if (refusal) return refusal;
    if (def->body.empty() || !ast::as<ast::Return>(def->body[def->body.size() - 1]) || !answers_instance(def, made))
      return Refusal{def->loc, "a __new__ that may return another object than super().__new__(cls)'s"};
    first->arg = kSelf;
    def->name = "_ingot_new_";
    auto prologue = parse_generated(file_, std::string(cls) + " = type(" + std::string(kSelf) + ")\n", def->loc);
    if (!prologue) return Refusal{def->loc, "this __new__ of a builtin's subclass"};
    std::vector<ast::Stmt*> statements = *prologue;
    statements.insert(statements.end(), def->body.begin(), def->body.end());
    def->body = arena_seq(file_, statements);
    return std::nullopt;
  }

  // `super().__new__(cls, ...)`, `BUILTIN.__new__(cls, ...)` or
  // `BASE.__new__(cls, ...)` of a class of the module on the same
  // storage, rewritten to run the base's `_ingot_new_` on the instance.
  bool base_new(ast::Call* call, ast::Attribute* a, std::string_view cls, const Storage& storage) {
    auto* first = call->args.empty() ? nullptr : ast::as<ast::Name>(call->args[0]);
    if (!first || first->id != cls) return false;
    auto* zero = ast::as<ast::Call>(a->value);
    auto* super = zero ? ast::as<ast::Name>(zero->func) : nullptr;
    auto* base = ast::as<ast::Name>(a->value);
    a->attr = "_ingot_new_";
    if (super && super->id == "super" && zero->args.empty() && zero->keywords.empty() && !bound_.count("super")) {
      std::vector<ast::Expr*> rest(call->args.begin() + 1, call->args.end());
      call->args = arena_seq(file_, rest);
      return true;
    }
    if (!base) return false;
    if (base->id == storage.builtin && !bound_.count(storage.builtin)) {
      a->value = expression(storage.name, base->loc);
    } else {
      auto known = derived_.find(std::string(base->id));
      if (known == derived_.end() || known->second.name != storage.name) return false;
    }
    first->id = kSelf;
    return true;
  }

  // Whether every `return` of the def answers one of the `made` calls,
  // directly or through a name bound only to such calls.
  static bool answers_instance(const ast::FunctionDef* def, const std::set<const ast::Call*>& made) {
    std::set<std::string_view> fresh, other;
    std::set<const ast::Node*> fresh_targets;
    std::vector<const ast::Return*> returns;
    auto visit = [&](const ast::Node* node) {
      if (auto* r = ast::as<ast::Return>(node)) returns.push_back(r);
      auto* assign = ast::as<ast::Assign>(node);
      auto* target = assign && assign->targets.size() == 1 ? ast::as<ast::Name>(assign->targets[0]) : nullptr;
      if (target && made.count(ast::as<ast::Call>(assign->value))) {
        fresh.insert(target->id);
        fresh_targets.insert(target);
      }
      auto* n = ast::as<ast::Name>(node);
      if (n && n->ctx != ast::ExprContext::Load && !fresh_targets.count(n)) other.insert(n->id);
    };
    for (const ast::Stmt* s : def->body) {
      visit(s);
      own_scope(s, visit);
    }
    for (const ast::Return* r : returns) {
      if (made.count(ast::as<ast::Call>(r->value))) continue;
      auto* n = ast::as<ast::Name>(r->value);
      if (!n || !fresh.count(n->id) || other.count(n->id)) return false;
    }
    return true;
  }

  // Copies template `name` and the templates it derives from into
  // `written` (bases first, each once), each named `name + suffix`; their
  // methods into `methods`. A mixin (a base after the first) is written
  // into the body, before the class's own methods, which override it: the
  // copies form one chain of first bases, along which code generation lays
  // out instances, and a mixin's methods called through a dyn need that.
  bool copy_chain(const std::string& name, const std::string& suffix, ast::Loc at, std::vector<ast::Stmt*>& written,
                  std::set<std::string>& methods, std::set<std::string>& copied) {
    if (!copied.insert(name).second) return true;
    const std::map<std::string, Template>& templates = read_templates();
    auto it = templates.find(name);
    if (it == templates.end()) return false;
    const Template& t = it->second;
    std::string base, mixins;
    for (size_t i = 0; i < t.bases.size(); ++i) {
      if (i == 0) {
        if (!copy_chain(t.bases[0], suffix, at, written, methods, copied)) return false;
        base = t.bases[0] + suffix;
        continue;
      }
      auto mixin = templates.find(t.bases[i]);
      if (mixin == templates.end() || !mixin->second.bases.empty()) return false;
      mixins += mixin->second.body;
    }
    std::string header = "class " + name + suffix + (base.empty() ? "" : "(" + base + ")");
    auto parsed = parse_generated(file_, header + ":" + mixins + t.body + "\n", at);
    auto* c = parsed && parsed->size() == 1 ? ast::as<ast::ClassDef>((*parsed)[0]) : nullptr;
    if (!c) return false;
    for (const ast::Stmt* s : c->body)
      if (auto* def = ast::as<ast::FunctionDef>(s); def && def->decorator_list.empty())  // not fromkeys: it makes a dict
        methods.insert(std::string(def->name));
    written.push_back(c);
    return true;
  }

  // The template classes, by name.
  const std::map<std::string, Template>& read_templates() {
    if (!templates_.empty()) return templates_;
    for (std::string_view file : kTemplates) {
      std::ifstream in(std::string(INGOT_STDLIB_DIR) + std::string(file));
      std::stringstream stream;
      stream << in.rdbuf();
      std::string text = "\n" + stream.str();
      for (size_t at = text.find("\nclass "); at != std::string::npos;) {
        size_t colon = text.find(':', at);
        size_t next = text.find("\nclass ", colon);
        std::string header = text.substr(at + 7, colon - at - 7);  // NAME or NAME(BASE, MIXIN, ...)
        size_t paren = header.find('(');
        Template t{{}, text.substr(colon + 1, next == std::string::npos ? next : next - colon - 1)};
        if (paren != std::string::npos)
          for (size_t from = paren + 1; from < header.size() - 1;) {
            size_t comma = std::min(header.find(',', from), header.size() - 1);
            t.bases.push_back(header.substr(from, comma - from));
            from = header.find_first_not_of(' ', comma + 1);
          }
        templates_[header.substr(0, paren)] = t;
        at = next;
      }
    }
    return templates_;
  }

  ast::Expr* expression(const std::string& text, ast::Loc at) {
    auto parsed = parse_generated(file_, text + "\n", at);
    auto* statement = parsed && parsed->size() == 1 ? ast::as<ast::ExprStmt>((*parsed)[0]) : nullptr;
    return statement ? statement->value : nullptr;
  }

  LoadedFile& file_;
  std::map<std::string, Template> templates_;
  std::set<std::string_view> bound_;
  std::map<std::string, Storage> derived_;  // by class name: the classes of the module on a storage class
  std::map<std::string, std::set<std::string>> methods_;  // by leaf template: the methods of its classes
};

}  // namespace

bool write_builtin_bases(LoadedFile& file) {
  Writer writer(file);
  std::optional<Refusal> refusal = writer.body(file.module->body);
  if (refusal) refuse_generated(file, refusal->loc, refusal->construct);
  return !refusal;
}

}  // namespace ingot::driver
