// Methods of the builtin types, one row each: receiver kind, name, rule.
// Rules that mutate a container refine the receiver expression, which is
// how `xs = []; xs.append(1)` makes xs a list[int].
#include <unordered_map>

#include "types/builtins.h"
#include "types/inference.h"

namespace ingot::types {
namespace {

struct Method {
  BuiltinCall& call;
  TypeId receiver;
  const Type& type;  // of the receiver
  const ast::Expr* receiver_expr;

  TypeId element() const { return call.table.element(receiver); }
  TypeId arg(size_t i) const { return call.arg(i); }
  void grow(TypeId to) const {
    if (receiver_expr) call.inference.refine(receiver_expr, to);
  }
};

using MethodRule = TypeId (*)(const Method&);

// int.__mul__(a, b): a * b where the method takes b (number_dunder_takes),
// else NotImplemented, which code generation refuses.
template <ast::Operator op>
TypeId number_operator(const Method& m) {
  if (m.call.positional() != 1 || !number_dunder_takes(m.type.kind, m.call.table.kind(m.arg(0)))) return kDyn;
  return m.call.inference.binary(op, m.receiver, m.arg(0), nullptr);
}

template <TypeId result>
TypeId returns(const Method&) {
  return result;
}
TypeId self(const Method& m) { return m.receiver; }
TypeId element(const Method& m) { return m.element(); }
TypeId list_of_str(const Method& m) { return m.call.table.list_of(kStr); }
TypeId list_of_bytes(const Method& m) { return m.call.table.list_of(kBytes); }
TypeId str_partition(const Method& m) {
  TypeId parts[] = {kStr, kStr, kStr};
  return m.call.table.tuple_of(parts);
}
TypeId bytes_partition(const Method& m) {
  TypeId parts[] = {kBytes, kBytes, kBytes};
  return m.call.table.tuple_of(parts);
}
TypeId int_pair(const Method& m) {
  TypeId parts[] = {kInt, kInt};
  return m.call.table.tuple_of(parts);
}
TypeId int_triple(const Method& m) {
  TypeId parts[] = {kInt, kInt, kInt};
  return m.call.table.tuple_of(parts);
}

TypeId str_join(const Method& m) {
  m.call.inference.iterate(m.arg(0));
  return kStr;
}
// Each field is format(value, spec) (builtins.cpp's format), or str/repr
// of the value for !s/!r.
void format_field(const Method& m, TypeId value) {
  m.call.inference.stringify(value);
  for (TypeId member : m.call.inference.members_of(value))
    m.call.inference.call_dunder(member, "__format__", std::vector<Argument>{Argument{kStr}});
}
TypeId str_format(const Method& m) {
  for (const Argument& a : m.call.args) format_field(m, a.type);
  return kStr;
}
// fmt.format_map(mapping): the fields are mapping[name] (a mapping's __getitem__).
TypeId str_format_map(const Method& m) {
  for (TypeId member : m.call.inference.members_of(m.arg(0))) {
    if (auto items = m.call.inference.mapping_items(member)) format_field(m, items->second);
    if (auto item = m.call.inference.call_dunder(member, "__getitem__", std::vector<Argument>{Argument{kStr}}))
      format_field(m, *item);
  }
  return kStr;
}

TypeId list_append(const Method& m) {
  m.grow(m.call.table.list_of(m.arg(0)));
  return kNone;
}
TypeId list_insert(const Method& m) {
  m.grow(m.call.table.list_of(m.arg(1)));
  return kNone;
}
TypeId list_extend(const Method& m) {
  m.grow(m.call.table.list_of(m.call.inference.iterate(m.arg(0))));
  return kNone;
}
TypeId list_sort(const Method& m) {
  if (auto key = m.call.keyword("key"); key && *key != kNone) {
    Argument a{m.element()};
    m.call.inference.call(*key, {&a, 1});
  }
  return kNone;
}

TypeId dict_get(const Method& m) {
  if (m.call.positional() >= 1) m.call.inference.probe_key(m.receiver_expr, m.receiver, m.arg(0));
  return m.call.table.join(m.type.args[1], m.call.positional() >= 2 ? m.arg(1) : kNone);
}
TypeId dict_pop(const Method& m) {
  if (m.call.positional() >= 1) m.call.inference.probe_key(m.receiver_expr, m.receiver, m.arg(0));
  return m.call.positional() >= 2 ? m.call.table.join(m.type.args[1], m.arg(1)) : m.type.args[1];
}
TypeId dict_keys(const Method& m) { return m.call.table.iterator_of(m.type.args[0]); }
TypeId dict_values(const Method& m) { return m.call.table.iterator_of(m.type.args[1]); }
TypeId dict_pair(const Method& m) {
  TypeId pair[] = {m.type.args[0], m.type.args[1]};
  return m.call.table.tuple_of(pair);
}
TypeId dict_items(const Method& m) { return m.call.table.iterator_of(dict_pair(m)); }
TypeId dict_setdefault(const Method& m) {
  TypeId value = m.call.positional() >= 2 ? m.arg(1) : kNone;
  m.grow(m.call.table.dict_of(m.arg(0), value));
  return m.call.table.join(m.type.args[1], value);
}
TypeId dict_update(const Method& m) {
  TypeId key = kBottom, value = kBottom;
  if (m.call.positional() >= 1) {
    for (TypeId member : m.call.inference.members_of(m.arg(0))) {
      auto items = m.call.inference.mapping_items(member);
      if (!items) {  // (key, value) pairs; d.update(()) adds nothing
        const Type& pair = m.call.table.get(m.call.inference.iterate(member));
        bool pairs = pair.kind == Kind::Tuple && pair.args.size() == 2;
        items = pair.kind == Kind::Bottom ? std::pair{kBottom, kBottom}
                : pairs                   ? std::pair{pair.args[0], pair.args[1]}
                                          : std::pair{kDyn, kDyn};
      }
      key = m.call.table.join(key, items->first), value = m.call.table.join(value, items->second);
    }
  }
  for (const Argument& a : m.call.args)
    if (!a.keyword.empty()) key = m.call.table.join(key, kStr), value = m.call.table.join(value, a.type);
  m.grow(m.call.table.dict_of(key, value));
  return kNone;
}

TypeId set_add(const Method& m) {
  m.grow(m.call.table.set_of(m.arg(0)));
  return kNone;
}
TypeId set_update(const Method& m) {
  for (size_t i = 0; i < m.call.positional(); ++i) m.grow(m.call.table.set_of(m.call.inference.iterate(m.arg(i))));
  return kNone;
}
TypeId set_combine(const Method& m) {
  TypeId element = m.element();
  for (size_t i = 0; i < m.call.positional(); ++i) element = m.call.table.join(element, m.call.inference.iterate(m.arg(i)));
  return m.call.table.set_of(element);
}

TypeId generator_send(const Method& m) { return m.element(); }

// A file's str or bytes: what its reads give and its writes take.
TypeId file_data(const Method& m) { return m.type.a ? kBytes : kStr; }
TypeId file_lines(const Method& m) { return m.call.table.list_of(file_data(m)); }
TypeId file_writelines(const Method& m) {
  m.call.inference.iterate(m.arg(0));
  return kNone;
}

struct Row {
  Kind kind;
  std::string_view name;
  MethodRule rule;
};

constexpr Row kMethods[] = {
    // str
    {Kind::Str, "upper", returns<kStr>}, {Kind::Str, "lower", returns<kStr>}, {Kind::Str, "strip", returns<kStr>},
    {Kind::Str, "lstrip", returns<kStr>}, {Kind::Str, "rstrip", returns<kStr>}, {Kind::Str, "replace", returns<kStr>},
    {Kind::Str, "title", returns<kStr>}, {Kind::Str, "capitalize", returns<kStr>}, {Kind::Str, "swapcase", returns<kStr>},
    {Kind::Str, "casefold", returns<kStr>}, {Kind::Str, "center", returns<kStr>}, {Kind::Str, "ljust", returns<kStr>},
    {Kind::Str, "rjust", returns<kStr>}, {Kind::Str, "zfill", returns<kStr>}, {Kind::Str, "expandtabs", returns<kStr>},
    {Kind::Str, "removeprefix", returns<kStr>}, {Kind::Str, "removesuffix", returns<kStr>},
    {Kind::Str, "translate", returns<kStr>}, {Kind::Str, "join", str_join}, {Kind::Str, "format", str_format},
    {Kind::Str, "format_map", str_format_map},
    {Kind::Str, "startswith", returns<kBool>}, {Kind::Str, "endswith", returns<kBool>},
    {Kind::Str, "isdigit", returns<kBool>}, {Kind::Str, "isalpha", returns<kBool>}, {Kind::Str, "isalnum", returns<kBool>},
    {Kind::Str, "isspace", returns<kBool>}, {Kind::Str, "isupper", returns<kBool>}, {Kind::Str, "islower", returns<kBool>},
    {Kind::Str, "istitle", returns<kBool>}, {Kind::Str, "isdecimal", returns<kBool>},
    {Kind::Str, "isnumeric", returns<kBool>}, {Kind::Str, "isidentifier", returns<kBool>},
    {Kind::Str, "isprintable", returns<kBool>}, {Kind::Str, "isascii", returns<kBool>},
    {Kind::Str, "find", returns<kInt>}, {Kind::Str, "rfind", returns<kInt>}, {Kind::Str, "index", returns<kInt>},
    {Kind::Str, "rindex", returns<kInt>}, {Kind::Str, "count", returns<kInt>},
    {Kind::Str, "split", list_of_str}, {Kind::Str, "rsplit", list_of_str}, {Kind::Str, "splitlines", list_of_str},
    {Kind::Str, "partition", str_partition}, {Kind::Str, "rpartition", str_partition},
    {Kind::Str, "encode", returns<kBytes>},
    // bytes
    {Kind::Bytes, "decode", returns<kStr>}, {Kind::Bytes, "hex", returns<kStr>}, {Kind::Bytes, "upper", returns<kBytes>},
    {Kind::Bytes, "lower", returns<kBytes>}, {Kind::Bytes, "strip", returns<kBytes>},
    {Kind::Bytes, "replace", returns<kBytes>}, {Kind::Bytes, "join", returns<kBytes>},
    {Kind::Bytes, "split", list_of_bytes}, {Kind::Bytes, "find", returns<kInt>}, {Kind::Bytes, "count", returns<kInt>},
    {Kind::Bytes, "index", returns<kInt>}, {Kind::Bytes, "startswith", returns<kBool>},
    {Kind::Bytes, "endswith", returns<kBool>}, {Kind::Bytes, "lstrip", returns<kBytes>},
    {Kind::Bytes, "rstrip", returns<kBytes>}, {Kind::Bytes, "center", returns<kBytes>},
    {Kind::Bytes, "ljust", returns<kBytes>}, {Kind::Bytes, "rjust", returns<kBytes>},
    {Kind::Bytes, "zfill", returns<kBytes>}, {Kind::Bytes, "swapcase", returns<kBytes>},
    {Kind::Bytes, "title", returns<kBytes>}, {Kind::Bytes, "capitalize", returns<kBytes>},
    {Kind::Bytes, "isdigit", returns<kBool>}, {Kind::Bytes, "isalpha", returns<kBool>},
    {Kind::Bytes, "isalnum", returns<kBool>}, {Kind::Bytes, "isspace", returns<kBool>},
    {Kind::Bytes, "isupper", returns<kBool>}, {Kind::Bytes, "islower", returns<kBool>},
    {Kind::Bytes, "partition", bytes_partition}, {Kind::Bytes, "rpartition", bytes_partition},
    {Kind::Bytes, "translate", returns<kBytes>}, {Kind::Bytes, "expandtabs", returns<kBytes>},
    // bytearray: its own mutators; the rest are bytes' (call_builtin_method)
    {Kind::ByteArray, "append", returns<kNone>}, {Kind::ByteArray, "extend", returns<kNone>},
    {Kind::ByteArray, "insert", returns<kNone>}, {Kind::ByteArray, "pop", returns<kInt>},
    {Kind::ByteArray, "remove", returns<kNone>}, {Kind::ByteArray, "reverse", returns<kNone>},
    {Kind::ByteArray, "clear", returns<kNone>}, {Kind::ByteArray, "copy", self},
    // numbers
    {Kind::Int, "bit_length", returns<kInt>}, {Kind::Int, "bit_count", returns<kInt>},
    {Kind::Int, "conjugate", returns<kInt>}, {Kind::Int, "to_bytes", returns<kBytes>},
    {Kind::Int, "as_integer_ratio", int_pair}, {Kind::Bool, "bit_length", returns<kInt>},
    {Kind::Float, "is_integer", returns<kBool>}, {Kind::Float, "hex", returns<kStr>},
    {Kind::Float, "conjugate", returns<kFloat>}, {Kind::Float, "as_integer_ratio", int_pair},
    {Kind::Int, "__add__", number_operator<ast::Operator::Add>}, {Kind::Int, "__sub__", number_operator<ast::Operator::Sub>},
    {Kind::Int, "__mul__", number_operator<ast::Operator::Mult>}, {Kind::Int, "__truediv__", number_operator<ast::Operator::Div>},
    {Kind::Int, "__floordiv__", number_operator<ast::Operator::FloorDiv>}, {Kind::Int, "__mod__", number_operator<ast::Operator::Mod>},
    {Kind::Int, "__and__", number_operator<ast::Operator::BitAnd>}, {Kind::Int, "__or__", number_operator<ast::Operator::BitOr>},
    {Kind::Int, "__xor__", number_operator<ast::Operator::BitXor>}, {Kind::Int, "__lshift__", number_operator<ast::Operator::LShift>},
    {Kind::Int, "__rshift__", number_operator<ast::Operator::RShift>},
    {Kind::Float, "__add__", number_operator<ast::Operator::Add>}, {Kind::Float, "__sub__", number_operator<ast::Operator::Sub>},
    {Kind::Float, "__mul__", number_operator<ast::Operator::Mult>}, {Kind::Float, "__truediv__", number_operator<ast::Operator::Div>},
    {Kind::Float, "__floordiv__", number_operator<ast::Operator::FloorDiv>}, {Kind::Float, "__mod__", number_operator<ast::Operator::Mod>},
    {Kind::Complex, "conjugate", returns<kComplex>},
    {Kind::Int, "__repr__", returns<kStr>}, {Kind::Float, "__repr__", returns<kStr>},
    // list
    {Kind::List, "append", list_append}, {Kind::List, "insert", list_insert}, {Kind::List, "extend", list_extend},
    {Kind::List, "pop", element}, {Kind::List, "remove", returns<kNone>}, {Kind::List, "clear", returns<kNone>},
    {Kind::List, "sort", list_sort}, {Kind::List, "reverse", returns<kNone>}, {Kind::List, "index", returns<kInt>},
    {Kind::List, "count", returns<kInt>}, {Kind::List, "copy", self},
    // tuple
    {Kind::Tuple, "index", returns<kInt>}, {Kind::Tuple, "count", returns<kInt>},
    {Kind::TupleOf, "index", returns<kInt>}, {Kind::TupleOf, "count", returns<kInt>},
    // dict
    {Kind::Dict, "get", dict_get}, {Kind::Dict, "pop", dict_pop}, {Kind::Dict, "keys", dict_keys},
    {Kind::Dict, "values", dict_values}, {Kind::Dict, "items", dict_items}, {Kind::Dict, "popitem", dict_pair},
    {Kind::Dict, "setdefault", dict_setdefault}, {Kind::Dict, "update", dict_update},
    {Kind::Dict, "copy", self}, {Kind::Dict, "clear", returns<kNone>},
    // set
    {Kind::Set, "add", set_add}, {Kind::Set, "update", set_update}, {Kind::Set, "remove", returns<kNone>},
    {Kind::Set, "discard", returns<kNone>}, {Kind::Set, "clear", returns<kNone>}, {Kind::Set, "pop", element},
    {Kind::Set, "copy", self}, {Kind::Set, "union", set_combine}, {Kind::Set, "intersection", set_combine},
    {Kind::Set, "difference", set_combine}, {Kind::Set, "symmetric_difference", set_combine},
    {Kind::Set, "issubset", returns<kBool>}, {Kind::Set, "issuperset", returns<kBool>},
    {Kind::Set, "isdisjoint", returns<kBool>},
    // slice
    {Kind::Slice, "indices", int_triple},
    // generators and iterators
    {Kind::Generator, "send", generator_send}, {Kind::Generator, "close", returns<kNone>},
    {Kind::Iterator, "__next__", element}, {Kind::Generator, "__next__", element},
    // exceptions
    {Kind::Exception, "with_traceback", self}, {Kind::Exception, "add_note", returns<kNone>},
    // files
    {Kind::File, "read", file_data}, {Kind::File, "readline", file_data}, {Kind::File, "readlines", file_lines},
    {Kind::File, "write", returns<kInt>}, {Kind::File, "writelines", file_writelines},
    {Kind::File, "seek", returns<kInt>}, {Kind::File, "tell", returns<kInt>}, {Kind::File, "truncate", returns<kInt>},
    {Kind::File, "flush", returns<kNone>}, {Kind::File, "close", returns<kNone>}, {Kind::File, "fileno", returns<kInt>},
    {Kind::File, "isatty", returns<kBool>}, {Kind::File, "readable", returns<kBool>},
    {Kind::File, "writable", returns<kBool>}, {Kind::File, "seekable", returns<kBool>},
    {Kind::File, "__enter__", self}, {Kind::File, "__next__", file_data},
};

// A bytes method's result as the bytearray method gives it: bytes parts
// become bytearrays (b.split() -> list[bytes], ba.split() -> list[bytearray]).
TypeId as_bytearray_result(TypeTable& table, TypeId result) {
  if (result == kBytes) return kByteArray;
  const Type& t = table.get(result);
  if (t.kind == Kind::List && t.args[0] == kBytes) return table.list_of(kByteArray);
  if (t.kind == Kind::Tuple && t.args == std::vector<TypeId>(t.args.size(), kBytes)) {
    std::vector<TypeId> parts(t.args.size(), kByteArray);
    return table.tuple_of(parts);
  }
  return result;
}

}  // namespace

std::optional<ast::Operator> number_dunder(std::string_view name) {
  static constexpr std::pair<std::string_view, ast::Operator> kDunders[] = {
      {"__add__", ast::Operator::Add},       {"__sub__", ast::Operator::Sub},           {"__mul__", ast::Operator::Mult},
      {"__truediv__", ast::Operator::Div},   {"__floordiv__", ast::Operator::FloorDiv}, {"__mod__", ast::Operator::Mod},
      {"__and__", ast::Operator::BitAnd},    {"__or__", ast::Operator::BitOr},          {"__xor__", ast::Operator::BitXor},
      {"__lshift__", ast::Operator::LShift}, {"__rshift__", ast::Operator::RShift},
  };
  for (auto [dunder, op] : kDunders)
    if (dunder == name) return op;
  return std::nullopt;
}

bool number_dunder_takes(Kind self, Kind other) {
  return other == Kind::Int || other == Kind::Bool || (self == Kind::Float && other == Kind::Float);
}

namespace {

// One map per receiver kind, built on first use.
using ByName = std::unordered_map<std::string_view, MethodRule>;
const std::unordered_map<Kind, ByName>& method_index() {
  static const auto* index = [] {
    auto* maps = new std::unordered_map<Kind, ByName>;
    for (const Row& row : kMethods) (*maps)[row.kind].emplace(row.name, row.rule);
    return maps;
  }();
  return *index;
}

}  // namespace

bool has_builtin_method(Kind kind, std::string_view name) {
  auto methods = method_index().find(kind);
  if (methods != method_index().end() && methods->second.contains(name)) return true;
  return kind == Kind::ByteArray && has_builtin_method(Kind::Bytes, name);
}

std::optional<TypeId> call_builtin_method(BuiltinCall& call, TypeId receiver, std::string_view name,
                                          const ast::Expr* receiver_expr) {
  Kind kind = call.table.kind(receiver);
  auto methods = method_index().find(kind);
  if (methods == method_index().end()) return std::nullopt;
  auto it = methods->second.find(name);
  if (it == methods->second.end() && kind == Kind::ByteArray) {
    std::optional<TypeId> shared = call_builtin_method(call, kBytes, name, nullptr);
    if (!shared) return std::nullopt;
    return as_bytearray_result(call.table, *shared);
  }
  if (it == methods->second.end()) return std::nullopt;
  for (const Argument& a : call.args)
    if (a.type == kBottom) return kBottom;  // called again once the argument has a type
  Method method{call, receiver, call.table.get(receiver), receiver_expr};
  return it->second(method);
}

}  // namespace ingot::types
