// Classes made per run of their statement.
//
// Design. CPython makes a new class object each time a class statement
// runs. For most classes one object per statement is indistinguishable
// (a module-level class runs once; a class in a function that reads none of
// its variables only differs in identity), and ingot keeps one: the static
// `clsK`, with class attributes in globals `caK_x`. A class inside a
// function whose body or methods read the function's variables (the
// factory `def make(n): class C: size = n; def get(self): return n`), or a
// subclass of one, is *per run*: each run of the statement makes a new
// class object, and `make(1)().get() == 1` and `make(2)().get() == 2` hold
// at once, `make(1) is not make(2)`, and isinstance() tells the runs apart.
//
// The static part stays one per statement: the C++ struct `cK_N` and its
// rt::TypeObject (name, qualname `make.<locals>.C`, MRO, slots), so every
// run's instances share the layout, the typed field accesses and the
// compiled methods, and the dispatch on TypeObjects is unchanged. The
// per-run part is the class object, `struct rcK_N : rt::RunClass`
// (runtime/run_class.h), allocated by the statement: it holds the run's
// class attributes (the methods too, as function objects whose `env` is
// that run's cells, which is how the methods reach the function's
// variables) and the class objects the bases evaluated to. The class body
// `cbS_N(env_, run_)` stores into it.
//
// An instance points to its class object through `run_`, a field of the
// struct of the first per-run class along its primary chain, stored by the
// construction before __init__ runs. Every access that went to a global
// `caK_x` goes through accessor functions `caK_x(run)`/`bcaK_x(run)` of a
// class object instead (class_attribute_variable with a run): `self.x`,
// `self.m()` (the env of the method) and the slots take `self->run_`,
// `C.x` the class value, the class body its own run. The accessor finds
// K's run from a subclass's through the runs' bases (rt::run_of: one
// compare when the run is K's own). A method that needs no env is called
// directly, as before, so only class attributes and methods reading the
// function's variables pay one load more than a static class's.
//
// `type(x)`/`x.__class__` is the instance's run; isinstance() against a
// per-run class goes to the runtime, which checks the TypeObject and then
// that the instance's run has that class object along its bases
// (rt::run_matches); a run's class object is registered by TypeObject so
// that `type(x)` and C.x on Values find them (register_run_class).
//
// Exception classes are per run too (their struct derives from
// rt::ExceptionObject and holds `run_` as any other; `except C` tests the
// run at run time, rt::handler_matches), and so are property setters and
// deleters (fields `ps_x`/`pd_x` of the run: properties.cpp), __new__ (cls
// is the run; object.__new__ stores it), descriptors (the class attribute
// of the run at hand: descriptors.cpp) and C.__mro__/C.mro() (the runs along
// the bases: rt::run_class_mro) and vars(C).
//
// Not written yet (refused by name): bases other than plain names, a
// per-run base that is not the first, a static class deriving from a
// per-run one, an exception class with __new__, `except*` of a per-run
// class, and paths that would need the class object where none is at hand
// (check_per_run and the callers of class_object).
#include "codegen/emitter.h"

namespace ingot::codegen {

using types::Kind;

bool Emitter::per_run(types::ClassId cls) const {
  const types::ClassInfo& info = program_.classes[cls];
  if (info.body == types::kNoSpec || program_.spec(info.body).env == types::kNoSpec) return false;
  if (class_body_env(info.body)) return true;
  for (types::ClassId base : info.bases)
    if (per_run(base)) return true;
  return false;
}

std::string Emitter::run_struct(types::ClassId cls) const { return "r" + class_struct(cls); }

std::string Emitter::class_object(types::ClassId cls, const std::string& run, const ast::Node* where) const {
  if (!per_run(cls)) return "&cls" + std::to_string(cls);
  if (run.empty()) unsupported(where ? where : program_.classes[cls].node, "this use of a class defined per run of its statement");
  return run;
}

std::string Emitter::instance_run(types::ClassId cls, const std::string& self) const {
  return per_run(cls) ? "rt::run_class(" + self + ")" : "";
}

std::string Emitter::class_attribute_variable(types::ClassId cls, std::string_view name, const std::string& run) const {
  if (!per_run(cls)) return class_attribute_variable(cls, name);
  if (run.empty()) unsupported(program_.classes[cls].node, "this use of a class attribute of a class defined per run of its statement");
  return "ca" + std::to_string(cls) + "_" + mangle(name) + "(" + run + ")";
}

// The run's struct and the accessors of its class attributes (a Value for
// one of type bottom, as a static class's global) and of its properties'
// setters and deleters (properties.cpp).
std::string Emitter::run_class_declarations(types::ClassId cls) {
  const types::ClassInfo& info = program_.classes[cls];
  std::string s = run_struct(cls);
  std::string out = "struct " + s + " : rt::RunClass {\n";
  out += "  const rt::ClassObject* base_[" + std::to_string(std::max<size_t>(info.bases.size(), 1)) + "];\n";
  std::string accessors;
  std::string run = "static_cast<" + s + "*>(const_cast<rt::ClassObject*>(rt::run_of(r_, " + class_struct(cls) + "::type)))";
  // `variable(run)`: the field of K's own run along the given run's bases.
  auto field = [&](const std::string& type, const std::string& variable, const std::string& name) {
    out += "  " + type + " " + name + ";\n";
    accessors += "[[maybe_unused]] static inline " + type + "& " + variable + "(const rt::ClassObject* r_) { return " + run + "->" +
                 name + "; }\n";
  };
  for (const auto& [name, slot] : info.class_attributes) {
    if (!representable(slot.type)) continue;
    std::string m = mangle(name);
    std::string variable = "ca" + std::to_string(cls) + "_" + m;
    field(cxx_type(slot.type, info.node), variable, "a_" + m);
    field("bool", "b" + variable, "ba_" + m);
  }
  for (const auto& [name, type] : run_accessor_fields(cls))  // `ps_x`: psK_x
    field(cxx_type(type, info.node), name.substr(0, 2) + std::to_string(cls) + name.substr(2), name);
  out += "};\n" + accessors;
  out += "static bool run_getattr" + std::to_string(cls) + "(const rt::ClassObject* cr_, rt::Str name_, rt::Value* out_);\n";
  return out;
}

// After the functions: what the runtime needs to find an instance's class
// object, and C.name on a run's class object from dynamic code.
void Emitter::run_class_object(types::ClassId cls) {
  std::string id = std::to_string(cls);
  class_object_getattr(cls);  // dunders.cpp: run_getattrK
  out_ += "static const rt::ClassObject* run_of" + id + "(const rt::Object* o_) { return rt::object_as<" + class_struct(cls) +
          ">(o_)->run_; }\n";
  out_ += "static const bool rcls" + id + " = rt::register_run_class(" + class_struct(cls) + "::type, &run_of" + id + ");\n\n";
}

void Emitter::check_per_run(const ast::ClassDef* c, types::ClassId cls) const {
  const types::ClassInfo& info = program_.classes[cls];
  if (!c) return;  // a class without a statement
  for (types::ClassId base : info.bases)
    if (per_run(base) && !per_run(cls)) unsupported(c, "a subclass of a class defined in a function, outside that function");
  if (!per_run(cls)) return;
  for (size_t i = 1; i < info.bases.size(); ++i)
    if (per_run(info.bases[i])) unsupported(c, "a class defined in a function as a second base");
  for (const ast::Expr* base : c->bases)
    if (base->kind != ast::Kind::Name) unsupported(base, "this base of a class reading the variables of the function around it");
}

// `auto* crK_ = ...;`: the statement's new class object, its bases the
// class objects the base names hold now.
std::string Emitter::new_run(const ast::ClassDef* c, types::ClassId cls) {
  std::string run = "cr" + std::to_string(cls) + "_";
  line("auto* " + run + " = rt::new_run_class<" + run_struct(cls) + ">(" + class_struct(cls) + "::type, &run_getattr" +
       std::to_string(cls) + ", nullptr, 0);");
  line(run + "->bases = " + run + "->base_;");
  for (const ast::Expr* expr : c->bases) {
    const types::Type& t = program_.table.get(type_of(expr));
    // object, exception classes and the builtin bases of class_definition
    // (builtin_container_base) have no class object of a run: the bases
    // kept are the program's classes (ClassInfo::bases).
    if (t.kind == Kind::Builtin) continue;
    if (t.kind != Kind::Class) unsupported(expr, "this base of a class reading the variables of the function around it");
    std::string value = per_run(t.a) ? expression(expr) : class_object(t.a, "", c);
    line(run + "->base_[" + run + "->base_count++] = " + value + ";");
  }
  return run;
}

}  // namespace ingot::codegen
