// `_ingot_os` and `_ingot_os_path`, the natives under src/stdlib/os
// (runtime/os_module.h): calls of their functions, `environ` (a dict of
// the environment, made on first use) and the class `stat_result`. The type analysis names each callee
// `_ingot_os.name` or `_ingot_os_path.name` (types/builtins.cpp).
#include "codegen/emitter.h"

namespace ingot::codegen {

using types::Kind;

std::string Emitter::os_call(const ast::Call* c, std::string_view module, std::string_view name) {
  int pos = position(c);
  std::string function = "rt::os::" + std::string(module == "_ingot_os_path" ? "path::" : "") + std::string(name);
  auto text = [&](size_t, const ast::Expr* e) -> Operand {
    Kind kind = kind_of(type_of(e));
    if (kind == Kind::Str) return typed_operand(e, types::kStr);
    // An instance of the program's classes (pathlib's paths), or a value
    // that may be one: the str its __fspath__ gives.
    if (kind != Kind::Instance && kind != Kind::Dyn && kind != Kind::Union) unsupported(e, "a path that is not a str");
    return {"rt::Str", convert("rt::os::fspath(" + boxed(expression(e), type_of(e), e) + ")", types::kDyn, types::kStr, e)};
  };
  auto number = [&](size_t, const ast::Expr* e) -> Operand { return typed_operand(e, types::kInt); };
  // The call's arguments bound to `params`, all paths but those `other` converts.
  auto paths = [&](std::vector<std::string_view> params, size_t required, const std::string& body, types::TypeId produced,
                   const std::function<Operand(size_t, const ast::Expr*)>& other = nullptr) {
    auto bound = bind_arguments(c, params, required);
    std::string code = with_arguments(c, bound, {}, [&](size_t i, const ast::Expr* e) {
      return other && params[i] != "path" && params[i] != "src" && params[i] != "dst" ? other(i, e) : text(i, e);
    }, pos, body);
    return call_result(c, code, produced);
  };

  if (module == "_ingot_os_path") {
    if (name == "join") {
      if (c->args.empty() || !c->keywords.empty()) return "";
      std::vector<std::string_view> params;
      static const std::string_view kNames[] = {"path", "p1", "p2", "p3", "p4", "p5", "p6", "p7"};
      if (c->args.size() > std::size(kNames)) return "";
      std::string rest;
      for (size_t i = 0; i < c->args.size(); ++i) {
        params.push_back(kNames[i]);
        if (i) rest += (i > 1 ? ", a" : "a") + std::to_string(i);
      }
      return paths(params, params.size(), function + "(a0, {" + rest + "})", types::kStr);
    }
    static constexpr std::pair<std::string_view, Kind> kOneArgument[] = {
        {"exists", Kind::Bool},  {"isfile", Kind::Bool},   {"isdir", Kind::Bool},    {"islink", Kind::Bool},
        {"isabs", Kind::Bool},   {"getsize", Kind::Int},   {"basename", Kind::Str},  {"dirname", Kind::Str},
        {"normpath", Kind::Str}, {"abspath", Kind::Str},   {"split", Kind::Tuple},   {"splitext", Kind::Tuple}};
    for (auto [known, result] : kOneArgument)
      if (name == known) {
        types::TypeId produced = result == Kind::Bool ? types::kBool : result == Kind::Int ? types::kInt
                                 : result == Kind::Str ? types::kStr : type_of(c);
        return paths({"path"}, 1, function + "(a0)", produced);
      }
    return "";
  }

  if (name == "getcwd" || name == "getpid") {
    bind_arguments(c, {}, 0);
    return call_result(c, function + "()", name == "getcwd" ? types::kStr : types::kInt);
  }
  if (name == "listdir") {
    auto bound = bind_arguments(c, {"path"}, 0);
    return call_result(c, with_arguments(c, bound, {}, text, pos, function + (bound[0] ? "(a0)" : "()")), list_of(types::kStr));
  }
  if (name == "chdir" || name == "rmdir" || name == "remove" || name == "unlink")
    return paths({"path"}, 1, "rt::os::" + std::string(name == "unlink" ? "remove" : name) + "(a0)", types::kNone);
  if (name == "rename" || name == "replace" || name == "symlink")
    return paths({"src", "dst"}, 2, function + "(a0, a1)", types::kNone);
  if (name == "stat") {
    auto flag = [&](size_t, const ast::Expr* e) -> Operand { return {"bool", truth(e)}; };
    return paths({"path", "follow_symlinks"}, 2, function + "(a0, a1)", types::kDyn, flag);
  }
  if (name == "fstat") {
    auto bound = bind_arguments(c, {"fd"}, 1);
    return call_result(c, with_arguments(c, bound, {}, number, pos, function + "(a0)"), types::kDyn);
  }
  if (name == "fspath") {
    auto bound = bind_arguments(c, {"path"}, 1);
    Kind kind = bound[0] ? kind_of(type_of(bound[0])) : Kind::Dyn;
    if (kind == Kind::Str || kind == Kind::Bytes) {
      auto itself = [&](size_t, const ast::Expr* e) { return typed_operand(e, type_of(e)); };
      return call_result(c, with_arguments(c, bound, {}, itself, pos, "a0"), type_of(bound[0]));
    }
    auto boxed_value = [&](size_t, const ast::Expr* e) { return Operand{"rt::Value", boxed(expression(e), type_of(e), e)}; };
    return call_result(c, with_arguments(c, bound, {}, boxed_value, pos, function + "(a0)"), types::kDyn);
  }
  if (name == "readlink") return paths({"path"}, 1, function + "(a0)", types::kStr);
  if (name == "access") return paths({"path", "mode"}, 2, function + "(a0, a1)", types::kBool, number);
  if (name == "chmod") return paths({"path", "mode"}, 2, function + "(a0, a1)", types::kNone, number);
  if (name == "utime") return paths({"path", "atime_ns", "mtime_ns"}, 3, function + "(a0, a1, a2)", types::kNone, number);
  if (name == "disk_usage") return paths({"path"}, 1, function + "(a0)", type_of(c));
  if (name == "mkdir") {
    auto bound = bind_arguments(c, {"path", "mode"}, 1);
    return call_result(c, with_arguments(c, bound, {}, [&](size_t i, const ast::Expr* e) { return i ? number(i, e) : text(i, e); },
                                         pos, function + (bound[1] ? "(a0, a1)" : "(a0)")),
                       types::kNone);
  }
  if (name == "makedirs") {
    auto bound = bind_arguments(c, {"name", "mode", "exist_ok"}, 1);
    auto operand = [&](size_t i, const ast::Expr* e) -> Operand {
      if (i == 2) return {"bool", truth(e)};
      return i ? number(i, e) : text(i, e);
    };
    return call_result(c, with_arguments(c, bound, {}, operand, pos,
                                         function + "(a0, " + (bound[1] ? "a1" : "rt::Int(0777)") + ", " +
                                             (bound[2] ? "a2" : "false") + ")"),
                       types::kNone);
  }
  if (name == "urandom") {
    auto bound = bind_arguments(c, {"size"}, 1);
    return call_result(c, with_arguments(c, bound, {}, number, pos, function + "(a0)"), types::kBytes);
  }
  if (name == "getenv") {
    auto bound = bind_arguments(c, {"key", "default"}, 1);
    auto operand = [&](size_t i, const ast::Expr* e) -> Operand {
      return i ? Operand{"rt::Value", boxed(expression(e), type_of(e), e)} : text(i, e);
    };
    return call_result(c, with_arguments(c, bound, {}, operand, pos, function + (bound[1] ? "(a0, a1)" : "(a0)")), types::kDyn);
  }
  return "";
}

std::string Emitter::os_constant(std::string_view module, std::string_view name) {
  if (module != "_ingot_os") return "";
  if (name == "environ") return "rt::os::environ()";
  return name == "stat_result" ? "rt::os::stat_result_class()" : "";
}

}  // namespace ingot::codegen
