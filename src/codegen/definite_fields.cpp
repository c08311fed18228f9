// Instance fields that need no "is set" flag.
//
// classes.cpp gives each field `f_x` a flag `bf_x` so that reading an
// attribute never stored (or deleted) raises CPython's AttributeError. A
// field whose flag would read true wherever anything can look at it needs
// none: float's Point (three floats) is then 32 bytes instead of 48, which
// is fewer collector pages, fewer page faults and fewer cache lines per
// pass over a list of points, and each read loses its test.
//
// Design. Nothing but the __init__ that construction() (attributes.cpp)
// runs on a fresh instance can reach it until the instance *escapes*: self
// read as a value (passed to a call, stored, bound to a method, captured by
// a lambda, a nested def or a generator, super() other than the
// `super().__init__(...)` statement, locals()), or a read of a field this
// path has not stored yet. An exception that leaves __init__ before the
// escape drops the instance: nothing outside holds it (no frame's locals are
// reachable from a traceback here). So a construction of class C *sets*
// field x when on every path through __init__ that reaches an escape point,
// a `return` or the end of the body, `self.x = ...` stored x before it. This
// is a forward must-analysis on the syntax tree (ConstructionWalk), the same
// for every specialisation of __init__:
//   - `if` meets both branches; loops, `with` and `match` bodies may run
//     zero times or stop anywhere, so they add nothing afterwards (their
//     escapes still count, with the state at their start, which is smaller
//     than any later one);
//   - `try`: handlers start from the state before the try; `finally` adds
//     what it stores on every path;
//   - `super().__init__(...)` walks the next __init__ along C's MRO with the
//     same state (its self is the same instance).
// The store must be a plain one: no __setattr__ or __getattribute__ in C's
// MRO and no class attribute of that name (a property's setter sees self).
// __init__ itself must be a plain def that construction() finds as is:
// not decorated, not a generator, its self parameter never rebound.
//
// Deletion is the other way a field becomes unset. `del obj.x` (of any
// object: the analysis does not know its class) keeps the flag of every field
// named x; any `delattr` or `__delattr__` in the program, which may delete
// a name known at run time, keeps all flags.
//
// A field x lives in one struct K (declared_fields) and in the instances of
// every class whose primary chain reaches K; it loses its flag when every
// such class is built by a construction that sets x. Classes with a builtin
// base (exceptions, the driver's dict/list storage classes) keep theirs:
// their instances are also made elsewhere.
#include <algorithm>
#include <optional>

#include "ast/children.h"
#include "codegen/emitter.h"

namespace ingot::codegen {

using Fields = std::set<std::string>;

// What the whole program says about deletions and rebinding of builtins.
struct DefiniteFieldFacts {
  bool deletes_any = false;          // delattr / __delattr__: a run-time name
  std::set<std::string> deleted;     // `del obj.name`
  bool super_rebound = false;        // a binding of the name `super` somewhere
  std::vector<Fields> constructed;   // by ClassId: the fields its construction sets
  // (class of the struct the code holds, name): the field keeps its flag.
  mutable std::map<std::pair<types::ClassId, std::string>, bool> flagged;
};

namespace {

void scan_deletions(const ast::Node* node, DefiniteFieldFacts& facts) {
  if (auto* a = ast::as<ast::Attribute>(node)) {
    if (a->ctx == ast::ExprContext::Del) facts.deleted.insert(std::string(a->attr));
    // __class__ assignment makes an instance of a class whose __init__ never ran on it.
    if (a->attr == "__delattr__" || (a->attr == "__class__" && a->ctx != ast::ExprContext::Load)) facts.deletes_any = true;
  }
  ast::for_each_child(node, [&](const ast::Node* child) { scan_deletions(child, facts); });
}

// Names through which evaluating an expression may reach the frame's self
// without naming it: super() (its implicit first argument), the frame's
// namespace (locals(), vars(), dir(), eval/exec of code naming it).
bool reaches_frame(std::string_view name) {
  return name == "super" || name == "locals" || name == "vars" || name == "dir" || name == "eval" || name == "exec";
}

// Whether `node` names `self` (or reaches the frame) anywhere below it.
bool mentions(const ast::Node* node, std::string_view self) {
  if (auto* n = ast::as<ast::Name>(node); n && (n->id == self || reaches_frame(n->id))) return true;
  bool found = false;
  ast::for_each_child(node, [&](const ast::Node* child) { found = found || mentions(child, self); });
  return found;
}

// The fields one construction of `cls` sets before the instance escapes.
class ConstructionWalk {
 public:
  ConstructionWalk(const sema::Program& modules, const types::ProgramTypes& program, const DefiniteFieldFacts& facts,
                   types::ClassId cls)
      : modules_(modules), program_(program), facts_(facts), cls_(cls) {}

  Fields run() {
    const types::ClassInfo& info = program_.classes[cls_];
    if (!info.builtin_base.empty() || info.unknown_base) return {};
    for (std::string_view hook : {"__new__", "__setattr__", "__getattribute__", "__delattr__"})
      if (find(cls_, hook)) return {};
    std::optional<std::pair<types::ClassId, types::TypeId>> init = find(cls_, "__init__");
    if (!init) return {};
    std::optional<State> out = call(init->second, State(Fields{}));
    if (!out) return {};
    if (*out) observe(**out);
    return seen_.value_or(Fields{});
  }

 private:
  // The fields stored on every path to here; nullopt: no path gets here
  // with the instance unseen (it escaped, returned or raised before).
  using State = std::optional<Fields>;

  struct Frame {
    std::string_view self;
    types::ClassId owner;  // the class whose body defines the function (super()'s starting point)
    std::vector<Fields> returns;
  };

  static State meet(const State& a, const State& b) {
    if (!a) return b;
    if (!b) return a;
    Fields both;
    std::set_intersection(a->begin(), a->end(), b->begin(), b->end(), std::inserter(both, both.end()));
    return both;
  }

  // Something may look at the instance with `fields` set.
  void observe(const Fields& fields) { seen_ = meet(seen_, fields); }

  // The class attribute `name` along cls's MRO: (owner, type).
  std::optional<std::pair<types::ClassId, types::TypeId>> find(types::ClassId cls, std::string_view name) const {
    for (types::ClassId k : program_.classes[cls].mro) {
      const auto& attributes = program_.classes[k].class_attributes;
      auto it = attributes.find(std::string(name));
      if (it != attributes.end() && it->second.type != types::kBottom) return std::pair{k, it->second.type};
    }
    return std::nullopt;
  }

  // Runs the __init__ of type `init` on the instance in `state`: the state
  // after it returns, or nullopt where it is not a def this walk can follow
  // (which counts as an escape: the caller observes its state).
  std::optional<State> call(types::TypeId init, State state) {
    const types::Type& t = program_.table.get(init);
    if (t.kind != types::Kind::Function || depth_ > 32) return std::nullopt;
    const types::FunctionInfo& f = program_.functions[t.a];
    auto* def = ast::as<ast::FunctionDef>(f.node);
    if (!def || !def->decorator_list.empty() || f.method_kind != types::MethodKind::Plain || f.is_generator || f.is_async ||
        f.params.empty() || (f.params[0].kind != types::ParamKind::Positional && f.params[0].kind != types::ParamKind::PositionalOnly))
      return std::nullopt;
    const sema::Symbol* self = modules_.module(f.module).symbols->lookup(*f.scope, f.params[0].name);
    if (!self || self->is_assigned() || self->is_imported() || !self->is_local()) return std::nullopt;
    Frame frame{f.params[0].name, f.owner, {}};
    ++depth_;
    State out = block(def->body, std::move(state), frame);
    --depth_;
    for (const Fields& returned : frame.returns) out = meet(out, returned);
    return out;
  }

  State block(const ast::Seq<ast::Stmt*>& body, State state, Frame& frame) {
    for (const ast::Stmt* s : body) {
      if (!state) return state;
      state = statement(s, std::move(*state), frame);
    }
    return state;
  }

  // An escape: whatever runs next may see the instance as it is.
  State escape(const Fields& fields) {
    observe(fields);
    return std::nullopt;
  }

  // Whether evaluating `e` cannot see the instance: self only as `self.x`
  // reads of fields already stored.
  bool clean(const ast::Node* e, const Fields& fields, const Frame& frame) const {
    if (auto* n = ast::as<ast::Name>(e)) return n->id != frame.self && !reaches_frame(n->id);
    if (auto* a = ast::as<ast::Attribute>(e)) {
      auto* object = ast::as<ast::Name>(a->value);
      if (object && object->id == frame.self) return a->ctx == ast::ExprContext::Load && fields.count(std::string(a->attr));
      return clean(a->value, fields, frame);
    }
    // Their bodies run later, when the fields may differ.
    if (e->kind == ast::Kind::Lambda || e->kind == ast::Kind::GeneratorExp) return !mentions(e, frame.self);
    if (e->kind == ast::Kind::Yield || e->kind == ast::Kind::YieldFrom || e->kind == ast::Kind::Await) return false;
    bool ok = true;
    ast::for_each_child(e, [&](const ast::Node* child) { ok = ok && clean(child, fields, frame); });
    return ok;
  }

  // `self.name = v` stores into the field, running no code of the class.
  bool plain_store(std::string_view name) const {
    bool is_private = name.size() > 2 && name.substr(0, 2) == "__" && name.substr(name.size() - 2) != "__";
    return !is_private && !find(cls_, name);
  }

  // Assigns an evaluated value to `target`: nullopt where that may see the instance.
  bool store(const ast::Expr* target, Fields& fields, const Frame& frame) const {
    if (auto* a = ast::as<ast::Attribute>(target)) {
      auto* object = ast::as<ast::Name>(a->value);
      if (!object || object->id != frame.self) return clean(a->value, fields, frame);
      if (!plain_store(a->attr)) return false;
      fields.insert(std::string(a->attr));
      return true;
    }
    auto elements = [&](const ast::Seq<ast::Expr*>& elts) {
      for (const ast::Expr* e : elts)
        if (!store(e, fields, frame)) return false;
      return true;
    };
    if (auto* t = ast::as<ast::Tuple>(target)) return elements(t->elts);
    if (auto* l = ast::as<ast::List>(target)) return elements(l->elts);
    if (auto* s = ast::as<ast::Starred>(target)) return store(s->value, fields, frame);
    return clean(target, fields, frame);
  }

  // `super().__init__(...)` with the builtin super: the next __init__ along
  // the constructed class's MRO after the function's class.
  State super_init(const ast::Call* c, Fields fields, Frame& frame) {
    for (const ast::Expr* a : c->args)
      if (!clean(a, fields, frame)) return escape(fields);
    for (const ast::Keyword* k : c->keywords)
      if (!clean(k->value, fields, frame)) return escape(fields);
    const auto& mro = program_.classes[cls_].mro;
    auto after = std::find(mro.begin(), mro.end(), frame.owner);
    if (after == mro.end()) return escape(fields);
    for (auto it = after + 1; it != mro.end(); ++it) {
      const auto& attributes = program_.classes[*it].class_attributes;
      auto found = attributes.find("__init__");
      if (found == attributes.end() || found->second.type == types::kBottom) continue;
      std::optional<State> out = call(found->second.type, State(fields));
      return out ? *out : escape(fields);
    }
    return fields;  // object.__init__
  }

  bool is_super_init(const ast::Expr* e) const {
    auto* c = ast::as<ast::Call>(e);
    auto* method = c ? ast::as<ast::Attribute>(c->func) : nullptr;
    auto* super = method ? ast::as<ast::Call>(method->value) : nullptr;
    auto* name = super ? ast::as<ast::Name>(super->func) : nullptr;
    return name && name->id == "super" && super->args.empty() && super->keywords.empty() && method->attr == "__init__" &&
           !facts_.super_rebound;
  }

  State statement(const ast::Stmt* s, Fields fields, Frame& frame) {
    auto all_clean = [&](std::initializer_list<const ast::Node*> nodes) {
      return std::all_of(nodes.begin(), nodes.end(), [&](const ast::Node* n) { return !n || clean(n, fields, frame); });
    };
    switch (s->kind) {
      case ast::Kind::ExprStmt: {
        auto* e = static_cast<const ast::ExprStmt*>(s);
        if (is_super_init(e->value)) return super_init(static_cast<const ast::Call*>(e->value), std::move(fields), frame);
        return all_clean({e->value}) ? State(fields) : escape(fields);
      }
      case ast::Kind::Assign: {
        auto* a = static_cast<const ast::Assign*>(s);
        if (!all_clean({a->value})) return escape(fields);
        for (const ast::Expr* target : a->targets)
          if (!store(target, fields, frame)) return escape(fields);
        return fields;
      }
      case ast::Kind::AnnAssign: {
        auto* a = static_cast<const ast::AnnAssign*>(s);
        if (!all_clean({a->value, a->annotation})) return escape(fields);
        if (a->value && !store(a->target, fields, frame)) return escape(fields);
        return fields;
      }
      case ast::Kind::AugAssign: {
        // self.x += v reads x first: clean only once x is stored.
        auto* a = static_cast<const ast::AugAssign*>(s);
        auto* target = ast::as<ast::Attribute>(a->target);
        auto* object = target ? ast::as<ast::Name>(target->value) : nullptr;
        bool own = object && object->id == frame.self;
        bool ok = own ? fields.count(std::string(target->attr)) && plain_store(target->attr) : store(a->target, fields, frame);
        return ok && all_clean({a->value}) ? State(fields) : escape(fields);
      }
      case ast::Kind::If: {
        auto* i = static_cast<const ast::If*>(s);
        if (!all_clean({i->test})) return escape(fields);
        State body = block(i->body, fields, frame);
        return meet_paths(body, block(i->orelse, fields, frame));
      }
      case ast::Kind::For:
      case ast::Kind::AsyncFor: {
        auto* f = static_cast<const ast::For*>(s);
        if (!all_clean({f->iter})) return escape(fields);
        Fields inside = fields;
        if (!store(f->target, inside, frame)) return escape(fields);
        block(f->body, inside, frame);
        block(f->orelse, fields, frame);
        return fields;
      }
      case ast::Kind::While: {
        auto* w = static_cast<const ast::While*>(s);
        if (!all_clean({w->test})) return escape(fields);
        block(w->body, fields, frame);
        block(w->orelse, fields, frame);
        return fields;
      }
      case ast::Kind::With:
      case ast::Kind::AsyncWith: {
        // __exit__ may swallow an exception anywhere in the body.
        auto* w = static_cast<const ast::With*>(s);
        Fields inside = fields;
        for (const ast::WithItem* item : w->items)
          if (!clean(item->context_expr, inside, frame) || (item->optional_vars && !store(item->optional_vars, inside, frame)))
            return escape(fields);
        block(w->body, inside, frame);
        return fields;
      }
      case ast::Kind::Try:
      case ast::Kind::TryStar: {
        auto* t = static_cast<const ast::Try*>(s);
        State out = block(t->orelse, block(t->body, fields, frame), frame);
        for (const ast::ExceptHandler* h : t->handlers) {
          if (h->type && !clean(h->type, fields, frame)) {
            observe(fields);
            continue;
          }
          out = meet_paths(out, block(h->body, fields, frame));
        }
        if (t->finalbody.empty()) return out;
        State last = block(t->finalbody, fields, frame);
        if (!last || !out) return std::nullopt;
        out->insert(last->begin(), last->end());
        return out;
      }
      case ast::Kind::Match: {
        auto* m = static_cast<const ast::Match*>(s);
        if (!all_clean({m->subject})) return escape(fields);
        for (const ast::MatchCase* c : m->cases) {
          if (!clean(c->pattern, fields, frame) || (c->guard && !clean(c->guard, fields, frame))) {
            observe(fields);
            continue;
          }
          block(c->body, fields, frame);
        }
        return fields;
      }
      case ast::Kind::Return: {
        auto* r = static_cast<const ast::Return*>(s);
        if (!all_clean({r->value})) return escape(fields);
        frame.returns.push_back(std::move(fields));
        return std::nullopt;
      }
      case ast::Kind::Raise: {
        // The instance goes with the frame, unless the operands see it first.
        auto* r = static_cast<const ast::Raise*>(s);
        if (!all_clean({r->exc, r->cause})) observe(fields);
        return std::nullopt;
      }
      case ast::Kind::Assert: {
        auto* a = static_cast<const ast::Assert*>(s);
        return all_clean({a->test, a->msg}) ? State(fields) : escape(fields);
      }
      case ast::Kind::Delete: {
        auto* d = static_cast<const ast::Delete*>(s);
        for (const ast::Expr* target : d->targets)
          if (!clean(target, fields, frame)) return escape(fields);
        return fields;
      }
      case ast::Kind::Break:
      case ast::Kind::Continue: return std::nullopt;  // the loop's statement goes on with the state before it
      case ast::Kind::Pass:
      case ast::Kind::Import:
      case ast::Kind::ImportFrom:
      case ast::Kind::Global:
      case ast::Kind::Nonlocal: return fields;
      case ast::Kind::FunctionDef:
      case ast::Kind::AsyncFunctionDef:
      case ast::Kind::ClassDef: return mentions(s, frame.self) ? escape(fields) : State(fields);
      default: return escape(fields);
    }
  }

  // Where two paths join: the fields both stored (a dead path adds none).
  static State meet_paths(const State& a, const State& b) { return meet(a, b); }

  const sema::Program& modules_;
  const types::ProgramTypes& program_;
  const DefiniteFieldFacts& facts_;
  types::ClassId cls_;
  State seen_;  // the meet of every state something may observe
  int depth_ = 0;
};

}  // namespace

const DefiniteFieldFacts& Emitter::definite_field_facts() const {
  if (definite_fields_) return *definite_fields_;
  auto facts = std::make_shared<DefiniteFieldFacts>();
  for (const sema::ProgramModule& m : modules_.modules) {
    scan_deletions(m.tree, *facts);
    for (const sema::Symbol& s : m.symbols->symbols()) {
      if (s.name == "delattr" && s.is_referenced()) facts->deletes_any = true;
      if (s.name == "super" && (s.flags & (sema::kDefBound | sema::kDefGlobal | sema::kDefNonlocal))) facts->super_rebound = true;
    }
  }
  for (const types::ClassInfo& cls : program_.classes)
    facts->constructed.push_back(ConstructionWalk(modules_, program_, *facts, cls.id).run());
  definite_fields_ = facts;
  return *facts;
}

bool Emitter::field_has_flag(types::ClassId cls, std::string_view name) const {
  const DefiniteFieldFacts& facts = definite_field_facts();
  auto [entry, fresh] = facts.flagged.try_emplace({cls, std::string(name)}, false);
  if (!fresh) return entry->second;
  // The struct along cls's primary chain that declares the field.
  types::ClassId owner = cls;
  for (types::ClassId k = cls; k != types::kNoClass; k = primary_base(k)) {
    auto fields = declared_fields(k);
    if (std::any_of(fields.begin(), fields.end(), [&](const auto& f) { return f.first == name; })) {
      owner = k;
      break;
    }
  }
  bool flagged = facts.deletes_any || facts.deleted.count(std::string(name));
  for (const types::ClassInfo& k : program_.classes)
    if (!flagged && in_primary_chain(k.id, owner)) flagged = !facts.constructed[k.id].count(std::string(name));
  entry->second = flagged;
  return flagged;
}

std::string Emitter::field_is_set(const std::string& self, types::ClassId cls, std::string_view name) const {
  return field_has_flag(cls, name) ? self + "->bf_" + mangle(name) : "true";
}

std::string Emitter::mark_field_set(const std::string& self, types::ClassId cls, std::string_view name) const {
  if (!field_has_flag(cls, name)) return "";
  std::string flag = self + "->bf_" + mangle(name);
  // A class with an instance dict notes a field's first store there, so
  // that vars(obj) gives CPython's order of first stores (instance_dicts.cpp).
  std::string note = has_instance_dict(cls) ? "; if (!" + flag + ") rt::instance_dict_note(" + self + "->" +
                                                  instance_dict_field() + ", " + str_constant(name) + ")"
                                            : "";
  return note + "; " + flag + " = true";
}

}  // namespace ingot::codegen
