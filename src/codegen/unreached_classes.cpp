// Classes of imported modules that the program never reaches, left out of
// the C++ altogether: their struct, type object, slots, class body and the
// function objects of their methods. A module such as collections or typing
// defines dozens of classes of which a program uses one or two, and each
// costs the C++ compiler as much as a class of the program.
//
// Design. A class statement of module M (not the main module) is left out
// when running it can have no effect the program observes and nothing ever
// reads the class:
//   - the class has no instances (not live), no decorators, no class
//     keywords, no base along its MRO with __init_subclass__, bases that are
//     plain names, and a body of defs (decorated by staticmethod,
//     classmethod, property, abstractmethod or a property's
//     setter/getter/deleter, defaults of constants and names), docstrings,
//     `pass` and assignments of constants, tuples of them and names that are
//     no instances (no __set_name__ to run);
//   - the globals holding the class (its own name in M, and those that
//     `from M import C` binds in other modules: its aliases) are read by no
//     specialisation (the analysis' readers of their slots) but the module
//     bodies that bind them: M's, and one whose imports of it each bind
//     another alias. No Name node of a module's code names an alias but in
//     the bases of another class left out, no `m.x` reads one, and nothing
//     of the program runs code inside the class but its body;
//   - no module holding an alias is the main module, or one whose object is
//     used as a value other than `m.x` (a module escaping into a dyn value
//     may be read by name at run time), whose code calls globals()/vars()/
//     locals(), or whose dunders (`m.__dict__`) are read; and the program
//     never names sys.modules: those reach a module's names without the
//     analysis seeing which.
// A class read only from the bases of other classes left out, or by a
// module body's `_ingot_abc.register(C, builtin)` (which only changes what
// isinstance against the classes of C's MRO answers, and is skipped) when
// its whole MRO is left out, goes with them: the set is the greatest fixpoint, from every candidate down. The
// statement still binds the name for dir(M) (module_names), to a null
// class pointer no code reads; the module's getattr slot has no arm for it.
#include <algorithm>
#include <functional>
#include <set>

#include "codegen/emitter.h"

namespace ingot::codegen {

using types::Kind;

namespace {

bool scope_inside(const sema::SymbolTable& symbols, const sema::Scope* scope, sema::ScopeId ancestor) {
  for (std::optional<sema::ScopeId> s = scope->id; s; s = symbols.scope(*s).parent)
    if (*s == ancestor) return true;
  return false;
}

// `_ingot_abc.register(C, builtin)`, a statement of a module body: C's
// Name, else null. It only changes what isinstance against C answers.
const ast::Name* registered_class(const ast::Stmt* s) {
  auto* e = ast::as<ast::ExprStmt>(s);
  auto* call = e ? ast::as<ast::Call>(e->value) : nullptr;
  auto* callee = call ? ast::as<ast::Attribute>(call->func) : nullptr;
  auto* module = callee ? ast::as<ast::Name>(callee->value) : nullptr;
  if (!module || module->id != "_ingot_abc" || callee->attr != "register" || call->args.size() != 2 ||
      !call->keywords.empty() || call->args[1]->kind != ast::Kind::Name)
    return nullptr;
  return ast::as<ast::Name>(call->args[0]);
}

}  // namespace

// The program modules whose names may be read where the analysis does not
// see which (the design above); all of them when sys.modules is named.
std::set<sema::ModuleId> Emitter::modules_read_by_name() const {
  std::set<sema::ModuleId> out;
  std::set<const ast::Node*> receivers;
  for (const auto& spec : program_.specs)
    for (const auto& [node, type] : spec->expressions)
      if (auto* a = ast::as<ast::Attribute>(node)) receivers.insert(a->value);
  // The program modules among a value's types (a native module's names are
  // the runtime's).
  std::function<void(types::TypeId)> modules_in = [&](types::TypeId t) {
    if (auto m = program_module(t)) out.insert(*m);
    for (types::TypeId arg : program_.table.get(t).args) modules_in(arg);
  };
  bool everything = false;
  for (const auto& spec : program_.specs) {
    for (const auto& [node, type] : spec->expressions) {
      if (auto* a = ast::as<ast::Attribute>(node); a && kind_of(type) != Kind::Bottom) {
        types::TypeId receiver = program_.type_of(spec->id, a->value);
        if (kind_of(receiver) == Kind::Module && a->attr == "modules" &&
            program_.table.module_name(program_.table.get(receiver).a) == "sys")
          everything = true;
        if (auto m = program_module(receiver); m && a->attr.starts_with("__")) out.insert(*m);  // m.__dict__
      }
      auto* name = ast::as<ast::Name>(node);
      if (name && (name->id == "globals" || name->id == "vars" || name->id == "locals") && kind_of(type) == Kind::Builtin)
        out.insert(spec->module);
      if (!receivers.count(node) || kind_of(type) != Kind::Module) modules_in(type);
    }
  }
  for (const sema::ProgramModule& module : modules_.modules)
    for (const sema::Import& record : module.symbols->imports())
      if (record.from && record.name == "modules") {
        const sema::ImportPath* path = modules_.import_of(record.node);
        if (!path || path->native == "sys") everything = true;
      }
  if (everything)
    for (sema::ModuleId m = 0; m < modules_.modules.size(); ++m) out.insert(m);
  return out;
}

// A class body whose statements only bind names in the class namespace:
// leaving it out changes nothing but that namespace.
bool Emitter::class_body_is_inert(const types::ClassInfo& cls) const {
  std::function<bool(const ast::Expr*)> simple = [&](const ast::Expr* e) {
    if (!e) return true;
    if (e->kind == ast::Kind::Constant) return true;
    if (auto* u = ast::as<ast::UnaryOp>(e)) return u->operand->kind == ast::Kind::Constant;
    if (auto* t = ast::as<ast::Tuple>(e)) return std::all_of(t->elts.begin(), t->elts.end(), simple);
    if (auto* l = ast::as<ast::List>(e)) return std::all_of(l->elts.begin(), l->elts.end(), simple);
    if (e->kind == ast::Kind::Name || e->kind == ast::Kind::Attribute) {
      // Evaluated in the body, or in the module (a default): not an
      // instance, so no __set_name__ runs on it.
      types::TypeId type = program_.type_of(cls.body, e);
      std::vector<types::TypeId> members = kind_of(type) == Kind::Union ? program_.table.get(type).args : std::vector{type};
      return std::none_of(members.begin(), members.end(),
                          [&](types::TypeId m) { return kind_of(m) == Kind::Instance || kind_of(m) == Kind::Dyn; });
    }
    return false;
  };
  auto plain_decorator = [](const ast::Expr* d) {
    if (auto* n = ast::as<ast::Name>(d))
      return n->id == "staticmethod" || n->id == "classmethod" || n->id == "property" || n->id == "abstractmethod";
    auto* a = ast::as<ast::Attribute>(d);
    return a && a->value->kind == ast::Kind::Name && (a->attr == "setter" || a->attr == "getter" || a->attr == "deleter");
  };
  auto plain_def = [&](const ast::Seq<ast::Expr*>& decorators, const ast::Arguments* args) {
    return std::all_of(decorators.begin(), decorators.end(), plain_decorator) &&
           std::all_of(args->defaults.begin(), args->defaults.end(), simple) &&
           std::all_of(args->kw_defaults.begin(), args->kw_defaults.end(), simple);
  };
  for (const ast::Stmt* s : cls.node->body) {
    switch (s->kind) {
      case ast::Kind::Pass: continue;
      case ast::Kind::ExprStmt:
        if (static_cast<const ast::ExprStmt*>(s)->value->kind == ast::Kind::Constant) continue;
        return false;
      case ast::Kind::FunctionDef: {
        auto* d = static_cast<const ast::FunctionDef*>(s);
        if (plain_def(d->decorator_list, d->args)) continue;
        return false;
      }
      case ast::Kind::Assign: {
        auto* a = static_cast<const ast::Assign*>(s);
        bool names = std::all_of(a->targets.begin(), a->targets.end(), [](const ast::Expr* t) { return t->kind == ast::Kind::Name; });
        if (names && simple(a->value)) continue;
        return false;
      }
      case ast::Kind::AnnAssign: {
        auto* a = static_cast<const ast::AnnAssign*>(s);
        if (a->target->kind == ast::Kind::Name && simple(a->value)) continue;
        return false;
      }
      default: return false;
    }
  }
  return true;
}

bool Emitter::class_left_out(types::ClassId cls) const {
  if (unreached_classes_) return (*unreached_classes_)[cls];
  std::vector<bool> out(program_.classes.size());
  std::set<sema::ModuleId> read_by_name = modules_read_by_name();
  using Global = std::pair<sema::ModuleId, std::string_view>;
  // Name nodes of each module's code by name, and `m.x` of a program module
  // m by (m, x), with the specialisation they ran in.
  std::map<Global, std::vector<std::pair<types::SpecId, const ast::Node*>>> names, attributes;
  for (const auto& spec : program_.specs)
    for (const auto& [node, type] : spec->expressions) {
      if (auto* n = ast::as<ast::Name>(node)) names[{spec->module, n->id}].emplace_back(spec->id, node);
      if (auto* a = ast::as<ast::Attribute>(node))
        if (auto m = program_module(program_.type_of(spec->id, a->value))) attributes[{*m, a->attr}].emplace_back(spec->id, node);
    }
  // The globals holding each class and nothing else (the class statement's
  // own name, and what `from m import C` binds elsewhere).
  std::vector<std::vector<Global>> aliases(program_.classes.size());
  for (sema::ModuleId m = 0; m < program_.globals.size(); ++m)
    for (const auto& [name, slot] : program_.globals[m])
      if (kind_of(slot.type) == Kind::Class) aliases[program_.table.get(slot.type).a].emplace_back(m, name);
  for (const types::ClassInfo& c : program_.classes) {
    if (c.module == sema::kMainModule || c.live || c.unknown_base || !c.node || !c.scope || c.body == types::kNoSpec ||
        !c.node->decorator_list.empty() || !c.node->keywords.empty())
      continue;
    const ast::Module* tree = modules_.modules[c.module].tree;
    if (std::find(tree->body.begin(), tree->body.end(), c.node) == tree->body.end()) continue;
    const auto& held = aliases[c.id];
    if (std::find(held.begin(), held.end(), Global{c.module, c.name}) == held.end()) continue;
    if (std::any_of(held.begin(), held.end(),
                    [&](const Global& g) { return g.first == sema::kMainModule || read_by_name.count(g.first); }))
      continue;
    if (!std::all_of(c.node->bases.begin(), c.node->bases.end(), [](const ast::Expr* b) { return b->kind == ast::Kind::Name; }))
      continue;
    bool init_subclass = false;
    for (types::ClassId k : c.mro)
      if (k != c.id && program_.classes[k].class_attributes.count("__init_subclass__")) init_subclass = true;
    if (init_subclass || !class_body_is_inert(c)) continue;
    out[c.id] = true;
  }
  // Nothing but its own body runs inside a class left out: no other
  // specialisation, no class defined in it.
  for (const auto& spec : program_.specs) {
    const sema::SymbolTable& symbols = *modules_.modules[spec->module].symbols;
    for (const types::ClassInfo& c : program_.classes)
      if (out[c.id] && c.module == spec->module && spec->id != c.body && spec->scope &&
          scope_inside(symbols, spec->scope, c.scope->id))
        out[c.id] = false;
  }
  for (const types::ClassInfo& c : program_.classes)
    for (const types::ClassInfo& outer : program_.classes)
      if (out[outer.id] && c.id != outer.id && c.module == outer.module && c.scope &&
          scope_inside(*modules_.modules[c.module].symbols, c.scope, outer.scope->id))
        out[outer.id] = false;
  auto left_out = [&](types::SpecId id) {
    types::ClassId body = program_.spec(id).class_body;
    return body != types::kNoClass && out[body];
  };
  // Module k's body reads global y of module n only through its imports
  // (`from n import y`, `from n import *`) when each binds one of `held`.
  auto imports_only = [&](sema::ModuleId k, const Global& g, const std::vector<Global>& held) {
    for (const sema::Import& record : modules_.modules[k].symbols->imports()) {
      const sema::ImportPath* path = modules_.import_of(record.node);
      if (!record.from || !path || path->chain.empty() || path->chain.back() != g.first) continue;
      std::string_view bound = record.name == "*" ? g.second : std::string_view(record.bound);
      if ((record.name == "*" || record.name == g.second) &&
          std::find(held.begin(), held.end(), Global{k, bound}) == held.end())
        return false;
    }
    return true;
  };
  for (bool changed = true; changed;) {
    changed = false;
    // The bases of the classes left out so far, and their registrations.
    std::set<const ast::Node*> bases;
    for (const types::ClassInfo& c : program_.classes)
      if (out[c.id]) bases.insert(c.node->bases.begin(), c.node->bases.end());
    // A registration answers isinstance against every class of C's MRO:
    // unobservable only when they are all left out.
    for (sema::ModuleId m = 0; m < modules_.modules.size(); ++m)
      for (const ast::Stmt* s : modules_.modules[m].tree->body)
        if (const ast::Name* registered = registered_class(s))
          for (const types::ClassInfo& c : program_.classes)
            if (out[c.id] && std::count(aliases[c.id].begin(), aliases[c.id].end(), Global{m, registered->id}) &&
                std::all_of(c.mro.begin(), c.mro.end(), [&](types::ClassId k) { return out[k]; }))
              bases.insert(registered);
    for (const types::ClassInfo& c : program_.classes) {
      if (!out[c.id]) continue;
      bool reached = false;
      for (const Global& g : aliases[c.id]) {
        for (types::SpecId reader : program_.globals[g.first].at(std::string(g.second)).readers)
          if (!left_out(reader) && !(is_module_body(reader) && (reader == g.first || imports_only(reader, g, aliases[c.id]))))
            reached = true;
        if (auto it = names.find(g); it != names.end())
          for (const auto& [spec, node] : it->second)
            if (!bases.count(node) && !left_out(spec)) reached = true;
        if (auto it = attributes.find(g); it != attributes.end())
          for (const auto& [spec, node] : it->second)
            if (!left_out(spec)) reached = true;
      }
      if (reached) {
        out[c.id] = false;
        changed = true;
      }
    }
  }
  unreached_classes_ = std::move(out);
  return (*unreached_classes_)[cls];
}

// A registration of a class left out, which the module body skips.
bool Emitter::statement_left_out(const ast::Stmt* s) const {
  const ast::Name* registered = registered_class(s);
  if (!registered || current_->spec != module_id_) return false;
  types::TypeId type = program_.type_of(module_id_, registered);
  return kind_of(type) == Kind::Class && class_left_out(program_.table.get(type).a);
}

bool Emitter::spec_left_out(types::SpecId spec) const {
  types::ClassId cls = program_.spec(spec).class_body;
  return cls != types::kNoClass && class_left_out(cls);
}

}  // namespace ingot::codegen
