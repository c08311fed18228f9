// bytearray (runtime/bytearray.h): its mutating methods, item and slice
// stores, += and *=. What it shares with bytes is bytes' code: reads,
// slices, `del`, operators, `in` and bytearray() itself (strings.cpp,
// containers.cpp), and the non-mutating methods, which strings.cpp's
// bytes_method runs on a bytes snapshot before the bytes in the result
// become bytearrays again.
#include "codegen/emitter.h"

namespace ingot::codegen {

using types::Kind;

namespace {

bool is_integer(Kind k) { return k == Kind::Int || k == Kind::Bool; }

}  // namespace

// The bytes that a bytes-like value, or an iterable of ints, stands for
// where a bytearray takes "bytes" (extend, slice stores): a std::string_view
// valid for the statement.
std::string Emitter::bytes_source(const ast::Node* where, types::TypeId type, const std::string& value) {
  if (types::is_bytes_like(kind_of(type))) return "rt::buffer_of(" + value + ")";
  if (is_value(type)) return "rt::bytes_from_value(" + value + ").view()";
  Kind item = kind_of(item_type(type, where));
  if (!is_integer(item) && item != Kind::Bottom) unsupported(where, "bytes from a '" + program_.table.format(type) + "'");
  // Out-of-range ints raise bytearray's ValueError ("byte must be in range(0, 256)").
  return "rt::bytearray_of_items(" + value + ").view()";
}

std::string Emitter::bytearray_method(const ast::Call* c, const ast::Attribute* method) {
  std::string_view name = method->attr;
  std::vector<std::pair<std::string, std::string>> self{{"rt::ByteArray self", expression(method->value)}};
  int pos = position(c);
  auto int_arg = [&](size_t, const ast::Expr* e) {
    if (!is_integer(kind_of(type_of(e)))) unsupported(e, "a byte that is not an int");
    return typed_operand(e, types::kInt);
  };
  auto call = [&](const std::vector<std::string_view>& params, size_t required) {
    return bind_arguments(c, params, required, params.size());  // positional-only, as CPython's
  };
  if (name == "append" || name == "remove")
    return with_arguments(c, call({"item"}, 1), self, int_arg, pos, "self." + std::string(name) + "(a0)");
  if (name == "insert")
    return with_arguments(c, call({"index", "item"}, 2), self,
                          [&](size_t i, const ast::Expr* e) { return i ? int_arg(i, e) : ssize_operand(e); }, pos,
                          "self.insert(a0, a1)");
  if (name == "pop") {
    auto bound = call({"index"}, 0);
    return with_arguments(c, bound, self, [&](size_t, const ast::Expr* e) { return ssize_operand(e); }, pos,
                          bound[0] ? "self.pop(a0)" : "self.pop()");
  }
  if (name == "extend") {
    auto bound = call({"iterable_of_ints"}, 1);
    return with_arguments(c, bound, self, [&](size_t, const ast::Expr* e) { return Operand{"auto", expression(e)}; }, pos,
                          "self.extend(" + bytes_source(c, type_of(bound[0]), "a0") + ")");
  }
  if (name == "reverse" || name == "clear" || name == "copy") {
    call({}, 0);
    return sequenced(-1, self, "self." + std::string(name) + "()");
  }
  // A method of bytes: bytes parts of the result become bytearrays.
  std::string shared = bytes_method(c, method);  // strings.cpp
  const types::Type& result = program_.table.get(type_of(c));
  bool parts = result.kind == Kind::ByteArray ||
               ((result.kind == Kind::List || result.kind == Kind::Tuple) && kind_of(result.args[0]) == Kind::ByteArray);
  return parts ? "rt::to_bytearray(" + shared + ")" : shared;
}

// ba[i] = int, ba[a:b:c] = bytes-like or ints: the value, then the
// container and the index, as CPython evaluates them.
std::string Emitter::store_bytearray_item(const ast::Subscript* s, const std::string& value, types::TypeId value_type) {
  std::vector<std::pair<std::string, std::string>> operands{{"auto v_", value}, {"rt::ByteArray c_", expression(s->value)}};
  if (auto slice = slice_of(s->slice)) {
    for (auto& operand : *slice) operands.push_back(operand);
    return sequenced(position(s), operands, "c_.set_slice(b0_, b1_, b2_, " + bytes_source(s, value_type, "v_") + ")") + ";";
  }
  if (!is_integer(kind_of(value_type))) unsupported(s, "storing a '" + program_.table.format(value_type) + "' in a bytearray");
  operands[0].second = convert(value, value_type, types::kInt, s);
  operands.emplace_back("int64_t i_", index_value(s));
  return sequenced(position(s), operands, "c_.set(i_, v_)") + ";";
}

// ba += bytes-like, ba *= n: in place, so every alias sees the change.
std::optional<std::string> Emitter::bytearray_augmented(const ast::Node* where, ast::Operator op, const std::string& target,
                                                        types::TypeId value_type, const std::string& value) {
  if (op == ast::Operator::Add && types::is_bytes_like(kind_of(value_type)))
    return sequenced(position(where), {{"rt::ByteArray c_", target}, {"auto v_", value}}, "c_.extend(rt::buffer_of(v_)), c_");
  if (op == ast::Operator::Mult && is_integer(kind_of(value_type)))
    return sequenced(position(where), {{"rt::ByteArray c_", target}, {"rt::Int n_", convert(value, value_type, types::kInt, where)}},
                     "c_.repeat_in_place(n_), c_");
  return std::nullopt;
}

}  // namespace ingot::codegen
