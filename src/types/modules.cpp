// The program's modules: import statements and module attributes.
//
// Each module's globals are its own slots (ProgramTypes::globals[m]); the
// value `import m` binds is `module m`, a type that names the module, so
// `m.x` reads and `m.x = v` writes module m's slot x, whoever does it.
// `from m import x` reads the slot at that point, as CPython copies the
// value. An import statement runs the module body's specialisation (specs[m]).
// Modules of the runtime (math, sys, time) keep their builtin tables
// (builtins.cpp).
#include "types/inference.h"

namespace ingot::types {

namespace {

std::string_view last_name(std::string_view dotted) { return dotted.substr(dotted.rfind('.') + 1); }

}  // namespace

// Names that exist before any statement of the importing module runs: a
// package's submodules (set on it once imported) and what star imports bind.
void Inference::collect_module_names() {
  for (sema::ModuleId m = 0; m < program_.modules.size(); ++m) out_.modules.push_back(module_type(m));
  for (sema::ModuleId m = 0; m < program_.modules.size(); ++m) {
    const sema::ProgramModule& module = program_.modules[m];
    if (module.parent) {
      std::string name(last_name(module.name));
      write(out_.globals[*module.parent][name], module_type(m));
      module_names_bound_[*module.parent].insert(name);
    }
    for (const sema::Import& record : module.symbols->imports()) {
      const sema::ImportPath* path = program_.import_of(record.node);
      if (record.name != "*" || !path || path->chain.empty()) continue;
      if (const auto& exports = program_.modules[path->chain.back()].exports)
        module_names_bound_[m].insert(exports->begin(), exports->end());
    }
  }
}

std::optional<sema::ModuleId> Inference::program_module(TypeId module) const {
  const Type& type = out_.table.get(module);
  if (type.kind != Kind::Module) return std::nullopt;
  return program_.find(out_.table.module_name(type.a));
}

TypeId Inference::module_type(sema::ModuleId module) { return table().module(program_.modules[module].name); }

void Inference::run_module(sema::ModuleId module) { note_callee(module); }

TypeId Inference::load_module_attribute(sema::ModuleId module, const std::string& name) {
  if (name == "__name__" || name == "__file__") return kStr;
  if (name == "__doc__") return sema::docstring(*program_.modules[module].tree) ? kStr : kNone;
  // A name nobody binds stays bottom: reading it raises AttributeError.
  return read(out_.globals[module][name]);
}

bool Inference::std_stream_replaced(const std::string& name) { return read(out_.std_streams[name]) != kBottom; }

TypeId Inference::native_module_attribute(std::string_view module, const std::string& name) {
  if (module == "sys" && (name == "stdin" || name == "stdout" || name == "stderr") && std_stream_replaced(name)) return kDyn;
  return module_attribute(table(), module, name).value_or(kDyn);
}

bool Inference::store_std_stream(std::string_view module, const std::string& name, TypeId value) {
  if (module != "sys" || (name != "stdin" && name != "stdout" && name != "stderr")) return false;
  // Held boxed: the runtime calls its write (print(), the uncaught
  // exception's report), flush (at exit, input()) and readline (input())
  // methods.
  escape(value);
  dynamic_method_call(name == "stdin" ? "readline" : "write");
  dynamic_method_call("flush");
  write(out_.std_streams[name], value);
  return true;
}

void Inference::exec_import(const ast::Import* import) {
  for (const ast::Alias* alias : import->names) {
    const sema::ImportPath* path = program_.import_of(alias);
    std::string_view name = alias->name;
    std::string_view top = name.substr(0, name.find('.'));
    std::string_view bound = alias->asname.data() ? alias->asname : top;
    if (!path || !path->native.empty()) {  // a module of the runtime
      write(*variable_or_unknown(bound), table().module(alias->asname.data() ? name : top));
      continue;
    }
    for (sema::ModuleId m : path->chain) run_module(m);
    if (!path->error.empty()) continue;  // it raises: nothing is bound
    write(*variable_or_unknown(bound), module_type(alias->asname.data() ? path->chain.back() : path->chain.front()));
  }
}

void Inference::exec_import_from(const ast::ImportFrom* from) {
  const sema::ImportPath* path = program_.import_of(from);
  if (!path || !path->native.empty()) {
    std::string_view module = path ? std::string_view(path->native) : from->level == 0 && from->module.data() ? from->module : "";
    for (const ast::Alias* alias : from->names) {
      if (alias->name == "*") continue;
      TypeId value = native_module_attribute(module, std::string(alias->name));
      write(*variable_or_unknown(alias->asname.data() ? alias->asname : alias->name), value);
    }
    return;
  }
  for (sema::ModuleId m : path->chain) run_module(m);
  if (!path->error.empty()) return;
  sema::ModuleId source = path->chain.back();
  for (const ast::Alias* alias : from->names) {
    if (alias->name == "*") {
      if (const auto& exports = program_.modules[source].exports)
        for (const std::string& name : *exports) write(*variable_or_unknown(name), read(out_.globals[source][name]));
      continue;
    }
    if (auto sub = program_.submodules.find(alias); sub != program_.submodules.end()) run_module(sub->second);
    TypeId value = load_module_attribute(source, std::string(alias->name));
    write(*variable_or_unknown(alias->asname.data() ? alias->asname : alias->name), value);
  }
}

}  // namespace ingot::types
