// Files (runtime/file.h): open(), the methods and attributes of file
// objects, print(..., file=f) and `with open(...) as f`. A file is
// `rt::TextFile*` or `rt::BinaryFile*`, as open()'s mode literal says
// (types/builtins.cpp); the runtime overloads on that C++ type.
#include "codegen/emitter.h"
#include "types/builtins.h"

namespace ingot::codegen {

using types::Kind;

namespace {

bool is_none_literal(const ast::Expr* e) {
  auto* constant = ast::as<ast::Constant>(e);
  return constant && constant->value.kind == ast::Value::Kind::None;
}

}  // namespace

// `open(...)` itself: a file no variable holds.
bool Emitter::is_open_call(const ast::Expr* e) const {
  auto* call = ast::as<ast::Call>(e);
  if (!call) return false;
  const types::Type& callee = program_.table.get(type_of(call->func));
  return callee.kind == Kind::Builtin && types::builtin_name(callee.a) == "open";
}

std::string Emitter::open_call(const ast::Call* c) {
  auto bound = bind_arguments(c, {"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"}, 1);
  if (bound[6] || bound[7]) unsupported(bound[6] ? bound[6] : bound[7], "this argument of open()");
  auto operand = [&](size_t i, const ast::Expr* e) -> Operand {
    Kind kind = kind_of(type_of(e));
    if (i == 1) {
      if (kind != Kind::Str) unsupported(e, "a mode that is not a str");
      return typed_operand(e, types::kStr);
    }
    if (i == 2) {  // buffering: every file is buffered the same way
      if (kind != Kind::Int && kind != Kind::Bool) unsupported(e, "a buffering that is not an int");
      return {"auto", expression(e)};
    }
    return {"rt::Value", boxed(expression(e), type_of(e), e)};
  };
  auto argument = [&](size_t i) { return bound[i] ? "a" + std::to_string(i) : std::string("rt::Value::none()"); };
  std::string mode = bound[1] ? "a1" : "rt::Str::from_ascii(\"r\")";
  types::TypeId result = type_of(c);
  const types::Type& t = program_.table.get(result);
  std::string function = t.kind != Kind::File ? "rt::open_file" : t.a ? "rt::open_binary" : "rt::open_text";
  return with_arguments(c, bound, {}, operand, position(c),
                        function + "(a0, " + mode + ", " + argument(3) + ", " + argument(4) + ", " + argument(5) + ")");
}

std::string Emitter::file_method(const ast::Call* c, const ast::Attribute* method) {
  types::TypeId file = type_of(method->value);
  bool binary = program_.table.get(file).a != 0;
  types::TypeId data = binary ? types::kBytes : types::kStr;
  std::string_view name = method->attr;
  std::vector<std::pair<std::string, std::string>> operands{{"auto f_", expression(method->value)}};
  if (is_open_call(method->value)) operands.emplace_back("rt::TemporaryFile temporary_", "{f_}");
  int pos = position(c);
  // A size or hint: None and absent both mean -1, "everything".
  auto size = [&](size_t, const ast::Expr* e) -> Operand {
    if (is_none_literal(e)) return {"int64_t", "-1"};
    return ssize_operand(e);
  };
  auto call = [&](std::vector<std::string_view> params, size_t required,
                  const std::function<Operand(size_t, const ast::Expr*)>& operand, const std::string& body,
                  types::TypeId produced) {
    auto bound = bind_arguments(c, params, required);
    std::string text = body;
    for (size_t i = 0; i < bound.size(); ++i) {
      std::string placeholder = "$" + std::to_string(i);
      std::string value = bound[i] ? "a" + std::to_string(i) : "-1";
      for (size_t at; (at = text.find(placeholder)) != std::string::npos;) text.replace(at, placeholder.size(), value);
    }
    return call_result(c, with_arguments(c, bound, operands, operand, pos, text), produced);
  };
  auto as_is = [&](size_t, const ast::Expr* e) -> Operand { return {"auto", expression(e)}; };

  if (name == "read" || name == "readline") return call({"size"}, 0, size, "rt::file_" + std::string(name) + "(f_, $0)", data);
  if (name == "readlines") return call({"hint"}, 0, size, "rt::file_readlines(f_, $0)", list_of(data));
  if (name == "write" || name == "writelines") {
    auto bound = bind_arguments(c, {name == "write" ? "s" : "lines"}, 1);
    types::TypeId given = name == "write" ? type_of(bound[0]) : item_type(type_of(bound[0]), bound[0]);
    Kind kind = kind_of(given);
    if (kind != kind_of(data) && kind != Kind::Dyn && kind != Kind::Union && kind != Kind::Bottom) {
      // CPython's TypeError, once the arguments are evaluated.
      std::string check = name == "writelines" ? "rt::file_check_writable(f_); " : "";
      operands.emplace_back("auto a0", expression(bound[0]));
      std::string type_name = kind == Kind::None ? "NoneType" : program_.table.format(given);
      return sequenced(pos, operands,
                       check + "rt::file_write_type_error(f_, " + quoted(type_name) + "); " + cxx_type(type_of(c), c) + "()");
    }
    std::string item = convert("x_", given, data, c);
    if (name == "write")
      return call_result(c, with_arguments(c, bound, operands, [&](size_t, const ast::Expr* e) { return typed_operand(e, data); },
                                           pos, "rt::file_write(f_, a0)"),
                         types::kInt);
    return with_arguments(c, bound, operands, as_is, pos,
                          "rt::file_check_writable(f_); for (auto x_ : rt::iterate(a0)) rt::file_write(f_, " + item +
                              "); rt::Value::none()");
  }
  if (name == "seek") {
    auto bound = bind_arguments(c, {"offset", "whence"}, 1);
    return call_result(c, with_arguments(c, bound, operands, [&](size_t, const ast::Expr* e) { return ssize_operand(e); }, pos,
                                         std::string("rt::file_seek(f_, a0") + (bound[1] ? ", a1)" : ")")),
                       types::kInt);
  }
  if (name == "truncate") {
    auto bound = bind_arguments(c, {"size"}, 0);
    bool given = bound[0] && !is_none_literal(bound[0]);
    return call_result(c, with_arguments(c, bound, operands, size, pos, given ? "rt::file_truncate(f_, a0)" : "rt::file_truncate(f_)"),
                       types::kInt);
  }
  static constexpr std::pair<std::string_view, Kind> kQueries[] = {
      {"tell", Kind::Int},     {"fileno", Kind::Int},      {"isatty", Kind::Bool}, {"readable", Kind::Bool},
      {"writable", Kind::Bool}, {"seekable", Kind::Bool}, {"flush", Kind::None},  {"close", Kind::None}};
  for (auto [query, result] : kQueries)
    if (name == query) {
      bind_arguments(c, {}, 0);
      std::string body = "rt::file_" + std::string(name) + "(f_)";
      if (result == Kind::None) return sequenced(pos, operands, body + "; rt::Value::none()");
      return call_result(c, sequenced(pos, operands, body), result == Kind::Int ? types::kInt : types::kBool);
    }
  if (name == "__enter__") {
    bind_arguments(c, {}, 0);
    return sequenced(pos, operands, "rt::file_enter(f_); f_");
  }
  return "";
}

std::string Emitter::file_attribute(const ast::Attribute* a) {
  const types::Type& t = program_.table.get(type_of(a->value));
  if (t.kind != Kind::File) return "";
  std::string_view name = a->attr;
  std::string file = expression(a->value);
  if (name == "closed") return "rt::file_closed(" + file + ")";
  if (name == "name") return convert("(" + file + ")->name", types::kDyn, type_of(a), a);
  bool text = t.a == 0;
  if (name == "mode" || (text && (name == "encoding" || name == "errors"))) return "(" + file + ")->" + std::string(name);
  return "";
}

}  // namespace ingot::codegen
