// Properties with setters and deleters (`@x.setter`, `@x.deleter`), and
// `del obj.x`.
//
// The getter is the class attribute `caK_x` (read through an instance it
// is called: attributes.cpp). The accessor defs are function objects in
// globals of their own, `psK_x` and `pdK_x`, which the class body stores
// (types::ClassInfo::property_setters/deleters says which exist); a class
// made per run of its statement keeps them in its run's class object,
// read through `psK_x(run)` (run_classes.cpp). A store through a property
// calls its setter, else raises CPython's AttributeError; `del obj.x`
// calls the deleter, or unsets the field.
#include "codegen/emitter.h"

namespace ingot::codegen {
namespace {

using types::Kind;

const std::map<std::string, types::Slot>& accessors(const types::ClassInfo& cls, bool setter) {
  return setter ? cls.property_setters : cls.property_deleters;
}

}  // namespace

std::string Emitter::accessor_variable(types::ClassId cls, std::string_view name, bool setter, const std::string& run) const {
  std::string variable = std::string(setter ? "ps" : "pd") + std::to_string(cls) + "_" + mangle(name);
  if (!per_run(cls)) return variable;
  if (run.empty()) unsupported(program_.classes[cls].node, "this use of a property of a class defined per run of its statement");
  return variable + "(" + run + ")";
}

std::string Emitter::accessor_declarations(types::ClassId cls) const {
  std::string out;
  for (bool setter : {true, false})
    for (const auto& [name, slot] : accessors(program_.classes[cls], setter))
      if (slot.type != types::kBottom) out += "static " + declaration(slot.type, accessor_variable(cls, name, setter, "")) + "\n";
  return out;
}

// A per-run class's accessors: the names and types of the fields its run
// struct holds them in (run_classes.cpp), `ps_x` and `pd_x`.
std::vector<std::pair<std::string, types::TypeId>> Emitter::run_accessor_fields(types::ClassId cls) const {
  std::vector<std::pair<std::string, types::TypeId>> out;
  for (bool setter : {true, false})
    for (const auto& [name, slot] : accessors(program_.classes[cls], setter))
      if (slot.type != types::kBottom) out.emplace_back(std::string(setter ? "ps" : "pd") + "_" + mangle(name), slot.type);
  return out;
}

// The accessor def in the class body: its function object, kept aside.
void Emitter::define_accessor(const ast::FunctionDef* def) {
  types::ClassId cls = program_.spec(current_->spec).class_body;
  auto* decorator = ast::as<ast::Attribute>(def->decorator_list[def->decorator_list.size() - 1]);
  if (def->decorator_list.size() != 1 || !decorator || (decorator->attr != "setter" && decorator->attr != "deleter"))
    unsupported(def->decorator_list[0], "this property decorator");
  bool setter = decorator->attr == "setter";
  const auto& known = accessors(program_.classes[cls], setter);
  auto it = known.find(std::string(def->name));
  if (it == known.end() || it->second.type == types::kBottom) unsupported(def, "a property accessor the analysis did not see");
  line(accessor_variable(cls, def->name, setter, per_run(cls) ? "run_" : "") + " = " +
       convert(make_function(def), type_of_function_value(def), it->second.type, def) + ";");
}

// The accessor of the property `name` that class `cls` reaches (defined
// beside the getter, in `owner`); nullopt when it has none. `run`: the
// class object of the class reaching it, where that is made per run.
std::optional<Emitter::ClassAttribute> Emitter::property_accessor(types::ClassId owner, std::string_view name, bool setter,
                                                                  const std::string& run) const {
  const auto& known = accessors(program_.classes[owner], setter);
  auto it = known.find(std::string(name));
  if (it == known.end() || it->second.type == types::kBottom) return std::nullopt;
  return ClassAttribute{owner, it->second.type, accessor_variable(owner, name, setter, run)};
}

// `C.x` of a property defined in class `owner` (getter in `getter`, of
// type `type`): a property object holding its accessors.
std::string Emitter::property_object(types::ClassId owner, std::string_view name, const std::string& getter, types::TypeId type,
                                     const std::string& run) {
  const ast::Node* where = program_.classes[owner].node;
  std::string out = "rt::make_property(" + convert(getter, type, types::kDyn, where);
  for (bool setter : {true, false}) {
    auto accessor = property_accessor(owner, name, setter, run);
    out += ", " + (accessor ? convert(accessor->object, accessor->type, types::kDyn, where) : std::string("rt::Value::none()"));
  }
  return out + ")";
}

// obj.x = value through the property `getter` of class `cls`.
Emitter::Typed Emitter::property_store(const ast::Node* where, types::ClassId cls, const std::string& self,
                                       const ClassAttribute& getter, std::string_view name, const Typed& value) {
  if (auto setter = property_accessor(getter.owner, name, true, instance_run(cls, self)))
    return call_method(where, cls, self, *setter, CallArguments{}, {}, {value});
  return {"rt::raise(rt::exc::AttributeError, " +
              quoted("property '" + std::string(name) + "' of '" + program_.classes[cls].name + "' object has no setter") + ")",
          types::kBottom};
}

// The setattr slot's stores through properties, `dyn.x = v`: the setter
// on the specialisation the analysis made for a value it cannot see (a
// typed one, else the boxed entry of its dyn one), or CPython's
// AttributeError for a property without a setter.
std::string Emitter::property_setattr(types::ClassId cls) {
  const types::ClassInfo& info = program_.classes[cls];
  std::set<std::string> names;
  for (types::ClassId k : info.mro)
    for (const auto& [name, slot] : program_.classes[k].class_attributes)
      if (slot.type != types::kBottom) names.insert(name);
  std::vector<types::TypeId> selves = self_types(cls);
  std::string out;
  for (const std::string& name : names) {
    std::optional<ClassAttribute> getter = find_class_attribute(cls, name);
    if (!getter || kind_of(getter->type) != Kind::Function ||
        program_.functions[program_.table.get(getter->type).a].method_kind != types::MethodKind::Property)
      continue;
    std::optional<ClassAttribute> setter = property_accessor(getter->owner, name, true, instance_run(cls, "self_"));
    std::string store;
    if (!setter) {
      store = property_store(info.node, cls, "self_", *getter, name, {"value_", types::kDyn}).code;
    } else {
      const types::Type& f = program_.table.get(setter->type);
      bool typed = false;
      for (types::SpecId id : program_.functions[f.a].specs) {
        const types::Spec& s = program_.spec(id);
        typed = typed || (s.live && s.args.size() == 2 && s.args[1] == types::kDyn &&
                          std::count(selves.begin(), selves.end(), s.args[0]) > 0);
      }
      if (typed)
        store = property_store(info.node, cls, "self_", *getter, name, {"value_", types::kDyn}).code;
      else if (dyn_spec_of(f.a, f.b) != types::kNoSpec)
        store = "rt::Value a_[] = {rt::box(self_), value_}; rt::call(" + convert(setter->object, setter->type, types::kDyn, info.node) + ", a_)";
      else
        continue;  // no store through a dyn reaches it
    }
    out += "if (n_ == " + quoted(name) + ") { " + store + "; return true; } ";
  }
  return out;
}

std::string Emitter::delete_attribute(const ast::Attribute* a) {
  types::TypeId receiver = type_of(a->value);
  if (is_instance_receiver(receiver))  // instance_dicts.cpp
    return sequenced(position(a), {}, delete_instance_attribute(a, receiver, expression(a->value), a->attr));
  if (kind_of(receiver) != Kind::Dyn && kind_of(receiver) != Kind::Function) unsupported(a, "deleting this attribute");
  return sequenced(position(a), {{"rt::Value o_", boxed(expression(a->value), receiver, a)}},
                   "rt::delattr(o_, " + str_constant(a->attr) + ")");
}

}  // namespace ingot::codegen
