// Properties with setters and deleters (`@x.setter`, `@x.deleter`), and
// `del obj.x`.
//
// The getter is the class attribute `caK_x` (read through an instance it
// is called: attributes.cpp). The accessor defs are function objects in
// globals of their own, `psK_x` and `pdK_x`, which the class body stores
// (types::ClassInfo::property_setters/deleters says which exist). A store
// through a property calls its setter, else raises CPython's
// AttributeError; `del obj.x` calls the deleter, or unsets the field.
#include "codegen/emitter.h"

namespace ingot::codegen {
namespace {

using types::Kind;

const std::map<std::string, types::Slot>& accessors(const types::ClassInfo& cls, bool setter) {
  return setter ? cls.property_setters : cls.property_deleters;
}

}  // namespace

std::string Emitter::accessor_variable(types::ClassId cls, std::string_view name, bool setter) const {
  return std::string(setter ? "ps" : "pd") + std::to_string(cls) + "_" + mangle(name);
}

std::string Emitter::accessor_declarations(types::ClassId cls) const {
  std::string out;
  for (bool setter : {true, false})
    for (const auto& [name, slot] : accessors(program_.classes[cls], setter))
      if (slot.type != types::kBottom) out += "static " + declaration(slot.type, accessor_variable(cls, name, setter)) + "\n";
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
  line(accessor_variable(cls, def->name, setter) + " = " +
       convert(make_function(def), type_of_function_value(def), it->second.type, def) + ";");
}

// The accessor of the property `name` that class `cls` reaches (defined
// beside the getter, in `owner`); nullopt when it has none.
std::optional<Emitter::ClassAttribute> Emitter::property_accessor(types::ClassId owner, std::string_view name, bool setter) const {
  const auto& known = accessors(program_.classes[owner], setter);
  auto it = known.find(std::string(name));
  if (it == known.end() || it->second.type == types::kBottom) return std::nullopt;
  return ClassAttribute{owner, it->second.type, accessor_variable(owner, name, setter)};
}

// obj.x = value through the property `getter` of class `cls`.
Emitter::Typed Emitter::property_store(const ast::Node* where, types::ClassId cls, const std::string& self,
                                       const ClassAttribute& getter, std::string_view name, const Typed& value) {
  if (auto setter = property_accessor(getter.owner, name, true))
    return call_method(where, cls, self, *setter, CallArguments{}, {}, {value});
  return {"rt::raise(rt::exc::AttributeError, " +
              quoted("property '" + std::string(name) + "' of '" + program_.classes[cls].name + "' object has no setter") + ")",
          types::kBottom};
}

std::string Emitter::delete_attribute(const ast::Attribute* a) {
  types::TypeId receiver = type_of(a->value);
  if (!is_instance_receiver(receiver)) unsupported(a, "deleting this attribute");
  std::string name = mangle(a->attr);
  std::string code = dispatch(
      a, receiver, expression(a->value), types::kNone,
      [&](types::ClassId k, const std::string& self) -> Typed {
        std::string missing = "rt::raise_no_attribute(reinterpret_cast<const rt::Object*>(" + self + "), " + quoted(a->attr) + ")";
        if (auto found = find_class_attribute(k, a->attr); found && kind_of(found->type) == Kind::Function) {
          const types::FunctionInfo& f = program_.functions[program_.table.get(found->type).a];
          if (f.method_kind != types::MethodKind::Property) unsupported(a, "deleting a method");
          if (auto deleter = property_accessor(found->owner, a->attr, false))
            return call_method(a, k, self, *deleter, CallArguments{}, {});
          return {"rt::raise(rt::exc::AttributeError, " +
                      quoted("property '" + std::string(a->attr) + "' of '" + program_.classes[k].name + "' object has no deleter") + ")",
                  types::kBottom};
        }
        if (!instance_field(k, a->attr)) return {missing, types::kBottom};
        // A class attribute of that name stays readable once the field is gone.
        return {"if (!" + self + "->bf_" + name + ") " + missing + "; " + self + "->bf_" + name + " = false", types::kNone};
      },
      [&](const std::string&) -> Typed { unsupported(a, "deleting an attribute of a value that may not be an instance"); });
  return sequenced(position(a), {}, code);
}

}  // namespace ingot::codegen
