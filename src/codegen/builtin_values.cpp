// Builtins as values: `map(str, xs)`, `key=len`, `f = pow; f(2, 10)`,
// `fs = [abs, str]`, `t = int; isinstance(x, t)`, `except (ValueError,
// KeyError)` through a variable.
//
// A value of type `builtin F` is a pointer to the one static
// rt::BuiltinFunction of F (runtime/builtin_function.h); one of a builtin
// class (`int`, `ValueError`) is the class object of its TypeObject. The
// type names the builtin exactly, so a call of such a value is written as
// the builtin's own call: the arguments become names read as the evaluated
// values (`narrowed_`), and the call is one more `ast::Call` through
// Emitter::call, which writes each builtin once for every argument type.
//
// Where the value escapes into a Value (a list of mixed callables, a dyn
// parameter), dynamic code calls it through `bentry_N`, written once per
// builtin by the same means on Value arguments: one case per argument
// count the builtin takes (from kArities), CPython's TypeError for others.
#include <algorithm>
#include <functional>

#include "codegen/emitter.h"
#include "types/builtins.h"

namespace ingot::codegen {

using types::Kind;

namespace {

// How many positional arguments a builtin takes and how CPython words a
// call with another count (rt::BuiltinArity); kMany: no upper bound.
constexpr uint32_t kMany = ~0u;
struct Arity {
  std::string_view builtin;  // the analysis' name (types/builtins.cpp)
  const char* style;         // rt::BuiltinArity's
  uint32_t min, max;
  bool keywords;               // it takes keyword arguments
  std::string_view spelled{};  // the name its messages use, where not the builtin's
  std::initializer_list<std::string_view> params{};  // Named: for "missing required argument"
};

const Arity kArities[] = {
    {"len", "One", 1, 1, false},          {"abs", "One", 1, 1, false},
    {"repr", "One", 1, 1, false},         {"ascii", "One", 1, 1, false},
    {"chr", "One", 1, 1, false},          {"ord", "One", 1, 1, false},
    {"hex", "One", 1, 1, false},          {"oct", "One", 1, 1, false},
    {"bin", "One", 1, 1, false},          {"hash", "One", 1, 1, false},
    {"callable", "One", 1, 1, false},     {"any", "One", 1, 1, false},
    {"all", "One", 1, 1, false},          {"sorted", "Expected", 1, 1, true},
    {"divmod", "Expected", 2, 2, false},  {"isinstance", "Expected", 2, 2, false},
    {"issubclass", "Expected", 2, 2, false}, {"iter", "Expected", 1, 2, false},
    {"next", "Expected", 1, 2, false},    {"min", "Expected", 1, kMany, true},
    {"max", "Expected", 1, kMany, true},  {"format", "Expected", 1, 2, false},
    {"input", "Expected", 0, 1, false},   {"print", "Expected", 0, kMany, true},
    {"pow", "Named", 2, 3, true, {}, {"base", "exp", "mod"}},
    {"round", "Named", 1, 2, true, {}, {"number", "ndigits"}},
    {"sum", "Least", 1, 2, true},
    {"int", "Named", 0, 2, true},         {"str", "Named", 0, 3, true},
    {"bytes", "Named", 0, 3, true},       {"float", "Expected", 0, 1, false},
    {"bool", "Expected", 0, 1, false},    {"list", "Expected", 0, 1, false},
    {"tuple", "Expected", 0, 1, false},   {"set", "Expected", 0, 1, false},
    {"frozenset", "Expected", 0, 1, false}, {"dict", "Expected", 0, 1, true},
    {"range", "Expected", 1, 3, false},   {"type", "OneOrThree", 1, 1, false},
    {"id", "One", 1, 1, false},
    {"math.atan2", "Expected", 2, 2, false, "atan2"}, {"math.copysign", "Expected", 2, 2, false, "copysign"},
    {"math.fmod", "Expected", 2, 2, false, "fmod"},   {"math.pow", "Expected", 2, 2, false, "pow"},
    {"math.remainder", "Expected", 2, 2, false, "remainder"}, {"math.ldexp", "Expected", 2, 2, false, "ldexp"},
    {"math.gcd", "Expected", 0, kMany, false, "gcd"}, {"math.lcm", "Expected", 0, kMany, false, "lcm"},
    {"math.hypot", "Expected", 0, kMany, false, "hypot"},
    {"math.comb", "Expected", 2, 2, false, "comb"},   {"math.perm", "Expected", 1, 2, false, "perm"},
    {"math.dist", "Expected", 2, 2, false, "dist"},   {"math.nextafter", "Expected", 2, 2, false, "nextafter"},
    {"math.prod", "Least", 1, 1, true, "prod"},       {"math.log", "Requires", 1, 2, false},
    {"math.isclose", "Named", 2, 2, true, "isclose", {"a", "b"}},
    {"dict.fromkeys", "Expected", 1, 2, false, "fromkeys"},
    {"time.time", "One", 0, 0, false},    {"time.time_ns", "One", 0, 0, false},
    {"time.perf_counter", "One", 0, 0, false}, {"time.perf_counter_ns", "One", 0, 0, false},
    {"time.monotonic", "One", 0, 0, false}, {"time.monotonic_ns", "One", 0, 0, false},
    {"time.process_time", "One", 0, 0, false}, {"time.process_time_ns", "One", 0, 0, false},
};

// A module function not in kArities takes one argument (math.sin, ...);
// `listed` says whether that is known rather than assumed.
Arity arity_of(types::BuiltinId id, bool* listed = nullptr) {
  std::string_view name = types::builtin_name(id);
  if (listed) *listed = true;
  for (const Arity& a : kArities)
    if (a.builtin == name) return a;
  if (listed) *listed = false;
  // str.lower(s, ...): the method's own call checks what follows s.
  if (types::unbound_method(id)) return Arity{name, "Expected", 1, kMany, true};
  if (name.find('.') != std::string_view::npos) {
    // Past kArities, math's functions take one argument (METH_O).
    if (listed) *listed = name.starts_with("math.");
    return Arity{name, "One", 1, 1, false};
  }
  // The exception classes: any arguments, no keywords.
  return Arity{name, "Expected", 0, kMany, false};
}

// The statement raising CPython's TypeError for `given` positional arguments.
std::string arity_error(const Arity& arity, std::string_view spelled, const std::string& given,
                        const std::function<std::string(std::string_view)>& quoted) {
  std::string params;
  for (std::string_view p : arity.params) params += (params.empty() ? "" : ", ") + quoted(p);
  return "{ static constexpr std::string_view params_[] = {" + (params.empty() ? std::string("\"\"") : params) +
         "}; rt::raise_builtin_arity(rt::BuiltinArity{" + quoted(spelled) + ", rt::BuiltinArity::" + arity.style +
         ", " + std::to_string(arity.min) + ", " + std::to_string(arity.max) + "u, params_}, " + given + "); }";
}

// Dynamic calls with more arguments than the builtin's minimum plus this
// are not written case by case.
constexpr uint32_t kDynamicCounts = 4;

}  // namespace

std::pair<uint32_t, uint32_t> Emitter::builtin_arity(types::BuiltinId id) const {
  Arity arity = arity_of(id);
  return {arity.min, arity.max};
}

std::string Emitter::builtin_arity_error(types::BuiltinId id, const std::string& given) const {
  Arity arity = arity_of(id);
  std::string spelled(arity.spelled.empty() ? types::builtin_name(id) : arity.spelled);
  return arity_error(arity, spelled, given, [this](std::string_view text) { return quoted(text); });
}

bool Emitter::builtin_refuses(types::BuiltinId id, const std::vector<std::string_view>& keywords, bool listed) const {
  bool known;
  Arity arity = arity_of(id, &known);
  if (listed && !known) return false;
  size_t positional = 0;
  for (std::string_view k : keywords) {
    if (k == "*" || k == "**") return false;  // bound at run time
    positional += k.empty();
  }
  if (std::string_view(arity.style) == "OneOrThree" && positional == 3) return false;  // type(name, bases, ns)
  if (positional < keywords.size() && !arity.keywords) return true;
  // Keywords naming the parameters past the positional ones fill them too: pow(2, exp=3).
  size_t filled = positional;
  for (std::string_view k : keywords) {
    if (k.empty()) continue;
    if (builtin_refuses_keyword(types::builtin_name(id), positional, k)) return true;
    auto named = std::find(arity.params.begin(), arity.params.end(), k);
    if (named != arity.params.end() && size_t(named - arity.params.begin()) >= positional) ++filled;
  }
  return filled < arity.min || positional > arity.max;
}

bool Emitter::is_builtin_value(types::TypeId type) const {
  if (kind_of(type) != Kind::Builtin || is_not_implemented(type)) return false;
  return types::builtin_info(program_.table.get(type).a).kind != types::BuiltinKind::Constant;
}

std::string Emitter::builtin_cxx_type(types::TypeId type, const ast::Node* where) const {
  const types::BuiltinInfo& info = types::builtin_info(program_.table.get(type).a);
  if (info.kind == types::BuiltinKind::Function) return "const rt::BuiltinFunction*";
  if (info.kind == types::BuiltinKind::Exception || builtin_class_type(info.name)) return "const rt::ClassObject*";
  unsupported(where, "the builtin '" + std::string(info.name) + "' as a value");
}

std::string Emitter::builtin_object(types::TypeId type, const ast::Node* where) const {
  builtin_cxx_type(type, where);  // refuses what has no object
  types::BuiltinId id = program_.table.get(type).a;
  builtin_values_.insert(id);
  return "bv_" + std::to_string(id) + "()";
}

std::string Emitter::builtin_reference(const ast::Expr* e) {
  types::TypeId type = type_of(e);
  if (auto* a = ast::as<ast::Attribute>(e); a && is_builtin_value(type_of(a->value)) && kind_of(type) == Kind::Dyn) {
    static const std::string_view kKnown[] = {"__name__", "__qualname__", "__module__", "__mro__"};
    if (std::find(std::begin(kKnown), std::end(kKnown), a->attr) == std::end(kKnown))
      unsupported(a, "the attribute '" + std::string(a->attr) + "' of the builtin '" +
                         std::string(types::builtin_name(program_.table.get(type_of(a->value)).a)) + "'");
  }
  if (!is_builtin_value(type)) return "";
  std::string_view name = types::builtin_name(program_.table.get(type).a);
  if (auto* n = ast::as<ast::Name>(e)) {
    // The builtin itself, not a variable holding it.
    const sema::Symbol* found = symbols_->lookup(*current_->scope, n->id);
    if (n->id != name || !found || !found->is_global() || program_.globals[module_id()].count(found->name)) return "";
    return builtin_object(type, e);
  }
  if (auto* a = ast::as<ast::Attribute>(e); a && kind_of(type_of(a->value)) == Kind::Module)
    return builtin_object(type, e);  // math.sin: the module needs no evaluation
  if (auto* a = ast::as<ast::Attribute>(e); a && is_builtin_value(type_of(a->value)))
    return "((void)(" + expression(a->value) + "), " + builtin_object(type, e) + ")";  // str.lower
  return "";
}

std::optional<types::TypeId> Emitter::builtin_result(types::TypeId callee, const std::vector<Typed>& values) const {
  std::vector<types::TypeId> types;
  for (const Typed& v : values) types.push_back(v.type);
  auto it = program_.builtin_results.find({program_.table.get(callee).a, types});
  if (it == program_.builtin_results.end()) return std::nullopt;
  return it->second;
}

Emitter::Typed Emitter::call_builtin(const ast::Node* where, types::TypeId callee, const std::string& object,
                                     const std::vector<Typed>& values, const std::vector<std::string_view>& keywords,
                                     types::TypeId result) {
  std::string_view name = types::builtin_name(program_.table.get(callee).a);
  if (builtin_refuses(program_.table.get(callee).a, keywords, false)) {
    // What Python rejects before looking at the arguments' types: the
    // builtin's boxed entry raises its TypeError, as a dynamic call would.
    std::string call = "(void)(" + object + "); rt::Value f_ = rt::box(" + builtin_object(callee, where) +
                       "); rt::ArgumentList args_(f_); ";
    for (size_t i = 0; i < values.size(); ++i) {
      std::string value = box_value(values[i].code, values[i].type);
      call += keywords[i].empty() ? "args_.add(" + value + "); "
                                  : "args_.add_keyword(" + str_constant(keywords[i]) + ", " + value + "); ";
    }
    return Typed{"({ " + call + "pos_ = " + std::to_string(position(where)) +
                     "; rt::call_args(f_, args_.args()); rt::unreachable<rt::Value>(); })",
                 types::kDyn};
  }
  // The call as the program would have written it, on names that read the
  // evaluated values (copied to names of their own: the builtin's code
  // declares a0, x_, ... which must not shadow what they read).
  std::vector<std::pair<std::string, std::string>> operands;
  std::vector<Typed> named;
  for (const Typed& v : values) {
    std::string name = "bv" + std::to_string(temporaries_++) + "_";
    operands.emplace_back(cxx_type(v.type, where) + " " + name, v.code);
    named.push_back({name, v.type});
  }
  auto method = types::unbound_method(program_.table.get(callee).a);
  // str.upper(x) where x's type does not say x is a str: CPython's check
  // at run time, and the method called on the Value.
  if (method && !named.empty() &&
      types::builtin_receiver_fit(kind_of(named[0].type), method->first) != types::ReceiverFit::Yes) {
    std::string name = "rv" + std::to_string(temporaries_++) + "_";
    operands.emplace_back("rt::Value " + name, "({ pos_ = " + std::to_string(position(where)) + "; rt::method_receiver(" +
                                                   box_value(named[0].code, named[0].type) + ", " +
                                                   builtin_class_type(method->first) + ", " + quoted(method->second) + "); })");
    named[0] = {name, types::kDyn};
  }
  ast::Name& function = synthetic_names_.emplace_back();
  function.kind = ast::Kind::Name;
  function.loc = where->loc;
  function.id = name;
  narrowed_[&function] = Narrowed{object, callee};
  std::vector<ast::Expr*>& args = synthetic_args_.emplace_back();
  std::vector<ast::Keyword*>& keyword_nodes = synthetic_keyword_lists_.emplace_back();
  for (size_t i = 0; i < values.size(); ++i) {
    ast::Name& value = synthetic_names_.emplace_back();
    value.kind = ast::Kind::Name;
    value.loc = where->loc;
    value.id = named[i].code;
    narrowed_[&value] = Narrowed{named[i].code, named[i].type};
    if (keywords[i].empty()) {
      args.push_back(&value);
      continue;
    }
    ast::Keyword& keyword = synthetic_keywords_.emplace_back();
    keyword.kind = ast::Kind::Keyword;
    keyword.loc = where->loc;
    keyword.arg = keywords[i];
    keyword.value = &value;
    keyword_nodes.push_back(&keyword);
  }
  ast::Call& call = synthetic_calls_.emplace_back();
  call.kind = ast::Kind::Call;
  call.loc = where->loc;
  call.func = &function;
  if (method) {  // str.lower(s, ...) is s.lower(...)
    ast::Attribute& attribute = synthetic_attributes_.emplace_back();
    attribute.kind = ast::Kind::Attribute;
    attribute.loc = where->loc;
    attribute.value = args.front();
    attribute.attr = method->second;
    call.func = &attribute;
    args.erase(args.begin());
  }
  call.args = ast::Seq<ast::Expr*>{args.data(), static_cast<uint32_t>(args.size())};
  call.keywords = ast::Seq<ast::Keyword*>{keyword_nodes.data(), static_cast<uint32_t>(keyword_nodes.size())};
  synthetic_types_[&call] = result;
  operands.insert(operands.begin(), {"auto bo_", object});
  narrowed_[&function].value = "bo_";
  std::string code = name == "dict.fromkeys" ? dict_fromkeys(&call) : this->call(&call);
  return Typed{sequenced(-1, operands, "(void)bo_; " + code), result};
}

std::string Emitter::builtin_value_call(const ast::Call* c) {
  types::TypeId callee = type_of(c->func);
  if (auto* a = ast::as<ast::Attribute>(c->func); a && is_builtin_value(type_of(a->value)) && kind_of(callee) == Kind::Dyn) {
    // float.fromhex(s): a class method the tables do not know (bytes.fromhex is modules.cpp's).
    if (std::string n = native_call(c); !n.empty()) return n;
    if (std::string e = explicit_exception_init(c); !e.empty()) return e;  // exceptions.cpp
    unsupported(a, "the attribute '" + std::string(a->attr) + "' of the builtin '" +
                       std::string(types::builtin_name(program_.table.get(type_of(a->value)).a)) + "'");
  }
  auto members = program_.table.members(callee);
  bool builtins = std::any_of(members.begin(), members.end(), [&](types::TypeId m) { return is_builtin_value(m); });
  if (!builtins) return "";
  // A union holding builtins: the member it holds, each called as itself.
  if (!is_builtin_value(callee)) return function_call(c);  // function_values.cpp, callable_unions.cpp
  // The builtin's own paths take `len(x)` and `math.sin(x)` as written.
  std::string_view name = types::builtin_name(program_.table.get(callee).a);
  auto* n = ast::as<ast::Name>(c->func);
  auto* a = ast::as<ast::Attribute>(c->func);
  CallArguments arguments = call_arguments(c);
  // A call CPython refuses by its shape (len(), abs(1, 2)) raises as call_builtin writes it.
  bool refused = builtin_refuses(program_.table.get(callee).a, arguments.keywords, true);
  if (((n && n->id == name) || (a && kind_of(type_of(a->value)) == Kind::Module)) && !refused) return "";
  types::TypeId result = type_of(c);
  if (arguments.spread) {  // f(*args): bound at run time by the builtin's entry
    std::vector<std::pair<std::string, std::string>> operands{{"rt::Value fo_", boxed(expression(c->func), callee, c)}};
    std::vector<Typed> values = evaluate_arguments(arguments, operands);
    std::string code = runtime_arguments(c, arguments, values, {}, "fo_") + "rt::call_args(fo_, args_.args())";
    return convert(sequenced(position(c), operands, code), types::kDyn, result, c);
  }
  std::vector<std::pair<std::string, std::string>> operands{{cxx_type(callee, c) + " fo_", expression(c->func)}};
  std::vector<Typed> values = evaluate_arguments(arguments, operands);
  Typed called = call_builtin(c, callee, "fo_", values, arguments.keywords, result);
  return sequenced(-1, operands, convert(called.code, called.type, result, c));
}

// issubclass(a, b) where a class is a builtin one or a Value: decided at
// run time on the class objects (the program's classes: attributes.cpp).
std::string Emitter::issubclass_call(const ast::Call* c) {
  if (c->args.size() != 2 || !c->keywords.empty()) return "";
  std::vector<std::pair<std::string, std::string>> operands;
  for (size_t i = 0; i < 2; ++i) {
    const ast::Expr* a = c->args[i];
    if (a->kind == ast::Kind::Starred) return "";
    operands.emplace_back("rt::Value c" + std::to_string(i) + "_", boxed(expression(a), type_of(a), a));
  }
  return sequenced(position(c), operands, "rt::issubclass_of(c0_, c1_)");
}

// dict.fromkeys(keys[, value]): each key set to the one value.
std::string Emitter::dict_fromkeys(const ast::Call* c) {
  types::TypeId result = type_of(c);
  // Called dynamically (result dyn): a dict of Values.
  types::TypeId made = kind_of(result) == Kind::Dict
                           ? result
                           : const_cast<types::TypeTable&>(program_.table).dict_of(types::kDyn, types::kDyn);
  const types::Type dict = program_.table.get(made);
  std::string value = c->args.size() == 2 ? convert(expression(c->args[1]), type_of(c->args[1]), dict.args[1], c)
                                          : convert("rt::Value::none()", types::kNone, dict.args[1], c);
  types::TypeId item;
  std::string loop = for_each_item(c->args[0], item, [&](const std::string& x) {
    return "d_.set(" + convert(x, item, dict.args[0], c) + ", v_);";
  });
  std::string cxx = cxx_type(made, c);
  return convert("[&]() -> " + cxx + " { " + cxx + " d_; auto v_ = " + value + "; pos_ = " +
                     std::to_string(position(c)) + "; " + loop + " return d_; }()",
                 made, result, c);
}

// callable(x): known from x's type, but for Values and instances whose
// classes differ on __call__.
std::string Emitter::callable_call(const ast::Call* c) {
  if (c->args.size() != 1 || !c->keywords.empty()) return "";
  const ast::Expr* x = c->args[0];
  types::TypeId type = type_of(x);
  std::optional<bool> known;
  switch (kind_of(type)) {
    case Kind::Function:
    case Kind::BoundMethod:
    case Kind::Class: known = true; break;
    case Kind::Builtin: known = is_builtin_value(type); break;
    case Kind::Instance: {
      bool others = false;
      std::vector<types::ClassId> classes = receiver_classes(type, &others);
      size_t calls = std::count_if(classes.begin(), classes.end(),
                                   [&](types::ClassId k) { return find_class_attribute(k, "__call__").has_value(); });
      if (!others && (calls == 0 || calls == classes.size())) known = calls != 0;
      break;
    }
    case Kind::None:
    case Kind::Union:
    case Kind::Dyn: break;
    default: known = false;
  }
  std::string value = expression(x);
  if (known) return "((void)(" + value + "), " + (*known ? "true" : "false") + ")";
  return "rt::callable(" + box_value(value, type) + ")";
}

std::string Emitter::builtin_declarations() {
  std::string out;
  for (types::BuiltinId id : builtin_values_) {
    std::string n = std::to_string(id);
    const types::BuiltinInfo& info = types::builtin_info(id);
    out += "static rt::Value bentry_" + n + "(const rt::CallArgs& args_);\n";
    if (info.kind == types::BuiltinKind::Function) {
      size_t dot = info.name.rfind('.');
      std::string module = dot == std::string_view::npos ? "builtins" : std::string(info.name.substr(0, dot));
      std::string name(dot == std::string_view::npos ? info.name : info.name.substr(dot + 1));
      out += "static const rt::BuiltinFunction bf_" + n + "{{&rt::builtin_function_type}, " + quoted(name) + ", " +
             quoted(module) + ", &bentry_" + n + (types::unbound_method(id) ? ", true" : "") + "};\n";
      out += "static const rt::BuiltinFunction* bv_" + n + "() { return &bf_" + n + "; }\n";
    } else {
      const char* builtin_class = builtin_class_type(info.name);
      types::TypeId type = const_cast<types::TypeTable&>(program_.table).builtin(id);
      std::string cls = builtin_class ? std::string(builtin_class) : exception_class(type);
      out += "static const rt::ClassObject* bv_" + n + "() {\n  static const rt::ClassObject* c = rt::builtin_class(" +
             cls + ", &bentry_" + n + ");\n  return c;\n}\n";
    }
  }
  return out;
}

// What a builtin gives on Values: the kind of container it gives on typed
// arguments (the analysis' results), of Values; None; else a Value.
types::TypeId Emitter::entry_result(types::BuiltinId id) const {
  auto& table = const_cast<types::TypeTable&>(program_.table);
  std::string_view name = types::builtin_name(id);
  auto of_values = [&](types::TypeId t) -> types::TypeId {
    switch (kind_of(t)) {
      case Kind::List: return table.list_of(types::kDyn);
      case Kind::Tuple:
      case Kind::TupleOf: return table.tuple_var(types::kDyn);
      case Kind::Set: return table.set_of(types::kDyn);
      case Kind::Dict: return table.dict_of(types::kDyn, types::kDyn);
      case Kind::Iterator: return table.iterator_of(types::kDyn);
      case Kind::None: return types::kNone;
      default: return types::kDyn;
    }
  };
  if (name == "list" || name == "sorted") return table.list_of(types::kDyn);
  if (name == "tuple") return table.tuple_var(types::kDyn);
  if (name == "set" || name == "frozenset") return table.set_of(types::kDyn);
  if (name == "dict") return table.dict_of(types::kDyn, types::kDyn);
  std::optional<types::TypeId> result;
  for (const auto& [key, type] : program_.builtin_results) {
    if (key.first != id || type == types::kBottom) continue;
    if (result && *result != of_values(type)) return types::kDyn;
    result = of_values(type);
  }
  return result.value_or(types::kDyn);
}

void Emitter::builtin_entries() {
  std::set<types::BuiltinId> done;
  for (bool more = true; more;) {
    more = false;
    auto pending = builtin_values_;
    for (types::BuiltinId id : pending) {
      if (!done.insert(id).second) continue;
      more = true;
      const types::BuiltinInfo& info = types::builtin_info(id);
      types::TypeId callee = const_cast<types::TypeTable&>(program_.table).builtin(id);
      Arity arity = arity_of(id);
      ast::Name& nowhere = synthetic_names_.emplace_back();  // the calls' node: builtins have no frame
      nowhere.kind = ast::Kind::Name;
      FunctionState state{0, &symbols_->module(), sema::kModuleScope, {}, {}};
      current_ = &state;
      current_->positions.push_back(Position{1, 1, -1, -1, -1, -1});
      line("static rt::Value bentry_" + std::to_string(id) + "(const rt::CallArgs& args_) {");
      ++indent_;
      line("int32_t pos_ = 0;");
      line("(void)pos_;");
      std::string spelled(arity.spelled.empty() ? info.name : arity.spelled);
      // CPython names the module here (math.gcd()), where its arity errors do not (gcd expected ...).
      if (!arity.keywords) line("if (!args_.keywords.empty()) rt::raise_no_keywords(" + quoted(info.name) + ");");
      else if (!builtin_keyword_entry(id, &nowhere, spelled))
        line("if (!args_.keywords.empty()) rt::raise(rt::exc::SystemError, \"ingot: keyword arguments of " + spelled +
             "() called dynamically are not supported yet\");");
      line("switch (args_.positional) {");
      uint32_t last = std::min(arity.max, arity.min + kDynamicCounts);
      for (uint32_t count = arity.min; count <= last; ++count) {
        std::vector<Typed> values;
        for (uint32_t i = 0; i < count; ++i) values.push_back({"args_.values[" + std::to_string(i) + "]", types::kDyn});
        types::TypeId result = entry_result(id);
        bool returns_none = result == types::kNone;
        std::string body;
        try {
          Typed called = call_builtin(&nowhere, callee, "0",
                                      values, std::vector<std::string_view>(count), result);
          // A builtin that never returns (sys.exit) is a statement, with no value to box.
          body = returns_none || info.never_returns ? "(void)(" + called.code + "); return rt::Value::none();"
                                                    : "return rt::box(" + called.code + ");";
        } catch (const UnsupportedError&) {
          // What the generator cannot write on Values yet fails when called.
          body = "rt::raise(rt::exc::SystemError, \"ingot: " + spelled + "() on these arguments is not compiled yet\");";
        }
        line("  case " + std::to_string(count) + ": { " + body + " }");
      }
      line("}");
      auto quote = [this](std::string_view text) { return quoted(text); };
      line("if (args_.positional < " + std::to_string(arity.min) + " || args_.positional > " +
           std::to_string(arity.max) + "u) " + arity_error(arity, spelled, "args_.positional", quote));
      line("rt::raise(rt::exc::SystemError, \"ingot: " + spelled + "() with this many arguments is not compiled yet\");");
      --indent_;
      line("}");
      current_ = nullptr;
    }
  }
}

}  // namespace ingot::codegen
