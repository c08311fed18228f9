// `ingot types`: the inference result as stable text, for golden tests and
// for people. Layout:
//
//   module
//     <global>: <type>                    every module-level name, sorted
//   class <qualname>(<bases>)             in source order
//     mro: <class> ...
//     class <name>: <type>                class attributes (methods included), sorted
//     attr <name>: <type>                 instance attributes, sorted
//   def <qualname>(<param>: <type>, ...) -> <type>   [on dyn] [closure of <spec>]
//     <local>: <type>                     in the order sema first saw them;
//                                         comprehension variables as `<listcomp@LINE>.x`
//     yields: <type>                      for generators
//
// Specialisations are listed per function in source order, then in the
// order the analysis made them; only live ones (those the program reaches).
// Names whose type is still bottom (read, never given a value) are left out.
#include <algorithm>

#include "types/inference.h"
#include "types/types.h"

namespace ingot::types {
namespace {

void print_slots(std::string& out, const TypeTable& table, const std::map<std::string, Slot>& slots, const char* prefix) {
  for (const auto& [name, slot] : slots)
    if (slot.type != kBottom) out += std::string("  ") + prefix + name + ": " + table.format(slot.type) + '\n';
}

// Variables in symbol order (the order sema first saw them); those of a
// comprehension inside the spec's scope are prefixed with its name.
void print_variables(std::string& out, const ProgramTypes& program, const sema::SymbolTable& symbols, const Spec& spec,
                     sema::ScopeId own) {
  std::vector<std::pair<sema::SymbolId, TypeId>> variables;
  for (const auto& [symbol, slot] : spec.variables)
    if (slot.type != kBottom) variables.emplace_back(symbol, slot.type);
  std::sort(variables.begin(), variables.end());
  for (auto [id, type] : variables) {
    const sema::Symbol& symbol = symbols.symbol(id);
    const sema::Scope& scope = symbols.scope(symbol.scope);
    std::string name = scope.id == own ? symbol.name
                                       : "<" + scope.name + "@" + std::to_string(scope.loc.lineno) + ">." + symbol.name;
    out += "  " + name + ": " + program.table.format(type) + '\n';
  }
}

void print_spec(std::string& out, const ProgramTypes& program, const sema::SymbolTable& symbols, const Spec& spec) {
  const TypeTable& table = program.table;
  const FunctionInfo& f = program.functions[spec.function];
  out += "def " + f.qualname + "(";
  for (size_t i = 0; i < f.params.size(); ++i) {
    if (i) out += ", ";
    if (f.params[i].kind == ParamKind::VarArgs) out += "*";
    if (f.params[i].kind == ParamKind::VarKeywords) out += "**";
    out += f.params[i].name + ": " + table.format(spec.args[i]);
  }
  out += ") -> " + table.format(spec.result.type);
  if (spec.on_dyn) out += "  [on dyn]";
  if (spec.env != kNoSpec) {
    const Spec& env = program.spec(spec.env);
    out += "  [closure of " + program.functions[env.function].qualname + "(";
    for (size_t i = 0; i < env.args.size(); ++i) out += (i ? ", " : "") + table.format(env.args[i]);
    out += ")]";
  }
  out += '\n';
  print_variables(out, program, symbols, spec, f.scope->id);
  if (f.is_generator) out += "  yields: " + table.format(spec.yields) + '\n';
}

void print_module(std::string& out, const ProgramTypes& program, const sema::Program& modules, sema::ModuleId id) {
  const TypeTable& table = program.table;
  const sema::SymbolTable& symbols = *modules.module(id).symbols;
  out += id == sema::kMainModule ? "module\n" : "module " + modules.module(id).name + "\n";
  print_slots(out, table, program.globals[id], "");
  print_variables(out, program, symbols, program.spec(id), sema::kModuleScope);
  for (const ClassInfo& cls : program.classes) {
    if (cls.module != id || cls.body == kNoSpec || !program.spec(cls.body).live) continue;
    out += "class " + cls.name;
    std::string bases;
    for (ClassId base : cls.bases) bases += (bases.empty() ? "" : ", ") + program.classes[base].name;
    if (!cls.builtin_base.empty()) bases += (bases.empty() ? "" : ", ") + cls.builtin_base;
    if (cls.unknown_base && cls.builtin_base.empty()) bases += (bases.empty() ? "" : ", ") + std::string("<unknown>");
    if (!bases.empty()) out += "(" + bases + ")";
    out += "\n  mro:";
    for (ClassId k : cls.mro) out += " " + program.classes[k].name;
    out += '\n';
    print_slots(out, table, cls.class_attributes, "class ");
    print_slots(out, table, cls.instance_attributes, "attr ");
  }
  for (const FunctionInfo& f : program.functions) {
    if (f.module != id) continue;
    std::vector<SpecId> specs = f.specs;
    if (f.dyn_spec != kNoSpec) specs.push_back(f.dyn_spec);
    for (SpecId spec : specs)
      if (program.spec(spec).live) print_spec(out, program, symbols, program.spec(spec));
  }
}

}  // namespace

std::string format_types(const ProgramTypes& program, const sema::Program& modules, bool every_module) {
  std::string out;
  print_module(out, program, modules, sema::kMainModule);
  if (every_module)
    for (size_t id = 1; id < modules.modules.size(); ++id) print_module(out, program, modules, sema::ModuleId(id));
  return out;
}

std::string format_types(const ProgramTypes& program, const sema::SymbolTable& symbols) {
  sema::Program single;
  sema::ProgramModule& main = single.modules.emplace_back();
  main.symbols = &symbols;
  return format_types(program, single, false);
}

ProgramTypes infer_types(const sema::Program& program) { return Inference(program).run(); }

ProgramTypes infer_types(const ast::Module& module, const sema::SymbolTable& symbols) {
  sema::Program program;
  sema::ProgramModule& main = program.modules.emplace_back();
  main.name = "__main__";
  main.tree = &module;
  main.symbols = &symbols;
  return infer_types(program);
}

}  // namespace ingot::types
