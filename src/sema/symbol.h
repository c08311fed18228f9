// A name in one scope, with the facts CPython's symtable records for it.
//
// The flags are CPython's raw DEF_* bits (Include/internal/pycore_symtable.h),
// kept bit for bit so that `ingot scopes` can be diffed with the `symtable`
// module and so that the next stage can ask the same questions CPython's
// compiler asks. `resolution` is the scope the analysis pass decides
// (LOCAL, CELL, FREE, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace ingot::sema {

using ScopeId = uint32_t;
using SymbolId = uint32_t;
// The module is always the first scope.
inline constexpr ScopeId kModuleScope = 0;

// What the first pass saw a name do in a scope.
enum DefFlag : uint32_t {
  kDefGlobal = 1 << 0,     // `global` statement (or a walrus that binds at module level)
  kDefLocal = 1 << 1,      // assigned, deleted, or bound by def/class/for/with/except/match
  kDefParam = 1 << 2,      // a parameter
  kDefNonlocal = 1 << 3,   // `nonlocal` statement (or a walrus in a comprehension)
  kUse = 1 << 4,           // read
  kDefFree = 1 << 5,       // unused since Python 3; kept so the bits line up
  kDefFreeClass = 1 << 6,  // a class-level name that a method also uses free
  kDefImport = 1 << 7,     // bound by an import
  kDefAnnot = 1 << 8,      // annotated (`x: int`)
  kDefCompIter = 1 << 9,   // a comprehension's iteration variable
};
inline constexpr uint32_t kDefBound = kDefLocal | kDefParam | kDefImport;

// Where the name lives, as the analysis pass decides it.
enum class Resolution : uint8_t {
  Unresolved,      // before analysis
  Local,           // a fast local (or a module/class namespace entry)
  GlobalExplicit,  // declared `global` here or in an enclosing function
  GlobalImplicit,  // not bound in any enclosing function: global or builtin
  Free,            // bound in an enclosing function: read through a cell
  Cell,            // bound here and used free by a nested scope
};

std::string_view resolution_name(Resolution r);  // "LOCAL", "CELL", ...

struct Symbol {
  SymbolId id = 0;
  ScopeId scope = 0;
  std::string name;  // private names are mangled (`__x` in class C is `_C__x`)
  uint32_t flags = 0;
  Resolution resolution = Resolution::Unresolved;

  // The questions CPython's symtable.Symbol answers, with its names.
  bool is_referenced() const { return flags & kUse; }
  bool is_assigned() const { return flags & kDefLocal; }
  bool is_parameter() const { return flags & kDefParam; }
  bool is_imported() const { return flags & kDefImport; }
  bool is_annotated() const { return flags & kDefAnnot; }
  bool is_nonlocal() const { return flags & kDefNonlocal; }
  // A name bound at module level is both local (to the module) and global.
  bool is_global() const {
    return resolution == Resolution::GlobalExplicit || resolution == Resolution::GlobalImplicit ||
           (scope == kModuleScope && (flags & kDefBound));
  }
  bool is_declared_global() const { return resolution == Resolution::GlobalExplicit; }
  bool is_local() const { return resolution == Resolution::Local || resolution == Resolution::Cell; }
  bool is_free() const { return resolution == Resolution::Free; }
  bool is_cell() const { return resolution == Resolution::Cell; }
};

}  // namespace ingot::sema
