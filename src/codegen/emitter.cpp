// Types, names and literals: what every construct family needs.
#include <cstdio>

#include "codegen/emitter.h"

namespace ingot::codegen {
// Python identifiers may hold any letter; C++ gets ASCII with the other
// bytes spelt out, so that no two Python names meet.
std::string mangle(std::string_view name) {
  std::string out;
  for (unsigned char c : name) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
      out += char(c);
    } else {
      char hex[8];
      std::snprintf(hex, sizeof hex, "_%02x", c);
      out += hex;
    }
  }
  return out;
}

void unsupported(const ast::Node* node, std::string construct) {
  throw UnsupportedError{Unsupported{node->loc, std::move(construct)}};
}

types::TypeId Emitter::type_of(const ast::Expr* expression) const {
  return program_.type_of(current_->spec, expression);
}

std::string Emitter::cxx_type(types::TypeId type, const ast::Node* where) const {
  switch (kind_of(type)) {
    case types::Kind::Bool: return "bool";
    case types::Kind::Int: return "rt::Int";
    case types::Kind::Float: return "double";
    case types::Kind::Str: return "rt::Str";
    case types::Kind::List: {
      types::TypeId element = program_.table.get(type).args[0];
      if (kind_of(element) == types::Kind::Bottom) unsupported(where, "an empty list");
      return "rt::List<" + cxx_type(element, where) + ">";
    }
    case types::Kind::Bottom: unsupported(where, "code that never runs");
    default: unsupported(where, "a value of type '" + program_.table.format(type) + "'");
  }
}

bool Emitter::representable(types::TypeId type) const {
  switch (kind_of(type)) {
    case types::Kind::Bool:
    case types::Kind::Int:
    case types::Kind::Float:
    case types::Kind::Str: return true;
    case types::Kind::List: return representable(program_.table.get(type).args[0]);
    default: return false;
  }
}

std::string Emitter::declaration(types::TypeId type, const std::string& name) const {
  std::string cxx = cxx_type(type, nullptr);
  // A list variable starts as no list at all: allocating an empty one per
  // call (or before the collector is set up, for a global) would be waste.
  if (kind_of(type) == types::Kind::List) {
    std::string element = cxx_type(program_.table.get(type).args[0], nullptr);
    return cxx + " " + name + "{static_cast<rt::ListObject<" + element + ">*>(nullptr)};";
  }
  return cxx + " " + name + "{};";
}

std::string Emitter::quoted(std::string_view bytes) const {
  std::string out = "\"";
  for (unsigned char c : bytes) {
    if (c == '"' || c == '\\' || c == '?' || c < 0x20 || c >= 0x7f) {
      // Octal escapes take at most three digits, so the next byte can
      // never be read as part of one.
      char escape[8];
      std::snprintf(escape, sizeof escape, "\\%03o", c);
      out += escape;
    } else {
      out += char(c);
    }
  }
  return out + '"';
}

const sema::Symbol& Emitter::symbol(const ast::Name* name) const {
  const sema::Symbol* found = symbols_.lookup(*current_->scope, name->id);
  if (!found) unsupported(name, "the name '" + std::string(name->id) + "' here");
  return *found;
}

std::string Emitter::variable(const ast::Name* name) {
  const sema::Symbol& found = symbol(name);
  if (found.is_free() || found.is_cell()) unsupported(name, "a variable shared with a nested function");
  cxx_type(variable_type(name), name);
  return found.is_global() ? "g_" + mangle(name->id) : local_name(found);
}

// Every variable has a flag `b<name>` saying whether it holds a value; the
// C++ compiler drops the stores of flags no check reads.
std::string Emitter::read(const ast::Name* name) {
  std::string cxx = variable(name);
  if (current_->bound.count(cxx)) return cxx;
  bool global = symbol(name).is_global();
  return "({ if (!b" + cxx + ") [[unlikely]] { pos_ = " + std::to_string(position(name)) + "; ingot_unbound(" +
         quoted(name->id) + ", " + (global ? "true" : "false") + "); } " + cxx + "; })";
}

std::string Emitter::store(const ast::Name* name, const std::string& value) {
  std::string cxx = variable(name);
  current_->bound.insert(cxx);
  return cxx + " = " + value + "; b" + cxx + " = true;";
}

// A comprehension's variables live in the function around it, beside that
// function's own, so they are named after their scope as well.
std::string Emitter::local_name(const sema::Symbol& symbol) const {
  if (symbol.scope == current_->scope_id) return "v_" + mangle(symbol.name);
  return "v" + std::to_string(symbol.scope) + "_" + mangle(symbol.name);
}

types::TypeId Emitter::variable_type(const ast::Name* name) const {
  const sema::Symbol& found = symbol(name);
  if (found.is_global()) {
    auto it = program_.globals.find(found.name);
    if (it == program_.globals.end()) unsupported(name, "the builtin '" + found.name + "' as a value");
    return it->second.type;
  }
  const auto& variables = program_.spec(current_->spec).variables;
  auto it = variables.find(found.id);
  return it == variables.end() ? types::kBottom : it->second.type;
}

}  // namespace ingot::codegen
