// Instance dicts: the attributes of an instance that its class does not
// declare, and what reads them (vars(obj), obj.__dict__, dir()).
//
// A class whose instances a store with a run-time name may reach (the
// analysis' ClassInfo::instance_dict) has one more member in its struct,
// an rt::Object* to a Dict<Str, Value> made on the first such store
// (runtime/instance_dict.h). Its getattr, setattr and delattr slots and
// typed reads of names without a field look there. Other classes compile
// as before: no member, no lookups. `__slots__` classes never get one.
#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "ast/children.h"
#include "codegen/emitter.h"

namespace ingot::codegen {

using types::Kind;

bool Emitter::has_instance_dict(types::ClassId cls) const {
  const types::ClassInfo& info = program_.classes[cls];
  if (is_exception_class(cls) || !info.builtin_base.empty() || !slots_allow(cls, "__dict__")) return false;
  for (types::ClassId k : info.mro)
    if (program_.classes[k].instance_dict.type != types::kBottom) return true;
  return false;
}

bool Emitter::declares_instance_dict(types::ClassId cls) const {
  types::ClassId base = primary_base(cls);
  return has_instance_dict(cls) && (base == types::kNoClass || !has_instance_dict(base));
}

std::string Emitter::instance_dict_field() { return "f_" + mangle("__dict__"); }

namespace {

// The attributes `self.name = ...` stores in a class's methods, in the order
// of their first store: __init__'s first (it usually runs first), then the
// other methods' in source order. This is the order CPython's instance dict
// gets when __init__ sets every attribute, which is the usual case.
std::vector<std::string> store_order(const ast::ClassDef* cls) {
  std::vector<std::string> order;
  auto scan = [&](const ast::FunctionDef* method) {
    const ast::Arguments* args = method->args;
    const ast::Arg* self = !args->posonlyargs.empty() ? args->posonlyargs[0] : !args->args.empty() ? args->args[0] : nullptr;
    if (!self) return;
    auto visit = [&](auto& visit_node, const ast::Node* node) -> void {
      if (node->kind == ast::Kind::FunctionDef || node->kind == ast::Kind::ClassDef || node->kind == ast::Kind::Lambda) return;
      if (auto* a = ast::as<ast::Attribute>(node); a && a->ctx == ast::ExprContext::Store)
        if (auto* n = ast::as<ast::Name>(a->value); n && n->id == self->arg &&
                                                   std::find(order.begin(), order.end(), a->attr) == order.end())
          order.emplace_back(a->attr);
      ast::for_each_child(node, [&](const ast::Node* child) { visit_node(visit_node, child); });
    };
    for (const ast::Stmt* statement : method->body) visit(visit, statement);
  };
  std::vector<const ast::FunctionDef*> methods;
  for (const ast::Stmt* statement : cls->body)
    if (auto* def = ast::as<ast::FunctionDef>(statement)) methods.push_back(def);
  std::stable_partition(methods.begin(), methods.end(), [](const ast::FunctionDef* d) { return d->name == "__init__"; });
  for (const ast::FunctionDef* method : methods) scan(method);
  return order;
}

}  // namespace

// The fields that are set, then the dict's names. A base class's fields
// come first (its __init__ usually runs first), each class's in the order
// of its first stores (store_order); names stored only from outside the
// class's methods follow, by name. Where the class has a dict, the fields
// whose first store it noted (mark_field_set) come in their place among
// its names instead, which is CPython's order.
std::string Emitter::instance_namespace(types::ClassId cls, const std::string& self, const ast::Node* where) {
  const auto& mro = program_.classes[cls].mro;
  std::string body = "rt::Dict<rt::Str, rt::Value> d_; ";
  std::set<std::string> seen;
  for (auto it = mro.rbegin(); it != mro.rend(); ++it) {
    const types::ClassInfo& info = program_.classes[*it];
    std::vector<std::string> names = info.node ? store_order(info.node) : std::vector<std::string>{};
    for (const auto& [name, slot] : info.instance_attributes)
      if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
    for (const std::string& name : names) {
      auto slot = info.instance_attributes.find(name);
      const types::Slot* field = instance_field(cls, name);
      if (slot == info.instance_attributes.end() || slot->second.type == types::kBottom || !field ||
          !seen.insert(name).second)
        continue;
      std::string noted = has_instance_dict(cls) && field_has_flag(cls, name)
                              ? " && !rt::instance_dict_has(" + self + "->" + instance_dict_field() + ", " + str_constant(name) + ")"
                              : "";
      body += "if (" + field_is_set(self, cls, name) + noted + ") d_.set(" + str_constant(name) + ", " +
              convert(self + "->f_" + mangle(name), field->type, types::kDyn, where) + "); ";
    }
  }
  if (has_instance_dict(cls))
    body += "rt::instance_dict_extras(d_, " + self + "->" + instance_dict_field() + ", reinterpret_cast<const rt::Object*>(" +
            self + ")); ";
  return "({ " + body + "rt::box(d_); })";
}

// What `obj.name` gives for the names every instance has without a field:
// __dict__ (a snapshot: a store into it does not reach the object),
// __module__ and __doc__ (its class's).
Emitter::Typed Emitter::instance_special_attribute(types::ClassId cls, const std::string& self, std::string_view name,
                                                   const ast::Node* where) {
  const types::ClassInfo& info = program_.classes[cls];
  if (name == "__dict__") {
    if (!slots_allow(cls, "__dict__") || is_exception_class(cls)) return {"", types::kBottom};
    return {instance_namespace(cls, self, where), types::kDyn};
  }
  if (name == "__module__") return {str_constant(class_module(cls)), types::kStr};
  if (name == "__doc__" && info.node) return {class_doc_value(cls), types::kDyn};
  return {"", types::kBottom};
}

// dir(C): the names of C's class dict and its bases' (`object`'s are
// added at run time), sorted there.
std::string Emitter::class_dir_names(types::ClassId cls) {
  std::set<std::string> names{"__module__", "__doc__"};
  for (types::ClassId k : program_.classes[cls].mro)
    for (const auto& [name, slot] : program_.classes[k].class_attributes)
      if (slot.type != types::kBottom) names.insert(name);
  if (slots_allow(cls, "__dict__")) names.insert({"__dict__", "__weakref__"});
  else names.insert("__slots__");
  std::string out;
  for (const std::string& n : names) out += (out.empty() ? "" : ", ") + std::string("std::string_view(") + quoted(n) + ")";
  return "std::span<const std::string_view>((const std::string_view[]){" + out + "})";
}

// dir(obj) of the program's instances: the class's names, the fields set
// and the dict's names; dir(C) of a class.
std::string Emitter::dir_call(const ast::Call* c) {
  if (c->args.size() != 1 || !c->keywords.empty() || c->args[0]->kind == ast::Kind::Starred) return "";
  const ast::Expr* object = c->args[0];
  types::TypeId type = type_of(object);
  const types::Type& t = program_.table.get(type);
  if (t.kind == Kind::Class) {
    if (is_exception_class(t.a)) unsupported(c, "dir() of an exception class");
    return convert("((void)" + expression(object) + ", rt::box(rt::dir_list(" + class_dir_names(t.a) + ", true)))",
                   types::kDyn, type_of(c), c);
  }
  if (std::vector<types::ClassId> classes = union_classes(type, false); !classes.empty()) {
    // dir(cls) of one of several classes (class_unions.cpp): found by identity.
    std::string chain = "rt::Value r_; ";
    for (types::ClassId k : classes) {
      if (is_exception_class(k)) unsupported(c, "dir() of an exception class");
      chain += "if (" + holds_class("du_", k) + ") r_ = rt::box(rt::dir_list(" + class_dir_names(k) + ", true)); else ";
    }
    chain += "rt::unreachable<void>(); r_";
    return convert(sequenced(position(c), {{"rt::Value du_", boxed(expression(object), type, object)}}, chain),
                   types::kDyn, type_of(c), c);
  }
  if (!is_instance_receiver(type)) return "";
  std::string code = dispatch(
      c, type, "do_", types::kDyn,
      [&](types::ClassId k, const std::string& self) -> Typed {
        if (is_exception_class(k)) unsupported(c, "dir() of an exception");
        std::string body = "rt::GcVector<rt::Str> sf_; ";
        std::set<std::string> seen;
        for (types::ClassId m : program_.classes[k].mro)
          for (const auto& [name, slot] : program_.classes[m].instance_attributes)
            if (slot.type != types::kBottom && instance_field(k, name) && seen.insert(name).second)
              body += "if (" + field_is_set(self, k, name) + ") sf_.push_back(" + str_constant(name) + "); ";
        std::string dict = has_instance_dict(k) ? self + "->" + instance_dict_field() : "nullptr";
        return {"({ " + body + "rt::box(rt::dir_list(" + class_dir_names(k) + ", true, " + dict + ", sf_)); })", types::kDyn};
      },
      [&](const std::string& v) -> Typed {
        (void)v;
        unsupported(c, "dir() of a value that may not be an instance");
      });
  return convert(sequenced(position(c), {{cxx_type(type, c) + " do_", expression(object)}}, code), types::kDyn,
                 type_of(c), c);
}

// A deleted field's note of its first store (mark_field_set) goes too: a
// later store comes last again, as in CPython's dict.
std::string Emitter::forget_field(const std::string& self, types::ClassId cls, std::string_view name) const {
  if (!has_instance_dict(cls)) return "";
  return "rt::instance_dict_delete(" + self + "->" + instance_dict_field() + ", " + str_constant(name) + "); ";
}

// The delattr slot: a field that is set is unset, a dict name removed.
std::string Emitter::delattr_slot(types::ClassId cls) {
  std::string out;
  std::set<std::string> seen;
  for (types::ClassId k : program_.classes[cls].mro)
    for (const auto& [name, slot] : program_.classes[k].instance_attributes) {
      if (slot.type == types::kBottom || !instance_field(cls, name) || !seen.insert(name).second) continue;
      // A field without flag is one no deletion in the program names (definite_fields.cpp).
      if (!field_has_flag(cls, name)) continue;
      std::string flag = "self_->bf_" + mangle(name);
      out += "if (n_ == " + quoted(name) + ") { if (!" + flag + ") return false; " + flag + " = false; " +
             forget_field("self_", cls, name) + "return true; } ";
    }
  if (has_instance_dict(cls)) return out + "return rt::instance_dict_delete(self_->" + instance_dict_field() + ", name_);";
  return out.empty() ? "" : out + "return false;";
}

// `del obj.x` and delattr(obj, 'x'): the class's own __delattr__ (unless
// `raw`: object.__delattr__), else a property's deleter, a field unset, a
// dict name removed; AttributeError where there is nothing to delete.
std::string Emitter::delete_instance_attribute(const ast::Node* where, types::TypeId receiver, const std::string& object,
                                               std::string_view attr, bool raw) {
  std::string name = mangle(attr);
  return dispatch(
      where, receiver, object, types::kNone,
      [&](types::ClassId k, const std::string& self) -> Typed {
        if (auto own = find_class_attribute(k, "__delattr__"); !raw && own && kind_of(own->type) == Kind::Function)
          return call_method_values(where, k, self, *own, {{str_constant(attr), types::kStr}});
        std::string missing = "rt::raise_no_attribute(reinterpret_cast<const rt::Object*>(" + self + "), " + quoted(attr) + ")";
        if (auto found = find_class_attribute(k, attr); found && is_data_descriptor(found->type))
          return descriptor_delete(where, k, self, attr, *found);  // descriptors.cpp
        if (auto found = find_class_attribute(k, attr); found && kind_of(found->type) == Kind::Function) {
          const types::FunctionInfo& f = program_.functions[program_.table.get(found->type).a];
          if (f.method_kind != types::MethodKind::Property) unsupported(where, "deleting a method");
          if (auto deleter = property_accessor(found->owner, attr, false, instance_run(k, self)))
            return call_method(where, k, self, *deleter, CallArguments{}, {});
          return {"rt::raise(rt::exc::AttributeError, " +
                      quoted("property '" + std::string(attr) + "' of '" + program_.classes[k].name + "' object has no deleter") + ")",
                  types::kBottom};
        }
        if (!instance_field(k, attr)) {
          if (!has_instance_dict(k)) return {missing, types::kBottom};
          return {"if (!rt::instance_dict_delete(" + self + "->" + instance_dict_field() + ", " + str_constant(attr) + ")) " + missing,
                  types::kNone};
        }
        // A class attribute of that name stays readable once the field is gone.
        // (This `del` keeps the flag of every field of that name: definite_fields.cpp.)
        return {"if (!" + self + "->bf_" + name + ") " + missing + "; " + forget_field(self, k, attr) + self + "->bf_" + name +
                    " = false",
                types::kNone};
      },
      [&](const std::string& v) -> Typed { return {"rt::delattr(" + v + ", " + str_constant(attr) + ")", types::kNone}; });
}

}  // namespace ingot::codegen
