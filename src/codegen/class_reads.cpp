// A class body's reads of names it binds, where the class namespace may not
// hold the name yet (types::ClassInfo::reads_before_binding: `show = show`,
// `x = x + 1` with a global x, a name deleted or bound on one branch only).
// CPython's LOAD_NAME looks in the class namespace, then the module's
// globals, then the builtins; none holding it is a NameError. A module
// body's reads of a global that may not be bound yet, where a builtin has
// its name (types::ProgramTypes::builtin_fallback_reads: `TimeoutError =
// TimeoutError`), look in the globals, then the builtins. The analysis
// joined what each of them may hold into the read's type.
#include "codegen/emitter.h"
#include "types/builtins.h"

namespace ingot::codegen {

std::string Emitter::read_fallback(const ast::Name* name, types::TypeId to) {
  bool module_read = program_.builtin_fallback_reads[module_id_].count(name);
  if (!module_read && current_->scope->kind != sema::ScopeKind::Class) return "";
  const sema::Symbol& found = symbol(name);
  if (!module_read && (found.resolution != sema::Resolution::Local ||
                       !program_.classes[class_of_scope(found.scope)].reads_before_binding.count(name)))
    return "";
  std::string code = "({ " + declaration(to, "r_") + " ";
  if (types::TypeId own = variable_type(name); !module_read && own != types::kBottom) {
    std::string variable = this->variable(name);
    code += "if (" + flag(variable) + ") r_ = " + convert(variable, own, to, name) + "; else ";
  }
  auto global = program_.globals[module_id_].find(found.name);
  if (global != program_.globals[module_id_].end() && global->second.type != types::kBottom) {
    std::string variable = global_variable(module_id_, found.name);
    code += "if (" + flag(variable) + ") r_ = " + convert(variable, global->second.type, to, name) + "; else ";
  }
  if (auto id = types::find_builtin(found.name))
    if (types::TypeId builtin = find_type(types::Kind::Builtin, *id); is_builtin_value(builtin))
      return code + "r_ = " + convert(builtin_object(builtin, name), builtin, to, name) + "; r_; })";
  return code + "{ pos_ = " + std::to_string(position(name)) + "; ingot_unbound(" + quoted(found.name) + ", true); } r_; })";
}

}  // namespace ingot::codegen
