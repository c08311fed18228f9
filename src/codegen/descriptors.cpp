// User descriptors (the rules: types/descriptors.cpp): a class attribute
// holding an instance of a class with __get__, __set__ or __delete__.
// Reads, stores and deletes through it call those on the class
// attribute's variable, on the specialisation the analysis made for the
// object's type; __set_name__ runs as the class is made. For a class made
// per run of its statement (run_classes.cpp) the attribute and the class
// passed are those of `run`, the class object at hand.
#include <algorithm>

#include "codegen/arguments.h"
#include "codegen/emitter.h"

namespace ingot::codegen {
namespace {

using types::Kind;

}  // namespace

// The class of a class attribute of `type` when it is an instance whose
// class has `hook`, else kNoClass.
types::ClassId Emitter::descriptor_class(types::TypeId type, std::string_view hook) const {
  if (kind_of(type) != Kind::Instance) return types::kNoClass;
  types::ClassId cls = program_.table.get(type).a;
  return find_class_attribute(cls, hook) ? cls : types::kNoClass;
}

bool Emitter::is_data_descriptor(types::TypeId type) const {
  return descriptor_class(type, "__set__") != types::kNoClass || descriptor_class(type, "__delete__") != types::kNoClass;
}

// `hook` of the descriptor in class attribute `name` of `found`, called on
// the first of `choices` (argument lists after the descriptor) that a live
// specialisation takes: each argument of the type the analysis gave, or
// boxed where that was a Value; past kMaxSpecs, the dyn specialisation
// on the first. Nullopt when the analysis made no such call.
std::optional<Emitter::Typed> Emitter::find_descriptor_call(const ast::Node* where, const ClassAttribute& found,
                                                            std::string_view name, std::string_view hook,
                                                            const std::vector<std::vector<Typed>>& choices,
                                                            const std::string& run) {
  types::ClassId cls = descriptor_class(found.type, hook);
  ClassAttribute method = *find_class_attribute(cls, hook);
  if (kind_of(method.type) != Kind::Function) unsupported(where, "a descriptor whose " + std::string(hook) + " is not a def");
  const types::FunctionInfo& info = program_.functions[program_.table.get(method.type).a];
  std::string descriptor = class_attribute_variable(found.owner, name, run);
  for (const std::vector<Typed>& values : choices)
    for (types::SpecId id : info.specs) {
      const types::Spec& s = program_.spec(id);
      if (!s.live || s.on_dyn || s.args.size() != values.size() + 1) continue;
      bool fits = true;
      for (size_t i = 0; i < values.size(); ++i) fits = fits && covers(program_.table, s.args[i + 1], values[i].type);
      if (!fits) continue;
      std::vector<Typed> arguments;
      for (size_t i = 0; i < values.size(); ++i)
        arguments.push_back({convert(values[i].code, values[i].type, s.args[i + 1], where), s.args[i + 1]});
      return call_method_values(where, cls, descriptor, method, arguments);
    }
  const types::Type& f = program_.table.get(method.type);
  if (!choices.empty() && dyn_spec_of(f.a, f.b) != types::kNoSpec) return call_method_values(where, cls, descriptor, method, choices[0]);
  return std::nullopt;
}

Emitter::Typed Emitter::descriptor_call(const ast::Node* where, const ClassAttribute& found, std::string_view name,
                                        std::string_view hook, const std::vector<std::vector<Typed>>& choices,
                                        const std::string& run) {
  if (std::optional<Typed> called = find_descriptor_call(where, found, name, hook, choices, run)) return *called;
  unsupported(where, "a descriptor's " + std::string(hook) + " call the analysis did not see");
}

// The argument lists an instance `self` of exactly `cls` may have been
// passed as (exactly cls, else a B+ along its MRO, as call_method
// chooses), each followed by `rest`.
std::vector<std::vector<Emitter::Typed>> Emitter::descriptor_objects(types::ClassId cls, const std::string& self,
                                                                     const std::vector<Typed>& rest) const {
  std::vector<std::vector<Typed>> out;
  for (types::TypeId type : self_types(cls)) {
    std::vector<Typed> values{{instance_upcast(self, cls, type), type}};
    values.insert(values.end(), rest.begin(), rest.end());
    out.push_back(std::move(values));
  }
  return out;
}

// obj.name: __get__(obj, type(obj)).
Emitter::Typed Emitter::descriptor_get(const ast::Node* where, types::ClassId cls, const std::string& self,
                                       std::string_view name, const ClassAttribute& found) {
  std::string run = instance_run(cls, self);
  Typed type{class_object(cls, run, where), find_type(Kind::Class, cls)};
  return descriptor_call(where, found, name, "__get__", descriptor_objects(cls, self, {type}), run);
}

// obj.name = sv_: __set__(obj, value), or AttributeError for a descriptor
// with __delete__ only.
Emitter::Typed Emitter::descriptor_set(const ast::Node* where, types::ClassId cls, const std::string& self,
                                       std::string_view name, const ClassAttribute& found, const Typed& value) {
  if (descriptor_class(found.type, "__set__") == types::kNoClass)
    return {"rt::raise(rt::exc::AttributeError, \"__set__\")", types::kBottom};
  return descriptor_call(where, found, name, "__set__", descriptor_objects(cls, self, {value}), instance_run(cls, self));
}

// del obj.name: __delete__(obj), or AttributeError for a descriptor with
// __set__ only.
Emitter::Typed Emitter::descriptor_delete(const ast::Node* where, types::ClassId cls, const std::string& self,
                                          std::string_view name, const ClassAttribute& found) {
  if (descriptor_class(found.type, "__delete__") == types::kNoClass)
    return {"rt::raise(rt::exc::AttributeError, \"__delete__\")", types::kBottom};
  return descriptor_call(where, found, name, "__delete__", descriptor_objects(cls, self, {}), instance_run(cls, self));
}

// C.name: __get__(None, C).
Emitter::Typed Emitter::descriptor_class_get(const ast::Node* where, types::ClassId cls, std::string_view name,
                                             const ClassAttribute& found, const std::string& run) {
  std::vector<Typed> values{{"rt::Value::none()", types::kNone}, {class_object(cls, run, where), find_type(Kind::Class, cls)}};
  return descriptor_call(where, found, name, "__get__", {values}, run);
}

// type.__new__'s __set_name__(C, name) on each attribute of the new
// class's namespace that has one, in the order the body bound them.
void Emitter::set_names(const ast::ClassDef* c, types::ClassId cls, const std::string& run) {
  for (const std::string& name : namespace_order(cls)) {
    types::TypeId type = class_attribute_type(cls, name);
    if (descriptor_class(type, "__set_name__") == types::kNoClass) continue;
    std::vector<Typed> values{{class_object(cls, run, c), find_type(Kind::Class, cls)}, {str_constant(name), types::kStr}};
    std::string variable = class_attribute_variable(cls, name, run);
    Typed called = descriptor_call(c, ClassAttribute{cls, type}, name, "__set_name__", {values}, run);
    // CPython 3.11 raises what __set_name__ raised as the cause of a RuntimeError.
    std::string error = "Error calling __set_name__ on '" + program_.classes[program_.table.get(type).a].name + "' instance '" +
                        name + "' in '" + program_.classes[cls].name + "'";
    line("if (b" + variable + ") try { pos_ = " + std::to_string(position(c)) + "; " + called.code +
         "; } catch (const rt::PyException& e_) { rt::raise_from(rt::new_exception(rt::exc::RuntimeError, " + quoted(error) +
         "), e_.object()); }");
  }
}

// The getattr slot's code for a descriptor `name` of an instance of
// exactly `cls` (dunders.cpp): a non-data descriptor's instance attribute
// first, then __get__; empty where no dynamic read reaches it.
std::string Emitter::descriptor_getattr(types::ClassId cls, std::string_view name, const ClassAttribute& found) {
  const ast::Node* where = program_.classes[cls].node;
  std::string run = instance_run(cls, "self_");
  Typed type{class_object(cls, run, where), find_type(Kind::Class, cls)};
  std::optional<Typed> got = find_descriptor_call(where, found, name, "__get__", descriptor_objects(cls, "self_", {type}), run);
  if (!got) return "";
  std::string out;
  if (const types::Slot* field = instance_field(cls, name); field && !is_data_descriptor(found.type))
    out = "if (" + field_is_set("self_", cls, name) + ") { *out_ = " + convert("self_->f_" + mangle(name), field->type, types::kDyn, where) +
          "; return true; } ";
  return out + "*out_ = " + convert(got->code, got->type, types::kDyn, where) + "; return true; ";
}

// The setattr slot's stores through data descriptors of `cls`
// (dunders.cpp): __set__ on the boxed value_ where a dynamic store reaches it.
std::string Emitter::descriptor_setattr(types::ClassId cls) {
  const types::ClassInfo& info = program_.classes[cls];
  std::string out;
  for (types::ClassId k : info.mro)
    for (const auto& [name, slot] : program_.classes[k].class_attributes) {
      std::optional<ClassAttribute> found = find_class_attribute(cls, name);
      if (!found || found->owner != k || !is_data_descriptor(found->type)) continue;
      std::optional<Typed> set = descriptor_class(found->type, "__set__") == types::kNoClass
                                     ? Typed{"rt::raise(rt::exc::AttributeError, \"__set__\")", types::kBottom}
                                     : find_descriptor_call(info.node, *found, name, "__set__",
                                                            descriptor_objects(cls, "self_", {{"value_", types::kDyn}}),
                                                            instance_run(cls, "self_"));
      if (set) out += "if (n_ == " + quoted(name) + ") { " + set->code + "; return true; } ";
    }
  return out;
}

// A class attribute that is a descriptor must be one: an attribute that
// may hold a descriptor or another value is dispatched by the attribute
// code on its type, not at run time.
void Emitter::check_descriptors(const ast::ClassDef* c, types::ClassId cls) {
  for (const auto& [name, slot] : program_.classes[cls].class_attributes) {
    auto members = program_.table.members(slot.type);
    bool descriptor = std::any_of(members.begin(), members.end(), [&](types::TypeId m) {
      for (std::string_view hook : {"__get__", "__set__", "__delete__", "__set_name__"})
        if (descriptor_class(m, hook) != types::kNoClass) return true;
      return false;
    });
    if (descriptor && (kind_of(slot.type) != Kind::Instance || program_.table.get(slot.type).b))
      unsupported(c, "a class attribute ('" + name + "') that may hold a descriptor or another value");
  }
}

}  // namespace ingot::codegen
