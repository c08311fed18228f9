#!/usr/bin/env python3
"""CPython's view of a file's scopes, in the format `ingot scopes` prints
(src/sema/print_scopes.h):

    python3 tests/sema/compare_symtable.py FILE.py

Scopes and symbols come from the `symtable` module (its raw flags, through
`_table.symbols`). What the symbol table does not expose, whether a function
is a generator or coroutine, takes *args / **kwargs, or a class makes the
`__class__` cell, is read from the code objects `compile()` makes; a scope
whose code object the compiler dropped (dead code) is printed with the
marker NO_CODE in place of those words.
"""
import ast
import inspect
import symtable
import sys
import types

import _symtable

# pycore_symtable.h: DEF_COMP_ITER (2<<8) is not exported by _symtable.
DEF_COMP_ITER = _symtable.DEF_ANNOT << 1
FLAG_NAMES = [
    (_symtable.DEF_GLOBAL, 'global'), (_symtable.DEF_LOCAL, 'local'), (_symtable.DEF_PARAM, 'param'),
    (_symtable.DEF_NONLOCAL, 'nonlocal'), (_symtable.USE, 'use'), (_symtable.DEF_FREE, 'free'),
    (_symtable.DEF_FREE_CLASS, 'free_class'), (_symtable.DEF_IMPORT, 'import'), (_symtable.DEF_ANNOT, 'annot'),
    (DEF_COMP_ITER, 'comp_iter'),
]
RESOLUTION_NAMES = {
    _symtable.LOCAL: 'LOCAL', _symtable.GLOBAL_EXPLICIT: 'GLOBAL_EXPLICIT',
    _symtable.GLOBAL_IMPLICIT: 'GLOBAL_IMPLICIT', _symtable.FREE: 'FREE', _symtable.CELL: 'CELL',
}
# Names the symbol table gives these scopes; their code objects say <lambda> etc.
ANONYMOUS = {'lambda', 'listcomp', 'setcomp', 'dictcomp', 'genexpr'}
NO_CODE = 'NO_CODE'


def code_children(code):
    return [c for c in code.co_consts if isinstance(c, types.CodeType)]


def match_code(tables, codes):
    """Pairs each child table with its code object among `codes` (the
    parent's), by name and line; None where the compiler dropped it."""
    used = set()
    matched = []
    for table in tables:
        names = {table.get_name()}
        if table.get_name() in ANONYMOUS:
            names.add('<%s>' % table.get_name())
        candidates = [i for i, c in enumerate(codes) if c.co_name in names]
        # A decorated def's code starts at its first decorator, so an exact
        # line is preferred but not required.
        fresh = [i for i in candidates if i not in used]
        exact = [i for i in fresh if codes[i].co_firstlineno == table.get_lineno()]
        pick = (exact or fresh or [i for i in candidates if codes[i].co_firstlineno == table.get_lineno()] or [None])[0]
        if pick is not None:
            used.add(pick)
        matched.append(codes[pick] if pick is not None else None)
    return matched


def code_words(table, code):
    if code is None:
        return [NO_CODE]
    words = []
    if table.get_type() == 'function':
        flags = code.co_flags
        if flags & (inspect.CO_GENERATOR | inspect.CO_ASYNC_GENERATOR):
            words.append('generator')
        if flags & (inspect.CO_COROUTINE | inspect.CO_ASYNC_GENERATOR):
            words.append('coroutine')
        if flags & inspect.CO_VARARGS:
            words.append('varargs')
        if flags & inspect.CO_VARKEYWORDS:
            words.append('varkeywords')
    elif table.get_type() == 'class' and '__class__' in code.co_cellvars:
        words.append('class_cell')
    return words


def imports_by_scope(tree):
    """{(name, line) of the def or class, or None for the module: [lines]}."""
    found = {}

    def walk(node, scope):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            scope = (node.name, node.lineno)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            for alias in node.names:
                if isinstance(node, ast.Import):
                    line = 'import %s' % alias.name
                else:
                    line = 'from %s%s import %s' % ('.' * node.level, node.module or '', alias.name)
                if alias.name != '*':
                    line += ' as %s' % (alias.asname or alias.name).split('.')[0]
                found.setdefault(scope, []).append(line)
        for child in ast.iter_child_nodes(node):
            walk(child, scope)

    walk(tree, None)
    return found


def dump_table(out, table, code, imports, depth):
    indent = '  ' * depth
    words = [table.get_type(), table.get_name(), 'line', str(table.get_lineno())]
    if table.is_nested():
        words.append('nested')
    out.append(indent + ' '.join(words + code_words(table, code)))
    indent += '  '
    raw = table._table
    if raw.varnames:
        out.append(indent + 'params: ' + ' '.join(raw.varnames))
    for name in sorted(raw.symbols):
        flags = raw.symbols[name]
        resolution = RESOLUTION_NAMES[(flags >> _symtable.SCOPE_OFF) & _symtable.SCOPE_MASK]
        out.append(indent + ' '.join([name + ':', resolution] + [n for bit, n in FLAG_NAMES if flags & bit]))
    key = None if table.get_type() == 'module' else (table.get_name(), table.get_lineno())
    out.extend(indent + line for line in imports.get(key, []))
    children = table.get_children()
    codes = match_code(children, code_children(code)) if code is not None else [None] * len(children)
    for child, child_code in zip(children, codes):
        dump_table(out, child, child_code, imports, depth + 1)


def dump(source, path):
    """The text `ingot scopes` must print for `source` (bytes). Raises
    SyntaxError as compile() does."""
    code = compile(source, path, 'exec', dont_inherit=True)
    table = symtable.symtable(source, path, 'exec')
    out = []
    dump_table(out, table, code, imports_by_scope(ast.parse(source, path)), 0)
    return ''.join(line + '\n' for line in out)


def main():
    for path in sys.argv[1:]:
        with open(path, 'rb') as f:
            sys.stdout.write(dump(f.read(), path))


if __name__ == '__main__':
    main()
