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
  // The module and class bodies (classes.cpp) return nothing.
  if (kind == Kind::None || kind == Kind::Bottom || program_.spec(spec).function == types::kNoFunction) return "void";
  const types::FunctionInfo& info = program_.functions[program_.spec(spec).function];
  return cxx_type(result, info.node);
}

std::string Emitter::signature(types::SpecId spec, bool declaration, const std::string& suffix) {
  const types::Spec& s = program_.spec(spec);
  const types::FunctionInfo& info = program_.functions[s.function];
  std::string out = return_type(spec) + " " + function_name(spec) + suffix + "(";
  // A closure's first parameter is its environment (closures.cpp).
  std::string params = needs_env(info) ? env_struct(s.env) + "* env_" : "";
  for (size_t i = 0; i < info.params.size(); ++i)
    params += (params.empty() ? "" : ", ") + cxx_type(param_type(spec, i), info.node) + " v_" + mangle(info.params[i].name);
  if (passes_depth(spec))
    params += std::string(params.empty() ? "" : ", ") + "int64_t depth_" + (declaration ? " = rt::entry_depth()" : "");
  return out + params + ")";
}

void Emitter::function(types::SpecId spec) {
  const types::Spec& s = program_.spec(spec);
  const types::FunctionInfo& info = program_.functions[s.function];
  if (info.is_async) return coroutine_function(spec);  // coroutines.cpp
  FunctionState state{spec, s.scope, s.scope->id, {}, {}};
  // A generator's body is a coroutine (generators.cpp).
  state.generator = info.is_generator;
  if (info.is_generator) state.yields = program_.table.get(s.result.type).args[0];
  current_ = &state;
  position(info.node);  // position 0: the def line, before any statement ran
  line_directive(info.node);
  // A function that calls itself is declared inline, which lets gcc inline
  // a few levels of the recursion into itself (with the limit the
  // toolchain raises: src/toolchain/program_builder.cpp); fib runs in 2/3
  // of the time.
  bool recursive = std::find(s.callees.begin(), s.callees.end(), spec) != s.callees.end();
  // A speculated function's body is `fK_name_g`, after its int64_t clone.
  const SpeculativeClone* clone = int64_clone(spec);
  if (clone) out_ += clone->code;
  line(std::string(recursive ? "static inline " : "static ") + signature(spec, false, clone ? "_g" : "") + " {");
  // Tracebacks name the function by its __name__ (co_name).
  auto* def = def_of(info.node);
  body(spec, def ? def->body : lambda_body(static_cast<const ast::Lambda*>(info.node)), function_name_of(info));
  if (clone) speculative_entry(spec);
}

void Emitter::body(types::SpecId spec, const ast::Seq<ast::Stmt*>& statements, const std::string& name) {
  const types::Spec& s = program_.spec(spec);
  ++indent_;
  // The guard sits outside the try: a call past the limit raises in its
  // caller's frame, as in CPython. The module's frame is the runtime's
  // initial depth of 1.
  // A generator counts its depth while it runs, in rt::GeneratorState.
  if (spec != 0 && !current_->generator) line(passes_depth(spec) ? "rt::check_depth(depth_);" : "rt::CallDepth depth_;");
  line("int32_t pos_ = 0;");
  // Locals live for the whole function, as Python's do; sorted so that the
  // output does not depend on hash order.
  std::vector<std::pair<std::string, types::TypeId>> locals;
  for (const auto& [symbol_id, slot] : s.variables) {
    const sema::Symbol& symbol = symbols_->symbol(symbol_id);
    // A variable of another type is refused where it is used.
    // Cells live in the environment struct (closures.cpp).
    if (symbol.is_parameter() || symbol.is_global() || (symbol.is_cell() && !body_comprehension_cell(symbol)) ||
        symbol.is_free() || !representable(slot.type))
      continue;
    locals.emplace_back(local_name(symbol), slot.type);
  }
  std::sort(locals.begin(), locals.end());
  for (const auto& [local, type] : locals) {
    line(declaration(type, local));
    line("bool b" + local + " = false;");
  }
  for (const types::Param& param :
       s.function == types::kNoFunction ? std::vector<types::Param>{} : program_.functions[s.function].params) {
    std::string name = "v_" + mangle(param.name);
    line("bool b" + name + " = true;");
    current_->bound.insert(name);
  }
  if (spec != 0 && !current_->generator) declare_str_appends(statements);  // str_appends.cpp
  open_cells(spec);
  line("try {");
  ++indent_;
  block(statements);
  --indent_;
  line("} catch (const rt::PyException& e) {");
  line("  e.add_frame(" + frame_name(spec) + ", pos_);");
  line("  throw;");
  line("}");
  // Falling off the end returns None: the result is then `T | None` (a
  // Value); a function with any other result never gets there.
  if (current_->generator)
    line("co_return rt::Value::none();");
  else if (spec != 0 && return_type(spec) != "void" && is_value(s.result.type))
    line("return " + convert("rt::Value::none()", types::kNone, s.result.type, nullptr) + ";");
  else if (return_type(spec) != "void")
    line("__builtin_unreachable();");
  --indent_;
  line("}");
  frame_info(spec, name);
  current_ = nullptr;
}

std::string Emitter::positions_table(const std::string& name) const {
  std::string positions = "static const rt::SourcePosition " + name + "[] = {";
  for (const Position& p : current_->positions) {
    positions += "{" + std::to_string(p.line) + ", " + std::to_string(p.end_line) + ", " +
                 std::to_string(p.column) + ", " + std::to_string(p.end_column) + ", " +
                 std::to_string(p.anchor_begin) + ", " + std::to_string(p.anchor_end) + "}, ";
  }
  return positions + "};";
}

void Emitter::frame_info(types::SpecId spec, const std::string& name) {
  line(positions_table("positions" + std::to_string(spec)));
  line("const rt::FrameInfo " + frame_name(spec) + "{" + quoted(path_) + ", " + quoted(name) + ", positions" +
       std::to_string(spec) + "};");
  out_ += '\n';
}

}  // namespace ingot::codegen
