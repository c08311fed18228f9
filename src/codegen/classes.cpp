// Classes: the struct of each user class, its rt::TypeObject, its class
// attributes and the statement that runs its body.
//
// Class K (ClassId) named N is `struct cK_N`, deriving from the struct of
// its first base (its "primary" base), else from rt::Instance, or from
// rt::ExceptionObject for a class whose nearest builtin base is an
// exception. Each struct declares the instance attributes its class
// introduces (types::ClassInfo::instance_attributes: one class per name
// along a hierarchy) as `f_<name>` with a `bf_<name>` flag (an attribute
// that was never stored raises AttributeError), plus those of its other
// bases, which C++ inheritance does not bring. An instance is a pointer
// to the struct: `C` and `C+` are both `cK_N*` (a subclass's struct
// derives from it, unless it reaches C through a second base: see
// instance_cxx_type), which boxes to an rt::Value as the object it is.
//
// Class attributes (methods included, as function objects) are globals
// `caK_<name>` with a `bcaK_<name>` flag, written by the class body, which
// is a function of its own (`cbS_N`, its frame named after the class, as
// CPython's). The class as a value is `clsK`, an rt::ClassObject; a class
// reading the variables of the function around it gets one per run of its
// statement instead, which holds its class attributes (run_classes.cpp).
#include <algorithm>
#include <functional>
#include <utility>

#include "ast/class_body.h"
#include "codegen/emitter.h"
#include "types/builtins.h"

namespace ingot::codegen {
namespace {

using types::Kind;

// The MRO entries after a builtin exception class, from the runtime's own
// table (EXCEPTION(name, mro after it)).
struct ExceptionMro {
  std::string_view name, rest;
};
constexpr ExceptionMro kExceptionMros[] = {
#define EXCEPTION(name, ...) {#name, #__VA_ARGS__},
#include "runtime/exception_types.def"
#undef EXCEPTION
};

// A builtin exception class's MRO, itself first, object left out.
std::vector<std::string> builtin_exception_mro(std::string_view name) {
  std::vector<std::string> out;
  for (const ExceptionMro& e : kExceptionMros) {
    if (e.name != name) continue;
    out.push_back("&rt::exc::" + std::string(e.name));
    std::string_view rest = e.rest;
    while (!rest.empty()) {
      size_t comma = rest.find(',');
      std::string_view entry = rest.substr(0, comma);
      while (!entry.empty() && (entry[0] == ' ' || entry[0] == '&')) entry.remove_prefix(1);
      out.push_back("&rt::exc::" + std::string(entry));
      rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
    }
  }
  return out;
}

}  // namespace

// The MRO of a class's type object, object left out: CPython's C3 over the
// program's classes and the builtin exception classes among their bases
// (`class G(Base, TypeError)` with Base an ArithmeticError: both chains),
// each entry a type object's address. Where C3 fails (CPython refuses the
// class: class_introspection.cpp), the user classes' MRO and then the
// builtin chains.
std::vector<std::string> Emitter::type_object_mro(types::ClassId cls) const {
  const types::ClassInfo& info = program_.classes[cls];
  std::vector<std::vector<std::string>> sequences;
  std::vector<std::string> bases;
  size_t next = 0;
  auto builtin_bases_before = [&](size_t user_bases) {
    for (; next < info.exception_bases.size() && info.exception_bases[next].first == user_bases; ++next) {
      sequences.push_back(builtin_exception_mro(info.exception_bases[next].second));
      bases.push_back(sequences.back().front());
    }
  };
  for (size_t i = 0; i < info.bases.size(); ++i) {
    builtin_bases_before(i);
    sequences.push_back(type_object_mro(info.bases[i]));
    bases.push_back(sequences.back().front());
  }
  builtin_bases_before(info.bases.size());
  sequences.push_back(bases);
  std::vector<std::string> mro{"&" + class_struct(cls) + "::type"};
  while (true) {
    std::erase_if(sequences, [](const auto& s) { return s.empty(); });
    if (sequences.empty()) return mro;
    auto in_tail = [&](const std::string& head) {
      return std::any_of(sequences.begin(), sequences.end(),
                         [&](const auto& s) { return std::find(s.begin() + 1, s.end(), head) != s.end(); });
    };
    auto chosen = std::find_if(sequences.begin(), sequences.end(), [&](const auto& s) { return !in_tail(s.front()); });
    if (chosen == sequences.end()) break;
    std::string head = chosen->front();
    mro.push_back(head);
    for (auto& s : sequences)
      if (s.front() == head) s.erase(s.begin());
  }
  mro.clear();
  for (types::ClassId k : info.mro) mro.push_back("&" + class_struct(k) + "::type");
  for (types::ClassId k : info.mro)
    for (const auto& [at, name] : program_.classes[k].exception_bases)
      for (std::string& entry : builtin_exception_mro(name))
        if (std::find(mro.begin(), mro.end(), entry) == mro.end()) mro.push_back(std::move(entry));
  return mro;
}

std::string Emitter::class_struct(types::ClassId cls) const {
  return "c" + std::to_string(cls) + "_" + mangle(program_.classes[cls].name);
}

// A per-run class's (run_classes.cpp) only in its own body, whose run is `run_`.
std::string Emitter::class_attribute_variable(types::ClassId cls, std::string_view name) const {
  if (per_run(cls) && current_ && program_.spec(current_->spec).class_body == cls)
    return class_attribute_variable(cls, name, "run_");
  if (per_run(cls)) unsupported(program_.classes[cls].node, "this use of a class attribute of a class defined per run of its statement");
  return "ca" + std::to_string(cls) + "_" + mangle(name);
}

// (Scope ids are per module: the class is the one of the module being written.)
types::ClassId Emitter::class_of_scope(sema::ScopeId scope) const {
  for (const types::ClassInfo& cls : program_.classes)
    if (cls.scope && cls.scope->id == scope && cls.module == module_id_) return cls.id;
  return types::kNoClass;
}

// The first base, except that an exception class's struct must derive
// from rt::ExceptionObject: its first base that is an exception class, else
// none (`class AppError(CodeMixin, Exception)` holds CodeMixin's fields as
// a second base's).
types::ClassId Emitter::primary_base(types::ClassId cls) const {
  const types::ClassInfo& info = program_.classes[cls];
  if (!is_exception_class(cls)) return info.bases.empty() ? types::kNoClass : info.bases[0];
  for (types::ClassId base : info.bases)
    if (is_exception_class(base)) return base;
  return types::kNoClass;
}

bool Emitter::in_primary_chain(types::ClassId derived, types::ClassId base) const {
  for (types::ClassId k = derived; k != types::kNoClass; k = primary_base(k))
    if (k == base) return true;
  return false;
}

// A subclass without instances (not live: types/live_classes.cpp) is never
// behind a C+, and the analysis did not specialise its overrides.
std::vector<types::ClassId> Emitter::subclasses(types::ClassId cls) const {
  std::vector<types::ClassId> out;
  for (const types::ClassInfo& info : program_.classes)
    if ((info.id == cls || info.live) && std::find(info.mro.begin(), info.mro.end(), cls) != info.mro.end())
      out.push_back(info.id);
  return out;
}

const types::Slot* Emitter::instance_field(types::ClassId cls, std::string_view name) const {
  for (types::ClassId k : program_.classes[cls].mro) {
    const auto& attributes = program_.classes[k].instance_attributes;
    if (auto it = attributes.find(std::string(name)); it != attributes.end() && it->second.type != types::kBottom)
      return &it->second;
  }
  return nullptr;
}

// Whether `obj.name = v` may store on an instance of `cls`: not when
// every class along its MRO has `__slots__` without `name` (nor
// `__dict__`), the AttributeError of a class without an instance dict.
bool Emitter::slots_allow(types::ClassId cls, std::string_view name) const {
  for (types::ClassId k : program_.classes[cls].mro) {
    const types::ClassInfo& info = program_.classes[k];
    if (!info.builtin_base.empty() || !info.node) return true;
    const ast::Expr* slots = nullptr;
    for (const ast::Stmt* s : info.node->body)
      if (auto* a = ast::as<ast::Assign>(s); a && a->targets.size() == 1)
        if (auto* t = ast::as<ast::Name>(a->targets[0]); t && t->id == "__slots__") slots = a->value;
    if (!slots) return true;
    std::span<ast::Expr* const> names;
    if (auto* t = ast::as<ast::Tuple>(slots)) names = {t->elts.begin(), t->elts.end()};
    else if (auto* l = ast::as<ast::List>(slots)) names = {l->elts.begin(), l->elts.end()};
    else names = {const_cast<ast::Expr**>(&slots), 1};
    for (const ast::Expr* e : names) {
      auto* c = ast::as<ast::Constant>(e);
      if (!c || c->value.kind != ast::Value::Kind::Str) unsupported(e, "a computed __slots__");
      if (c->value.text == name || c->value.text == "__dict__") return true;
    }
  }
  return false;
}

// The fields struct K declares: its own, and those of bases outside its
// primary chain that no primary ancestor declares already.
std::vector<std::pair<std::string, types::TypeId>> Emitter::declared_fields(types::ClassId cls) const {
  std::vector<std::pair<std::string, types::TypeId>> out;
  auto inherited = [&](const std::string& name) {
    for (types::ClassId k = primary_base(cls); k != types::kNoClass; k = primary_base(k))
      for (const auto& [n, t] : declared_fields(k))
        if (n == name) return true;
    return false;
  };
  for (types::ClassId k : program_.classes[cls].mro) {
    if (k != cls && in_primary_chain(cls, k)) continue;
    if (k != cls && primary_base(cls) != types::kNoClass &&
        std::count(program_.classes[primary_base(cls)].mro.begin(), program_.classes[primary_base(cls)].mro.end(), k))
      continue;
    for (const auto& [name, slot] : program_.classes[k].instance_attributes) {
      if (slot.type == types::kBottom || inherited(name)) continue;
      if (std::any_of(out.begin(), out.end(), [&](const auto& f) { return f.first == name; })) continue;
      out.emplace_back(name, slot.type);
    }
  }
  return out;
}

// C+ is a `cC*` even where a subclass D reaches C through a second base
// (`class D(A, C)`): D's struct derives from A's and holds C's fields as
// copies at other offsets, so the pointer is only a handle there. That is
// sound because nothing reads a field through a C+ pointer directly: every
// attribute access on it goes through attributes.cpp's dispatch, which
// tests the object's TypeObject and reads each class's fields through a
// struct in that class's own primary chain (the one a class shares a branch
// through must be such a struct). Methods take `self` typed by class (or C+
// for the one specialisation on dyn arguments, dispatched the same way).
// So single inheritance costs nothing new, and a class that is a second
// base somewhere pays one type test per access on a C+, as a union does.
// Where C++ sees no derivation, an instance converts by reinterpret_cast
// (instance_upcast).
std::string Emitter::instance_cxx_type(types::TypeId type, const ast::Node*) const {
  const types::Type& t = program_.table.get(type);
  // An alias without the `*`, so that `T{}` (a null pointer) is valid C++.
  return "p" + class_struct(t.a).substr(1);
}

// A pointer to the struct of `source` (an instance of it, or of a
// subclass) where a `to` (B or B+, source a subclass of B) goes: C++'s own
// upcast when source's struct derives from B's (or its static_cast down
// where the caller writes one), else the same object under B's pointer
// type (see instance_cxx_type).
std::string Emitter::instance_upcast(const std::string& value, types::ClassId source, types::TypeId to) const {
  types::ClassId target = program_.table.get(to).a;
  if (in_primary_chain(source, target) || in_primary_chain(target, source)) return value;
  return "reinterpret_cast<" + instance_cxx_type(to, nullptr) + ">(" + value + ")";
}

bool Emitter::is_class_symbol(const sema::Symbol& symbol) const {
  return symbols_->scope(symbol.scope).kind == sema::ScopeKind::Class && symbol.is_local() && !symbol.is_cell();
}

types::TypeId Emitter::class_attribute_type(types::ClassId cls, std::string_view name) const {
  const auto& attributes = program_.classes[cls].class_attributes;
  auto it = attributes.find(std::string(name));
  return it == attributes.end() ? types::kBottom : it->second.type;
}

std::string Emitter::class_forwards() const {
  std::string out;
  for (const types::ClassInfo& cls : program_.classes)
    if (!class_left_out(cls.id))
      out += "struct " + class_struct(cls.id) + ";\nusing p" + class_struct(cls.id).substr(1) + " = " + class_struct(cls.id) + "*;\n";
  return out;
}

std::string Emitter::class_declarations() {
  std::string out;
  // Bases before their subclasses (a base from a module analysed later,
  // abc.ABC, has a greater ClassId).
  std::vector<types::ClassId> order;
  std::vector<bool> placed(program_.classes.size());
  std::function<void(types::ClassId)> place = [&](types::ClassId k) {
    if (placed[k]) return;
    placed[k] = true;
    for (types::ClassId base : program_.classes[k].bases) place(base);
    order.push_back(k);
  };
  for (const types::ClassInfo& cls : program_.classes)
    if (!class_left_out(cls.id)) place(cls.id);  // its bases are left out only with it
  for (types::ClassId id : order) {
    const types::ClassInfo& cls = program_.classes[id];
    types::ClassId base = primary_base(cls.id);
    std::string parent = base != types::kNoClass ? class_struct(base)
                         : is_exception_class(cls.id) ? "rt::ExceptionObject"
                                                      : "rt::Instance";
    out += "struct " + class_struct(cls.id) + " : " + parent + " {\n";
    out += "  static constexpr bool user_class = true;\n";
    out += "  static const rt::TypeObject type;\n";
    // The flags after all the fields: a flag beside each 8-byte field would
    // pad it to 16 bytes, and smaller instances are fewer collector pages.
    std::string flags;
    // An instance of numbers and flags only is allocated atomically: the
    // collector never scans it (rt::new_instance).
    std::string pointer_free = base != types::kNoClass       ? class_struct(base) + "::pointer_free"
                               : is_exception_class(cls.id) ? "false"
                                                            : "true";
    if (per_run(cls.id) && (base == types::kNoClass || !per_run(base))) {  // run_classes.cpp: the instance's class object
      out += "  const rt::ClassObject* run_;\n";
      pointer_free = "false";
    }
    for (const auto& [name, type] : declared_fields(cls.id)) {
      out += "  " + cxx_type(type, cls.node) + " f_" + mangle(name) + ";\n";
      if (field_has_flag(cls.id, name)) flags += "  bool bf_" + mangle(name) + ";\n";  // definite_fields.cpp
      types::Kind kind = kind_of(type);
      if (kind != types::Kind::Float && kind != types::Kind::Bool && kind != types::Kind::Complex) pointer_free = "false";
    }
    if (declares_instance_dict(cls.id)) {  // instance_dicts.cpp
      out += "  rt::Object* " + instance_dict_field() + ";\n";
      pointer_free = "false";
    }
    out += flags;
    out += "  static constexpr bool pointer_free = " + pointer_free + ";\n";
    out += "};\n";
    if (raw_setattrs_.count(cls.id))  // dunders.cpp
      out += "static bool raw_setattr" + std::to_string(cls.id) + "(const rt::Object* o_, rt::Str name_, rt::Value value_);\n";
    if (per_run(cls.id)) {
      out += run_class_declarations(cls.id);  // run_classes.cpp
      continue;
    }
    out += "extern const rt::ClassObject cls" + std::to_string(cls.id) + ";\n";
    for (const auto& [name, slot] : cls.class_attributes) {
      // One of type bottom too (a store the analysis saw never run, after
      // an import that raises): declared a Value, as variables are.
      if (!representable(slot.type)) continue;
      std::string variable = class_attribute_variable(cls.id, name);
      out += "static " + declaration(slot.type, variable) + "\n";
      out += "static bool b" + variable + " = false;\n";
    }
    out += accessor_declarations(cls.id);  // properties.cpp
  }
  return out;
}

// After the functions: the type objects, whose slots call them.
void Emitter::class_objects() {
  for (const types::ClassInfo& cls : program_.classes) {
    if (class_left_out(cls.id)) continue;  // unreached_classes.cpp
    enter_module(cls.module);  // imports.cpp: its slots' code is that module's
    std::string id = std::to_string(cls.id);
    std::string mro;
    for (const std::string& entry : type_object_mro(cls.id)) mro += entry + ", ";
    if (cls.builtin_base == "type") mro += "&rt::type_type, ";  // a metaclass (metaclasses.cpp)
    mro += "&rt::object_type";
    std::string slots = type_slots(cls.id);
    out_ += "static const rt::TypeObject* const mro" + id + "[] = {" + mro + "};\n";
    out_ += "const rt::TypeObject " + class_struct(cls.id) + "::type{.name = " + quoted(cls.name) +
            ", .module = " + quoted(class_module(cls.id)) + ", .mro = mro" + id + slots + "};\n";
    if (per_run(cls.id)) {
      run_class_object(cls.id);  // run_classes.cpp: no static class object
      continue;
    }
    std::string getattr = class_object_getattr(cls.id);  // dunders.cpp
    std::string construct = class_object_construct(cls.id);  // dunders.cpp
    std::string meta = cls.metaclass == types::kNoClass ? "rt::type_type" : class_struct(cls.metaclass) + "::type";
    out_ += "const rt::ClassObject cls" + id + "{{&" + meta + "}, &" + class_struct(cls.id) + "::type, " + construct + ", " + getattr + "};\n";
    out_ += "static const bool rcls" + id + " = rt::register_class(&cls" + id + ");\n\n";  // type(x) on a Value
  }
}

std::string Emitter::class_body_name(types::SpecId spec) const {
  return "cb" + std::to_string(spec) + "_" + mangle(program_.classes[program_.spec(spec).class_body].name);
}

std::string Emitter::class_body_parameters(types::SpecId spec) const {
  std::string out = class_body_env(spec) ? env_struct(program_.spec(spec).env) + "* env_" : "";
  if (per_run(program_.spec(spec).class_body)) out += std::string(out.empty() ? "" : ", ") + "const rt::ClassObject* run_";  // run_classes.cpp
  return out;
}

void Emitter::class_body(types::SpecId spec) {
  const types::Spec& s = program_.spec(spec);
  const types::ClassInfo& cls = program_.classes[s.class_body];
  FunctionState state{spec, s.scope, s.scope->id, {}, {}};
  current_ = &state;
  position(cls.node);
  line_directive(cls.node);
  line("static void " + class_body_name(spec) + "(" + class_body_parameters(spec) + ") {");
  body(spec, cls.node->body, cls.name);
}

void Emitter::class_definition(const ast::ClassDef* c) {
  const sema::Symbol* symbol = symbols_->lookup(*current_->scope, c->name);
  if (!symbol) unsupported(c, "this class statement");
  types::ClassId cls = types::kNoClass;
  for (const types::ClassInfo& info : program_.classes)
    if (info.node == c) cls = info.id;
  if (cls != types::kNoClass && program_.classes[cls].unknown_base)
    for (const ast::Keyword* k : c->keywords)
      if (k->arg == "metaclass") unsupported(k, "a metaclass that is not a class of the program deriving from type");  // metaclasses.cpp
  if (cls == types::kNoClass || (program_.classes[cls].unknown_base && !builtin_container_base(c, cls)))
    unsupported(c, "a class with a base the analysis cannot see");
  if (class_left_out(cls)) {  // unreached_classes.cpp: only dir() of the module sees the name
    line("b" + global_variable(module_id_, c->name) + " = true;");
    return;
  }
  // The bases are names of classes the analysis resolved: nothing to run.
  // `Generic[T]` stands for Generic (types/statements.cpp, eval_base).
  for (const ast::Expr* base : c->bases) {
    if (auto* generic = ast::as<ast::Subscript>(base); generic && kind_of(type_of(generic->value)) == Kind::Class) {
      if (!find_class_attribute(program_.table.get(type_of(generic->value)).a, "__class_getitem__"))
        unsupported(base, "subscripting a class without __class_getitem__");
      base = generic->value;
    }
    auto* attribute = ast::as<ast::Attribute>(base);  // `abc.ABC`: a module's class
    bool module_class = attribute && attribute->value->kind == ast::Kind::Name && kind_of(type_of(base)) == Kind::Class;
    if (base->kind != ast::Kind::Name && !module_class) unsupported(base, "a base class that is not a name");
  }
  types::SpecId body = program_.classes[cls].body;
  if (body == types::kNoSpec || !program_.spec(body).live) unsupported(c, "a class whose body never runs");
  check_descriptors(c, cls);  // descriptors.cpp
  // Every attribute read would run it; the attribute code reads fields and
  // class attributes directly.
  if (class_attribute_type(cls, "__getattribute__") != types::kBottom) unsupported(c, "a class defining __getattribute__");
  line("{");
  ++indent_;
  // The decorators are evaluated before the body runs, and applied to the
  // class bottom-up, as a def's are.
  std::vector<Typed> decorators;
  for (size_t i = 0; i < c->decorator_list.size(); ++i) {
    const ast::Expr* d = c->decorator_list[i];
    std::string name = "dec" + std::to_string(i) + "_";
    line(cxx_type(type_of(d), d) + " " + name + " = " + expression(d) + ";");
    decorators.push_back({name, type_of(d)});
  }
  std::string arguments;
  if (class_body_env(body)) {
    if (program_.spec(body).env != current_->spec) unsupported(c, "a class reading the variables of a function around it here");
    arguments = "cells_";
  }
  // A class reading its function's variables is made anew by each run
  // (run_classes.cpp): the body stores into the run's class object.
  std::string run = per_run(cls) ? new_run(c, cls) : "";
  if (!run.empty()) arguments += (arguments.empty() ? "" : ", ") + run;
  // The metaclass is chosen before the body runs (metaclasses.cpp).
  if (std::string conflict = metaclass_conflict(cls); !conflict.empty())
    line("pos_ = " + std::to_string(position(c)) + "; rt::raise(rt::exc::TypeError, " + quoted(conflict) + ");");
  line("pos_ = " + std::to_string(position(c)) + "; " + class_body_name(body) + "(" + arguments + ");");
  // The storage class of a dict or list base (driver/builtin_bases.h): its
  // classes are that builtin's virtual subclasses (isinstance), which keeps
  // the builtin's slots out of their MRO.
  types::TypeId builtin = class_attribute_type(cls, "_ingot_builtin_");
  if (kind_of(builtin) == Kind::Builtin)
    if (const char* type = builtin_class_type(types::builtin_name(program_.table.get(builtin).a)))
      line("rt::abc_register(rt::box(rt::builtin_class(" + std::string(type) + ")), rt::box(" + class_object(cls, run, c) + "));");
  if (std::string conflict = mro_conflict(cls); !conflict.empty())  // class_introspection.cpp
    line("rt::raise(rt::exc::TypeError, " + quoted("Cannot create a consistent method resolution\norder (MRO) for bases " + conflict) + ");");
  set_names(c, cls, run);  // descriptors.cpp
  std::string receiver = std::exchange(class_receiver_, run);  // __init_subclass__'s cls
  init_subclass(c, cls);
  class_receiver_ = receiver;
  run_metaclass(c, cls, class_object(cls, run, c));  // metaclasses.cpp
  Typed value{class_object(cls, run, c), find_type(Kind::Class, cls)};
  for (size_t i = decorators.size(); i-- > 0;) {
    value = call_value(c->decorator_list[i], decorators[i].type, nullptr, decorators[i].code, CallArguments{}, {value});
    if (kind_of(value.type) == Kind::None || kind_of(value.type) == Kind::Bottom)
      unsupported(c->decorator_list[i], "a class decorator that returns None");
  }
  line(store_symbol(*symbol, c, convert(value.code, value.type, symbol_type(*symbol, c), c)));
  --indent_;
  line("}");
}

// `class C(dict)` and the like: a builtin base that is no exception, and
// no metaclass. The statement runs (a module such as collections defines
// such classes beside others); making an instance is refused (construct()).
bool Emitter::builtin_container_base(const ast::ClassDef* c, types::ClassId cls) const {
  const types::ClassInfo& info = program_.classes[cls];
  if (info.builtin_base.empty() || !c->keywords.empty()) return false;
  for (const ExceptionMro& e : kExceptionMros)
    if (e.name == info.builtin_base) return false;
  for (const ast::Expr* base : c->bases) {
    Kind k = kind_of(type_of(base));
    if (k != Kind::Class && k != Kind::Builtin) return false;
  }
  return true;
}

// The first base along the new class's MRO with __init_subclass__ runs it
// on the class, with the class statement's keywords; object's takes none.
void Emitter::init_subclass(const ast::ClassDef* c, types::ClassId cls) {
  // A metaclass's __new__ runs type.__new__ with none of the keywords, and
  // leaves no class with an __init_subclass__ of its own (metaclasses.cpp).
  if (metaclass_attribute(cls, "__new__")) return;
  CallArguments arguments;
  for (const ast::Keyword* k : c->keywords) {
    if (!k->arg.data()) unsupported(k, "class keywords given as **mapping");
    if (k->arg == "metaclass") continue;  // metaclasses.cpp
    arguments.values.push_back(k->value);
    arguments.keywords.push_back(k->arg);
  }
  const auto& mro = program_.classes[cls].mro;
  for (size_t i = 1; i < mro.size(); ++i) {
    types::TypeId type = class_attribute_type(mro[i], "__init_subclass__");
    if (type == types::kBottom) continue;
    if (kind_of(type) != Kind::Function) unsupported(c, "an __init_subclass__ that is not a def");
    std::vector<std::pair<std::string, std::string>> operands;
    std::vector<Typed> values = evaluate_arguments(arguments, operands);
    Typed called = call_method(c, cls, "", ClassAttribute{mro[i], type}, arguments, values);
    line(sequenced(position(c), operands, called.code) + ";");
    return;
  }
  if (!arguments.values.empty()) {
    for (const ast::Expr* v : arguments.values) line("(void)" + expression(v) + ";");
    line("pos_ = " + std::to_string(position(c)) + "; rt::raise(rt::exc::TypeError, " +
         quoted(program_.classes[cls].name + ".__init_subclass__() takes no keyword arguments") + ");");
  }
}

// C[x]: its metaclass's __getitem__ through the type slot
// (metaclasses.cpp), else C's __class_getitem__ (a classmethod without
// saying so) on C, else type's slot: CPython's TypeError.
std::string Emitter::class_getitem(const ast::Subscript* s) {
  types::ClassId cls = program_.table.get(type_of(s->value)).a;
  std::optional<ClassAttribute> found = find_class_attribute(cls, "__class_getitem__");
  if (metaclass_attribute(cls, "__getitem__") || !found) {
    std::vector<std::pair<std::string, std::string>> operands{{"rt::Value c_", convert(expression(s->value), type_of(s->value), types::kDyn, s)},
                                                              {"rt::Value k_", convert(expression(s->slice), type_of(s->slice), types::kDyn, s)}};
    return convert(sequenced(position(s), operands, "rt::getitem(c_, k_)"), types::kDyn, type_of(s), s);
  }
  if (kind_of(found->type) != Kind::Function) unsupported(s, "a __class_getitem__ that is not a def");
  types::TypeId key = type_of(s->slice);
  Typed called = call_method(s, cls, "", *found, CallArguments{}, {}, {{"k_", key}});
  std::vector<std::pair<std::string, std::string>> operands{{"const rt::ClassObject* c_", expression(s->value)},
                                                            {cxx_type(key, s) + " k_", expression(s->slice)}};
  return convert(sequenced(position(s), operands, called.code), called.type, type_of(s), s);
}

// staticmethod, classmethod and property defs, and plain methods under
// abstractmethod alone: the class attribute holds the function itself;
// reading or calling it through the class or an instance binds it as its
// kind says (attributes.cpp). (abstractmethod is not called: the
// functions have no __isabstractmethod__.)
bool Emitter::define_method(const ast::FunctionDef* def) {
  if (program_.spec(current_->spec).class_body == types::kNoClass || def->decorator_list.empty()) return false;
  const types::FunctionInfo& info = program_.functions[function_of(def)];
  switch (info.method_kind) {
    case types::MethodKind::Plain:  // each decorator is abstractmethod (types::Inference::method_kind)
    case types::MethodKind::Static:
    case types::MethodKind::ClassMethod:
    case types::MethodKind::Property: break;
    case types::MethodKind::PropertyAccessor: define_accessor(def); return true;  // properties.cpp
    default: return false;
  }
  if (ast::decorators_past_abstract(def).size() > 1) unsupported(def->decorator_list[1], "a second decorator on a method");
  const sema::Symbol* symbol = symbols_->lookup(*current_->scope, def->name);
  if (!symbol) unsupported(def, "this def");
  line(store_symbol(*symbol, def, convert(make_function(def), type_of_function_value(def), symbol_type(*symbol, def), def)));
  return true;
}

}  // namespace ingot::codegen
