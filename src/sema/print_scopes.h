// `ingot scopes`: the symbol table as text, one line per scope, symbol and
// import, indented by nesting. tests/sema/compare_symtable.py prints the
// same format from CPython's `symtable` module and code objects:
//
//   function f line 3 nested generator varargs
//     params: a args
//     a: CELL param use
//     import os.path as os
//
// A scope line gives CPython's block type ("module", "class", "function")
// and name, then what CPython records in its code object: generator,
// coroutine, varargs, varkeywords, and class_cell for a class that makes
// the `__class__` cell. Symbols are sorted by name; each shows its
// resolution and raw DEF_* flags, lower-cased, in bit order.
#pragma once

#include <string>

#include "sema/symbol_table.h"

namespace ingot::sema {

std::string format_scopes(const SymbolTable& table);

}  // namespace ingot::sema
