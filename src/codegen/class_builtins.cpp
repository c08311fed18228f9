// type(), issubclass(), getattr()/hasattr()/setattr() with a constant
// name, on the program's instances and classes.
#include <algorithm>

#include "codegen/emitter.h"
#include "types/builtins.h"

namespace ingot::codegen {

using types::Kind;

std::string Emitter::class_builtin(const ast::Call* c, std::string_view name) {
  if (!c->keywords.empty() || c->args.empty()) return "";
  for (const ast::Expr* argument : c->args)
    if (argument->kind == ast::Kind::Starred) return "";
  const ast::Expr* subject = c->args[0];
  types::TypeId type = type_of(subject);
  types::TypeId result = type_of(c);
  if (name == "issubclass" && c->args.size() == 2 && kind_of(type) == Kind::Class) {
    std::vector<const ast::Expr*> classes{c->args[1]};
    if (auto* t = ast::as<ast::Tuple>(c->args[1])) classes.assign(t->elts.begin(), t->elts.end());
    bool answer = false;
    for (const ast::Expr* cls : classes) {
      const types::Type& t = program_.table.get(type_of(cls));
      bool object = t.kind == Kind::Builtin && types::builtin_name(t.a) == "object";
      if (t.kind != Kind::Class && !object) return "";
      // Which run's class object each is is known at run time only (run_classes.cpp).
      if ((t.kind == Kind::Class && per_run(t.a)) || per_run(program_.table.get(type).a)) return "";
      const auto& mro = program_.classes[program_.table.get(type).a].mro;
      answer = answer || object || std::count(mro.begin(), mro.end(), t.a) > 0;
      if (!answer && t.kind == Kind::Class && derives_abc(t.a)) return "";  // registered at run time: issubclass_call
    }
    return "((void)" + expression(subject) + ", (void)" + expression(c->args[1]) + ", " + (answer ? "true" : "false") + ")";
  }
  if (!is_instance_receiver(type)) return "";
  if (name == "len" && c->args.size() == 1 && !is_value(type)) return instance_len(c);  // dunders.cpp
  if (name == "abs" && c->args.size() == 1 && !is_value(type)) {
    std::string code = dunder_call(c, type, expression(subject), "__abs__", {}, result, [&](const std::string&) -> Typed {
      return {"rt::raise(rt::exc::TypeError, std::string(\"bad operand type for abs(): '\") + std::string(rt::type_name(" +
                  box_value("dso_", type) + ")) + \"'\")",
              types::kBottom};
    });
    return sequenced(position(c), {}, code);
  }
  if ((name == "float" || name == "int" || name == "round" || name == "bytes") && c->args.size() == 1) {
    // __float__ / __int__ / __round__ / __bytes__; a class without it, and
    // the other members of a union, convert as builtins do
    // (dynamic_builtins.h, number_builtins.h and bytes_of_value raise the TypeError).
    struct Conversion {
      std::string_view name, dunder, dynamic, rest;
      types::TypeId type;
    };
    static const Conversion kConversions[] = {{"float", "__float__", "rt::to_float(", ")", types::kFloat},
                                              {"int", "__int__", "rt::to_int(", ")", types::kInt},
                                              {"round", "__round__", "rt::round(", ")", types::kDyn},
                                              {"bytes", "__bytes__", "rt::bytes_of_value(", ", false)", types::kBytes}};
    const Conversion& conversion = *std::find_if(std::begin(kConversions), std::end(kConversions),
                                                 [&](const Conversion& k) { return k.name == name; });
    std::string code = dunder_call(c, type, expression(subject), conversion.dunder, {}, result, [&](const std::string&) -> Typed {
      return {std::string(conversion.dynamic) + box_value("dso_", type) + std::string(conversion.rest), conversion.type};
    });
    return sequenced(position(c), {}, code);
  }
  if (name == "round" && c->args.size() == 2 && c->keywords.empty() && !is_value(type)) {
    // round(obj, ndigits): __round__(ndigits), evaluated after obj.
    types::TypeId ndigits = type_of(c->args[1]);
    std::string code = dunder_call(c, type, "ro_", "__round__", {Typed{"rn_", ndigits}}, result, [&](const std::string&) -> Typed {
      return {"rt::round(" + box_value("dso_", type) + ", " + box_value("rn_", ndigits) + ")", types::kDyn};
    });
    return sequenced(position(c),
                     {{cxx_type(type, c) + " ro_", expression(subject)}, {cxx_type(ndigits, c) + " rn_", expression(c->args[1])}},
                     code);
  }
  if (name == "iter" && c->args.size() == 1 && !is_value(type)) return instance_iter(c);  // class_iteration.cpp
  if (name == "type" && c->args.size() == 1) {
    bool others = false;
    receiver_classes(type, &others);
    if (others) return "";
    std::string code = dispatch(
        c, type, expression(subject), result,
        [&](types::ClassId k, const std::string& self) {
          return Typed{class_object(k, instance_run(k, self), c), find_type(Kind::Class, k)};
        },
        [&](const std::string&) { return Typed{"", types::kBottom}; });
    return sequenced(position(c), {}, code);
  }
  if ((name != "getattr" && name != "hasattr" && name != "setattr") || c->args.size() < 2) return "";
  auto* constant = ast::as<ast::Constant>(c->args[1]);
  if (!constant || constant->value.kind != ast::Value::Kind::Str) return "";
  std::string attr(constant->value.text);
  if (name == "setattr") return "";
  // getattr(obj, name[, default]) and hasattr: a class without the
  // attribute gives the default (or False).
  bool has = name == "hasattr";
  if (!has && c->args.size() > 3) return "";
  const ast::Expr* fallback = c->args.size() == 3 ? c->args[2] : nullptr;
  std::vector<std::pair<std::string, std::string>> operands{{cxx_type(type, c) + " go_", expression(subject)}};
  if (fallback) operands.emplace_back(cxx_type(type_of(fallback), c) + " gd_", expression(fallback));
  std::string missing = has ? "false"
                        : fallback ? convert("gd_", type_of(fallback), result, c)
                                   : "({ rt::raise_no_attribute(reinterpret_cast<const rt::Object*>(self_), " + quoted(attr) + "); " +
                                         convert("rt::Value::none()", types::kDyn, result, c) + "; })";
  types::TypeId out = has ? types::kBool : result;
  std::string code = dispatch(
      c, type, "go_", out,
      [&](types::ClassId k, const std::string& self) -> Typed {
        const types::Slot* field = instance_field(k, attr);
        std::optional<ClassAttribute> found = find_class_attribute(k, attr);
        // __class__, __dict__, ... and the names of the instance's dict: its getattr slot.
        bool special = attr == "__class__" || !instance_special_attribute(k, self, attr, c).code.empty();
        if (!field && !found && (special || has_instance_dict(k))) {
          std::string object = "rt::box(" + self + ")";
          if (has) return {"rt::hasattr(" + object + ", " + str_constant(attr) + ")", types::kBool};
          if (fallback)
            return {"rt::getattr_or(" + object + ", " + str_constant(attr) + ", " + boxed("gd_", type_of(fallback), c) + ")",
                    types::kDyn};
          return {"rt::getattr(" + object + ", " + str_constant(attr) + ")", types::kDyn};
        }
        auto getattr_dunder = find_class_attribute(k, "__getattr__");
        bool answers = getattr_dunder && kind_of(getattr_dunder->type) == Kind::Function;
        if ((has || fallback) && !found && answers) {
          // Unset field or not, __getattr__ answers, and only its AttributeError
          // means absent: False, or the default.
          Typed read = read_instance_attribute(c, k, self, attr, has ? types::kDyn : out);
          std::string hit = has ? "((void)" + read.code + ", true)" : read.code;
          return {"({ " + cxx_type(out, c) + " r_; try { r_ = " + hit +
                      "; } catch (const rt::PyException& e_) { if (!e_.matches(rt::exc::AttributeError)) throw; r_ = " + missing +
                      "; } r_; })",
                  out};
        }
        if (has) {
          std::string test = found ? "true" : "false";
          if (field && !found) test = field_is_set(self, k, attr);
          return {test, types::kBool};
        }
        if (!field && !found && !answers) return {missing, out};
        if (found || answers) return read_instance_attribute(c, k, self, attr, out);
        return {"(" + field_is_set(self, k, attr) + " ? " + convert(self + "->f_" + mangle(attr), field->type, out, c) + " : " +
                    missing + ")",
                out};
      },
      [&](const std::string& value) -> Typed {
        if (has) return {"rt::hasattr(" + value + ", " + str_constant(attr) + ")", types::kBool};
        if (fallback)  // value_builtins.h
          return {"rt::getattr_or(" + value + ", " + str_constant(attr) + ", " + boxed("gd_", type_of(fallback), c) + ")",
                  types::kDyn};
        return {"rt::getattr(" + value + ", " + str_constant(attr) + ")", types::kDyn};
      });
  return sequenced(position(c), operands, code);
}

}  // namespace ingot::codegen
