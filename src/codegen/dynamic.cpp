// Values: None, unions and dyn are one representation, rt::Value (one
// tagged word, runtime/value.h). An operation with a Value operand boxes
// the other operands, runs the runtime's dynamic operation
// (runtime/dynamic*.h), which decides on the classes at run time and raises
// what CPython raises, and unboxes the result to the type the analysis gave
// the expression (a check that only fails when the analysis was wrong).
#include <optional>

#include "codegen/emitter.h"
#include "codegen/python_names.h"
#include "types/builtins.h"

namespace ingot::codegen {

using types::Kind;

namespace {

// The TypeObject of a builtin class, for isinstance(); null for others.
const char* builtin_class(std::string_view name) {
  static const std::pair<std::string_view, const char*> classes[] = {
      {"int", "rt::int_type"},   {"float", "rt::float_type"}, {"str", "rt::str_type"},
      {"bool", "rt::bool_type"}, {"list", "rt::list_type"},   {"dict", "rt::dict_type"},
      {"tuple", "rt::tuple_type"}, {"set", "rt::set_type"},   {"frozenset", "rt::frozenset_type"},
      {"range", "rt::range_type"}, {"object", "rt::object_type"}, {"bytes", "rt::bytes_type"}, {"bytearray", "rt::bytearray_type"},
      {"memoryview", "rt::memoryview_type"},
      {"complex", "rt::complex_type"}, {"slice", "rt::slice_type"}, {"type", "rt::type_type"}};
  for (const auto& [python, cxx] : classes)
    if (python == name) return cxx;
  return nullptr;
}

}  // namespace

const char* builtin_class_type(std::string_view name) { return builtin_class(name); }

bool Emitter::is_value(types::TypeId type) const {
  Kind k = kind_of(type);
  return k == Kind::None || k == Kind::Union || k == Kind::Dyn;
}

std::string Emitter::box_value(const std::string& value, types::TypeId from) {
  // A None-typed expression may be a call of a function without result
  // (a C++ void).
  if (kind_of(from) == Kind::None && value != "rt::Value::none()")
    return "((void)(" + value + "), rt::Value::none())";
  return is_value(from) && optional_instance(from) == types::kBottom ? value : "rt::box(" + value + ")";
}

bool Emitter::raises_dynamically(const ast::Expr* e) const {
  const ast::Expr* operand = nullptr;
  if (auto* a = ast::as<ast::Attribute>(e)) operand = a->value;
  else if (auto* s = ast::as<ast::Subscript>(e)) operand = s->value;
  else if (auto* c = ast::as<ast::Call>(e)) operand = c->func->kind == ast::Kind::Attribute ? static_cast<const ast::Attribute*>(c->func)->value : c->func;
  else if (auto* b = ast::as<ast::BinOp>(e)) operand = is_value(type_of(b->left)) ? b->left : b->right;
  else if (auto* u = ast::as<ast::UnaryOp>(e)) operand = u->operand;
  return operand && is_value(type_of(operand));
}

std::string Emitter::unbox_value(const std::string& value, types::TypeId to, const ast::Node* where) {
  if (is_value(to) || kind_of(to) == Kind::Bottom) return value;  // bottom: it raised
  switch (kind_of(to)) {
    case Kind::Bool:
    case Kind::Int:
    case Kind::Float:
    case Kind::Complex:
    case Kind::Str:
    case Kind::Bytes:  // runtime/bytes.h
    case Kind::ByteArray:  // runtime/bytearray.h
    case Kind::File:   // runtime/file.h
    case Kind::Range:
    case Kind::Slice:  // runtime/slice_object.h
    case Kind::List:
    case Kind::Dict:
    case Kind::Set:
    case Kind::Tuple:
    case Kind::TupleOf:
    case Kind::Instance:  // runtime/instance.h
    case Kind::Exception:  // runtime/exception_values.h
    case Kind::Class:
    case Kind::Generator:  // runtime/generator.h
    case Kind::BoundMethod:  // runtime/method.h
    case Kind::Function:  // one def's functions: their struct's signature (runtime/function.h)
    case Kind::Iterator: break;  // runtime/iter_unbox.h
    case Kind::Builtin:  // a builtin class or function (builtin_function.h)
      if (is_builtin_value(to)) break;
      [[fallthrough]];
    default: unsupported(where, "a dynamic value used as '" + program_.table.format(to) + "'");
  }
  return sequenced(position(where), {{"rt::Value u_", value}}, "rt::unbox<" + cxx_type(to, where) + ">(u_)");
}

std::string Emitter::dynamic_binary(const ast::Node* where, ast::Operator op, types::TypeId left_type,
                                    const std::string& left, types::TypeId right_type, const std::string& right,
                                    types::TypeId result) {
  if (!is_value(left_type) && !is_value(right_type) && !is_value(result)) return "";
  bool in_place = where->kind == ast::Kind::AugAssign;
  // A float and an `int | float` Value giving a float: inline, without
  // boxing the float (runtime/float_value.h).
  bool arithmetic = op == ast::Operator::Add || op == ast::Operator::Sub || op == ast::Operator::Mult || op == ast::Operator::Div;
  Kind l = kind_of(left_type), r = kind_of(right_type);
  if (arithmetic && kind_of(result) == Kind::Float &&
      ((l == Kind::Float && (r == Kind::Union || r == Kind::Dyn)) || ((l == Kind::Union || l == Kind::Dyn) && r == Kind::Float))) {
    std::string a = l == Kind::Float ? "double a_" : "rt::Value a_", b = r == Kind::Float ? "double b_" : "rt::Value b_";
    return sequenced(binary_position(where), {{a, left}, {b, right}},
                     "rt::float_binary<rt::BinaryOp(" + std::to_string(int(op)) + ")" + (in_place ? ", true" : "") + ">(a_, b_)");
  }
  // x op= y: "+=" in the errors, and a list extends in place.
  const char* function = in_place ? "rt::inplace" : "rt::binary";
  std::string value = sequenced(binary_position(where),
                                {{"rt::Value a_", box_value(left, left_type)}, {"rt::Value b_", box_value(right, right_type)}},
                                std::string(function) + "(rt::BinaryOp(" + std::to_string(int(op)) + "), a_, b_)");
  return convert(value, types::kDyn, result, where);
}

std::string Emitter::dynamic_unary(const ast::UnaryOp* u) {
  types::TypeId type = type_of(u->operand);
  if (u->op == ast::UnaryOperator::Not || (!is_value(type) && !is_value(type_of(u)))) return "";
  std::string value = sequenced(position(u), {{"rt::Value a_", box_value(expression(u->operand), type)}},
                                "rt::unary(rt::UnaryOp(" + std::to_string(int(u->op)) + "), a_)");
  return convert(value, types::kDyn, type_of(u), u);
}

std::string Emitter::dynamic_compare(const ast::Node* where, ast::CmpOperator op, types::TypeId left_type,
                                     const std::string& left, types::TypeId right_type, const std::string& right) {
  using Op = ast::CmpOperator;
  bool negated = op == Op::IsNot || op == Op::NotIn || op == Op::NotEq;
  std::string operands_order;
  if (op == Op::Is || op == Op::IsNot) {
    // Identity of the boxed values: None, True and False are static
    // objects, small ints are their bits, containers their objects.
    if (kind_of(right_type) == Kind::None && optional_instance(left_type) != types::kBottom)
      return "(" + left + (negated ? " != " : " == ") + "nullptr)";
    if (kind_of(right_type) == Kind::None && is_value(left_type))
      return std::string(negated ? "!" : "") + "(" + left + ").is_none()";
    return std::string(negated ? "!" : "") +
           sequenced(-1, {{"rt::Value a_", box_value(left, left_type)}, {"rt::Value b_", box_value(right, right_type)}},
                     "a_.is(b_)");
  }
  if (!is_value(left_type) && !is_value(right_type)) return "";
  std::string body;
  switch (op) {
    case Op::In:
    case Op::NotIn: body = "rt::contains(b_, a_)"; break;
    case Op::Eq:
    case Op::NotEq: body = "rt::equal(a_, b_)"; break;
    case Op::Lt: body = "rt::rich_compare(a_, b_, rt::CompareOp::lt)"; break;
    case Op::LtE: body = "rt::rich_compare(a_, b_, rt::CompareOp::le)"; break;
    case Op::Gt: body = "rt::rich_compare(a_, b_, rt::CompareOp::gt)"; break;
    default: body = "rt::rich_compare(a_, b_, rt::CompareOp::ge)"; break;
  }
  return std::string(negated ? "!" : "") +
         sequenced(position(where),
                   {{"rt::Value a_", box_value(left, left_type)}, {"rt::Value b_", box_value(right, right_type)}}, body);
}

std::string Emitter::dynamic_subscript(const ast::Subscript* s) {
  types::TypeId container = type_of(s->value);
  if (!is_value(container)) return "";
  std::string value = box_value(expression(s->value), container);
  std::string result;
  if (auto* slice = ast::as<ast::Slice>(s->slice)) {
    std::vector<std::pair<std::string, std::string>> operands{{"rt::Value c_", value}};
    for (auto& bound : slice_operands(slice)) operands.push_back(std::move(bound));
    result = sequenced(position(s), operands, "rt::getslice(c_, b0_, b1_, b2_)");
  } else {
    types::TypeId key = type_of(s->slice);
    result = sequenced(position(s), {{"rt::Value c_", value}, {"rt::Value k_", box_value(expression(s->slice), key)}},
                       "rt::getitem(c_, k_)");
  }
  return convert(result, types::kDyn, type_of(s), s);
}

// The value first, then the container and the key, as CPython evaluates
// `c[k] = v`; the runtime stores into the real list or dict, unboxing into
// its item representation (runtime/container_ops.h).
std::string Emitter::dynamic_store_subscript(const ast::Subscript* s, const std::string& value, types::TypeId value_type) {
  if (!is_value(type_of(s->value))) return "";
  if (auto* slice = ast::as<ast::Slice>(s->slice)) {
    std::vector<std::pair<std::string, std::string>> operands{{"rt::Value v_", box_value(value, value_type)},
                                                              {"rt::Value c_", box_value(expression(s->value), type_of(s->value))}};
    for (auto& bound : slice_operands(slice)) operands.push_back(std::move(bound));
    return sequenced(position(s), operands, "rt::setslice(c_, b0_, b1_, b2_, v_)") + ";";
  }
  return sequenced(position(s),
                   {{"rt::Value v_", box_value(value, value_type)},
                    {"rt::Value c_", box_value(expression(s->value), type_of(s->value))},
                    {"rt::Value k_", box_value(expression(s->slice), type_of(s->slice))}},
                   "rt::setitem(c_, k_, v_)") +
         ";";
}

std::string Emitter::dynamic_delete_subscript(const ast::Subscript* s) {
  if (!is_value(type_of(s->value))) return "";
  if (ast::as<ast::Slice>(s->slice)) unsupported(s, "deleting a slice of a dynamic value");
  return sequenced(position(s),
                   {{"rt::Value c_", box_value(expression(s->value), type_of(s->value))},
                    {"rt::Value k_", box_value(expression(s->slice), type_of(s->slice))}},
                   "rt::delitem(c_, k_)") +
         ";";
}

std::vector<types::TypeId> Emitter::typed_members(types::TypeId type) const {
  std::vector<types::TypeId> out;
  if (kind_of(type) == Kind::Dyn) {
    // Any class: the builtin ones whose methods compiled code may call
    // (a list only when it stores Values, so that a method changing it
    // changes it in place; the analysis interned list[dyn] if any list
    // can hold dyn items).
    out = {types::kStr, types::kInt, types::kFloat, types::kBool, types::kBytes};
    for (size_t id = 0; id < program_.table.size(); ++id) {
      const types::Type& t = program_.table.get(types::TypeId(id));
      if (t.kind == Kind::List && t.args[0] == types::kDyn) out.push_back(types::TypeId(id));
    }
    return out;
  }
  if (kind_of(type) != Kind::Union) return out;
  for (types::TypeId member : program_.table.members(type))
    if (kind_of(member) != Kind::None) out.push_back(member);
  return out;
}

std::string Emitter::holds(types::TypeId member, const std::string& v) const {
  switch (kind_of(member)) {
    case Kind::Int: return "(" + v + ".is_small_int() || rt::is_a(" + v + ", rt::int_type))";
    case Kind::Bool: return "rt::is_a(" + v + ", rt::bool_type)";
    case Kind::Float: return "rt::is_a(" + v + ", rt::float_type)";
    case Kind::Complex: return "rt::is_a(" + v + ", rt::complex_type)";
    case Kind::Str: return "rt::is_a(" + v + ", rt::str_type)";
    case Kind::Bytes: return "rt::is_a(" + v + ", rt::bytes_type)";
    case Kind::ByteArray: return "rt::is_a(" + v + ", rt::bytearray_type)";
    case Kind::List:
      if (is_value(program_.table.get(member).args[0]))
        return "(rt::is_a(" + v + ", rt::list_type) && rt::holds_values(rt::sequence_of(" + v + ")))";
      return "rt::is_a(" + v + ", rt::list_type)";
    case Kind::Dict: return "rt::is_a(" + v + ", rt::dict_type)";
    case Kind::Set: return "rt::is_set(" + v + ")";
    case Kind::Tuple:
    case Kind::TupleOf: return "rt::is_a(" + v + ", rt::tuple_type)";
    case Kind::Range: return "rt::is_a(" + v + ", rt::range_type)";
    case Kind::File: return (program_.table.get(member).a ? "rt::is_binary_file(" : "rt::is_text_file(") + v + ")";
    case Kind::Instance: return "rt::isinstance(" + v + ", " + class_struct(program_.table.get(member).a) + "::type)";
    // A class object (`k.make()` with k: type[A] | type[B]): its TypeObject,
    // which every class object of its statement has.
    case Kind::Class:
      return "(rt::is_a(" + v + ", rt::type_type) && &rt::class_of(" + v + ") == &" +
             class_struct(program_.table.get(member).a) + "::type)";
    default: return "";
  }
}

std::string Emitter::narrowed(const ast::Expr* subject, const ast::Node* where, types::TypeId result,
                              const std::function<std::string()>& emit,
                              const std::function<std::string(const std::string& value)>& otherwise, std::string_view attribute) {
  std::vector<types::TypeId> members = typed_members(type_of(subject));
  // A result the analysis never saw (bottom: `cls.__name__` on a dyn
  // holding a class) has no typed path worth writing: the dynamic one is whole.
  if (members.empty() || kind_of(result) == Kind::Bottom) return "";
  std::string name = "n" + std::to_string(narrowed_count_++) + "_";
  // `T | None`: None is the only other value, so the test is `is None`.
  bool optional = members.size() == 1 && kind_of(type_of(subject)) == Kind::Union;
  // `None | C` is a nullable pointer already (optional_instances.cpp).
  bool pointer = optional_instance(type_of(subject)) != types::kBottom;
  std::vector<std::pair<std::string, std::string>> branches;  // test, value
  // The subject may itself be narrowed already (a synthetic call's argument).
  auto outer = narrowed_.find(subject);
  std::optional<Narrowed> restore = outer == narrowed_.end() ? std::nullopt : std::optional(outer->second);
  for (types::TypeId member : members) {
    // A dyn's guessed member without the attribute would only raise
    // AttributeError, as `otherwise` does: no branch (a quarter of
    // decimal's C++ was such branches for `ctx.prec` and the like).
    if (kind_of(type_of(subject)) == Kind::Dyn && !attribute.empty() && !python_has_attribute(kind_of(member), attribute)) continue;
    std::string test = optional ? "!" + name + ".is_none()" : holds(member, name);
    if (test.empty()) continue;
    narrowed_[subject] = Narrowed{pointer ? name : "rt::unbox<" + cxx_type(member, where) + ">(" + name + ")", member};
    try {
      branches.emplace_back(test, emit());
    } catch (const UnsupportedError&) {
      // This member has no such operation (the analysis gave it none).
    }
    if (restore)
      narrowed_[subject] = *restore;
    else
      narrowed_.erase(subject);
  }
  if (branches.empty()) return "";
  std::string fail = "pos_ = " + std::to_string(position(where)) + ", " + otherwise(pointer ? "rt::Value::none()" : name);
  std::string head = "({ " + (pointer ? cxx_type(type_of(subject), where) : "rt::Value") + " " + name + " = " + expression(subject) + "; ";
  if (optional)
    return head + "if (" + (pointer ? "!" + name : name + ".is_none()") + ") [[unlikely]] { " + fail + "; } " +
           branches[0].second + "; })";
  // Several members: each branch's value boxed, then unboxed to the result.
  std::string chain;
  for (const auto& [test, value] : branches) {
    // A Value result may come from a branch whose C++ is void (`x.append(1)`
    // with x: list | dict): box_result makes that None.
    std::string boxed = kind_of(result) == Kind::None ? "((void)(" + value + "), rt::Value::none())"
                        : is_value(result) ? "rt::box_result([&]() -> decltype(auto) { return " + value + "; })"
                                           : "rt::box(" + value + ")";
    chain += test + " ? rt::Value(" + boxed + ") : ";
  }
  // No typed member matched: the otherwise expression's value (or its raise).
  return convert(head + chain + "rt::Value((" + fail + ")); })", types::kDyn, result, where);
}

std::string Emitter::dynamic_attribute(const ast::Attribute* a) {
  if (!is_value(type_of(a->value))) return "";
  auto missing = [&](const std::string& v) { return "rt::getattr(" + v + ", " + str_constant(a->attr) + ")"; };
  if (std::string d = narrowed(a->value, a, type_of(a), [&] { return attribute(a); }, missing, a->attr); !d.empty()) return d;
  std::string value = sequenced(position(a), {{"rt::Value o_", box_value(expression(a->value), type_of(a->value))}},
                                "rt::getattr(o_, " + str_constant(a->attr) + ")");
  return convert(value, types::kDyn, type_of(a), a);
}

std::string Emitter::dynamic_call(const ast::Call* c) {
  types::TypeId callee = type_of(c->func);
  const types::Type& type = program_.table.get(callee);
  if (type.kind == Kind::Builtin && c->func->kind == ast::Kind::Name)
    return dynamic_builtin(c, static_cast<const ast::Name*>(c->func)->id);
  auto* method = ast::as<ast::Attribute>(c->func);
  if (!is_value(callee) && !(method && is_value(type_of(method->value)))) return "";
  bool spread = !c->keywords.empty() ||
                std::any_of(c->args.begin(), c->args.end(), [](const ast::Expr* a) { return a->kind == ast::Kind::Starred; });
  // Keywords reach a class member's methods typed too (`k.make(x=1)` with
  // k: type[A] | type[B]); builtin members' take positional ones only.
  std::vector<types::TypeId> members = method ? typed_members(type_of(method->value)) : std::vector<types::TypeId>{};
  bool classes = !members.empty() && std::all_of(members.begin(), members.end(), [&](types::TypeId m) {
    return kind_of(m) == Kind::Class;
  });
  if (method && is_value(type_of(method->value)) && (!spread || classes)) {
    // A method of one member of a union (`s.upper()` with s: str | None):
    // that member's typed call; for the others, the call looked up at run time.
    auto others = [&](const std::string& v) { return generic_call(c, method, v); };
    if (std::string d = narrowed(method->value, method, type_of(c), [&] { return call(c); }, others, method->attr); !d.empty())
      return d;
  }
  std::string receiver = method ? box_value(expression(method->value), type_of(method->value)) : "";
  return convert(generic_call(c, method, receiver), types::kDyn, type_of(c), c);
}

std::string Emitter::generic_call(const ast::Call* c, const ast::Attribute* method, const std::string& receiver) {
  // The callee (or the receiver and its attribute), then the arguments, in order.
  std::vector<std::pair<std::string, std::string>> operands;
  std::string function = "f_";
  if (method) {
    operands.emplace_back("rt::Value o_", receiver);
    // A missing attribute is reported at `o.name`, a failed call at the whole call.
    function = "(pos_ = " + std::to_string(position(method)) + ", rt::getattr(o_, " + str_constant(method->attr) +
               ")); pos_ = " + std::to_string(position(c));
  } else {
    operands.emplace_back("rt::Value f_", box_value(expression(c->func), type_of(c->func)));
  }
  CallArguments arguments = call_arguments(c);
  if (arguments.spread || !c->keywords.empty()) {
    // `*xs`, `**m` or keywords: bound by the callee at run time (runtime/function.h).
    std::vector<Typed> values = evaluate_arguments(arguments, operands);
    std::string call = "({ rt::Value callee_ = " + function + "; " + runtime_arguments(c, arguments, values, {}, "callee_") +
                       "rt::call_args(callee_, args_.args()); })";
    return sequenced(position(c), operands, call);
  }
  std::string args;
  for (size_t i = 0; i < c->args.size(); ++i) {
    std::string name = "a" + std::to_string(i) + "_";
    operands.emplace_back("rt::Value " + name, box_value(expression(c->args[i]), type_of(c->args[i])));
    args += (i ? ", " : "") + name;
  }
  // callee_, not f_: `rt::Value f_ = f_;` would read the new variable.
  std::string call = "({ rt::Value callee_ = " + function + "; const rt::Value args_[] = {" + args +
                     (args.empty() ? "rt::Value()" : "") + "}; rt::call(callee_, std::span<const rt::Value>(args_, " +
                     std::to_string(c->args.size()) + ")); })";
  return sequenced(position(c), operands, call);
}

std::string Emitter::dynamic_builtin(const ast::Call* c, std::string_view name) {
  if (!c->keywords.empty()) return "";
  if ((name == "isinstance" || name == "hasattr") && c->args.size() == 2) {
    const ast::Expr* subject = c->args[0];
    if (name == "hasattr") {
      // A computed name: introspection.cpp.
      auto* attribute = ast::as<ast::Constant>(c->args[1]);
      if (!attribute || attribute->value.kind != ast::Value::Kind::Str) return "";
      return "rt::hasattr(" + box_value(expression(subject), type_of(subject)) + ", " + str_constant(attribute->value.text) + ")";
    }
    std::string value = box_value(expression(subject), type_of(subject));
    types::TypeId held = type_of(c->args[1]);
    // The classes: one builtin class, or a tuple of them.
    std::vector<const ast::Expr*> classes{c->args[1]};
    if (auto* t = ast::as<ast::Tuple>(c->args[1])) classes.assign(t->elts.begin(), t->elts.end());
    std::string list;
    bool known = !is_value(held);
    for (const ast::Expr* cls : classes) {
      const types::Type& t = program_.table.get(type_of(cls));
      const char* cxx = t.kind == Kind::Builtin ? builtin_class(types::builtin_name(t.a)) : nullptr;
      std::string exception = cxx ? "" : exception_class(type_of(cls));  // exceptions.cpp
      if (!cxx && exception.empty() && t.kind == Kind::Class) exception = class_struct(t.a) + "::type";  // classes.cpp
      // Which run's class object it is is known at run time only (run_classes.cpp).
      known = known && (cxx || !exception.empty()) && !(t.kind == Kind::Class && per_run(t.a));
      list += (list.empty() ? "&" : ", &") + (cxx ? std::string(cxx) : exception);
    }
    if (known) return "rt::isinstance(" + value + ", {" + list + "})";
    // Known at run time only (a tuple in a variable, a class in a Value, or
    // no class at all: CPython's TypeError).
    return sequenced(position(c), {{"rt::Value v_", value}, {"rt::Value c_", boxed(expression(c->args[1]), held, c)}},
                     "rt::isinstance_of(v_, c_)");  // builtin_function.h
  }
  // (An `int | float` sum of floats is container_builtin's, in a double.)
  bool float_items = name == "sum" && c->args.size() == 1 && kind_of(for_each_item_type(c->args[0])) == Kind::Float;
  if (name == "sum" && !c->args.empty() && c->args.size() <= 2 && is_value(type_of(c)) && !float_items) {
    // A sum of mixed numbers (or of anything with +): the dynamic +.
    std::string start = c->args.size() == 2 ? box_value(expression(c->args[1]), type_of(c->args[1])) : "rt::Value(rt::Int(0))";
    types::TypeId item;
    int at = position(c);
    std::string loop = for_each_item(c->args[0], item, [&](const std::string& x) {
      return "{ rt::Value x_ = " + box_value(x, item) + "; pos_ = " + std::to_string(at) +
             "; s_ = rt::binary(rt::BinaryOp::add, s_, x_); }";
    });
    return convert("[&]() -> rt::Value { rt::Value s_ = " + start + "; " + loop + " return s_; }()", types::kDyn,
                   type_of(c), c);
  }
  if (name == "divmod" && c->args.size() == 2 && (is_value(type_of(c->args[0])) || is_value(type_of(c->args[1]))) &&
      !has_instances(type_of(c->args[0])) && !has_instances(type_of(c->args[1]))) {
    std::string code = sequenced(position(c),
                                 {{"rt::Value a_", box_value(expression(c->args[0]), type_of(c->args[0]))},
                                  {"rt::Value b_", box_value(expression(c->args[1]), type_of(c->args[1]))}},
                                 "rt::divmod(a_, b_)");  // value_builtins.h
    return convert(code, types::kDyn, type_of(c), c);
  }
  if (c->args.size() != 1) return "";
  const ast::Expr* argument = c->args[0];
  types::TypeId type = type_of(argument);
  if (!is_value(type)) return "";
  std::string body;
  if (name == "len") body = "rt::Int(rt::len(v_))";
  else if (name == "int") body = "rt::to_int(v_)";
  else if (name == "float") body = "rt::to_float(v_)";
  else if (name == "str") body = "rt::str(v_)";
  else if (name == "repr") body = "rt::repr(v_)";
  else if (name == "bool") body = "rt::truth(v_)";
  else if (name == "hash") body = "rt::Int(rt::hash(v_))";
  else if (name == "abs") body = "rt::abs(v_)";
  else if (name == "iter") body = "rt::iter(v_)";
  else if (name == "chr") body = "rt::chr(v_)";  // value_builtins.h
  else if (name == "ord") body = "rt::ord(v_)";
  else if (name == "hex" || name == "oct" || name == "bin") body = "rt::integer_text(v_, \"#" + std::string(1, name[0] == 'h' ? 'x' : name[0]) + "\")";
  else return "";
  types::TypeId result = name == "len" || name == "int" || name == "hash" || name == "ord" ? types::kInt
                         : name == "float"                                                ? types::kFloat
                         : name == "str" || name == "repr" || name == "chr" || name == "hex" || name == "oct" || name == "bin"
                             ? types::kStr
                         : name == "bool"                                 ? types::kBool
                                                                          : types::kDyn;
  return convert(sequenced(position(c), {{"rt::Value v_", box_value(expression(argument), type)}}, body), result, type_of(c), c);
}

}  // namespace ingot::codegen
