// Closures: variables shared between a function and the functions nested in
// it live in cells, as in CPython.
//
// A specialisation whose scope has cell variables (or whose nested
// functions reach further out) allocates one environment struct per call,
// `envS* cells_`, holding its cells (its comprehensions' too: they run in
// its frame) with their `b` flags, and `up`, the environment it was itself
// created in. A nested function that uses free variables takes that
// environment as its first parameter `env_`; its function object keeps it.
// A free variable is reached by following `up` from `env_` to the
// specialisation that owns the cell: the analysis records the chain in
// Spec::env (docs/types.md, "Closures").
#include "codegen/emitter.h"

namespace ingot::codegen {
namespace {

// The function whose frame a scope's variables live in: comprehensions
// run in the frame around them.
const sema::Scope& frame_scope(const sema::SymbolTable& symbols, const sema::Scope& scope) {
  const sema::Scope* s = &scope;
  while (sema::is_comprehension(s->kind) && s->parent) s = &symbols.scope(*s->parent);
  return *s;
}

}  // namespace

// Whether the function, or a function nested in it, reads a variable that
// lives outside it: then it takes its definer's environment (sema marks
// only the scopes that read a free variable themselves).
bool Emitter::needs_env(const types::FunctionInfo& function) const {
  return reads_outside(*modules_.modules[function.module].symbols, *function.scope);  // a call may be in another module
}

// A class body inside a function whose body or methods read that
// function's variables: it takes the function's environment as `env_`,
// and its methods' function objects keep it (the class statement's latest
// run decides what they see: one class per statement, docs/types.md).
bool Emitter::class_body_env(types::SpecId body) const {
  const types::Spec& s = program_.spec(body);
  return s.env != types::kNoSpec && has_env_struct(s.env) &&
         reads_outside(*modules_.modules[s.module].symbols, *s.scope);
}

bool Emitter::reads_outside(const sema::SymbolTable& symbols, const sema::Scope& root) const {
  std::vector<const sema::Scope*> scopes{&root};
  for (size_t i = 0; i < scopes.size(); ++i) {
    for (sema::SymbolId id : scopes[i]->symbols) {
      const sema::Symbol& symbol = symbols.symbol(id);
      // super()'s implicit __class__ is known statically (attributes.cpp).
      if (!symbol.is_free() || symbol.name == "__class__") continue;
      // Walk out to the cell; passing `root` on the way means it is outside.
      const sema::Scope* s = scopes[i];
      bool passed_root = false;
      while (s->parent) {
        passed_root |= s == &root;
        s = &symbols.scope(*s->parent);
        if (s->kind == sema::ScopeKind::Class) continue;
        const sema::Symbol* owner = symbols.lookup(*s, symbol.name);
        if (owner && owner->is_cell()) break;
      }
      if (passed_root) return true;
    }
    for (sema::ScopeId child : scopes[i]->children) scopes.push_back(&symbols.scope(child));
  }
  return false;
}

std::string Emitter::env_struct(types::SpecId spec) const { return "env" + std::to_string(spec); }

std::vector<const sema::Symbol*> Emitter::cells_of(types::SpecId spec) const {
  std::vector<const sema::Symbol*> cells;
  const sema::SymbolTable& symbols = *modules_.modules[program_.spec(spec).module].symbols;
  std::vector<const sema::Scope*> scopes{program_.spec(spec).scope};
  for (size_t i = 0; i < scopes.size(); ++i) {
    for (sema::SymbolId id : scopes[i]->symbols)
      if (symbols.symbol(id).is_cell()) cells.push_back(&symbols.symbol(id));
    for (sema::ScopeId child : scopes[i]->children)
      if (sema::is_comprehension(symbols.scope(child).kind)) scopes.push_back(&symbols.scope(child));
  }
  return cells;
}

// A module body has one for the cells of its comprehensions that closures
// made in them read; a class body has none.
bool Emitter::has_env_struct(types::SpecId spec) const {
  const types::Spec& s = program_.spec(spec);
  if (s.function == types::kNoFunction) return s.class_body == types::kNoClass && !cells_of(spec).empty();
  return s.scope->child_free || !cells_of(spec).empty();
}

std::string Emitter::env_structs() {
  std::string out;
  for (types::SpecId spec : program_.to_emit)
    if (has_env_struct(spec)) out += "struct " + env_struct(spec) + ";\n";
  for (types::SpecId spec : program_.to_emit) {
    if (!has_env_struct(spec)) continue;
    const types::Spec& s = program_.spec(spec);
    enter_module(s.module);  // imports.cpp: its cells' names
    out += "struct " + env_struct(spec) + " {\n";
    if (s.function != types::kNoFunction && needs_env(program_.functions[s.function]))
      out += "  " + env_struct(s.env) + "* up;\n";
    for (const sema::Symbol* cell : cells_of(spec)) {
      auto it = s.variables.find(cell->id);
      if (it == s.variables.end() || !representable(it->second.type)) continue;  // refused where used
      std::string member = cell_member(*cell);
      out += "  " + cxx_type(it->second.type, nullptr) + " " + member + ";\n";
      out += "  bool b" + member + ";\n";
    }
    out += "};\n";
  }
  enter_module(sema::kMainModule);
  return out;
}

std::string Emitter::cell_member(const sema::Symbol& cell) const {
  const sema::Scope& frame = frame_scope(*symbols_, symbols_->scope(cell.scope));
  if (cell.scope == frame.id) return "v_" + mangle(cell.name);
  return "v" + std::to_string(cell.scope) + "_" + mangle(cell.name);
}

// Called once the locals are declared: the environment, and the
// parameters that are cells copied into it.
void Emitter::open_cells(types::SpecId spec) {
  if (!has_env_struct(spec)) return;
  const types::Spec& s = program_.spec(spec);
  // GC_MALLOC clears the memory: every flag starts false.
  line("auto* cells_ = static_cast<" + env_struct(spec) + "*>(rt::gc_alloc(sizeof(" + env_struct(spec) + ")));");
  if (s.function == types::kNoFunction) return;  // a module body: no parameters, no env
  const types::FunctionInfo& function = program_.functions[s.function];
  if (needs_env(function)) line("cells_->up = env_;");
  for (const types::Param& param : function.params) {
    const sema::Symbol& symbol = symbols_->symbol(param.symbol);
    if (!symbol.is_cell()) continue;
    std::string member = "cells_->" + cell_member(symbol);
    line(member + " = v_" + mangle(param.name) + "; " + flag(member) + " = true;");
    current_->bound.insert(member);
  }
}

Emitter::Cell Emitter::find_cell(const sema::Symbol& symbol, const ast::Node* where) const {
  // The symbol that owns the cell: the nearest enclosing function scope
  // (class bodies do not count) where the name is a cell.
  const sema::Symbol* owner = &symbol;
  const sema::Scope* scope = &symbols_->scope(symbol.scope);
  while (!owner->is_cell()) {
    do {
      if (!scope->parent) unsupported(where, "a free variable that is not in a function");
      scope = &symbols_->scope(*scope->parent);
    } while (scope->kind == sema::ScopeKind::Class);
    owner = symbols_->lookup(*scope, symbol.name);
    if (!owner) unsupported(where, "a free variable that is not in a function");
  }
  const sema::Scope& frame = frame_scope(*symbols_, symbols_->scope(owner->scope));
  if (frame.kind == sema::ScopeKind::Class) {
    // Comprehensions are inlined into the class body, which has no
    // environment struct: their cells are its locals.
    if (!body_comprehension_cell(*owner)) unsupported(where, "a closure over a class-level comprehension");
    auto it = program_.spec(current_->spec).variables.find(owner->id);
    return Cell{local_name(*owner), it == program_.spec(current_->spec).variables.end() ? types::kBottom : it->second.type};
  }
  types::SpecId at = current_->spec;
  std::string path = "cells_";
  if (program_.spec(at).scope->id != frame.id) {
    path = "env_";
    at = program_.spec(at).env;
    while (at != types::kNoSpec && program_.spec(at).scope->id != frame.id) {
      path += "->up";
      at = program_.spec(at).env;
    }
    if (at == types::kNoSpec) unsupported(where, "a free variable of a method");
  }
  auto it = program_.spec(at).variables.find(owner->id);
  types::TypeId type = it == program_.spec(at).variables.end() ? types::kBottom : it->second.type;
  return Cell{path + "->" + cell_member(*owner), type};
}

// A cell of a comprehension in a class body, read by a comprehension nested
// in it (all of them inlined into that body). Those of the module body's
// comprehensions live in its environment struct.
bool Emitter::body_comprehension_cell(const sema::Symbol& symbol) const {
  const sema::Scope& scope = symbols_->scope(symbol.scope);
  if (!symbol.is_cell() || !sema::is_comprehension(scope.kind)) return false;
  return frame_scope(*symbols_, scope).kind == sema::ScopeKind::Class;
}

std::string Emitter::flag(const std::string& lvalue) {
  size_t member = lvalue.rfind("->");
  if (member == std::string::npos) return "b" + lvalue;
  return lvalue.substr(0, member + 2) + "b" + lvalue.substr(member + 2);
}

}  // namespace ingot::codegen
