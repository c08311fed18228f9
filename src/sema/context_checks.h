// The errors CPython's compiler (not its symtable) raises about where a
// statement or expression may stand: return/yield/await outside a function,
// await or `async for`/`async with` outside an async function, async
// comprehensions, break/continue outside a loop or inside `except*`, late
// `from __future__` imports, starred expressions outside a display, call or
// unpacking, repeated keyword arguments, a bare `except:` before others,
// and binding or deleting `__debug__`.
//
// They are checked after the symbol table is complete, because CPython
// raises them only if its symtable succeeded, and in the order CPython's
// compiler visits the tree (which differs from symtable's: an assignment's
// value before its targets, a comprehension's body before its first
// iterable, a class body before its bases).
#pragma once

#include "ast/ast.h"
#include "sema/symbol_table.h"

namespace ingot::sema {

void check_contexts(const ast::Module& module, const SymbolTable& table, int last_future_line);

}  // namespace ingot::sema
