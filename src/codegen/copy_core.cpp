// Calls of `_ingot_copy`, the native core under src/stdlib/copy.py
// (types/copies.cpp has the design): blank(x), an instance of x's class
// made without __init__, and fill(y, x, copier, arg), each attribute x has
// set stored on y as copier(value, arg). Both test the object's class
// against each class it may be (every copyable class of the program for a
// dyn), so a field is read, copied and stored typed.
#include <algorithm>
#include <set>

#include "codegen/emitter.h"

namespace ingot::codegen {

using types::Kind;

// The classes a value of `type` may be an instance of, less exceptions and
// builtin subclasses (types/copies.cpp leaves them out too).
std::vector<types::ClassId> Emitter::copied_classes(types::TypeId type) const {
  std::vector<types::ClassId> out;
  bool others = false;
  if (kind_of(type) == Kind::Dyn) {
    for (const types::ClassInfo& cls : program_.classes)
      if (!class_left_out(cls.id)) out.push_back(cls.id);
  } else {
    out = receiver_classes(type, &others);
  }
  std::erase_if(out, [&](types::ClassId k) {
    return !program_.classes[k].builtin_base.empty() || program_.classes[k].unknown_base;
  });
  return out;
}

std::string Emitter::copy_core_call(const ast::Call* c, std::string_view name) {
  size_t arity = name == "blank" ? 1 : name == "fill" ? 4 : 0;
  if (arity == 0 || c->args.size() != arity || !c->keywords.empty()) return "";
  for (const ast::Expr* argument : c->args)
    if (argument->kind == ast::Kind::Starred) return "";
  const ast::Expr* object = c->args[arity == 1 ? 0 : 1];
  std::string refused = "rt::raise(rt::exc::TypeError, std::string(\"ingot: cannot copy '\") + std::string(t_->name) + "
                        "\"' objects\")";
  std::vector<std::pair<std::string, std::string>> operands;
  for (size_t i = 0; i < arity; ++i) {
    const ast::Expr* e = c->args[i];
    if (i < 2) operands.emplace_back("rt::Value b" + std::to_string(i) + "_", boxed(expression(e), type_of(e), e));
    else operands.emplace_back(cxx_type(type_of(e), e) + " a" + std::to_string(i) + "_", expression(e));
  }
  std::string body = "const rt::TypeObject* t_ = &b" + std::to_string(arity == 1 ? 0 : 1) + "_.type(); ";
  if (name == "blank") {
    body += "rt::Value r_; ";
    for (types::ClassId k : copied_classes(type_of(object)))
      body += "if (t_ == &" + class_struct(k) + "::type) r_ = rt::box(" +
              (per_run(k) ? "({ auto* n_ = rt::new_instance<" + class_struct(k) + ">(); n_->run_ = rt::object_as<" + class_struct(k) +
                                ">(b0_.object())->run_; n_; })"  // x's class object (run_classes.cpp)
                          : "rt::new_instance<" + class_struct(k) + ">()") +
              "); else ";
    body += refused + "; ";
    return convert(sequenced(position(c), operands, "({ " + body + "r_; })"), types::kDyn, type_of(c), c);
  }
  const ast::Expr* copier = c->args[2];
  types::TypeId arg = type_of(c->args[3]);
  body += "if (&b0_.type() != t_) rt::raise(rt::exc::TypeError, \"ingot: a copy of another class\"); ";
  for (types::ClassId k : copied_classes(type_of(object))) {
    std::string s = class_struct(k);
    body += "if (t_ == &" + s + "::type) { auto* xs_ = rt::object_as<" + s + ">(b1_.object()); auto* ys_ = rt::object_as<" +
            s + ">(b0_.object()); (void)xs_; (void)ys_; ";
    std::set<std::string> seen;
    for (types::ClassId m : program_.classes[k].mro)
      for (const auto& [attribute, slot] : program_.classes[m].instance_attributes) {
        const types::Slot* field = instance_field(k, attribute);
        if (slot.type == types::kBottom || !field || !seen.insert(attribute).second) continue;
        std::string member = "f_" + mangle(attribute);
        Typed copied = call_callable(copier, "a2_", {{"xs_->" + member, field->type}, {"a3_", arg}});
        body += "if (" + field_is_set("xs_", k, attribute) + ") { ys_->" + member + " = " +
                convert(copied.code, copied.type, field->type, c) + "; " +
                (field_has_flag(k, attribute) ? "ys_->bf_" + mangle(attribute) + " = true; " : "") + "} ";
      }
    if (has_instance_dict(k)) {
      std::string dict = instance_dict_field();
      Typed copied = call_callable(copier, "a2_", {{"e_.entries()[i_].value", types::kDyn}, {"a3_", arg}});
      body += "if (xs_->" + dict + ") { rt::Dict<rt::Str, rt::Value> e_; rt::instance_dict_extras(e_, xs_->" + dict +
              "); for (int64_t i_ = 0; i_ < e_.entries_end(); ++i_) rt::instance_dict_set(ys_->" + dict +
              ", e_.entries()[i_].key, " + convert(copied.code, copied.type, types::kDyn, c) + "); } ";
    }
    body += "} else ";
  }
  body += refused + "; ";
  return convert(sequenced(position(c), operands, "({ " + body + "rt::Value::none(); })"), types::kDyn, type_of(c), c);
}

}  // namespace ingot::codegen
