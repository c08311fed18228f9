// Functions: one C++ function per specialisation, on concrete types, with
// the recursion guard and the frame it adds to tracebacks (docs/runtime.md,
// "Exceptions" and "Recursion"); the module body is written the same way.
#include <algorithm>

#include "codegen/emitter.h"

namespace ingot::codegen {

using types::Kind;

std::string Emitter::function_name(types::SpecId spec) const {
  const types::FunctionInfo& info = program_.functions[program_.spec(spec).function];
  return "f" + std::to_string(spec) + "_" + mangle(info.qualname);
}

std::string Emitter::frame_name(types::SpecId spec) const { return "frame" + std::to_string(spec); }

std::string Emitter::return_type(types::SpecId spec) const {
  types::TypeId result = program_.spec(spec).result.type;
  Kind kind = kind_of(result);
  // Bottom: it never returns normally (it always raises or loops forever).
  if (kind == Kind::None || kind == Kind::Bottom || spec == 0) return "void";
  const types::FunctionInfo& info = program_.functions[program_.spec(spec).function];
  return cxx_type(result, info.node);
}

void Emitter::check_function(const types::FunctionInfo& function) const {
  auto* def = ast::as<ast::FunctionDef>(function.node);
  if (!def) unsupported(function.node, "a lambda or async function");
  if (function.owner != types::kNoClass) unsupported(def, "a method");
  if (function.scope->nested) unsupported(def, "a nested function");
  if (!def->decorator_list.empty()) unsupported(def->decorator_list[0], "a decorator");
  if (function.is_generator) unsupported(def, "a generator");
  for (const types::Param& param : function.params) {
    if (param.kind != types::ParamKind::Positional && param.kind != types::ParamKind::PositionalOnly)
      unsupported(def, "a parameter other than a plain positional one");
    if (param.default_index >= 0) unsupported(def, "a default parameter value");
  }
}

std::string Emitter::signature(types::SpecId spec) {
  const types::Spec& s = program_.spec(spec);
  const types::FunctionInfo& info = program_.functions[s.function];
  std::string out = return_type(spec) + " " + function_name(spec) + "(";
  for (size_t i = 0; i < info.params.size(); ++i)
    out += (i ? ", " : "") + cxx_type(s.args[i], info.node) + " v_" + mangle(info.params[i].name);
  return out + ")";
}

void Emitter::function(types::SpecId spec) {
  const types::Spec& s = program_.spec(spec);
  const types::FunctionInfo& info = program_.functions[s.function];
  check_function(info);
  auto* def = static_cast<const ast::FunctionDef*>(info.node);
  FunctionState state{spec, s.scope, s.scope->id, {}, {}};
  current_ = &state;
  position(def);  // position 0: the def line, before any statement ran
  line_directive(def);
  line("static " + signature(spec) + " {");
  body(spec, def->body, info.qualname);
}

void Emitter::body(types::SpecId spec, const ast::Seq<ast::Stmt*>& statements, const std::string& name) {
  const types::Spec& s = program_.spec(spec);
  ++indent_;
  // The guard sits outside the try: a call past the limit raises in its
  // caller's frame, as in CPython. The module's frame is the runtime's
  // initial depth of 1.
  if (spec != 0) line("rt::CallDepth depth_;");
  line("int32_t pos_ = 0;");
  // Locals live for the whole function, as Python's do; sorted so that the
  // output does not depend on hash order.
  std::vector<std::pair<std::string, types::TypeId>> locals;
  for (const auto& [symbol_id, slot] : s.variables) {
    const sema::Symbol& symbol = symbols_.symbol(symbol_id);
    // A variable of another type is refused where it is used.
    if (symbol.is_parameter() || symbol.is_global() || !representable(slot.type)) continue;
    locals.emplace_back(local_name(symbol), slot.type);
  }
  std::sort(locals.begin(), locals.end());
  for (const auto& [local, type] : locals) {
    line(declaration(type, local));
    line("bool b" + local + " = false;");
  }
  for (const types::Param& param : spec == 0 ? std::vector<types::Param>{} : program_.functions[s.function].params) {
    std::string name = "v_" + mangle(param.name);
    line("bool b" + name + " = true;");
    current_->bound.insert(name);
  }
  line("try {");
  ++indent_;
  block(statements);
  --indent_;
  line("} catch (const rt::PyException& e) {");
  line("  e.add_frame(" + frame_name(spec) + ", pos_);");
  line("  throw;");
  line("}");
  // The analysis found no path that falls off the end of a function with a
  // result (that would have made the result `T | None`).
  if (return_type(spec) != "void") line("__builtin_unreachable();");
  --indent_;
  line("}");
  frame_info(spec, name);
  current_ = nullptr;
}

void Emitter::frame_info(types::SpecId spec, const std::string& name) {
  std::string positions = "static const rt::SourcePosition positions" + std::to_string(spec) + "[] = {";
  for (const Position& p : current_->positions) {
    positions += "{" + std::to_string(p.line) + ", " + std::to_string(p.end_line) + ", " +
                 std::to_string(p.column) + ", " + std::to_string(p.end_column) + ", " +
                 std::to_string(p.anchor_begin) + ", " + std::to_string(p.anchor_end) + "}, ";
  }
  line(positions + "};");
  line("const rt::FrameInfo " + frame_name(spec) + "{" + quoted(path_) + ", " + quoted(name) + ", positions" +
       std::to_string(spec) + "};");
  out_ += '\n';
}

}  // namespace ingot::codegen
