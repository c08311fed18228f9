#include "sema/sema.h"

#include "sema/analysis.h"
#include "sema/context_checks.h"
#include "sema/errors.h"
#include "sema/future.h"
#include "sema/scope_builder.h"

namespace ingot::sema {

SemaResult analyze_module(const ast::Module& module) {
  SemaResult result;
  try {
    FutureImports future = parse_future_imports(module);
    auto table = std::make_unique<SymbolTable>();
    ScopeBuilder(*table, future.features).build(module);
    Analysis(*table).run();
    check_contexts(module, *table, future.last_line);
    result.table = std::move(table);
  } catch (SemaError& e) {
    result.error = std::move(e.error);
    result.recursion_error = e.recursion;
  }
  return result;
}

}  // namespace ingot::sema
