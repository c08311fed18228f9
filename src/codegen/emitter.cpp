// Types, names and literals: what every construct family needs.
#include <cstdio>

#include "codegen/emitter.h"

namespace ingot::codegen {
// Python identifiers may hold any letter; C++ gets ASCII with the other
// bytes spelt out, so that no two Python names meet.
bool is_none_constant(const ast::Expr* e) {
  auto* c = e ? ast::as<ast::Constant>(e) : nullptr;
  return c && c->value.kind == ast::Value::Kind::None;
}

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
  if (auto it = narrowed_.find(expression); it != narrowed_.end()) return it->second.type;  // dynamic.cpp
  if (auto it = synthetic_types_.find(expression); it != synthetic_types_.end()) return it->second;  // builtin_values.cpp
  return program_.type_of(current_->spec, expression);
}

std::string Emitter::cxx_type(types::TypeId type, const ast::Node* where) const {
  switch (kind_of(type)) {
    case types::Kind::Bool: return "bool";
    case types::Kind::Int: return "rt::Int";
    case types::Kind::Float: return "double";
    case types::Kind::Complex: return "rt::Complex";  // runtime/complex.h
    case types::Kind::Str: return "rt::Str";
    case types::Kind::Bytes: return "rt::Bytes";  // runtime/bytes.h
    case types::Kind::ByteArray: return "rt::ByteArray";  // runtime/bytearray.h
    case types::Kind::List:
    case types::Kind::Dict:
    case types::Kind::Set:
    case types::Kind::Tuple:
    case types::Kind::TupleOf:
    case types::Kind::Iterator:
    case types::Kind::Range:
    case types::Kind::Slice: return container_cxx_type(type, where);  // containers.cpp
    case types::Kind::Function: {  // function_values.cpp
      const types::Type& f = program_.table.get(type);
      return function_struct(f.a, f.b) + "*";
    }
    case types::Kind::BoundMethod: return "rt::MethodObject*";  // bound_methods.cpp
    case types::Kind::Instance: return instance_cxx_type(type, where);  // classes.cpp
    case types::Kind::Class: return "const rt::ClassObject*";
    case types::Kind::File: return program_.table.get(type).a ? "rt::BinaryFile*" : "rt::TextFile*";  // files.cpp
    case types::Kind::Module:  // imports.cpp
      if (program_module(type)) return "const rt::ModuleObject*";
      unsupported(where, "a module of the runtime as a value");
    case types::Kind::Builtin:  // NotImplemented, a dunder's answer (dunders.cpp)
      if (is_not_implemented(type)) return "rt::Value";
      return builtin_cxx_type(type, where);  // builtin_values.cpp
    case types::Kind::Exception: return "rt::ExceptionObject*";  // exceptions.cpp
    case types::Kind::Generator: {
      types::TypeId yielded = program_.table.get(type).args[0];
      // One that never yields (over an empty list) has no item type.
      if (kind_of(yielded) == types::Kind::Bottom) return "rt::Generator<rt::Value>";
      return "rt::Generator<" + cxx_type(yielded, where) + ">";
    }
    // None, unions and dyn are boxed: one tagged word (runtime/value.h),
    // but for `None | C`, a nullable pointer (optional_instances.cpp).
    case types::Kind::Union:
      if (types::TypeId instance = optional_instance(type); instance != types::kBottom) return instance_cxx_type(instance, where);
      [[fallthrough]];
    case types::Kind::None:
    // Bottom: a variable nothing ever stores into, or an expression that
    // never gives a value. It is declared (and stored in containers,
    // element_cxx) as a Value, so that code the analysis saw never run
    // still compiles.
    case types::Kind::Dyn:
    case types::Kind::Bottom: return "rt::Value";
    default: unsupported(where, "a value of type '" + program_.table.format(type) + "'");
  }
}

bool Emitter::representable(types::TypeId type) const {
  switch (kind_of(type)) {
    case types::Kind::Bool:
    case types::Kind::Int:
    case types::Kind::Float:
    case types::Kind::Complex:
    case types::Kind::Str:
    case types::Kind::Bytes:
    case types::Kind::ByteArray:
    case types::Kind::None:
    case types::Kind::Union:
    case types::Kind::Dyn:
    case types::Kind::Bottom: return true;
    case types::Kind::List:
    case types::Kind::Dict:
    case types::Kind::Set:
    case types::Kind::Tuple:
    case types::Kind::TupleOf:
    case types::Kind::Iterator:
    case types::Kind::Range:
    case types::Kind::Slice: return container_representable(type);
    case types::Kind::Generator: {
      types::TypeId yielded = program_.table.get(type).args[0];
      return kind_of(yielded) == types::Kind::Bottom || representable(yielded);
    }
    case types::Kind::Function:
    case types::Kind::BoundMethod:
    case types::Kind::Instance:
    case types::Kind::Exception:
    case types::Kind::File:
    case types::Kind::Class: return true;
    case types::Kind::Module: return program_module(type).has_value();
    case types::Kind::Builtin: return is_builtin_value(type) || is_not_implemented(type);  // builtin_values.cpp, dunders.cpp
    default: return false;
  }
}

std::string Emitter::declaration(types::TypeId type, const std::string& name) const {
  std::string cxx = cxx_type(type, nullptr);
  // A container variable starts as no container at all: allocating an
  // empty one per call (or before the collector is set up, for a global)
  // would be waste.
  if (is_container(type) || kind_of(type) == types::Kind::Range) return cxx + " " + name + " = " + neutral(type) + ";";
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
  const sema::Symbol* found = symbols_->lookup(*current_->scope, name->id);
  if (!found) unsupported(name, "the name '" + std::string(name->id) + "' here");
  return *found;
}

std::string Emitter::variable(const ast::Name* name) { return symbol_variable(symbol(name), name); }

std::string Emitter::symbol_variable(const sema::Symbol& found, const ast::Node* where) {
  cxx_type(symbol_type(found, where), where);
  if (is_class_symbol(found)) return class_attribute_variable(class_of_scope(found.scope), found.name);  // classes.cpp
  if (found.is_free() || found.is_cell()) return find_cell(found, where).lvalue;
  return found.is_global() ? global_variable(module_id_, found.name) : local_name(found);  // imports.cpp
}

// Every variable has a flag `b<name>` saying whether it holds a value; the
// C++ compiler drops the stores of flags no check reads.
std::string Emitter::read(const ast::Name* name, bool escapes) {
  if (std::string dunder = module_dunder(name); !dunder.empty()) return dunder;  // imports.cpp
  if (std::string missing = undefined_name(name); !missing.empty()) return missing;  // unreached.cpp
  std::string cxx = variable(name);
  if (escapes && current_->appended.count(cxx)) return escaping(cxx, read(name, false));
  if (current_->bound.count(cxx)) return cxx;
  const sema::Symbol& found = symbol(name);
  if (found.is_free() && bound_before_definition(found)) return cxx;  // bound_cells.cpp
  return "({ if (!" + flag(cxx) + ") [[unlikely]] { pos_ = " + std::to_string(position(name)) + "; " + raise_unbound(found) +
         "; } " + cxx + "; })";
}

// A class body's names are no locals: CPython's LOAD_NAME and DELETE_NAME
// raise NameError. Private names are reported mangled, as CPython does.
std::string Emitter::raise_unbound(const sema::Symbol& found) const {
  if (found.is_free()) return "rt::raise_unbound_free(" + quoted(found.name) + ")";
  bool name_error = found.is_global() || is_class_symbol(found);
  return "ingot_unbound(" + quoted(found.name) + ", " + (name_error ? "true" : "false") + ")";
}

std::string Emitter::store(const ast::Name* name, const std::string& value) {
  return store_symbol(symbol(name), name, value);
}

std::string Emitter::store_symbol(const sema::Symbol& found, const ast::Node* where, const std::string& value) {
  std::string cxx = symbol_variable(found, where);
  current_->bound.insert(cxx);
  return cxx + " = " + value + "; " + flag(cxx) + " = true;";
}

// A comprehension's variables live in the function around it, beside that
// function's own, so they are named after their scope as well.
std::string Emitter::local_name(const sema::Symbol& symbol) const {
  if (symbol.scope == current_->scope_id) return "v_" + mangle(symbol.name);
  return "v" + std::to_string(symbol.scope) + "_" + mangle(symbol.name);
}

types::TypeId Emitter::variable_type(const ast::Name* name) const { return symbol_type(symbol(name), name); }

types::TypeId Emitter::symbol_type(const sema::Symbol& found, const ast::Node* where) const {
  if (is_class_symbol(found)) return class_attribute_type(class_of_scope(found.scope), found.name);
  if (found.is_free() || found.is_cell()) return find_cell(found, where).type;
  if (found.is_global()) {
    auto it = program_.globals[module_id_].find(found.name);
    if (it == program_.globals[module_id_].end()) unsupported(where, "the builtin '" + found.name + "' as a value");
    return it->second.type;
  }
  const auto& variables = program_.spec(current_->spec).variables;
  auto it = variables.find(found.id);
  return it == variables.end() ? types::kBottom : it->second.type;
}

}  // namespace ingot::codegen
