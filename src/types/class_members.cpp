// The attributes programs read from builtin classes: their methods,
// unbound (`str.upper(s)`, `key=str.lower`, `f = list.append; f(xs, 3)`,
// `reduce(int.__mul__, xs)`), one row for each method CPython's dir()
// lists (runtime/builtin_attributes.h, generated from python3 at build
// time), and dict.fromkeys. An unbound method is typed as its call on the
// first argument (`xs.append(3)`, builtin_methods.cpp), and code
// generation writes it so (codegen/builtin_values.cpp).
#include <deque>
#include <string>
#include <vector>

#include "runtime/builtin_attributes.h"
#include "types/builtins.h"
#include "types/inference.h"

namespace ingot::types {

ReceiverFit builtin_receiver_fit(Kind kind, std::string_view cls) {
  switch (kind) {
    case Kind::Str: return cls == "str" ? ReceiverFit::Yes : ReceiverFit::No;
    case Kind::Bytes: return cls == "bytes" ? ReceiverFit::Yes : ReceiverFit::No;
    case Kind::ByteArray: return cls == "bytearray" ? ReceiverFit::Yes : ReceiverFit::No;
    case Kind::List: return cls == "list" ? ReceiverFit::Yes : ReceiverFit::No;
    case Kind::Dict: return cls == "dict" ? ReceiverFit::Yes : ReceiverFit::No;
    case Kind::Set: return cls == "set" || cls == "frozenset" ? ReceiverFit::Maybe : ReceiverFit::No;
    case Kind::Int: return cls == "int" ? ReceiverFit::Yes : ReceiverFit::No;
    case Kind::Bool: return cls == "bool" || cls == "int" ? ReceiverFit::Yes : ReceiverFit::No;
    case Kind::Float: return cls == "float" ? ReceiverFit::Yes : ReceiverFit::No;
    case Kind::Complex: return cls == "complex" ? ReceiverFit::Yes : ReceiverFit::No;
    case Kind::Range: return cls == "range" ? ReceiverFit::Yes : ReceiverFit::No;
    case Kind::Tuple:
    case Kind::TupleOf: return cls == "tuple" ? ReceiverFit::Yes : ReceiverFit::No;
    default: return ReceiverFit::No;
  }
}

namespace {

// str.lower(s), dict.get(d, k): the method of the first argument, which
// must be an instance of the class (CPython's TypeError otherwise, and a
// dynamic call in the code generated: dyn here).
TypeId unbound(BuiltinCall& c) {
  if (waiting(c)) return kBottom;
  if (c.positional() == 0 || c.spreads() || !c.args[0].keyword.empty()) return unknown(c);
  std::string_view cls = unbound_method(c.id)->first, method = unbound_method(c.id)->second;
  TypeId result = kBottom;
  for (TypeId m : c.inference.members_of(c.arg(0))) {
    // The receiver's expression, where the call names it (`f(xs, 3)` with
    // f = list.append), grows as `xs.append(3)` would.
    TypeId r = builtin_receiver_fit(c.table.kind(m), cls) == ReceiverFit::No
                   ? kDyn
                   : c.inference.builtin_method_call(m, method, c.args.subspan(1), c.args[0].expr, c.site);
    result = c.table.join(result, r);
  }
  return result;
}

// dict.fromkeys(keys, value=None); the value may come from a spread
// (`dict.fromkeys(keys, *args)`): None where it may be empty. Keys from a
// spread are left to the call's run-time binding (dyn).
TypeId dict_fromkeys(BuiltinCall& c) {
  if (waiting(c) || c.positional() == 0) return kBottom;
  TypeId value = c.positional() >= 2 ? c.arg(1) : kBottom;
  for (const Argument& a : c.args) {
    if (a.spread != Argument::Spread::Star) continue;
    const Type& t = c.table.get(a.type);
    bool one_item = t.kind == Kind::Tuple && t.args.size() == 1;
    if (t.kind != Kind::Tuple || t.args.size() > 1) value = c.table.join(value, kNone);
    value = c.table.join(value, one_item ? t.args[0] : c.inference.iterate(a.type));
  }
  return c.table.dict_of(c.inference.iterate(c.arg(0)), value == kBottom ? kNone : value);
}

// The classes whose values the analysis types (builtin_receiver_fit):
// their methods are rows.
constexpr std::string_view kClasses[] = {"int",  "bool",  "float", "complex", "str", "bytes",     "bytearray",
                                         "list", "tuple", "dict",  "set",     "frozenset", "range"};

}  // namespace

std::span<const BuiltinInfo> class_members() {
  static const auto* rows = [] {
    auto* names = new std::deque<std::string>;  // the rows' names (a deque never moves them)
    auto* rows = new std::vector<BuiltinInfo>{{"dict.fromkeys", BuiltinKind::Function, dict_fromkeys}};
    for (std::string_view cls : kClasses) {
      std::span<const rt::BuiltinAttribute> attributes = *rt::builtin_class_attributes(cls);
      for (const rt::BuiltinAttribute& a : attributes)
        if (a.kind == rt::BuiltinAttributeKind::Method)
          rows->push_back({names->emplace_back(std::string(cls) + "." + std::string(a.name)), BuiltinKind::Function, unbound});
    }
    return rows;
  }();
  return *rows;
}

bool is_unbound_method(const BuiltinInfo& info) { return info.rule == unbound; }

}  // namespace ingot::types
