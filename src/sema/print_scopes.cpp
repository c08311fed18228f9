#include "sema/print_scopes.h"

#include <algorithm>

namespace ingot::sema {
namespace {

constexpr std::pair<uint32_t, const char*> kFlagNames[] = {
    {kDefGlobal, "global"}, {kDefLocal, "local"},           {kDefParam, "param"},   {kDefNonlocal, "nonlocal"},
    {kUse, "use"},          {kDefFree, "free"},             {kDefFreeClass, "free_class"},
    {kDefImport, "import"}, {kDefAnnot, "annot"},           {kDefCompIter, "comp_iter"},
};

void print_scope(std::string& out, const SymbolTable& table, const Scope& scope, int depth) {
  std::string indent(2 * depth, ' ');
  out += indent;
  out += block_type_name(scope.kind);
  out += ' ' + scope.name + " line " + std::to_string(scope.loc.lineno);
  if (scope.nested) out += " nested";
  if (is_function_like(scope.kind)) {
    if (scope.generator) out += " generator";
    if (scope.coroutine) out += " coroutine";
    if (scope.varargs) out += " varargs";
    if (scope.varkeywords) out += " varkeywords";
  }
  if (scope.needs_class_closure) out += " class_cell";
  out += '\n';

  indent += "  ";
  if (!scope.parameters.empty()) {
    out += indent + "params:";
    for (SymbolId id : scope.parameters) out += ' ' + table.symbol(id).name;
    out += '\n';
  }
  std::vector<const Symbol*> symbols = table.symbols_of(scope);
  std::sort(symbols.begin(), symbols.end(), [](const Symbol* a, const Symbol* b) { return a->name < b->name; });
  for (const Symbol* symbol : symbols) {
    out += indent + symbol->name + ": ";
    out += resolution_name(symbol->resolution);
    for (auto [bit, name] : kFlagNames)
      if (symbol->flags & bit) out += std::string(" ") + name;
    out += '\n';
  }
  for (const Import& import : table.imports()) {
    if (import.scope != scope.id) continue;
    out += indent;
    if (import.from) {
      out += "from " + std::string(import.level, '.') + import.module + " import " + import.name;
    } else {
      out += "import " + import.module;
    }
    if (!import.bound.empty()) out += " as " + import.bound;
    out += '\n';
  }
  for (ScopeId child : scope.children) print_scope(out, table, table.scope(child), depth + 1);
}

}  // namespace

std::string format_scopes(const SymbolTable& table) {
  std::string out;
  print_scope(out, table, table.module(), 0);
  return out;
}

}  // namespace ingot::sema
