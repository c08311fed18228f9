// bytes (runtime/bytes.h): bytes() and bytearray(), bytes' methods (a
// subset of str's, also a bytearray's non-mutating ones: bytearray.cpp),
// bytes.fromhex and bytes.maketrans. Operators, subscripts and `%` are
// strings.cpp's, shared with str.

#include "codegen/emitter.h"
#include "codegen/python_names.h"
#include "types/builtins.h"

namespace ingot::codegen {

using types::Kind;

// bytes() and bytearray() of nothing, a size, a str and its encoding, a
// bytes-like object (copied) or an iterable of ints.
std::string Emitter::bytes_builtin(const ast::Call* c, std::string_view name) {
  bool array = name == "bytearray";
  std::string made = array ? "rt::bytearray_of" : "rt::bytes_of";
  auto bound = bind_arguments(c, {"source", "encoding"}, 0, 0);
  if (!bound[0]) return array ? "rt::ByteArray()" : "rt::Bytes()";
  types::TypeId source = type_of(bound[0]);
  Kind kind = kind_of(source);
  if (kind == Kind::Str && !bound[1])
    return rejected_argument(c, "rt::raise(rt::exc::TypeError, \"string argument without an encoding\")");  // modules.cpp
  if (bound[1] || kind == Kind::Str) {
    if (kind != Kind::Str || !bound[1]) unsupported(c, "this call of " + std::string(name) + "()");
    return with_arguments(c, bound, {}, [&](size_t, const ast::Expr* e) { return typed_operand(e, types::kStr); }, position(c),
                          array ? "rt::to_bytearray(rt::str_encode(a0, a1))" : "rt::str_encode(a0, a1)");
  }
  if (kind == Kind::Int || kind == Kind::Bool)
    return with_arguments(c, bound, {}, [&](size_t, const ast::Expr* e) { return typed_operand(e, types::kInt); }, position(c),
                          made + "_size(a0)");
  if (kind == Kind::Bytes && !array) return expression(bound[0]);
  if (types::is_bytes_like(kind))
    return "rt::" + std::string(array ? "ByteArray" : "Bytes") + "::from(rt::buffer_of(" + expression(bound[0]) + "))";
  if (is_value(source))  // a size, a bytes-like object or ints, as it turns out
    return with_arguments(c, bound, {}, [&](size_t, const ast::Expr* e) { return Operand{"rt::Value", expression(e)}; },
                          position(c), array ? "rt::to_bytearray(rt::bytes_of_value(a0, true))" : "rt::bytes_of_value(a0, false)");
  Kind item = kind_of(item_type(source, bound[0]));
  if (item != Kind::Int && item != Kind::Bool && item != Kind::Bottom) unsupported(c, "this call of " + std::string(name) + "()");
  return with_arguments(c, bound, {}, [&](size_t, const ast::Expr* e) { return Operand{"auto", expression(e)}; }, position(c),
                        made + "_items(a0)");
}

// bytes.fromhex(s), bytearray.fromhex(s), bytes.maketrans(from, to).
std::string Emitter::bytes_class_method(const ast::Call* c, const ast::Attribute* method) {
  const types::Type& t = program_.table.get(type_of(method->value));
  if (t.kind != Kind::Builtin) return "";
  std::string_view owner = types::builtin_name(t.a);
  // The analysis does not know these class methods: their result goes
  // boxed where it typed them dyn.
  if ((owner == "bytes" || owner == "bytearray") && method->attr == "fromhex") {
    auto bound = bind_arguments(c, {"string"}, 1, 1);
    std::string made = with_arguments(c, bound, {}, [&](size_t, const ast::Expr* e) { return typed_operand(e, types::kStr); },
                                      position(c), owner == "bytes" ? "rt::bytes_fromhex(a0)" : "rt::to_bytearray(rt::bytes_fromhex(a0))");
    return convert(made, owner == "bytes" ? types::kBytes : types::kByteArray, type_of(c), c);
  }
  if (owner == "bytes" && method->attr == "maketrans") {
    auto bound = bind_arguments(c, {"frm", "to"}, 2, 2);
    std::string made = with_arguments(c, bound, {}, [&](size_t, const ast::Expr* e) { return typed_operand(e, types::kBytes); },
                                      position(c), "rt::bytes_maketrans(a0, a1)");
    return convert(made, types::kBytes, type_of(c), c);
  }
  return "";
}

// Methods of bytes (runtime/bytes.h has a subset of str's).
std::string Emitter::bytes_method(const ast::Call* c, const ast::Attribute* method) {
  std::string_view name = method->attr;
  // A bytearray's methods read a bytes snapshot of it (bytearray.cpp).
  std::vector<std::pair<std::string, std::string>> self{
      {"rt::Bytes self", convert(expression(method->value), type_of(method->value), types::kBytes, method->value)}};
  auto bytes_arg = [&](size_t, const ast::Expr* e) { return typed_operand(e, types::kBytes); };
  int pos = position(c);
  for (const char* simple : {"upper", "lower", "isdigit", "isalpha", "isalnum", "isspace", "swapcase", "title", "capitalize",
                             "isupper", "islower"})
    if (name == simple) {
      bind_arguments(c, {}, 0);
      return sequenced(-1, self, "rt::bytes_" + std::string(name) + "(self)");
    }
  if (name == "hex") {
    auto bound = bind_arguments(c, {"sep", "bytes_per_sep"}, 0);
    // sep=None is no separator (a None constant: nothing to evaluate).
    if (bound[0] && kind_of(type_of(bound[0])) == Kind::None && ast::as<ast::Name>(bound[0])) bound = {nullptr, nullptr};
    // A bytes separator is ASCII, as bytes.hex decodes it.
    bool bytes_sep = bound[0] && kind_of(type_of(bound[0])) == Kind::Bytes;
    if (bound[0] && !bytes_sep && kind_of(type_of(bound[0])) != Kind::Str) unsupported(bound[0], "a separator of this type");
    auto sep = [&](const ast::Expr* e) {
      if (!bytes_sep) return typed_operand(e, types::kStr);
      return Operand{"rt::Str", "rt::bytes_decode(" + expression(e) + ", rt::Str::from_ascii(\"ascii\"))"};
    };
    return with_arguments(c, bound, self,
                          [&](size_t i, const ast::Expr* e) { return i ? ssize_operand(e) : sep(e); }, pos,
                          !bound[0] ? "rt::bytes_hex(self)" : bound[1] ? "rt::bytes_hex(self, a0, a1)" : "rt::bytes_hex(self, a0)");
  }
  if (name == "center" || name == "ljust" || name == "rjust" || name == "zfill") {
    auto bound = bind_arguments(c, {"width", "fillchar"}, 1, 2);
    if (name == "zfill" && bound[1]) unsupported(bound[1], "a second argument of zfill()");
    return with_arguments(c, bound, self, [&](size_t i, const ast::Expr* e) { return i ? bytes_arg(i, e) : ssize_operand(e); }, pos,
                          "rt::bytes_" + std::string(name) + "(self, a0" + (bound[1] ? ", a1)" : ")"));
  }
  if (name == "expandtabs") {
    auto bound = bind_arguments(c, {"tabsize"}, 0);
    return with_arguments(c, bound, self, [&](size_t, const ast::Expr* e) { return ssize_operand(e); }, pos,
                          bound[0] ? "rt::bytes_expandtabs(self, a0)" : "rt::bytes_expandtabs(self)");
  }
  if (name == "translate") {
    // The table is a bytes or None (no mapping, only deletions).
    auto bound = bind_arguments(c, {"table", "delete"}, 1, 1);
    bool no_table = is_none_constant(bound[0]);
    return with_arguments(c, bound, self,
                          [&](size_t i, const ast::Expr* e) { return i == 0 && no_table ? Operand{} : bytes_arg(i, e); }, pos,
                          std::string("rt::bytes_translate(self, ") + (no_table ? "nullptr" : "&a0") + (bound[1] ? ", a1)" : ")"));
  }
  if (name == "partition" || name == "rpartition") {
    auto bound = bind_arguments(c, {"sep"}, 1, 1);
    return with_arguments(c, bound, self, bytes_arg, pos, "rt::bytes_" + std::string(name) + "(self, a0)");
  }
  if (name == "decode") {
    auto bound = bind_arguments(c, {"encoding", "errors"}, 0, 0);
    std::string encoding = bound[0] ? "a0" : "rt::Str::from_ascii(\"utf-8\")";
    return with_arguments(c, bound, self, [&](size_t, const ast::Expr* e) { return typed_operand(e, types::kStr); }, pos,
                          "rt::bytes_decode(self, " + encoding + (bound[1] ? ", a1)" : ")"));
  }
  if (name == "strip" || name == "lstrip" || name == "rstrip") {
    auto bound = bind_arguments(c, {"chars"}, 0, 1);
    return with_arguments(c, bound, self, bytes_arg, pos, "rt::bytes_" + std::string(name) + "(self" + (bound[0] ? ", a0" : "") + ")");
  }
  if (name == "find" || name == "index" || name == "count") {
    auto bound = bind_arguments(c, {"sub", "start", "end"}, 1, 3);
    if (!types::is_bytes_like(kind_of(type_of(bound[0])))) unsupported(bound[0], "searching bytes for an int");
    return with_arguments(c, bound, self,
                          [&](size_t i, const ast::Expr* e) { return i ? index_operand(e) : typed_operand(e, types::kBytes); }, pos,
                          "rt::Int(rt::bytes_" + std::string(name) + "(self, a0, " + (bound[1] ? "a1" : "rt::kNone") + ", " +
                              (bound[2] ? "a2" : "rt::kNone") + "))");
  }
  if (name == "startswith" || name == "endswith") {
    auto bound = bind_arguments(c, {"affix"}, 1, 1);
    return with_arguments(c, bound, self, bytes_arg, pos, "rt::bytes_" + std::string(name) + "(self, a0)");
  }
  if (name == "replace") {
    auto bound = bind_arguments(c, {"old", "new", "count"}, 2, 3);
    return with_arguments(c, bound, self,
                          [&](size_t i, const ast::Expr* e) { return i == 2 ? ssize_operand(e) : typed_operand(e, types::kBytes); },
                          pos, "rt::bytes_replace(self, a0, a1, " + std::string(bound[2] ? "a2" : "-1") + ")");
  }
  if (name == "split") {
    auto bound = bind_arguments(c, {"sep", "maxsplit"}, 0);
    bool no_sep = !bound[0] || is_none_constant(bound[0]);
    return with_arguments(c, bound, self,
                          [&](size_t i, const ast::Expr* e) {
                            if (i == 1) return ssize_operand(e);
                            return no_sep ? Operand{} : typed_operand(e, types::kBytes);
                          },
                          pos, "rt::bytes_split(self, " + std::string(no_sep ? "" : "a0, ") + (bound[1] ? "a1" : "-1") + ")");
  }
  if (name == "join") {
    auto bound = bind_arguments(c, {"iterable"}, 1, 1);
    const types::Type& t = program_.table.get(type_of(bound[0]));
    if (t.kind != Kind::List || kind_of(t.args[0]) != Kind::Bytes) unsupported(bound[0], "joining anything but a list of bytes");
    return with_arguments(c, bound, self, [&](size_t, const ast::Expr* e) { return typed_operand(e, type_of(e)); }, pos,
                          "rt::bytes_join(self, a0)");
  }
  // A name bytes does not have at all (b'x'.encode()): the lookup raises
  // CPython's AttributeError before the arguments are evaluated.
  if (!python_has_attribute(Kind::Bytes, name))
    return convert(sequenced(pos, self, "rt::getattr(rt::box(self), rt::Str::from_ascii(" + quoted(name) + "))"), types::kDyn,
                   type_of(c), c);
  unsupported(c, "the bytes method '" + std::string(name) + "'");
}

}  // namespace ingot::codegen
