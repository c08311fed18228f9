// The builtin functions and classes, one row each: the name, what kind of
// object it is, and the rule giving the result type. A rule that calls
// back into user code (key=, map(f, ...), __len__) does so through the
// engine, so those functions get specialised like any other call.
#include "types/builtins.h"

#include <algorithm>
#include <unordered_map>

#include "types/inference.h"

namespace ingot::types {

size_t BuiltinCall::positional() const {
  size_t n = 0;
  for (const Argument& a : args) n += a.keyword.empty() && a.spread == Argument::Spread::None;
  return n;
}

TypeId BuiltinCall::arg(size_t i) const {
  for (const Argument& a : args) {
    if (!a.keyword.empty() || a.spread != Argument::Spread::None) continue;
    if (i-- == 0) return a.type;
  }
  return kBottom;
}

std::optional<TypeId> BuiltinCall::keyword(std::string_view name) const {
  for (const Argument& a : args)
    if (a.keyword == name) return a.type;
  return std::nullopt;
}

bool BuiltinCall::spreads() const {
  for (const Argument& a : args)
    if (a.spread != Argument::Spread::None) return true;
  return false;
}

bool waiting(BuiltinCall& c) {
  for (const Argument& a : c.args)
    if (a.type == kBottom) return true;
  return false;
}

TypeId unknown(BuiltinCall& c) {
  for (const Argument& a : c.args) c.inference.escape(a.type);
  return kDyn;
}

namespace {

template <TypeId result>
TypeId returns(BuiltinCall&) {
  return result;
}

constexpr bool kNeverReturns = true;  // BuiltinInfo::never_returns, spelled in a row


TypeId call_with(BuiltinCall& c, TypeId function, std::vector<TypeId> args) {
  std::vector<Argument> arguments;
  for (TypeId t : args) arguments.push_back(Argument{t});
  return c.inference.call(function, arguments);
}


// hasattr(obj, 'name') and getattr(obj, 'name', default) on an instance
// the class lacks that name for: its __getattr__ may answer, and only an
// AttributeError from it means absent (codegen/attributes.cpp).
void ask_getattr(BuiltinCall& c) {
  for (TypeId m : c.inference.members_of(c.arg(0)))
    if (c.table.get(m).kind == Kind::Instance) c.inference.call_dunder(m, "__getattr__", std::vector<Argument>{Argument{kStr}});
}

// isinstance(x, classes), issubclass(x, classes): an object among the
// classes that is no class (a typing alias) answers through its class's
// `dunder`, which the runtime binds on the boxed object.
template <const char* dunder>
TypeId class_test(BuiltinCall& c) {
  std::vector<TypeId> held;
  for (TypeId m : c.inference.members_of(c.arg(1))) {
    const Type& t = c.table.get(m);
    if (t.kind == Kind::Tuple) held.insert(held.end(), t.args.begin(), t.args.end());
    else held.push_back(t.kind == Kind::TupleOf ? t.args[0] : m);
  }
  for (TypeId m : held)
    if (c.table.kind(m) == Kind::Instance || m == kDyn) c.inference.dynamic_method_call(dunder, m);
  return kBool;
}

constexpr char kInstanceCheck[] = "__instancecheck__";
constexpr char kSubclassCheck[] = "__subclasscheck__";

TypeId hasattr_of(BuiltinCall& c) {
  if (c.args.size() == 2) ask_getattr(c);
  return kBool;
}

// getattr(obj, name[, default]): whatever attribute the name picks; a
// name known only at run time may pick any method.
TypeId getattr_of(BuiltinCall& c) {
  auto* name = c.args.size() >= 2 ? ast::as<ast::Constant>(c.args[1].expr) : nullptr;
  if (c.positional() < 2) return unknown(c);
  if (!name || name->value.kind != ast::Value::Kind::Str) {
    c.inference.dynamic_attribute_read(c.arg(0));
  } else {
    ask_getattr(c);
    c.inference.constant_getattr(c.arg(0), std::string(name->value.text));
  }
  return unknown(c);
}

// delattr(obj, name): nothing flows anywhere but into the class's own
// __delattr__ (codegen/instance_dicts.cpp).
TypeId delattr_of(BuiltinCall& c) {
  if (c.positional() != 2 || c.args.size() != 2 || c.spreads()) return unknown(c);
  for (TypeId m : c.inference.members_of(c.arg(0)))
    if (c.table.kind(m) == Kind::Instance) c.inference.call_dunder(m, "__delattr__", std::vector<Argument>{Argument{kStr}});
  return kNone;
}

// setattr(obj, name, value): obj.name = value, the name known or not.
TypeId setattr_of(BuiltinCall& c) {
  if (waiting(c)) return kBottom;
  if (c.positional() != 3 || c.args.size() != 3 || c.spreads()) return unknown(c);
  c.inference.setattr_call(c.arg(0), c.args[1].expr, c.arg(2));
  return kNone;
}

TypeId print(BuiltinCall& c) {
  for (const Argument& a : c.args)
    c.inference.stringify(a.spread == Argument::Spread::Star ? c.inference.iterate(a.type) : a.type);
  // file=obj: obj.write(s) (and obj.flush() for flush=True), called from
  // the runtime on a boxed object; without file=, sys.stdout's, once the
  // program assigns it.
  auto file = c.keyword("file");
  bool dynamic = false;
  for (TypeId m : file ? c.inference.members_of(*file) : std::vector<TypeId>{kNone}) {
    Kind kind = c.table.get(m).kind;
    if (kind == Kind::None) dynamic |= c.inference.std_stream_replaced("stdout");
    dynamic |= kind == Kind::Instance || kind == Kind::Dyn;
  }
  TypeId stream = file ? *file : kDyn;
  if (dynamic) c.inference.dynamic_method_call("write", stream);
  if (dynamic && c.keyword("flush")) c.inference.dynamic_method_call("flush", stream);
  return kNone;
}

TypeId to_str(BuiltinCall& c) {
  if (c.positional() == 1) c.inference.stringify(c.arg(0));
  return kStr;
}

// format(x, spec) is x.__format__(spec); object's formats str(x).
TypeId format(BuiltinCall& c) {
  for (TypeId m : c.inference.members_of(c.arg(0)))
    if (!c.inference.call_dunder(m, "__format__", std::vector<Argument>{Argument{kStr}})) c.inference.stringify(m);
  return kStr;
}

TypeId to_repr(BuiltinCall& c) {
  c.inference.stringify(c.arg(0), true);
  return kStr;
}

TypeId len(BuiltinCall& c) {
  c.inference.dynamic_protocol(c.arg(0), {"__len__"});
  for (TypeId m : c.inference.members_of(c.arg(0))) c.inference.call_dunder(m, "__len__", {});
  return kInt;
}

constexpr char kAbs[] = "__abs__";
constexpr char kRound[] = "__round__";
constexpr char kFloor[] = "__floor__";
constexpr char kCeil[] = "__ceil__";
constexpr char kTrunc[] = "__trunc__";

// abs(), round(x): an instance's dunder, else the number's own type.
template <const char* dunder, TypeId int_result, TypeId float_result>
TypeId numeric(BuiltinCall& c) {
  if (waiting(c)) return kBottom;
  c.inference.boxed_dunder(c.arg(0), dunder);
  TypeId result = kBottom;
  for (TypeId m : c.inference.members_of(c.arg(0))) {
    Kind k = c.table.kind(m);
    TypeId one = kDyn;
    if (k == Kind::Int || k == Kind::Bool) one = int_result;
    if (k == Kind::Float) one = float_result;
    if (k == Kind::Complex && dunder == kAbs) one = kFloat;  // complex has no __round__: dyn raises
    if (k == Kind::Instance)
      if (auto r = c.inference.call_dunder(m, dunder, {})) one = *r;
    result = c.table.join(result, one);
  }
  return result;
}

// math.floor(), ceil(), trunc(): an int, or what an instance's dunder returns.
template <const char* dunder>
TypeId integral(BuiltinCall& c) {
  TypeId result = kBottom;
  for (TypeId m : c.inference.members_of(c.arg(0))) {
    std::optional<TypeId> r = c.inference.call_dunder(m, dunder, {});
    result = c.table.join(result, r.value_or(kInt));
  }
  return result;
}

TypeId round(BuiltinCall& c) {
  TypeId x = c.positional() >= 1 ? c.arg(0) : c.keyword("number").value_or(kBottom);
  std::optional<TypeId> digits = c.positional() >= 2 ? c.arg(1) : c.keyword("ndigits");
  if (digits) {  // round(x, n) keeps x's type; round(x, None) is round(x)
    TypeId kept = x == kInt || x == kBool ? kInt : x == kFloat ? kFloat : kDyn;
    // An instance's __round__(ndigits) decides its result's type.
    std::vector<Argument> ndigits{Argument{*digits}};
    c.inference.boxed_dunder(x, kRound);
    if (c.table.kind(x) == Kind::Instance)
      if (auto r = c.inference.call_dunder(x, kRound, ndigits)) kept = *r;
    for (TypeId m : c.inference.members_of(*digits))
      if (m == kNone) return c.table.join(kept, numeric<kRound, kInt, kInt>(c));
    return kept;
  }
  return numeric<kRound, kInt, kInt>(c);
}

// int(x) and float(x) of a boxed instance: its `dunder`, else its __index__.
void dynamic_conversion(BuiltinCall& c, const char* dunder) {
  c.inference.boxed_dunder(c.arg(0), dunder);
  c.inference.boxed_dunder(c.arg(0), "__index__");
}

TypeId to_int(BuiltinCall& c) {
  dynamic_conversion(c, "__int__");
  for (TypeId m : c.inference.members_of(c.arg(0)))
    if (!c.inference.call_dunder(m, "__int__", {})) c.inference.call_dunder(m, "__index__", {});
  return kInt;
}

// range(), hex(), oct(), bin(): integers, or instances through __index__.
TypeId range(BuiltinCall& c) {
  for (size_t i = 0; i < c.positional(); ++i) c.inference.use_as_index(c.arg(i));
  return kRange;
}

TypeId integer_text(BuiltinCall& c) {
  c.inference.use_as_index(c.arg(0));
  return kStr;
}

TypeId to_float(BuiltinCall& c) {
  dynamic_conversion(c, "__float__");
  for (TypeId m : c.inference.members_of(c.arg(0))) c.inference.call_dunder(m, "__float__", {});
  return kFloat;
}

// bytes(obj) runs obj.__bytes__ where its class has one.
TypeId to_bytes(BuiltinCall& c) {
  if (c.positional() != 1) return kBytes;
  c.inference.boxed_dunder(c.arg(0), "__bytes__");
  for (TypeId m : c.inference.members_of(c.arg(0))) c.inference.call_dunder(m, "__bytes__", {});
  return kBytes;
}

TypeId to_bool(BuiltinCall& c) {
  c.inference.test_truth(c.arg(0));
  return kBool;
}

// Ordering instances (sorted, min, max: the items, or their keys) runs
// their `op` ("__lt__", or "__gt__" for max) on each other, or its reflection.
// Items behind a dyn run it through the class's compare slot.
void order_instances(BuiltinCall& c, TypeId items, std::string_view op, std::string_view reflected) {
  c.inference.dynamic_protocol(items, {op, reflected});
  for (TypeId m : c.inference.members_of(items))
    if (c.table.kind(m) == Kind::Instance && !c.inference.call_dunder(m, op, std::vector<Argument>{Argument{items}}))
      c.inference.call_dunder(m, reflected, std::vector<Argument>{Argument{items}});
}

// min and max: of one iterable, or of the arguments; key= is called on
// each candidate; default= may be the result.
TypeId min_max(BuiltinCall& c) {
  if (waiting(c)) return kBottom;
  TypeId result = kBottom;
  if (c.positional() == 1 && !c.spreads()) {
    result = c.inference.iterate(c.arg(0));
  } else {
    for (size_t i = 0; i < c.positional(); ++i) result = c.table.join(result, c.arg(i));
    if (c.spreads()) result = kDyn;
  }
  TypeId compared = result;
  if (auto key = c.keyword("key"); key && *key != kNone) compared = call_with(c, *key, {result});
  if (builtin_name(c.id) == "max") order_instances(c, compared, "__gt__", "__lt__");
  else order_instances(c, compared, "__lt__", "__gt__");
  if (auto fallback = c.keyword("default")) result = c.table.join(result, *fallback);
  return result;
}

TypeId sum(BuiltinCall& c) {
  if (waiting(c)) return kBottom;
  TypeId element = c.inference.iterate(c.arg(0));
  TypeId start = c.positional() >= 2 ? c.arg(1) : c.keyword("start").value_or(kInt);
  // The running total starts as `start` and becomes total + element.
  TypeId total = start;
  for (int i = 0; i < 3; ++i) total = c.table.join(total, c.inference.binary(ast::Operator::Add, total, element, nullptr));
  return total;
}

// The items of the first argument, which a new container holds: the
// very objects, so mutable ones must meet in one type (aliasing.cpp)
// where the argument's differ, as `(a, b)` of two dict types does.
TypeId copied_items(BuiltinCall& c) {
  TypeId item = c.inference.iterate(c.arg(0));
  auto first = std::find_if(c.args.begin(), c.args.end(),
                            [](const Argument& a) { return a.keyword.empty() && a.spread == Argument::Spread::None; });
  if (first != c.args.end() && first->expr)
    c.inference.share(first->expr, first->type, c.inference.iterating(first->type, item));
  return item;
}

TypeId sorted(BuiltinCall& c) {
  if (waiting(c)) return kBottom;
  TypeId element = copied_items(c);
  TypeId compared = element;
  if (auto key = c.keyword("key"); key && *key != kNone) compared = call_with(c, *key, {element});
  order_instances(c, compared, "__lt__", "__gt__");
  return c.table.list_of(element);
}

TypeId reversed(BuiltinCall& c) {
  if (waiting(c)) return kBottom;
  TypeId result = kBottom;
  for (TypeId m : c.inference.members_of(c.arg(0))) {
    auto r = c.inference.call_dunder(m, "__reversed__", {});
    result = c.table.join(result, r ? *r : c.table.iterator_of(c.inference.iterate(m)));
  }
  return result;
}

TypeId enumerate(BuiltinCall& c) {
  if (waiting(c)) return kBottom;
  TypeId pair[] = {kInt, c.inference.iterate(c.arg(0))};
  return c.table.iterator_of(c.table.tuple_of(pair));
}

TypeId zip(BuiltinCall& c) {
  if (waiting(c)) return kBottom;
  if (c.spreads()) {  // zip(*rows): tuples of the rows' elements
    TypeId element = kBottom;
    for (const Argument& a : c.args) element = c.table.join(element, c.inference.iterate(c.inference.iterate(a.type)));
    return c.table.iterator_of(c.table.tuple_var(element));
  }
  std::vector<TypeId> items;
  for (size_t i = 0; i < c.positional(); ++i) items.push_back(c.inference.iterate(c.arg(i)));
  return c.table.iterator_of(c.table.tuple_of(items));
}

TypeId map(BuiltinCall& c) {
  if (waiting(c)) return kBottom;
  std::vector<TypeId> items;
  for (size_t i = 1; i < c.positional(); ++i) items.push_back(c.inference.iterate(c.arg(i)));
  return c.table.iterator_of(call_with(c, c.arg(0), items));
}

TypeId filter(BuiltinCall& c) {
  if (waiting(c)) return kBottom;
  TypeId element = c.inference.iterate(c.arg(1));
  if (c.arg(0) != kNone) call_with(c, c.arg(0), {element});
  return c.table.iterator_of(element);
}

TypeId iter(BuiltinCall& c) {
  if (waiting(c)) return kBottom;
  if (c.positional() == 2) return c.table.iterator_of(call_with(c, c.arg(0), {}));  // iter(callable, sentinel)
  TypeId result = kBottom;
  for (TypeId m : c.inference.members_of(c.arg(0))) {
    Kind k = c.table.kind(m);
    auto r = k == Kind::Instance || k == Kind::Class ? c.inference.call_dunder(m, "__iter__", {}) : std::nullopt;
    if (k == Kind::Iterator || k == Kind::Generator) r = m;
    result = c.table.join(result, r ? *r : c.table.iterator_of(c.inference.iterate(m)));
  }
  return result;
}

TypeId next(BuiltinCall& c) {
  if (waiting(c)) return kBottom;
  std::vector<TypeId> items;
  for (TypeId m : c.inference.members_of(c.arg(0))) {
    auto r = c.table.kind(m) == Kind::Instance ? c.inference.call_dunder(m, "__next__", {}) : std::nullopt;
    items.push_back(r ? *r : c.inference.iterate(m));
  }
  if (c.positional() >= 2) items.push_back(c.arg(1));
  TypeId result = kBottom;
  for (TypeId item : items) result = c.table.join(result, item);
  // An item beside a default of another kind (`next(gen, sentinel)`) is
  // boxed into a Value: what it holds may be used through dyn.
  if (result == kDyn)
    for (TypeId item : items) c.inference.escape(item);
  return result;
}

TypeId numbers_divmod(BuiltinCall& c, TypeId l, TypeId r) {
  TypeId parts[] = {c.inference.binary(ast::Operator::FloorDiv, l, r, nullptr),
                    c.inference.binary(ast::Operator::Mod, l, r, nullptr)};
  if (parts[0] == kBottom || parts[1] == kBottom) return kBottom;
  return c.table.tuple_of(parts);
}

// divmod(a, b): __divmod__/__rdivmod__ where an operand is an instance,
// else the quotient and remainder of // and %.
TypeId divmod(BuiltinCall& c) {
  auto instance = [&](TypeId t) {
    for (TypeId m : c.inference.members_of(t))
      if (c.table.kind(m) == Kind::Instance) return true;
    return false;
  };
  c.inference.boxed_dunder(c.arg(0), "__divmod__");
  c.inference.boxed_dunder(c.arg(1), "__rdivmod__");
  if (!instance(c.arg(0)) && !instance(c.arg(1))) return numbers_divmod(c, c.arg(0), c.arg(1));
  TypeId result = kBottom;
  for (TypeId l : c.inference.members_of(c.arg(0)))
    for (TypeId r : c.inference.members_of(c.arg(1))) {
      auto value = c.inference.instance_operator(l, r, "__divmod__", "__rdivmod__");
      result = c.table.join(result, value ? *value : numbers_divmod(c, l, r));
    }
  return result;
}

TypeId pow(BuiltinCall& c) {
  // pow(base, exp, mod=None), any of them by keyword.
  auto argument = [&](size_t i, std::string_view name) -> const Argument* {
    size_t seen = 0;
    for (const Argument& a : c.args) {
      if (a.keyword == name) return &a;
      if (a.keyword.empty() && a.spread == Argument::Spread::None && seen++ == i) return &a;
    }
    return nullptr;
  };
  const Argument* base = argument(0, "base");
  const Argument* exponent = argument(1, "exp");
  const Argument* mod = argument(2, "mod");
  if (!base || !exponent) return kDyn;
  // The exponent's literal decides int ** int, as for the operator.
  auto power = [&] { return c.inference.binary(ast::Operator::Pow, base->type, exponent->type, exponent->expr, false, base->expr); };
  if (!mod || mod->type == kNone) return power();
  // A mod that may be None at run time may give base ** exp.
  for (TypeId m : c.inference.members_of(mod->type))
    if (m == kDyn || c.table.kind(m) == Kind::None) return c.table.join(kInt, power());
  return kInt;
}

TypeId make_list(BuiltinCall& c) {
  if (c.positional() == 0) return c.table.list_of(kBottom);
  if (waiting(c)) return kBottom;
  return c.table.list_of(copied_items(c));
}

TypeId make_set(BuiltinCall& c) {
  if (c.positional() == 0) return c.table.set_of(kBottom);
  if (waiting(c)) return kBottom;
  return c.table.set_of(copied_items(c));
}

TypeId make_tuple(BuiltinCall& c) {
  if (c.positional() == 0) return c.table.tuple_of({});
  if (waiting(c)) return kBottom;
  return c.table.tuple_var(copied_items(c));
}

// dict(), dict(mapping), dict(pairs), dict(k=v, ...).
TypeId make_dict(BuiltinCall& c) {
  if (waiting(c)) return kBottom;
  TypeId key = kBottom, value = kBottom;
  if (c.positional() >= 1) {
    for (TypeId m : c.inference.members_of(c.arg(0))) {
      if (auto items = c.inference.mapping_items(m)) {
        key = c.table.join(key, items->first), value = c.table.join(value, items->second);
        continue;
      }
      TypeId pair = c.inference.iterate(m);
      const Type p = c.table.get(pair);
      bool is_pair = p.kind == Kind::Tuple && p.args.size() == 2;
      key = c.table.join(key, is_pair ? p.args[0] : c.table.element(pair));
      value = c.table.join(value, is_pair ? p.args[1] : c.table.element(pair));
    }
  }
  for (const Argument& a : c.args)
    if (!a.keyword.empty()) key = c.table.join(key, kStr), value = c.table.join(value, a.type);
  return c.table.dict_of(key, value);
}

// open(file, mode='r', ...): a text file, or a binary one for a mode with
// 'b'; a mode that is no literal may give either.
TypeId open(BuiltinCall& c) {
  // An instance is opened by its __fspath__'s path (runtime/file_open.cpp),
  // called through its class's slot on the boxed argument.
  if (c.positional() > 0)
    for (TypeId m : c.inference.members_of(c.arg(0)))
      if (m == kDyn || c.table.kind(m) == Kind::Instance) {
        c.inference.dynamic_method_call("__fspath__", c.arg(0));
        break;
      }
  const ast::Expr* mode = nullptr;
  size_t positional = 0;
  for (const Argument& a : c.args)
    if (a.keyword == "mode" || (a.keyword.empty() && a.spread == Argument::Spread::None && positional++ == 1)) mode = a.expr;
  if (!mode) return c.table.file(false);
  auto* literal = ast::as<ast::Constant>(mode);
  if (!literal || literal->value.kind != ast::Value::Kind::Str) return kDyn;
  return c.table.file(literal->value.text.find('b') != std::string_view::npos);
}

// super(C, obj) with C one of the program's classes: what super() in a
// method of C with self obj gives.
TypeId super(BuiltinCall& c) {
  if (c.positional() == 0) return c.inference.super_object();
  if (c.positional() == 2 && !c.spreads() && c.args.size() == 2 && c.table.kind(c.arg(0)) == Kind::Class)
    return c.table.super_of(c.table.get(c.arg(0)).a, c.arg(1));
  return kDyn;
}

// type(x): the class of an instance; type(name, bases, dict) makes a class
// the analysis cannot see.
TypeId type_of(BuiltinCall& c) {
  if (c.positional() != 1) return unknown(c);
  TypeId result = kBottom;
  for (TypeId m : c.inference.members_of(c.arg(0))) {
    const Type& t = c.table.get(m);
    TypeId one = kDyn;
    if (t.kind == Kind::Instance && !t.b) one = c.table.class_object(t.a);
    if (t.kind == Kind::Class && c.inference.metaclass_of(t.a) != kNoClass)  // metaclasses.cpp
      one = c.table.class_object(c.inference.metaclass_of(t.a));
    if (t.kind == Kind::Instance && t.b) c.inference.escape_classes_of(m);
    // A Set may be a frozenset (one C++ type holds both): its class is asked at run time.
    static constexpr std::pair<Kind, std::string_view> kBuiltinClasses[] = {
        {Kind::Int, "int"},   {Kind::Float, "float"}, {Kind::Complex, "complex"}, {Kind::Bool, "bool"}, {Kind::Str, "str"},
        {Kind::Bytes, "bytes"}, {Kind::ByteArray, "bytearray"}, {Kind::List, "list"}, {Kind::Dict, "dict"},
        {Kind::Tuple, "tuple"}, {Kind::TupleOf, "tuple"}, {Kind::Range, "range"}};
    for (auto [kind, name] : kBuiltinClasses)
      if (t.kind == kind) one = c.table.builtin(*find_builtin(name));
    result = c.table.join(result, one);
  }
  return result;
}

TypeId first_argument(BuiltinCall& c) { return c.arg(0); }  // staticmethod(f), classmethod(f), property(f)

TypeId exception(BuiltinCall& c) {
  for (const Argument& a : c.args) c.inference.escape(a.type);
  return kBottom;  // replaced by the row's own exception type in call()
}

#define EXCEPTION(name) {#name, BuiltinKind::Exception, exception}

// _ingot_thread.start(run), at_shutdown(hook): the runtime calls the
// callable boxed, with no arguments, so it escapes (its dyn specialisation
// is what runs).
template <TypeId result>
TypeId called_later(BuiltinCall& c) {
  unknown(c);
  return result;
}

TypeId list_of_str(BuiltinCall& c);

constexpr BuiltinInfo kBuiltins[] = {
    {"print", BuiltinKind::Function, print},
    {"len", BuiltinKind::Function, len},
    {"abs", BuiltinKind::Function, numeric<kAbs, kInt, kFloat>},
    {"round", BuiltinKind::Function, round},
    {"min", BuiltinKind::Function, min_max},
    {"max", BuiltinKind::Function, min_max},
    {"sum", BuiltinKind::Function, sum},
    {"sorted", BuiltinKind::Function, sorted},
    {"divmod", BuiltinKind::Function, divmod},
    {"pow", BuiltinKind::Function, pow},
    {"repr", BuiltinKind::Function, to_repr},
    {"ascii", BuiltinKind::Function, to_repr},
    {"format", BuiltinKind::Function, format},
    {"ord", BuiltinKind::Function, returns<kInt>},
    {"chr", BuiltinKind::Function, returns<kStr>},
    {"hex", BuiltinKind::Function, integer_text},
    {"oct", BuiltinKind::Function, integer_text},
    {"bin", BuiltinKind::Function, integer_text},
    {"hash", BuiltinKind::Function, returns<kInt>},
    {"id", BuiltinKind::Function, returns<kInt>},
    {"input", BuiltinKind::Function, returns<kStr>},
    {"isinstance", BuiltinKind::Function, class_test<kInstanceCheck>},
    {"issubclass", BuiltinKind::Function, class_test<kSubclassCheck>},
    {"callable", BuiltinKind::Function, returns<kBool>},
    {"hasattr", BuiltinKind::Function, hasattr_of},
    {"any", BuiltinKind::Function, returns<kBool>},
    {"all", BuiltinKind::Function, returns<kBool>},
    {"iter", BuiltinKind::Function, iter},
    {"next", BuiltinKind::Function, next},
    {"getattr", BuiltinKind::Function, getattr_of},
    {"setattr", BuiltinKind::Function, setattr_of},
    {"delattr", BuiltinKind::Function, delattr_of},
    {"open", BuiltinKind::Function, open},
    {"vars", BuiltinKind::Function, unknown},
    {"globals", BuiltinKind::Function, unknown},
    {"dir", BuiltinKind::Function, list_of_str},
    {"locals", BuiltinKind::Function, unknown},
    {"exec", BuiltinKind::Function, unknown},
    {"eval", BuiltinKind::Function, unknown},
    {"exit", BuiltinKind::Function, unknown},
    {"quit", BuiltinKind::Function, unknown},
    {"int", BuiltinKind::Class, to_int},
    {"float", BuiltinKind::Class, to_float},
    {"str", BuiltinKind::Class, to_str},
    {"bool", BuiltinKind::Class, to_bool},
    {"bytes", BuiltinKind::Class, to_bytes},
    {"bytearray", BuiltinKind::Class, returns<kByteArray>},
    {"memoryview", BuiltinKind::Class, unknown},  // a dyn: runtime/memoryview.h
    {"complex", BuiltinKind::Class, returns<kComplex>},
    {"list", BuiltinKind::Class, make_list},
    {"tuple", BuiltinKind::Class, make_tuple},
    {"set", BuiltinKind::Class, make_set},
    {"frozenset", BuiltinKind::Class, make_set},
    {"dict", BuiltinKind::Class, make_dict},
    {"range", BuiltinKind::Class, range},
    {"slice", BuiltinKind::Class, returns<kSlice>},
    {"enumerate", BuiltinKind::Class, enumerate},
    {"zip", BuiltinKind::Class, zip},
    {"map", BuiltinKind::Class, map},
    {"filter", BuiltinKind::Class, filter},
    {"reversed", BuiltinKind::Class, reversed},
    {"object", BuiltinKind::Class, unknown},
    {"type", BuiltinKind::Class, type_of},
    {"super", BuiltinKind::Class, super},
    {"staticmethod", BuiltinKind::Class, first_argument},
    {"classmethod", BuiltinKind::Class, first_argument},
    {"property", BuiltinKind::Class, first_argument},
    {"NotImplemented", BuiltinKind::Constant, unknown},
    EXCEPTION(BaseException), EXCEPTION(Exception), EXCEPTION(ArithmeticError), EXCEPTION(AssertionError),
    EXCEPTION(AttributeError), EXCEPTION(BufferError), EXCEPTION(EOFError), EXCEPTION(FloatingPointError),
    EXCEPTION(GeneratorExit), EXCEPTION(ImportError), EXCEPTION(ModuleNotFoundError), EXCEPTION(IndexError),
    EXCEPTION(KeyError), EXCEPTION(KeyboardInterrupt), EXCEPTION(LookupError), EXCEPTION(MemoryError),
    EXCEPTION(NameError), EXCEPTION(NotImplementedError), EXCEPTION(OSError), EXCEPTION(IOError),
    EXCEPTION(EnvironmentError), EXCEPTION(FileNotFoundError), EXCEPTION(FileExistsError),
    EXCEPTION(PermissionError), EXCEPTION(TimeoutError), EXCEPTION(ConnectionError), EXCEPTION(OverflowError),
    EXCEPTION(IsADirectoryError), EXCEPTION(NotADirectoryError), EXCEPTION(InterruptedError),
    EXCEPTION(BlockingIOError), EXCEPTION(ChildProcessError), EXCEPTION(BrokenPipeError),
    EXCEPTION(ConnectionAbortedError), EXCEPTION(ConnectionRefusedError), EXCEPTION(ConnectionResetError),
    EXCEPTION(ProcessLookupError),
    EXCEPTION(RecursionError), EXCEPTION(ReferenceError), EXCEPTION(RuntimeError), EXCEPTION(StopIteration),
    EXCEPTION(StopAsyncIteration), EXCEPTION(SyntaxError), EXCEPTION(SystemError), EXCEPTION(SystemExit),
    EXCEPTION(TypeError), EXCEPTION(UnboundLocalError), EXCEPTION(UnicodeError), EXCEPTION(UnicodeDecodeError),
    EXCEPTION(UnicodeEncodeError), EXCEPTION(ValueError), EXCEPTION(ZeroDivisionError), EXCEPTION(Warning),
    EXCEPTION(UserWarning), EXCEPTION(DeprecationWarning), EXCEPTION(RuntimeWarning),
    EXCEPTION(PendingDeprecationWarning), EXCEPTION(FutureWarning), EXCEPTION(ImportWarning),
    EXCEPTION(ResourceWarning), EXCEPTION(SyntaxWarning), EXCEPTION(UnicodeWarning), EXCEPTION(BytesWarning),
    EXCEPTION(EncodingWarning),
    EXCEPTION(BaseExceptionGroup), EXCEPTION(ExceptionGroup),
};

#undef EXCEPTION

TypeId list_of_str(BuiltinCall& c) { return c.table.list_of(kStr); }

TypeId str_pair(BuiltinCall& c) {
  TypeId parts[] = {kStr, kStr};
  return c.table.tuple_of(parts);
}

// A native of src/stdlib/os: an argument that is (or may be) an instance
// of the program's classes is a path through its __fspath__, called on
// the boxed value through its class's slot (codegen/os_module.cpp).
template <BuiltinRule rule>
TypeId with_paths(BuiltinCall& c) {
  for (const Argument& a : c.args)
    for (TypeId m : c.inference.members_of(a.type))
      if (m == kDyn || c.table.kind(m) == Kind::Instance) {
        c.inference.dynamic_method_call("__fspath__", a.type);
        return rule(c);
      }
  return rule(c);
}

// _ingot_os.fspath(path): a str or bytes as it is; any other value's
// __fspath__ result is known at run time only.
TypeId fspath_result(BuiltinCall& c) {
  if (waiting(c) || c.positional() == 0) return kBottom;
  Kind kind = c.table.kind(c.arg(0));
  return kind == Kind::Str || kind == Kind::Bytes ? c.arg(0) : kDyn;
}

// _ingot_os.disk_usage's (total, used, free).
TypeId int_triple(BuiltinCall& c) {
  TypeId parts[] = {kInt, kInt, kInt};
  return c.table.tuple_of(parts);
}

TypeId optional_str(BuiltinCall& c) { return c.table.join(kStr, c.positional() >= 2 ? c.arg(1) : kNone); }

// _ingot_copy.blank(x): a new instance of x's class (types/copies.cpp).
TypeId copy_blank(BuiltinCall& c) { return c.inference.blank_instance(c.arg(0)); }

// _ingot_copy.fill(y, x, copier, arg): y's attributes set to copier(x's, arg).
TypeId copy_fill(BuiltinCall& c) {
  c.inference.copy_fields(c.arg(1), c.arg(2), c.arg(3));
  return kNone;
}

// _ingot_re.compile's (code, flags, message, position) (runtime/re_module.h).
TypeId re_compiled(BuiltinCall& c) {
  TypeId parts[] = {kInt, kInt, kStr, kInt};
  return c.table.tuple_of(parts);
}

TypeId list_of_int(BuiltinCall& c) { return c.table.list_of(kInt); }

// _ingot_traceback.extract_tb's (filename, lineno, name, line) of each frame.
TypeId frame_summaries(BuiltinCall& c) {
  TypeId parts[] = {kStr, kInt, kStr, kStr};
  return c.table.list_of(c.table.tuple_of(parts));
}

// _ingot_traceback.warning_site's (filename, lineno, module).
TypeId warning_site(BuiltinCall& c) {
  TypeId parts[] = {kStr, kInt, kStr};
  return c.table.tuple_of(parts);
}

// A str or bytes argument's own type; anything else raises (bottom).
TypeId text_argument(BuiltinCall& c, size_t i) {
  if (waiting(c) || c.positional() <= i) return kBottom;
  Kind kind = c.table.kind(c.arg(i));
  return kind == Kind::Str || kind == Kind::Bytes ? c.arg(i) : kBottom;
}

// Whether argument i is a str or bytes the analysis knows only at run
// time (code generation then dispatches on the value).
bool dynamic_text(BuiltinCall& c, size_t i) {
  Kind kind = c.table.kind(c.arg(i));
  return kind == Kind::Dyn || kind == Kind::Union;
}

// _ingot_re.template(code, repl): (parts of repl's type, refs, message,
// position); all dyn for a repl of a type known only at run time. re.py
// calls it only for a str or bytes repl, but the analysis, which does not
// narrow on callable(), sees the call for a function repl too: that
// raises, yet its parts are typed as a str's so that the code after it
// (never run) still has types.
TypeId re_template(BuiltinCall& c) {
  if (waiting(c) || c.positional() < 2) return kBottom;
  if (dynamic_text(c, 1)) return kDyn;
  TypeId text = text_argument(c, 1);
  if (text == kBottom) text = kStr;
  TypeId parts[] = {c.table.list_of(text), c.table.list_of(kInt), kStr, kInt};
  return c.table.tuple_of(parts);
}

TypeId re_escape(BuiltinCall& c) {
  if (!waiting(c) && c.positional() > 0 && dynamic_text(c, 0)) return kDyn;
  return text_argument(c, 0);
}

TypeId re_line_column(BuiltinCall& c) {
  TypeId parts[] = {kInt, kInt, kBool};
  return c.table.tuple_of(parts);
}
TypeId group_index(BuiltinCall& c) { return c.table.dict_of(kStr, kInt); }

// _ingot_zlib's results (runtime/zlib_module.h): (bytes, message),
// (stream, message) and decompress_more's (output, unconsumed tail,
// unused data, eof, message).
TypeId zlib_bytes(BuiltinCall& c) {
  TypeId parts[] = {kBytes, kStr};
  return c.table.tuple_of(parts);
}
TypeId zlib_stream(BuiltinCall& c) {
  TypeId parts[] = {kInt, kStr};
  return c.table.tuple_of(parts);
}
TypeId zlib_decompressed(BuiltinCall& c) {
  TypeId parts[] = {kBytes, kBytes, kBytes, kBool, kStr};
  return c.table.tuple_of(parts);
}

TypeId math_modf(BuiltinCall& c) {
  TypeId parts[] = {kFloat, kFloat};
  return c.table.tuple_of(parts);
}

TypeId math_frexp(BuiltinCall& c) {
  TypeId parts[] = {kFloat, kInt};
  return c.table.tuple_of(parts);
}

// math.prod(iterable, start=1): start * item * item ...
TypeId math_prod(BuiltinCall& c) {
  if (waiting(c)) return kBottom;
  TypeId element = c.inference.iterate(c.arg(0));
  TypeId total = c.keyword("start").value_or(kInt);
  for (int i = 0; i < 3; ++i) total = c.table.join(total, c.inference.binary(ast::Operator::Mult, total, element, nullptr));
  return total;
}

// Functions of the standard modules programs use most (COMPILER-NOTES.md
// section 9: math, sys, time, random), as builtins named module.name.
constexpr BuiltinInfo kModuleFunctions[] = {
    {"math.sqrt", BuiltinKind::Function, returns<kFloat>},  {"math.sin", BuiltinKind::Function, returns<kFloat>},
    {"math.cos", BuiltinKind::Function, returns<kFloat>},   {"math.tan", BuiltinKind::Function, returns<kFloat>},
    {"math.asin", BuiltinKind::Function, returns<kFloat>},  {"math.acos", BuiltinKind::Function, returns<kFloat>},
    {"math.atan", BuiltinKind::Function, returns<kFloat>},  {"math.atan2", BuiltinKind::Function, returns<kFloat>},
    {"math.exp", BuiltinKind::Function, returns<kFloat>},   {"math.log", BuiltinKind::Function, returns<kFloat>},
    {"math.log2", BuiltinKind::Function, returns<kFloat>},  {"math.log10", BuiltinKind::Function, returns<kFloat>},
    {"math.pow", BuiltinKind::Function, returns<kFloat>},   {"math.fabs", BuiltinKind::Function, returns<kFloat>},
    {"math.hypot", BuiltinKind::Function, returns<kFloat>}, {"math.radians", BuiltinKind::Function, returns<kFloat>},
    {"math.degrees", BuiltinKind::Function, returns<kFloat>}, {"math.floor", BuiltinKind::Function, integral<kFloor>},
    {"math.ceil", BuiltinKind::Function, integral<kCeil>}, {"math.trunc", BuiltinKind::Function, integral<kTrunc>},
    {"math.gcd", BuiltinKind::Function, returns<kInt>},     {"math.factorial", BuiltinKind::Function, returns<kInt>},
    {"math.isqrt", BuiltinKind::Function, returns<kInt>},   {"math.comb", BuiltinKind::Function, returns<kInt>},
    {"math.isclose", BuiltinKind::Function, returns<kBool>}, {"math.isnan", BuiltinKind::Function, returns<kBool>},
    {"math.isinf", BuiltinKind::Function, returns<kBool>},
    {"math.isfinite", BuiltinKind::Function, returns<kBool>}, {"math.cbrt", BuiltinKind::Function, returns<kFloat>},
    {"math.exp2", BuiltinKind::Function, returns<kFloat>},  {"math.expm1", BuiltinKind::Function, returns<kFloat>},
    {"math.log1p", BuiltinKind::Function, returns<kFloat>}, {"math.sinh", BuiltinKind::Function, returns<kFloat>},
    {"math.cosh", BuiltinKind::Function, returns<kFloat>},  {"math.tanh", BuiltinKind::Function, returns<kFloat>},
    {"math.asinh", BuiltinKind::Function, returns<kFloat>}, {"math.acosh", BuiltinKind::Function, returns<kFloat>},
    {"math.atanh", BuiltinKind::Function, returns<kFloat>}, {"math.erf", BuiltinKind::Function, returns<kFloat>},
    {"math.erfc", BuiltinKind::Function, returns<kFloat>},  {"math.gamma", BuiltinKind::Function, returns<kFloat>},
    {"math.lgamma", BuiltinKind::Function, returns<kFloat>}, {"math.copysign", BuiltinKind::Function, returns<kFloat>},
    {"math.fmod", BuiltinKind::Function, returns<kFloat>},  {"math.remainder", BuiltinKind::Function, returns<kFloat>},
    {"math.ldexp", BuiltinKind::Function, returns<kFloat>}, {"math.nextafter", BuiltinKind::Function, returns<kFloat>},
    {"math.ulp", BuiltinKind::Function, returns<kFloat>},   {"math.fsum", BuiltinKind::Function, returns<kFloat>},
    {"math.dist", BuiltinKind::Function, returns<kFloat>},  {"math.lcm", BuiltinKind::Function, returns<kInt>},
    {"math.perm", BuiltinKind::Function, returns<kInt>},    {"math.modf", BuiltinKind::Function, math_modf},
    {"math.frexp", BuiltinKind::Function, math_frexp},      {"math.prod", BuiltinKind::Function, math_prod},
    {"time.sleep", BuiltinKind::Function, returns<kNone>},  {"time.time_ns", BuiltinKind::Function, returns<kInt>},
    {"time.perf_counter_ns", BuiltinKind::Function, returns<kInt>},
    {"time.monotonic_ns", BuiltinKind::Function, returns<kInt>},
    {"time.process_time", BuiltinKind::Function, returns<kFloat>},
    {"time.process_time_ns", BuiltinKind::Function, returns<kInt>},
    {"sys.exit", BuiltinKind::Function, returns<kNone>, kNeverReturns},
    {"sys.exc_info", BuiltinKind::Function, unknown},
    {"sys.getrecursionlimit", BuiltinKind::Function, returns<kInt>},
    {"sys.setrecursionlimit", BuiltinKind::Function, returns<kNone>},
    {"sys.get_int_max_str_digits", BuiltinKind::Function, returns<kInt>},
    {"sys.set_int_max_str_digits", BuiltinKind::Function, returns<kNone>},
    {"time.time", BuiltinKind::Function, returns<kFloat>},  {"time.perf_counter", BuiltinKind::Function, returns<kFloat>},
    {"time.monotonic", BuiltinKind::Function, returns<kFloat>},
    // struct_time is a struct sequence, read dynamically (runtime/time_module.h).
    {"time.gmtime", BuiltinKind::Function, unknown},      {"time.localtime", BuiltinKind::Function, unknown},
    {"time.mktime", BuiltinKind::Function, returns<kFloat>}, {"time.strftime", BuiltinKind::Function, returns<kStr>},
    {"time.asctime", BuiltinKind::Function, returns<kStr>}, {"time.ctime", BuiltinKind::Function, returns<kStr>},
    {"random.random", BuiltinKind::Function, returns<kFloat>}, {"random.uniform", BuiltinKind::Function, returns<kFloat>},
    {"random.randint", BuiltinKind::Function, returns<kInt>}, {"random.randrange", BuiltinKind::Function, returns<kInt>},
    {"random.seed", BuiltinKind::Function, returns<kNone>},
    {"_ingot_re.compile", BuiltinKind::Function, re_compiled}, {"_ingot_re.match", BuiltinKind::Function, list_of_int},
    {"_ingot_re.groups", BuiltinKind::Function, returns<kInt>}, {"_ingot_re.groupindex", BuiltinKind::Function, group_index},
    {"_ingot_re.template", BuiltinKind::Function, re_template}, {"_ingot_re.escape", BuiltinKind::Function, re_escape},
    {"_ingot_re.line_column", BuiltinKind::Function, re_line_column},
    {"_ingot_abc.register", BuiltinKind::Function, returns<kNone>},
    {"_ingot_copy.blank", BuiltinKind::Function, copy_blank}, {"_ingot_copy.fill", BuiltinKind::Function, copy_fill},
    {"_ingot_hash.compress", BuiltinKind::Function, returns<kBytes>},
    {"_ingot_traceback.format_tb", BuiltinKind::Function, list_of_str},
    {"_ingot_traceback.extract_tb", BuiltinKind::Function, frame_summaries},
    {"_ingot_traceback.format_only", BuiltinKind::Function, returns<kStr>},
    {"_ingot_traceback.format_group", BuiltinKind::Function, returns<kStr>},
    {"_ingot_traceback.warning_site", BuiltinKind::Function, warning_site},
    {"_ingot_traceback.source_line", BuiltinKind::Function, returns<kStr>},
    {"_ingot_traceback.generator_state", BuiltinKind::Function, returns<kStr>},
    {"_ingot_unicodedata.text_property", BuiltinKind::Function, returns<kStr>},
    {"_ingot_unicodedata.number", BuiltinKind::Function, returns<kFloat>},
    {"_ingot_unicodedata.combining", BuiltinKind::Function, returns<kInt>},
    {"_ingot_unicodedata.mirrored", BuiltinKind::Function, returns<kInt>},
    {"_ingot_unicodedata.lookup", BuiltinKind::Function, returns<kInt>},
    {"_ingot_unicodedata.normalize", BuiltinKind::Function, returns<kStr>},
    {"_ingot_gc.collect", BuiltinKind::Function, returns<kNone>},
    {"_ingot_gc.enable", BuiltinKind::Function, returns<kNone>},
    {"_ingot_gc.isenabled", BuiltinKind::Function, returns<kBool>},
    {"_ingot_thread.start", BuiltinKind::Function, called_later<kInt>},
    {"_ingot_thread.at_shutdown", BuiltinKind::Function, called_later<kNone>},
    {"_ingot_thread.get_ident", BuiltinKind::Function, returns<kInt>},
    {"_ingot_thread.native_id", BuiltinKind::Function, returns<kInt>},
    {"_ingot_thread.park", BuiltinKind::Function, returns<kBool>},
    {"_ingot_thread.unpark", BuiltinKind::Function, returns<kNone>},
    {"_ingot_zlib.compress", BuiltinKind::Function, zlib_bytes}, {"_ingot_zlib.decompress", BuiltinKind::Function, zlib_bytes},
    {"_ingot_zlib.compressor", BuiltinKind::Function, zlib_stream},
    {"_ingot_zlib.decompressor", BuiltinKind::Function, zlib_stream},
    {"_ingot_zlib.compress_more", BuiltinKind::Function, zlib_bytes},
    {"_ingot_zlib.decompress_more", BuiltinKind::Function, zlib_decompressed},
    {"_ingot_os.getcwd", BuiltinKind::Function, returns<kStr>},     {"_ingot_os.chdir", BuiltinKind::Function, with_paths<returns<kNone>>},
    {"_ingot_os.listdir", BuiltinKind::Function, with_paths<list_of_str>},      {"_ingot_os.mkdir", BuiltinKind::Function, with_paths<returns<kNone>>},
    {"_ingot_os.makedirs", BuiltinKind::Function, with_paths<returns<kNone>>},  {"_ingot_os.rmdir", BuiltinKind::Function, with_paths<returns<kNone>>},
    {"_ingot_os.remove", BuiltinKind::Function, with_paths<returns<kNone>>},    {"_ingot_os.unlink", BuiltinKind::Function, with_paths<returns<kNone>>},
    {"_ingot_os.rename", BuiltinKind::Function, with_paths<returns<kNone>>},    {"_ingot_os.replace", BuiltinKind::Function, with_paths<returns<kNone>>},
    {"_ingot_os.getpid", BuiltinKind::Function, returns<kInt>},     {"_ingot_os.urandom", BuiltinKind::Function, returns<kBytes>},
    {"_ingot_os.getenv", BuiltinKind::Function, optional_str},
    // os.stat_result (runtime/struct_sequence.h): read dynamically.
    {"_ingot_os.stat", BuiltinKind::Function, with_paths<returns<kDyn>>}, {"_ingot_os.fstat", BuiltinKind::Function, returns<kDyn>},
    {"_ingot_os.fspath", BuiltinKind::Function, with_paths<fspath_result>},
    {"_ingot_os.readlink", BuiltinKind::Function, with_paths<returns<kStr>>}, {"_ingot_os.access", BuiltinKind::Function, with_paths<returns<kBool>>},
    {"_ingot_os.symlink", BuiltinKind::Function, with_paths<returns<kNone>>}, {"_ingot_os.chmod", BuiltinKind::Function, with_paths<returns<kNone>>},
    {"_ingot_os.utime", BuiltinKind::Function, with_paths<returns<kNone>>},
    {"_ingot_os.disk_usage", BuiltinKind::Function, with_paths<int_triple>},
    {"_ingot_os_path.join", BuiltinKind::Function, with_paths<returns<kStr>>},  {"_ingot_os_path.exists", BuiltinKind::Function, with_paths<returns<kBool>>},
    {"_ingot_os_path.isfile", BuiltinKind::Function, with_paths<returns<kBool>>}, {"_ingot_os_path.isdir", BuiltinKind::Function, with_paths<returns<kBool>>},
    {"_ingot_os_path.islink", BuiltinKind::Function, with_paths<returns<kBool>>}, {"_ingot_os_path.isabs", BuiltinKind::Function, with_paths<returns<kBool>>},
    {"_ingot_os_path.getsize", BuiltinKind::Function, with_paths<returns<kInt>>}, {"_ingot_os_path.basename", BuiltinKind::Function, with_paths<returns<kStr>>},
    {"_ingot_os_path.dirname", BuiltinKind::Function, with_paths<returns<kStr>>}, {"_ingot_os_path.split", BuiltinKind::Function, with_paths<str_pair>},
    {"_ingot_os_path.splitext", BuiltinKind::Function, with_paths<str_pair>},   {"_ingot_os_path.normpath", BuiltinKind::Function, with_paths<returns<kStr>>},
    {"_ingot_os_path.abspath", BuiltinKind::Function, with_paths<returns<kStr>>},
};

// Module constants with a known type.
std::optional<TypeId> module_constant(TypeTable& table, std::string_view module, std::string_view name) {
  if (module == "math" && (name == "pi" || name == "e" || name == "tau" || name == "inf" || name == "nan")) return kFloat;
  if (module == "sys" && name == "argv") return table.list_of(kStr);
  if (module == "sys" && name == "modules") return table.dict_of(kStr, kDyn);
  if (module == "sys" && (name == "maxsize" || name == "maxunicode")) return kInt;
  if (module == "sys" && (name == "version" || name == "platform" || name == "byteorder")) return kStr;
  if (module == "sys" && name == "path") return table.list_of(kStr);
  // Struct sequences (runtime/struct_sequence.h): read dynamically.
  if (module == "sys" && (name == "version_info" || name == "float_info" || name == "int_info" || name == "hash_info"))
    return kDyn;
  if (module == "_ingot_os" && name == "environ") return table.dict_of(kStr, kStr);
  if (module == "_ingot_os" && name == "stat_result") return kDyn;  // the struct sequence's class
  // Text files (runtime/file.h sys_stdout ...).
  if (module == "sys" && (name == "stdin" || name == "stdout" || name == "stderr" || name == "__stdin__" ||
                          name == "__stdout__" || name == "__stderr__"))
    return table.file(false);
  return std::nullopt;
}

}  // namespace

// Ids number kBuiltins, then kModuleFunctions, then class_members().
std::optional<BuiltinId> find_builtin(std::string_view name) {
  static const auto* index = [] {
    auto* map = new std::unordered_map<std::string_view, BuiltinId>;
    for (BuiltinId i = 0; i < std::size(kBuiltins) + std::size(kModuleFunctions) + class_members().size(); ++i)
      map->emplace(builtin_info(i).name, i);
    return map;
  }();
  auto it = index->find(name);
  if (it == index->end()) return std::nullopt;
  return it->second;
}

std::optional<TypeId> module_attribute(TypeTable& table, std::string_view module, std::string_view name) {
  if (auto constant = module_constant(table, module, name)) return constant;
  if (name.find('.') != std::string_view::npos || module.empty()) return std::nullopt;
  if (module == "builtins") {  // `from builtins import abs`: the builtin itself
    auto id = find_builtin(name);
    return id && *id < std::size(kBuiltins) ? std::optional<TypeId>(table.builtin(*id)) : std::nullopt;
  }
  if (auto id = find_builtin(std::string(module) + "." + std::string(name))) return table.builtin(*id);
  return std::nullopt;
}

const BuiltinInfo& builtin_info(BuiltinId id) {
  if (id < std::size(kBuiltins)) return kBuiltins[id];
  id -= std::size(kBuiltins);
  return id < std::size(kModuleFunctions) ? kModuleFunctions[id] : class_members()[id - std::size(kModuleFunctions)];
}

std::optional<TypeId> builtin_class_attribute(TypeTable& table, std::string_view cls, std::string_view name) {
  if (auto id = find_builtin(std::string(cls) + "." + std::string(name));
      id && *id >= std::size(kBuiltins) + std::size(kModuleFunctions))
    return table.builtin(*id);
  return std::nullopt;
}

std::optional<std::pair<std::string_view, std::string_view>> unbound_method(BuiltinId id) {
  if (id < std::size(kBuiltins) + std::size(kModuleFunctions) || !is_unbound_method(builtin_info(id))) return std::nullopt;
  std::string_view name = builtin_info(id).name;
  size_t dot = name.find('.');
  return std::pair{name.substr(0, dot), name.substr(dot + 1)};
}
std::string_view builtin_name(BuiltinId id) { return builtin_info(id).name; }

bool copies_items(BuiltinId id) {
  BuiltinRule rule = builtin_info(id).rule;
  return rule == make_list || rule == make_set || rule == make_tuple || rule == sorted;
}

}  // namespace ingot::types
