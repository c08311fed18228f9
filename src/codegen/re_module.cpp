// Calls of `_ingot_re`, the native core that src/stdlib/re.py is written
// over (runtime/re_module.h has the design). Only re.py calls it, with the
// types its rows in types/builtins.cpp give; a pattern or subject of a type
// the analysis could not pin down goes boxed, and the runtime tells str from
// bytes.
#include "codegen/emitter.h"

namespace ingot::codegen {

using types::Kind;

std::string Emitter::re_call(const ast::Call* c, std::string_view name) {
  int pos = position(c);
  auto text = [&](size_t, const ast::Expr* e) -> Operand {
    types::TypeId type = type_of(e);
    if (kind_of(type) == Kind::Str || kind_of(type) == Kind::Bytes) return typed_operand(e, type);
    return Operand{"rt::Value", boxed(expression(e), type, e)};
  };
  auto number = [&](size_t, const ast::Expr* e) { return typed_operand(e, types::kInt); };
  auto call = [&](std::vector<std::string_view> params, size_t text_param, const std::string& body) {
    auto bound = bind_arguments(c, params, params.size());
    std::string code = with_arguments(c, bound, {}, [&](size_t i, const ast::Expr* e) {
      return i == text_param ? text(i, e) : number(i, e);
    }, pos, body);
    return call_result(c, code, type_of(c));
  };
  if (name == "compile") return call({"pattern", "flags"}, 0, "rt::re::compile(a0, a1)");
  if (name == "match")
    return call({"code", "string", "pos", "endpos", "mode"}, 1, "rt::re::match(a0, a1, a2, a3, a4)");
  if (name == "groups") return call({"code"}, 1, "rt::re::groups(a0)");
  if (name == "groupindex") return call({"code"}, 1, "rt::re::groupindex(a0)");
  // re.error's lineno and colno: whatever the pattern is typed, the runtime
  // takes it boxed where it is not a str or bytes.
  if (name == "line_column") return call({"text", "pos"}, 0, "rt::re::line_column(a0, a1)");
  if (name == "template" || name == "escape") {
    // Typed by their str or bytes argument (types/builtins.cpp), or boxed
    // for one known only at run time; re.py raises CPython's TypeError for
    // anything else before calling them.
    size_t text_param = name == "template" ? 1 : 0;
    if (c->args.size() <= text_param) return "";
    const ast::Expr* text = c->args[text_param];
    Kind kind = kind_of(type_of(text));
    if (kind != Kind::Str && kind != Kind::Bytes && kind != Kind::Dyn && kind != Kind::Union)
      return rejected_argument(c, "rt::raise(rt::exc::TypeError, \"expected str or bytes\")");
    if (name == "template") return call({"code", "repl"}, 1, "rt::re::parse_template(a0, a1)");
    return call({"pattern"}, 0, "rt::re::escape(a0)");
  }
  return "";
}

}  // namespace ingot::codegen
