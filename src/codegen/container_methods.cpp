// Methods of list, tuple, dict and set values, and the builtins that take
// or make containers: len, min, max, sum, any, all, sorted, reversed,
// enumerate, zip, iter, next, list(), tuple(), set(), frozenset(), dict().
//
// Calls that take a function (key=, map, filter) are refused until
// function values exist.

#include "codegen/emitter.h"
#include "codegen/python_names.h"

namespace ingot::codegen {

using types::Kind;

namespace {

bool is_integer(Kind k) { return k == Kind::Int || k == Kind::Bool; }

}  // namespace

std::string Emitter::mapping_update(const std::string& target, types::TypeId target_type, const ast::Expr* source,
                                   const std::string& value) {
  types::TypeId type = type_of(source);
  const types::Type& t = program_.table.get(type);
  // A union (`other=()` or a Counter) is boxed and sorted out at run time.
  bool mapping = t.kind == Kind::Instance && find_class_attribute(t.a, "keys");
  if (t.kind != Kind::Dyn && t.kind != Kind::Union && !mapping) return "";
  const types::Type& d = program_.table.get(target_type);
  return "{ auto m_ = rt::mapping_items(" + boxed(value, type, source) + "); for (auto k_ : rt::iterate(m_)) " + target +
         ".set(" + convert("k_", types::kDyn, d.args[0], source) + ", " + convert("m_.get(k_)", types::kDyn, d.args[1], source) +
         "); } ";
}

// `reverse=` of sort() and sorted(): a C++ bool (false when absent).
std::string Emitter::reverse_flag(const ast::Call* c) {
  std::string reverse = "false";
  for (const ast::Keyword* keyword : c->keywords) {
    if (keyword->arg == "reverse") {
      reverse = truth(keyword->value);
    } else if (keyword->arg == "key" && kind_of(type_of(keyword->value)) == Kind::None) {
      reverse = sequenced(-1, {{"auto k_", expression(keyword->value)}}, reverse);
    } else {
      unsupported(keyword, "this keyword argument");
    }
  }
  return reverse;
}

std::optional<std::string> Emitter::container_method(const ast::Call* c) {
  auto* attribute = ast::as<ast::Attribute>(c->func);
  if (!attribute) return std::nullopt;
  types::TypeId receiver = type_of(attribute->value);
  const types::Type& t = program_.table.get(receiver);
  if (t.kind != Kind::List && t.kind != Kind::Dict && t.kind != Kind::Set && t.kind != Kind::Tuple &&
      t.kind != Kind::TupleOf && t.kind != Kind::Range && t.kind != Kind::Slice)
    return std::nullopt;
  for (const ast::Expr* argument : c->args)
    if (argument->kind == ast::Kind::Starred) unsupported(argument, "a *argument");
  std::string name(attribute->attr);
  if (!c->keywords.empty() && !(t.kind == Kind::List && name == "sort") && !(t.kind == Kind::Dict && name == "update"))
    unsupported(c->keywords[0], "a keyword argument");
  types::TypeId result = type_of(c);
  size_t n = c->args.size();
  // The receiver first, then the arguments, then the call names the position.
  std::vector<std::pair<std::string, std::string>> operands{{cxx_type(receiver, attribute->value) + " c_", expression(attribute->value)}};
  auto argument = [&](size_t i, types::TypeId as) {
    operands.emplace_back("auto a" + std::to_string(i) + "_", expression_as(c->args[i], as));
  };
  auto index_argument = [&](size_t i) {
    types::TypeId type = type_of(c->args[i]);
    if ((kind_of(type) == Kind::Dyn || kind_of(type) == Kind::Union) && !has_instances(type)) {
      operands.emplace_back("int64_t a" + std::to_string(i) + "_",
                            "rt::index_bound(" + box_value(expression(c->args[i]), type) + ")");
      return;
    }
    operands.emplace_back("int64_t a" + std::to_string(i) + "_", "rt::clamp_index(" +
                          convert(expression(c->args[i]), type_of(c->args[i]), types::kInt, c->args[i]) + ")");
    if (!is_integer(kind_of(type_of(c->args[i])))) unsupported(c->args[i], "an index that is not an int");
  };
  auto call = [&](const std::string& body) { return sequenced(position(c), operands, body); };
  // A method the type does not have (in a specialisation an isinstance()
  // test rules the call out of): the lookup raises CPython's AttributeError.
  if (!python_has_attribute(t.kind, name))
    return call(convert("rt::getattr(" + boxed("c_", receiver, c) + ", " + str_constant(name) + ")", types::kDyn, result, c));
  if (t.kind == Kind::Slice) {  // s.indices(length), the one method of slices
    if (name != "indices" || n != 1) return std::nullopt;  // the dynamic path raises as CPython
    operands.emplace_back("int64_t a0_", "ingot_range_bound(" + expression_as(c->args[0], types::kInt) + ")");
    return call("rt::indices(c_, a0_)");
  }
  auto as_int = [&](const std::string& body) { return call("rt::Int(" + body + ")"); };
  types::TypeId element = t.kind == Kind::Tuple || t.kind == Kind::Range ? item_type(receiver, c) : t.args[0];
  auto exactly = [&](size_t count) {
    if (n != count) unsupported(c, "this call of " + name + "()");
  };

  if (t.kind == Kind::List) {
    if (name == "append") return exactly(1), argument(0, element), call("c_.append(a0_)");
    if (name == "extend") {
      exactly(1);
      operands.emplace_back("auto a0_", expression(c->args[0]));
      return call("c_.extend_from(" + convert_items("a0_", type_of(c->args[0]), element, c) + ")");
    }
    if (name == "insert") return exactly(2), index_argument(0), argument(1, element), call("c_.insert(a0_, a1_)");
    if (name == "pop" && n == 0) return call("c_.pop()");
    if (name == "pop" && n == 1) return index_argument(0), call("c_.pop(a0_)");
    if (name == "remove") return exactly(1), argument(0, element), call("c_.remove(a0_)");
    if (name == "count") return exactly(1), argument(0, element), as_int("c_.count(a0_)");
    if (name == "index" && n >= 1 && n <= 3) {
      argument(0, element);
      for (size_t i = 1; i < n; ++i) index_argument(i);
      return as_int(std::string("c_.index(a0_") + (n >= 2 ? ", a1_" : "") + (n >= 3 ? ", a2_" : "") + ")");
    }
    if (name == "reverse") return exactly(0), call("c_.reverse()");
    if (name == "clear") return exactly(0), call("c_.clear()");
    if (name == "copy") return exactly(0), call("c_.copy()");
    if (name == "sort") {
      exactly(0);
      for (const ast::Keyword* keyword : c->keywords)
        if (keyword->arg == "key" && kind_of(type_of(keyword->value)) != Kind::None) return key_sort(c, operands);
      operands.emplace_back("bool r_", reverse_flag(c));
      return call("c_.sort(r_)");
    }
  }
  if (t.kind == Kind::Range && (name == "index" || name == "count")) {
    exactly(1);
    operands.emplace_back("rt::Value a0_", "rt::box(" + expression(c->args[0]) + ")");
    return as_int("rt::range_" + name + "(c_, a0_)");
  }
  if (t.kind == Kind::Tuple || t.kind == Kind::TupleOf) {
    // A tuple of known length is searched as a tuple[T, ...].
    if (t.kind == Kind::Tuple) {
      types::TypeId as = tuple_var(element);
      operands[0] = {cxx_type(as, c) + " c_", convert(operands[0].second, receiver, as, c)};
    }
    std::string tuple = "c_";
    if (name == "count") return exactly(1), argument(0, element), as_int(tuple + ".count(a0_)");
    if (name == "index" && n >= 1 && n <= 3) {
      argument(0, element);
      for (size_t i = 1; i < n; ++i) index_argument(i);
      return as_int(tuple + ".index(a0_" + (n >= 2 ? ", a1_" : "") + (n >= 3 ? ", a2_" : "") + ")");
    }
  }
  if (t.kind == Kind::Dict) {
    types::TypeId key = t.args[0], value = t.args[1];
    if (name == "get" && (n == 1 || n == 2)) {
      argument(0, key);
      if (n == 2 && result == value) return argument(1, value), call("c_.get(a0_, a1_)");
      // d.get(k) is V | None: the value or the default, converted to the result.
      std::string otherwise = n == 2 ? convert(expression(c->args[1]), type_of(c->args[1]), result, c)
                                     : convert("rt::Value::none()", types::kNone, result, c);
      operands.emplace_back("auto* p_", "c_.find(a0_)");
      return call("p_ ? " + convert("*p_", value, result, c) + " : " + otherwise);
    }
    if (name == "pop" && n == 1) return argument(0, key), call("c_.pop(a0_)");
    if (name == "pop" && n == 2 && result == value) return argument(0, key), argument(1, value), call("c_.pop(a0_, a1_)");
    if (name == "pop" && n == 2) {
      argument(0, key);
      operands.emplace_back("auto a1_", convert(expression(c->args[1]), type_of(c->args[1]), result, c));
      return call("c_.contains(a0_) ? " + convert("c_.pop(a0_)", value, result, c) + " : a1_");
    }
    if (name == "setdefault" && n == 2 && result == value)
      return argument(0, key), argument(1, value), call("c_.setdefault(a0_, a1_)");
    if (name == "popitem") return exactly(0), call("c_.popitem()");
    // A (key, value) pair nested past the analysis' depth bound is an
    // iterator of dyn (TypeTable::iterator_of): its pairs go boxed.
    if (name == "items" && item_type(result, c) == types::kDyn)
      return exactly(0), call("rt::Iter<rt::Value>::over([&] { rt::List<rt::Value> r_; for (auto e_ : rt::items(c_)) "
                              "r_.append(rt::box(e_)); return r_; }())");
    if (name == "keys" || name == "values" || name == "items")
      return exactly(0), call("rt::view_iter(rt::" + name + "(c_))");
    if (name == "update" && n <= 1) {
      // d.update(other, k=v): the source, then the keywords, evaluated and
      // applied in that order.
      std::string body;
      if (n == 1 && kind_of(type_of(c->args[0])) == Kind::Dict) {
        argument(0, receiver);
        body = "c_.update(a0_); ";
      } else if (n == 1 && !(body = mapping_update("c_", receiver, c->args[0], "a0_")).empty()) {
        operands.emplace_back("auto a0_", expression(c->args[0]));
      } else if (n == 1) {  // pairs from any iterable
        operands.emplace_back("auto a0_", expression(c->args[0]));
        types::TypeId pair = item_type(type_of(c->args[0]), c->args[0]);
        const types::Type& p = program_.table.get(pair);
        // d.update(()), or an argument that never has a value (a branch an
        // isinstance() test rules out): nothing to add.
        Kind source = kind_of(type_of(c->args[0]));
        bool empty = p.kind == Kind::Bottom && (source == Kind::Tuple || source == Kind::Bottom);
        if (empty)
          body = "(void)a0_; ";
        else if (p.kind != Kind::Tuple || p.args.size() != 2)  // lists, tuples of unknown length: checked as they come
          body = "int64_t n_ = 0; for (auto e_ : rt::iterate(a0_)) { rt::Value k_, v_; rt::update_pair(" + boxed("e_", pair, c) +
                 ", n_++, k_, v_); c_.set(" + convert("k_", types::kDyn, key, c) + ", " + convert("v_", types::kDyn, value, c) + "); } ";
        else
          body = "for (auto e_ : rt::iterate(a0_)) c_.set(" + convert("e_.get<0>()", p.args[0], key, c) + ", " +
                 convert("e_.get<1>()", p.args[1], value, c) + "); ";
      }
      for (const ast::Keyword* keyword : c->keywords) {
        if (!keyword->arg.data()) unsupported(keyword, "update(**mapping)");
        std::string k = "k" + std::to_string(operands.size()) + "_";
        operands.emplace_back("auto " + k, expression_as(keyword->value, value));
        body += "c_.set(" + convert("rt::Str::from_utf8(" + quoted(keyword->arg) + ")", types::kStr, key, keyword) + ", " +
                k + "); ";
      }
      return call("[&] { " + body + "}()");
    }
    if (name == "copy") return exactly(0), call("c_.copy()");
    if (name == "clear") return exactly(0), call("c_.clear()");
  }
  if (t.kind == Kind::Set) {
    static const std::string_view kMutators[] = {"add", "remove", "discard", "pop", "clear", "update",
                                                 "intersection_update", "difference_update",
                                                 "symmetric_difference_update"};
    // set and frozenset share one type: the receiver is checked at run time.
    if (std::find(std::begin(kMutators), std::end(kMutators), name) != std::end(kMutators))
      operands[0].second = "(" + operands[0].second + ").mutated_by(" + quoted(name) + ")";
    if (name == "add") return exactly(1), argument(0, element), call("c_.add(a0_)");
    if (name == "remove") return exactly(1), argument(0, element), call("c_.remove(a0_)");
    if (name == "discard") return exactly(1), argument(0, element), call("c_.discard(a0_)");
    if (name == "pop") return exactly(0), call("c_.pop()");
    if (name == "clear") return exactly(0), call("c_.clear()");
    if (name == "copy") return exactly(0), call("c_.copy()");
    // Set operations with any iterables: each argument made a set of the
    // result's element type first.
    static const std::pair<const char*, const char*> kCombine[] = {
        {"union", "union_with"}, {"intersection", "intersection"}, {"difference", "difference"},
        {"symmetric_difference", "symmetric_difference"}, {"update", "update"},
        {"intersection_update", "intersection_update"}, {"difference_update", "difference_update"},
        {"symmetric_difference_update", "symmetric_difference_update"}, {"issubset", "issubset"},
        {"issuperset", "issuperset"}, {"isdisjoint", "isdisjoint"}};
    for (auto [python, method] : kCombine) {
      if (name != python) continue;
      // A new set (union, ...): of the result's type, or the receiver's
      // where the call is one member of a union receiver's (the result a
      // Value); the others change the receiver or answer a bool.
      bool makes_set = name == "union" || name == "intersection" || name == "difference" || name == "symmetric_difference";
      types::TypeId as = makes_set && kind_of(result) == Kind::Set ? result : receiver;
      std::string cxx = cxx_type(as, c);
      if (makes_set) operands[0].second = convert(operands[0].second, receiver, as, c), operands[0].first = cxx + " c_";
      std::string body = "c_";
      if (n == 0) body = makes_set ? "c_.copy()" : "c_";
      for (size_t i = 0; i < n; ++i) {
        std::string a = "a" + std::to_string(i) + "_";
        operands.emplace_back("auto " + a, expression(c->args[i]));
        std::string other = cxx + "::from(" + convert_items(a, type_of(c->args[i]), program_.table.get(as).args[0], c) + ")";
        if (kind_of(type_of(c->args[i])) == Kind::Set && type_of(c->args[i]) == as) other = a;
        // union(a, b): each step applies to the previous result; update(a, b)
        // updates once per argument.
        if (!makes_set && kind_of(result) != Kind::Bool)
          body = (i == 0 ? "" : body + ", ") + "c_." + method + "(" + other + ")";
        else
          body = (i == 0 ? std::string("c_") : "(" + body + ")") + "." + method + "(" + other + ")";
      }
      if (n == 0 && !makes_set) unsupported(c, "this call of " + name + "()");
      return call(body);
    }
  }
  unsupported(c, "the method " + name + "() of '" + program_.table.format(receiver) + "'");
}

// A key= function as a C++ lambda from an item (of type `item`) to its
// key; the function value is evaluated once, into kf_ (added to operands).
// `key_type` is set to the keys' type.
std::string Emitter::key_function(const ast::Expr* key, types::TypeId item, types::TypeId& key_type,
                                  std::vector<std::pair<std::string, std::string>>& operands) {
  types::TypeId type = type_of(key);
  std::string cxx_item = element_cxx(item, key);
  operands.emplace_back(cxx_type(type, key) + " kf_", expression(key));
  // Items of no type yet (an empty list) are Values that never reach the key.
  Typed called = call_callable(key, "kf_", {{"x_", kind_of(item) == Kind::Bottom ? types::kDyn : item}});
  key_type = called.type;
  if (kind_of(key_type) == Kind::Bottom) unsupported(key, "a key function that never returns");
  return "[&](" + cxx_item + " x_) { return " + called.code + "; }";
}

Emitter::Typed Emitter::call_callable(const ast::Expr* callable, const std::string& object,
                                      const std::vector<Typed>& values) {
  types::TypeId type = type_of(callable);
  // key=len, map(str, xs): the builtin on each item (builtin_values.cpp).
  Typed called = !is_builtin_value(type)
      ? call_value(callable, type, nullptr, object, CallArguments{}, values)
      : call_builtin(callable, type, object, values, std::vector<std::string_view>(values.size()),
                     builtin_result(type, values).value_or(types::kDyn));
  // A call giving None is a C++ void call: the value (a key, a mapped item)
  // is made here.
  if (kind_of(called.type) == Kind::None) called.code = "({ " + called.code + "; rt::Value::none(); })";
  return called;
}

// sort(key=f, reverse=r): each key computed once, in order.
std::string Emitter::key_sort(const ast::Call* c, std::vector<std::pair<std::string, std::string>>& operands) {
  types::TypeId receiver = type_of(static_cast<const ast::Attribute*>(c->func)->value);
  types::TypeId element = program_.table.get(receiver).args[0];
  const ast::Expr* key = nullptr;
  std::string reverse = "false";
  for (const ast::Keyword* keyword : c->keywords) {
    if (keyword->arg == "key") key = keyword->value;
    else if (keyword->arg == "reverse") reverse = truth(keyword->value);
    else unsupported(keyword, "this keyword argument");
  }
  types::TypeId key_type;
  std::string function = key_function(key, element, key_type, operands);
  operands.emplace_back("bool r_", reverse);
  return sequenced(position(c), operands, "c_.sort_by(" + function + ", r_)");
}

// tuple[T, ...] of an element type (interned on demand: codegen reads the
// analysis' table and adds only such derived types).
types::TypeId Emitter::tuple_var(types::TypeId element) const {
  return const_cast<types::TypeTable&>(program_.table).tuple_var(element);
}
types::TypeId Emitter::list_of(types::TypeId element) const {
  return const_cast<types::TypeTable&>(program_.table).list_of(element);
}

std::optional<std::string> Emitter::container_builtin(const ast::Call* c, std::string_view name) {
  if (name == "range") return range_value(c);  // statements.cpp
  if (name == "slice" && c->keywords.empty() && c->args.size() >= 1 && c->args.size() <= 3) {
    // slice(stop), slice(start, stop[, step]): the bounds boxed, None when absent.
    std::vector<std::pair<std::string, std::string>> operands;
    for (size_t i = 0; i < c->args.size(); ++i)
      operands.emplace_back("rt::Value a" + std::to_string(i) + "_", "rt::box(" + expression(c->args[i]) + ")");
    if (c->args.size() == 1) return sequenced(-1, operands, "rt::Slice{rt::Value::none(), a0_, rt::Value::none()}");
    return sequenced(-1, operands, std::string("rt::Slice{a0_, a1_, ") + (c->args.size() == 3 ? "a2_}" : "rt::Value::none()}"));
  }
  static const std::string_view kNames[] = {"len", "min", "max", "sum", "any", "all", "sorted", "reversed",
                                            "enumerate", "zip", "iter", "next", "list", "tuple", "set",
                                            "frozenset", "dict", "map", "filter"};
  if (std::find(std::begin(kNames), std::end(kNames), name) == std::end(kNames)) return std::nullopt;
  for (const ast::Expr* argument : c->args)
    if (argument->kind == ast::Kind::Starred) unsupported(argument, "a *argument");
  types::TypeId result = type_of(c);
  std::string cxx = cxx_type(result, c);
  size_t n = c->args.size();
  bool keywords = !c->keywords.empty();
  auto refuse = [&]() -> std::string { unsupported(c, "this call of " + std::string(name) + "()"); };
  if (Kind k = n == 1 ? kind_of(type_of(c->args[0])) : Kind::Bottom;
      (name == "iter" || name == "list" || name == "tuple" || name == "set" || name == "frozenset") && !keywords &&
      (k == Kind::Int || k == Kind::Bool || k == Kind::Float || k == Kind::Complex)) {
    // iter(5), list(5): the dynamic iter() raises CPython's "'int' object is not iterable".
    std::string value = box_value(expression(c->args[0]), type_of(c->args[0]));
    return convert(sequenced(position(c), {{"rt::Value v_", value}}, "rt::iter(v_)"), types::kDyn, result, c);
  }

  if (name == "len") {
    if (n != 1 || keywords) refuse();
    types::TypeId type = type_of(c->args[0]);
    if (!is_container(type) && kind_of(type) != Kind::Range && kind_of(type) != Kind::Str) return std::nullopt;
    return sequenced(position(c), {{"auto x_", expression(c->args[0])}}, "rt::Int(rt::len(x_))");
  }
  if (name == "sum") {
    if (n < 1 || n > 2 || keywords) refuse();
    Kind k = kind_of(result);
    if (Kind start = n == 2 ? kind_of(type_of(c->args[1])) : Kind::Int; start == Kind::Str || start == Kind::Bytes) {
      std::string message = start == Kind::Str ? "sum() can't sum strings [use ''.join(seq) instead]"
                                                : "sum() can't sum bytes [use b''.join(seq) instead]";
      return sequenced(position(c), {{"auto i_", expression(c->args[0])}, {"auto s_", expression(c->args[1])}},
                       "(void)i_, (void)s_, rt::raise(rt::exc::TypeError, " + quoted(message) + "), rt::unreachable<" +
                           cxx + ">()");
    }
    if (k != Kind::Int && k != Kind::Float && n == 1) {
      // int | float: floats summed from the int 0, which stays an int
      // only when there is no item.
      types::TypeId item;
      std::string loop = for_each_item(c->args[0], item, [&](const std::string& x) { return "s_ = s_ + " + x + "; any_ = true;"; });
      if (kind_of(item) != Kind::Float) unsupported(c, "a sum() that is not a number");
      return "[&]() -> " + cxx + " { double s_ = 0; bool any_ = false; " + loop + " if (any_) return " +
             convert("s_", types::kFloat, result, c) + "; return " + convert("rt::Int(0)", types::kInt, result, c) + "; }()";
    }
    if (k != Kind::Int && k != Kind::Float) {
      // Lists, tuples, instances: `total = total + item`, new objects each time as in CPython.
      if (n == 1) unsupported(c, "a sum() that is not a number");
      std::string start = convert(expression(c->args[1]), type_of(c->args[1]), result, c);
      types::TypeId item;
      std::string loop = for_each_item(c->args[0], item, [&](const std::string& x) {
        return "s_ = " + binary_op(c, ast::Operator::Add, result, "s_", item, x, result) + ";";
      });
      return "[&]() -> " + cxx + " { " + cxx + " s_ = " + start + "; " + loop + " return s_; }()";
    }
    std::string start = n == 2 ? convert(expression(c->args[1]), type_of(c->args[1]), result, c) : cxx + "(0)";
    if (k == Kind::Float && n == 1) start = "double(0)";
    types::TypeId item;
    std::string loop = for_each_item(c->args[0], item, [&](const std::string& x) {
      return "s_ = s_ + " + convert(x, item, result, c) + ";";
    });
    if (k == Kind::Float && n == 1 && kind_of(item) != Kind::Float) unsupported(c, "a sum() of mixed numbers");
    return "[&]() -> " + cxx + " { " + cxx + " s_ = " + start + "; " + loop + " return s_; }()";
  }
  if (name == "any" || name == "all") {
    if (n != 1 || keywords) refuse();
    bool any = name == "any";
    types::TypeId item;
    std::string loop = for_each_item(c->args[0], item, [&](const std::string& x) {
      return std::string("if (") + (any ? "" : "!") + truth_of(item, x, c) + ") return " + (any ? "true" : "false") + ";";
    });
    return "[&]() -> bool { " + loop + " return " + (any ? "false" : "true") + "; }()";
  }
  if (name == "min" || name == "max") {
    // k > best for max, k < best for min (CPython's operands, as its
    // TypeError names them): the first of equal candidates wins.
    std::string better = name == "max" ? "rt::rich_compare(k_, mk_, rt::CompareOp::gt)" : "rt::less(k_, mk_)";
    if (n == 0) refuse();
    if (n >= 2 && !keywords) {
      if (kind_of(result) == Kind::Int || kind_of(result) == Kind::Float) return std::nullopt;  // numbers.cpp
      better = name == "max" ? "rt::rich_compare(x_, m_, rt::CompareOp::gt)" : "rt::less(x_, m_)";
      std::vector<std::pair<std::string, std::string>> operands;
      for (size_t i = 0; i < n; ++i)
        operands.emplace_back(cxx + " a" + std::to_string(i) + "_", convert(expression(c->args[i]), type_of(c->args[i]), result, c->args[i]));
      std::string body = cxx + " m_ = a0_; ";
      for (size_t i = 1; i < n; ++i)
        body += "{ " + cxx + " x_ = a" + std::to_string(i) + "_; if (" + better + ") m_ = x_; } ";
      return sequenced(position(c), operands, "[&] { " + body + "return m_; }()");
    }
    const ast::Expr *key = nullptr, *fallback = nullptr;
    for (const ast::Keyword* keyword : c->keywords) {
      if (keyword->arg == "key" && kind_of(type_of(keyword->value)) != Kind::None) key = keyword->value;
      else if (keyword->arg == "default") fallback = keyword->value;
      else if (keyword->arg != "key") unsupported(keyword, "this keyword argument");
    }
    // Several arguments are evaluated before the key function, one iterable after it.
    std::string out = "[&]() -> " + cxx + " { ";
    std::string loop;
    auto candidate = [&](const std::string& x, types::TypeId item, const std::string& key_cxx) {
      return cxx + " x_ = " + convert(x, item, result, c) + "; " + key_cxx +
             " k_ = f_(x_); if (first_ || " + better + ") { m_ = x_; mk_ = k_; } first_ = false;";
    };
    if (n >= 2) {
      for (size_t i = 0; i < n; ++i)
        out += cxx + " a" + std::to_string(i) + "_ = " +
               convert(expression(c->args[i]), type_of(c->args[i]), result, c->args[i]) + "; ";
      if (fallback) {
        std::string message = "Cannot specify a default for " + std::string(name) + "() with multiple positional arguments";
        return out + "(void)(" + expression(fallback) + "); pos_ = " + std::to_string(position(c)) +
               "; rt::raise(rt::exc::TypeError, " + quoted(message) + "); }()";
      }
    }
    types::TypeId item = types::kBottom, key_type = result;
    std::vector<std::pair<std::string, std::string>> operands;
    std::string function = key ? key_function(key, result, key_type, operands) : "[](" + cxx + " x_) { return x_; }";
    std::string key_cxx = cxx_type(key_type, c);
    if (n == 1) {
      loop = for_each_item(c->args[0], item, [&](const std::string& x) { return candidate(x, item, key_cxx); });
    } else {
      for (size_t i = 0; i < n; ++i) loop += "{ " + candidate("a" + std::to_string(i) + "_", result, key_cxx) + " } ";
    }
    std::string empty = fallback ? "return " + convert(expression(fallback), type_of(fallback), result, fallback) + ";"
                                 : "pos_ = " + std::to_string(position(c)) + "; rt::raise(rt::exc::ValueError, \"" +
                                       std::string(name) + "() arg is an empty sequence\");";
    for (const auto& [declaration, value] : operands) out += declaration + " = " + value + "; ";
    return out + "auto f_ = " + function + "; bool first_ = true; " + cxx + " m_ = " + neutral(result) + "; " +
           key_cxx + " mk_ = " + neutral(key_type) + "; " + loop + " if (first_) { " + empty + " } return m_; }()";
  }
  if (name == "sorted") {
    if (n != 1) refuse();
    const ast::Expr* key = nullptr;
    std::string reverse = "false";
    for (const ast::Keyword* keyword : c->keywords) {
      if (keyword->arg == "key" && kind_of(type_of(keyword->value)) != Kind::None) key = keyword->value;
      else if (keyword->arg == "reverse") reverse = truth(keyword->value);
      else if (keyword->arg != "key") unsupported(keyword, "this keyword argument");
    }
    types::TypeId element = program_.table.get(result).args[0];
    types::TypeId item;
    std::string loop = for_each_item(c->args[0], item, [&](const std::string& x) {
      return "l_.append(" + convert(x, item, element, c) + ");";
    });
    std::vector<std::pair<std::string, std::string>> operands;
    types::TypeId key_type;
    std::string sort = key ? "l_.sort_by(" + key_function(key, element, key_type, operands) + ", r_)" : "l_.sort(r_)";
    std::string out = "[&]() -> " + cxx + " { " + cxx + " l_; " + loop + " ";
    for (const auto& [declaration, value] : operands) out += declaration + " = " + value + "; ";
    return out + "bool r_ = " + reverse + "; pos_ = " + std::to_string(position(c)) + "; " + sort + "; return l_; }()";
  }
  if (name == "list" || name == "tuple" || name == "set" || name == "frozenset") {
    if (keywords || n > 1) refuse();
    if (n == 0) return cxx + (name == "frozenset" ? "().frozen()" : "()");
    const types::Type& t = program_.table.get(result);
    if (t.kind == Kind::Tuple) return convert(expression(c->args[0]), type_of(c->args[0]), result, c);  // tuple(())
    types::TypeId element = t.args[0];
    std::string builder = t.kind == Kind::TupleOf ? "rt::List<" + element_cxx(element, c) + ">" : cxx;
    std::string add = t.kind == Kind::Set ? "add" : "append";
    types::TypeId item;
    std::string loop = for_each_item(c->args[0], item, [&](const std::string& x) {
      return "r_." + add + "(" + convert(x, item, element, c) + ");";
    });
    std::string made = t.kind == Kind::TupleOf ? cxx + "(r_.span())" : name == "frozenset" ? "r_.frozen()" : "r_";
    return "[&]() -> " + cxx + " { " + builder + " r_; " + loop + " return " + made + "; }()";
  }
  if (name == "dict") {
    const types::Type& t = program_.table.get(result);
    std::string out = "[&]() -> " + cxx + " { " + cxx + " d_; ";
    if (n > 1) refuse();
    if (n == 1) {
      types::TypeId source = type_of(c->args[0]);
      std::string mapping =
          kind_of(source) == Kind::Instance || kind_of(source) == Kind::Union || kind_of(source) == Kind::Dyn
              ? mapping_update("d_", result, c->args[0], expression(c->args[0]))
              : "";
      if (kind_of(source) == Kind::Dict) {
        out += "d_.update(" + convert(expression(c->args[0]), source, result, c) + "); ";
      } else if (!mapping.empty()) {
        out += mapping;
      } else {
        types::TypeId item;
        out += "int64_t n_ = 0; (void)n_; ";
        out += for_each_item(c->args[0], item, [&](const std::string& x) {
          const types::Type& p = program_.table.get(item);
          if (p.kind == Kind::Int || p.kind == Kind::Bool || p.kind == Kind::Float || p.kind == Kind::Complex)  // the first raises
            return "(void)" + x + "; pos_ = " + std::to_string(position(c)) +
                   "; rt::raise(rt::exc::TypeError, \"cannot convert dictionary update sequence element #0 to a sequence\");";
          if (p.kind != Kind::Tuple || p.args.size() != 2)  // lists, tuples of unknown length: checked as they come
            return "{ rt::Value k_, v_; rt::update_pair(" + boxed(x, item, c) + ", n_++, k_, v_); d_.set(" +
                   convert("k_", types::kDyn, t.args[0], c) + ", " + convert("v_", types::kDyn, t.args[1], c) + "); }";
          return "d_.set(" + convert(x + ".get<0>()", p.args[0], t.args[0], c) + ", " +
                 convert(x + ".get<1>()", p.args[1], t.args[1], c) + ");";
        });
      }
    }
    for (const ast::Keyword* keyword : c->keywords) {
      if (!keyword->arg.data()) unsupported(keyword, "dict(**mapping)");
      std::string key = "rt::Str::from_utf8(" + quoted(keyword->arg) + ")";
      out += "d_.set(" + convert(key, types::kStr, t.args[0], keyword) + ", " + expression_as(keyword->value, t.args[1]) + "); ";
    }
    return out + "return d_; }()";
  }
  if (name == "enumerate" && n == 1 && c->keywords.size() == 1 && c->keywords[0]->arg == "start" &&
      is_integer(kind_of(type_of(c->keywords[0]->value)))) {  // enumerate(xs, start=k)
    const ast::Expr* start = c->keywords[0]->value;
    types::TypeId pair[] = {types::kInt, item_type(type_of(c->args[0]), c->args[0])};
    auto& table = const_cast<types::TypeTable&>(program_.table);
    std::vector<std::pair<std::string, std::string>> operands{
        {"auto a0_", expression(c->args[0])}, {"rt::Int a1_", convert(expression(start), type_of(start), types::kInt, start)}};
    return convert(sequenced(position(c), operands, "rt::enumerate(a0_, a1_)"), table.iterator_of(table.tuple_of(pair)),
                   result, c);
  }
  const ast::Expr* strict = nullptr;  // zip(..., strict=s)
  if (name == "zip" && c->keywords.size() == 1 && c->keywords[0]->arg == "strict") strict = c->keywords[0]->value;
  if (keywords && !strict) refuse();
  types::TypeId element = kind_of(result) == Kind::Iterator ? program_.table.get(result).args[0] : result;
  std::vector<std::pair<std::string, std::string>> operands;
  std::string arguments;
  for (size_t i = 0; i < n; ++i) {
    operands.emplace_back("auto a" + std::to_string(i) + "_", expression(c->args[i]));
    arguments += (i ? ", a" : "a") + std::to_string(i) + "_";
  }
  // The runtime makes the items in their own representation; the result
  // type's may differ (a tuple of an int and a union): then converted.
  auto made = [&](const std::string& body, types::TypeId own) {
    return convert(sequenced(position(c), operands, body), own, result, c);
  };
  auto item_of = [&](size_t i) { return item_type(type_of(c->args[i]), c->args[i]); };
  auto iterator_of = [&](std::vector<types::TypeId> items) {
    types::TypeId tuple = const_cast<types::TypeTable&>(program_.table).tuple_of(items);
    return const_cast<types::TypeTable&>(program_.table).iterator_of(tuple);
  };
  if (name == "enumerate") {
    if (n == 1) return made("rt::enumerate(a0_)", iterator_of({types::kInt, item_of(0)}));
    if (n == 2 && is_integer(kind_of(type_of(c->args[1])))) {
      operands[1].second = convert(operands[1].second, type_of(c->args[1]), types::kInt, c);
      return made("rt::enumerate(a0_, a1_)", iterator_of({types::kInt, item_of(0)}));
    }
    refuse();
  }
  if (name == "zip") {
    if (n == 0) return cxx + "::from_step([](" + element_cxx(element, c) + "&) { return false; })";  // zip(): empty
    std::vector<types::TypeId> items;
    for (size_t i = 0; i < n; ++i) items.push_back(item_of(i));
    if (!strict) return made("rt::zip(" + arguments + ")", iterator_of(items));
    operands.emplace_back("bool st_", truth(strict));
    return made("st_ ? rt::zip_strict(" + arguments + ") : rt::zip(" + arguments + ")", iterator_of(items));
  }
  if (name == "iter" && n == 2 && kind_of(element) != Kind::Bottom) {
    // iter(f, sentinel): f() until what it returns is the sentinel (or
    // equals it); exhausted for good from then on, as CPython's is.
    operands[0].first = cxx_type(type_of(c->args[0]), c) + " kf_";
    operands[1].second = boxed(operands[1].second, type_of(c->args[1]), c);
    Typed called = call_callable(c->args[0], "kf_", {});
    // An iterator of the element type, boxed where the call's result is a Value (the builtin's entry).
    types::TypeId own = kind_of(result) == Kind::Iterator ? result : const_cast<types::TypeTable&>(program_.table).iterator_of(element);
    return made(cxx_type(own, c) + "::from_step([=, done_ = false](" + element_cxx(element, c) + "& x_) mutable { if (done_) return false; x_ = " +
                    convert(called.code, called.type, element, c) + "; done_ = rt::same_or_equal(rt::box(x_), rt::Value(a1_)); return !done_; })",
                own);
  }
  if (name == "filter" && n == 2 && kind_of(type_of(c->args[0])) == Kind::None) {  // filter(None, xs): the true items
    types::TypeId item = item_of(1);
    return made("rt::filter([](" + element_cxx(item, c) + " x_) { return " + truth_of(item, "x_", c) + "; }, a1_)",
                const_cast<types::TypeTable&>(program_.table).iterator_of(item));
  }
  if ((name == "map" || name == "filter") && n == 2) {
    // map(f, xs), filter(f, xs): f called through key_function's lambda.
    types::TypeId item = item_of(1), mapped;
    operands.clear();
    std::string function = key_function(c->args[0], item, mapped, operands);
    // The iterator outlives this expression: the lambda keeps copies.
    function = "[=]" + function.substr(3);
    function.replace(function.find(") { return"), 10, ") mutable { return");
    operands.emplace_back("auto a1_", expression(c->args[1]));
    if (name == "map") return made("rt::map(" + function + ", a1_)", const_cast<types::TypeTable&>(program_.table).iterator_of(mapped));
    return made("rt::filter([f_ = " + function + "](auto x_) mutable { return " + truth_of(mapped, "f_(x_)", c) + "; }, a1_)",
                const_cast<types::TypeTable&>(program_.table).iterator_of(item));
  }
  if (name == "map" && n > 2) {
    // map(f, xs, ys, ...): f on the items of zip(xs, ys, ...).
    std::vector<types::TypeId> items;
    std::vector<Typed> values;
    for (size_t i = 1; i < n; ++i) {
      items.push_back(item_of(i));
      values.push_back({"x_.get<" + std::to_string(i - 1) + ">()", items.back()});
    }
    types::TypeId tuple = const_cast<types::TypeTable&>(program_.table).tuple_of(items);
    operands[0].first = cxx_type(type_of(c->args[0]), c) + " kf_";
    Typed called = call_callable(c->args[0], "kf_", values);
    return made("rt::map([=](" + element_cxx(tuple, c) + " x_) mutable { return " + called.code + "; }, rt::zip(" +
                    arguments.substr(arguments.find(", ") + 2) + "))",
                const_cast<types::TypeTable&>(program_.table).iterator_of(called.type));
  }
  if (const types::Type& t = program_.table.get(n ? type_of(c->args[0]) : types::kBottom);
      name == "reversed" && n == 1 && t.kind == Kind::Instance && find_class_attribute(t.a, "__reversed__")) {
    // reversed(obj) is obj.__reversed__() where its class has one.
    std::string code = dunder_call(c, type_of(c->args[0]), "a0_", "__reversed__", {}, result, [](const std::string&) -> Typed {
      return {"rt::unreachable<rt::Value>()", types::kBottom};
    });
    return sequenced(position(c), operands, code);
  }
  auto one_shot = const_cast<types::TypeTable&>(program_.table).iterator_of(n ? item_of(0) : types::kBottom);
  if (name == "reversed" && n == 1) return made("rt::reversed(a0_)", one_shot);
  if (name == "iter" && n == 1 && kind_of(type_of(c->args[0])) == Kind::Generator) return made("a0_", type_of(c->args[0]));  // itself
  if (name == "iter" && n == 1) return made("rt::iter(a0_)", one_shot);
  if (name == "next" && (n == 1 || n == 2) && kind_of(type_of(c->args[0])) == Kind::Iterator) {
    if (n == 2) {
      // next(it, None): an item or the default, as the result's type (their join).
      std::string item = element_cxx(item_of(0), c);
      return sequenced(position(c), operands,
                       item + " x_{}; a0_.next(x_) ? " + convert("x_", item_of(0), element, c) + " : " +
                           convert("a1_", type_of(c->args[1]), element, c));
    }
    return sequenced(position(c), operands, "rt::next(a0_)");
  }
  if (name == "next" && (n == 1 || n == 2) && is_container(type_of(c->args[0])))  // next([1]): no iterator, TypeError
    return sequenced(position(c), operands,
                     "rt::Value x_; (void)rt::next(rt::box(a0_), &x_); rt::unreachable<" + cxx_type(result, c) + ">()");
  return std::nullopt;
}

}  // namespace ingot::codegen
