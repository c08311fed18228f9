// A program of several modules: the main file and every module it imports,
// transitively, each with its own tree and symbol table, and what each
// import statement resolves to. The driver finds and loads the files
// (driver/program.cpp); type inference and code generation only read this.
//
// A program that imports nothing of its own is a Program of one module.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include "ast/ast.h"
#include "base/source.h"
#include "sema/symbol_table.h"

namespace ingot::sema {

using ModuleId = uint32_t;
inline constexpr ModuleId kMainModule = 0;

struct ProgramModule {
  std::string name;      // "__main__" for the main file, else the dotted name ("pkg.sub")
  bool package = false;  // an __init__.py: its submodules are found beside it
  const Source* source = nullptr;  // its filename is what tracebacks name
  const ast::Module* tree = nullptr;
  const SymbolTable* symbols = nullptr;
  // What `from m import *` binds: __all__ when the module assigns it a
  // list or tuple of strings, else its public module-level names (and those
  // of its own star imports); nullopt for an __all__ of another form.
  std::optional<std::vector<std::string>> exports;
  // The package `pkg.sub` is an attribute of once imported; none for a
  // top-level module.
  std::optional<ModuleId> parent;
  // The module's __package__ ("" for the main one): what relative imports start from.
  std::string package_name;
};

// What one `import a.b.c` runs, or the module of one `from X import ...`:
// each package along the dotted name, then the module itself.
struct ImportPath {
  std::vector<ModuleId> chain;  // the program's modules, outermost first
  std::string native;           // or a module of the runtime: "math", "time", "sys"
  // Set when the import raises at run time (after running `chain`): the
  // exception class and CPython's message.
  std::string error_class;  // "ModuleNotFoundError", "ImportError"
  std::string error;
  // The absolute dotted name ("pkg.sub") the statement names.
  std::string name;
};

struct Program {
  std::vector<ProgramModule> modules;  // modules[kMainModule] is __main__
  // Keyed by each alias of an `import` statement and by each `from`
  // statement (ast::ImportFrom).
  std::unordered_map<const ast::Node*, ImportPath> imports;
  // `from pkg import sub` where pkg/sub is a module of the program: run
  // when pkg has no attribute `sub` yet (CPython's _handle_fromlist).
  std::unordered_map<const ast::Alias*, ModuleId> submodules;

  const ProgramModule& module(ModuleId id) const { return modules[id]; }
  // The program's module of that dotted name.
  std::optional<ModuleId> find(std::string_view name) const {
    for (ModuleId id = 0; id < modules.size(); ++id)
      if (modules[id].name == name) return id;
    return std::nullopt;
  }
  const ImportPath* import_of(const ast::Node* node) const {
    auto it = imports.find(node);
    return it == imports.end() ? nullptr : &it->second;
  }
};

// A module's or class's docstring (its __doc__): a string constant as the
// first statement of its body.
inline std::optional<std::string_view> docstring(std::span<ast::Stmt* const> body) {
  if (body.empty()) return std::nullopt;
  auto* statement = ast::as<ast::ExprStmt>(body[0]);
  auto* constant = statement ? ast::as<ast::Constant>(statement->value) : nullptr;
  if (!constant || constant->value.kind != ast::Value::Kind::Str) return std::nullopt;
  return constant->value.text;
}
inline std::optional<std::string_view> docstring(const ast::Module& tree) { return docstring(tree.body); }

}  // namespace ingot::sema
