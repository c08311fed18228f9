// Calls of warnings.warn (src/stdlib/warnings.py): CPython attributes a
// warning to the line that called warn(), which ingot knows only here, at
// the call. Each call notes its file, line and module just before it runs
// (rt::note_warning_site, runtime/traceback_module.h); warn() takes the note
// (_ingot_traceback.warning_site()). A stacklevel other than 1 names a
// caller's line, which nothing records at run time: refused.
#include "codegen/emitter.h"

namespace ingot::codegen {

std::string Emitter::warning_site_note(const ast::Node* where, const types::FunctionInfo& info,
                                       const CallArguments& arguments) {
  if (info.qualname != "warn" || modules_.modules[info.module].name != "warnings") return "";
  // warn(message, category=None, stacklevel=1, source=None)
  for (size_t i = 0; i < arguments.values.size(); ++i) {
    std::string_view keyword = arguments.keywords[i];
    if (keyword == "*" || keyword == "**") unsupported(where, "warnings.warn() with *arguments or **arguments");
    if (keyword != "stacklevel" && !(keyword.empty() && i == 2)) continue;
    auto* constant = ast::as<ast::Constant>(arguments.values[i]);
    if (!constant || constant->value.kind != ast::Value::Kind::Int || constant->value.text != "1")
      unsupported(arguments.values[i], "warnings.warn() with a stacklevel other than 1 (the caller's line is not recorded)");
  }
  const sema::ProgramModule& module = modules_.modules[module_id()];
  return "rt::note_warning_site(" + quoted(module.source->filename()) + ", " + std::to_string(where->loc.lineno) + ", " +
         quoted(module.name) + ")";
}

}  // namespace ingot::codegen
