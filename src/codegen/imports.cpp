// The program's modules (sema::Program): each module's globals are C++
// globals of their own (`g_x` for the main module, `gM_x` for module M), its
// body is `module_bodyM`, run by `module_initM` the first time an import
// statement reaches it. The init's state (0 not run, 1 running, 2 done)
// makes a circular import see the partly run module, as in CPython, and a
// body that raised run again by the next import. `import m` binds
// `&moduleM`, an rt::ModuleObject (runtime/module.h) for the dynamic paths;
// typed code reads and writes `m.x` as module M's global directly.
#include <algorithm>

#include "codegen/emitter.h"

namespace ingot::codegen {

using types::Kind;

namespace {

// What dir() lists for every module besides its globals (CPython 3.11's
// module namespace; the main module also has __annotations__, a package __path__).
constexpr std::string_view kModuleDunders[] = {"__builtins__", "__cached__", "__doc__",     "__file__",
                                               "__loader__",   "__name__",   "__package__", "__spec__"};

}  // namespace

void Emitter::enter_module(sema::ModuleId module) {
  const sema::ProgramModule& m = modules_.modules[module];
  module_id_ = module;
  module_ = m.tree;
  symbols_ = m.symbols;
  source_ = m.source;
  path_ = m.source->filename();
}

std::string Emitter::global_variable(sema::ModuleId module, std::string_view name) const {
  if (module == sema::kMainModule) return "g_" + mangle(name);
  return "g" + std::to_string(module) + "_" + mangle(name);
}

std::string Emitter::module_object(sema::ModuleId module) const { return "module" + std::to_string(module); }

std::optional<sema::ModuleId> Emitter::program_module(types::TypeId type) const {
  const types::Type& t = program_.table.get(type);
  if (t.kind != Kind::Module) return std::nullopt;
  return modules_.find(program_.table.module_name(t.a));
}

std::string Emitter::module_declarations() {
  // sys.modules: the program's modules from the start of their import.
  std::string out = "static rt::Dict<rt::Str, rt::Value> ingot_sys_modules{static_cast<rt::DictObject<rt::Str, rt::Value>*>(nullptr)};\n";
  // sys's own entry holds None until the program first reads sys.modules,
  // so that a program that never does links neither the sys module nor
  // all that its attributes reach (hello world: 25 KB).
  out += "[[maybe_unused]] static rt::Dict<rt::Str, rt::Value> ingot_sys_modules_read() {\n"
         "  static bool placed = false;\n"
         "  if (!placed) ingot_sys_modules.set(rt::Str::from_ascii(\"sys\"), rt::box(&rt::sys::module));\n"
         "  placed = true;\n"
         "  return ingot_sys_modules;\n}\n";
  for (sema::ModuleId m = 0; m < modules_.modules.size(); ++m) {
    std::string id = std::to_string(m);
    out += "static int8_t module_state" + id + " = 0;\n";
    out += "static rt::List<rt::Str> module_names" + id + "();\n";
    out += "extern const rt::ModuleObject " + module_object(m) + ";\n";
    out += "extern const rt::FrameInfo " + frame_name(m) + ";\n";
    out += "static void module_body" + id + "();\n";
    out += "static void module_init" + id + "();\n";
    for (const auto& [name, slot] : program_.globals[m]) {
      std::string variable = global_variable(m, name);
      if (representable(slot.type)) out += "static " + declaration(slot.type, variable) + "\n";
      out += "static bool b" + variable + " = false;\n";  // dir() reads those of the others too (mark_bound)
    }
  }
  return out;
}

void Emitter::module_definitions() {
  for (sema::ModuleId m = 0; m < modules_.modules.size(); ++m) {
    enter_module(m);
    const sema::ProgramModule& module = modules_.modules[m];
    std::string id = std::to_string(m);
    FunctionState state{m, &symbols_->module(), sema::kModuleScope, {}, {}};
    current_ = &state;
    current_->positions.push_back(Position{1, 1, -1, -1, -1, -1});
    // Hot: gcc takes main, and what only main runs, to run once, and
    // optimises the loops of such code for size (inlining no list access
    // in them); a program's functions are called from its module bodies.
    line("[[gnu::hot]] static void module_body" + id + "() {");
    body(m, module_->body, "<module>");

    // getattr of the boxed module, and dir(): its bound globals.
    std::vector<std::pair<std::string, std::string>> names;  // name, its bound flag (nullptr: always)
    for (std::string_view dunder : kModuleDunders) names.emplace_back(dunder, "nullptr");
    if (m == sema::kMainModule) names.emplace_back("__annotations__", "nullptr");
    if (module.package) names.emplace_back("__path__", "nullptr");
    auto doc = sema::docstring(*module_);
    std::vector<std::pair<std::string, std::string>> arms{
        {"__doc__", "*out = " + (doc ? "rt::Value(" + str_constant(*doc) + ")" : std::string("rt::Value::none()")) + "; return true; "}};
    for (const auto& [name, slot] : program_.globals[m]) {
      if (kind_of(slot.type) == Kind::Bottom) continue;
      std::string variable = global_variable(m, name);
      names.emplace_back(name, "&b" + variable);
      if (!representable(slot.type)) continue;
      if (kind_of(slot.type) == Kind::Class && class_left_out(program_.table.get(slot.type).a)) continue;  // nothing asks
      arms.emplace_back(name, "if (!b" + variable + ") return false; *out = " + boxed(variable, slot.type, module_) + "; return true; ");
    }
    out_ += "static bool module_get" + id + "(rt::Str name, rt::Value* out) {\n  std::string_view n = name.view();\n  " +
            name_switch("n", arms) + "\n  return false;\n}\n";
    // dir(): a table of the names and their flags, filtered at run time.
    std::sort(names.begin(), names.end());
    std::string table;
    for (const auto& [name, bound] : names) table += (table.empty() ? "{" : ", {") + quoted(name) + ", " + bound + "}";
    out_ += "static rt::List<rt::Str> module_names" + id + "() {\n  static constexpr rt::BoundName names[] = {" + table +
            "};\n  return rt::bound_names(names);\n}\n";
    out_ += "const rt::ModuleObject " + module_object(m) + "{{&rt::module_type}, " + quoted(module.name) + ", " +
            quoted(path_) + ", module_get" + id + ", module_names" + id + "};\n";

    out_ += "static void module_init" + id + "() {\n";
    std::string key = "rt::Str::from_utf8(" + quoted(module.name) + ")";
    out_ += "  if (module_state" + id + " != 0) return;\n  module_state" + id + " = 1;\n";
    if (m == sema::kMainModule)  // sys itself is there from the start, as in CPython
      out_ += "  ingot_sys_modules = rt::Dict<rt::Str, rt::Value>();\n"
              "  ingot_sys_modules.set(rt::Str::from_ascii(\"sys\"), rt::Value::none());\n";
    out_ += "  ingot_sys_modules.set(" + key + ", rt::box(&" + module_object(m) + "));\n";
    out_ += "  try {\n    module_body" + id + "();\n  } catch (...) {\n    module_state" + id + " = 0;\n    ingot_sys_modules.del(" +
            key + ");\n    throw;\n  }\n";
    out_ += "  module_state" + id + " = 2;\n";
    if (module.parent) {
      // A submodule is an attribute of its package once imported.
      std::string name = module.name.substr(module.name.rfind('.') + 1);
      auto slot = program_.globals[*module.parent].find(name);
      types::TypeId type = program_.modules[m];
      if (slot != program_.globals[*module.parent].end() && representable(slot->second.type)) {
        std::string variable = global_variable(*module.parent, name);
        out_ += "  " + variable + " = " + convert("&" + module_object(m), type, slot->second.type, module_) + "; b" +
                variable + " = true;\n";
      }
    }
    out_ += "}\n\n";
  }
  enter_module(sema::kMainModule);
}

std::string Emitter::import_chain(const sema::ImportPath& path, const ast::Node* where) {
  std::string out = "pos_ = " + std::to_string(position(where)) + ";";
  for (sema::ModuleId m : path.chain) out += " module_init" + std::to_string(m) + "();";
  if (!path.error.empty())
    out += " rt::raise(rt::exc::" + path.error_class + ", " + quoted(path.error) + ");";
  return out;
}

// `import a.b as c`, one alias of an import statement, when it names a module of
// the program; false for the runtime's (modules.cpp).
bool Emitter::program_import(const ast::Alias* alias, const ast::Stmt* s) {
  const sema::ImportPath* path = modules_.import_of(alias);
  if (!path || !path->native.empty()) return false;
  line(import_chain(*path, s));
  if (!path->error.empty()) return true;
  sema::ModuleId module = alias->asname.data() ? path->chain.back() : path->chain.front();
  std::string_view bound = alias->asname.data() ? alias->asname : alias->name.substr(0, alias->name.find('.'));
  bind_import(alias, bound, "&" + module_object(module), program_.modules[module]);
  return true;
}

void Emitter::bind_import(const ast::Alias* alias, std::string_view bound, const std::string& value, types::TypeId type) {
  const sema::Symbol* symbol = symbols_->lookup(*current_->scope, bound);
  if (!symbol) unsupported(alias, "this import");
  line(store_symbol(*symbol, alias, convert(value, type, symbol_type(*symbol, alias), alias)));
}

bool Emitter::program_import(const ast::ImportFrom* from) {
  const sema::ImportPath* path = modules_.import_of(from);
  if (!path || !path->native.empty()) return false;
  line(import_chain(*path, from));
  if (!path->error.empty()) return true;
  sema::ModuleId source = path->chain.back();
  std::string id = std::to_string(source);
  for (const ast::Alias* alias : from->names) {
    if (alias->name == "*") {
      const auto& exports = modules_.modules[source].exports;
      if (!exports) unsupported(alias, "import * from a module whose __all__ is not a list of strings");
      // With __all__, every name it lists must exist.
      bool has_all = modules_.modules[source].symbols->lookup(modules_.modules[source].symbols->module(), "__all__");
      for (const std::string& name : *exports) {
        auto slot = program_.globals[source].find(name);
        auto target = program_.globals[module_id_].find(name);
        std::string from_variable = global_variable(source, name), to_variable = global_variable(module_id_, name);
        bool readable = slot != program_.globals[source].end() && representable(slot->second.type);
        std::string missing = "rt::raise_module_attribute(" + module_object(source) + ", " + quoted(name) + ", module_state" +
                              id + " == 1)";
        if (!readable || target == program_.globals[module_id_].end() || !representable(target->second.type)) {
          if (has_all) line(missing + ";");
          continue;
        }
        std::string copy = to_variable + " = " + convert(from_variable, slot->second.type, target->second.type, alias) +
                           "; b" + to_variable + " = true;";
        current_->bound.insert(to_variable);
        if (has_all)
          line("if (!b" + from_variable + ") " + missing + "; " + copy);
        else
          line("if (b" + from_variable + ") { " + copy + " }");
      }
      continue;
    }
    std::string name(alias->name);
    std::string variable = global_variable(source, name);
    auto slot = program_.globals[source].find(name);
    std::string missing = "rt::raise_cannot_import(" + module_object(source) + ", " + quoted(name) + ", module_state" + id +
                          " == 1)";
    if (slot == program_.globals[source].end() || kind_of(slot->second.type) == Kind::Bottom) {
      line(missing + ";");
      return true;
    }
    if (auto sub = modules_.submodules.find(alias); sub != modules_.submodules.end())
      line("if (!b" + variable + ") module_init" + std::to_string(sub->second) + "();");
    line("if (!b" + variable + ") " + missing + ";");
    bind_import(alias, alias->asname.data() ? alias->asname : alias->name, variable, slot->second.type);
  }
  return true;
}

std::string Emitter::read_module_attribute(const ast::Attribute* a, const std::string& evaluated) {
  auto module = program_module(type_of(a->value));
  if (!module) return "";
  const sema::ProgramModule& m = modules_.modules[*module];
  std::string receiver = "(void)" + (evaluated.empty() ? expression(a->value) : evaluated) + "; ";
  if (a->attr == "__name__") return "({ " + receiver + str_constant(m.name) + "; })";
  if (a->attr == "__file__") return "({ " + receiver + str_constant(m.source->filename()) + "; })";
  if (a->attr == "__doc__") {
    auto doc = sema::docstring(*m.tree);
    return "({ " + receiver + (doc ? str_constant(*doc) : std::string("rt::Value::none()")) + "; })";
  }
  auto slot = program_.globals[*module].find(std::string(a->attr));
  if (slot == program_.globals[*module].end() || kind_of(slot->second.type) == Kind::Bottom) return "";
  std::string variable = global_variable(*module, a->attr);
  std::string value = "({ " + receiver + "if (!b" + variable + ") [[unlikely]] { pos_ = " + std::to_string(position(a)) +
                      "; rt::raise_module_attribute(" + module_object(*module) + ", " + quoted(a->attr) +
                      ", module_state" + std::to_string(*module) + " == 1); } " + variable + "; })";
  return convert(value, slot->second.type, type_of(a), a);
}

void Emitter::mark_bound(std::string_view name) {
  const sema::Symbol* symbol = symbols_->lookup(*current_->scope, name);
  if (!symbol || !symbol->is_global()) return;
  auto slot = program_.globals[module_id_].find(symbol->name);
  if (slot == program_.globals[module_id_].end() || representable(slot->second.type)) return;
  line("b" + global_variable(module_id_, symbol->name) + " = true;");
}

std::string Emitter::module_dunder(const ast::Name* name) {
  if (name->id != "__name__" && name->id != "__file__") return "";
  if (program_.globals[module_id_].count(std::string(name->id))) return "";  // the module binds it itself
  const sema::Symbol* symbol = symbols_->lookup(*current_->scope, name->id);
  if (symbol && !symbol->is_global()) return "";
  const sema::ProgramModule& module = modules_.modules[module_id_];
  return str_constant(name->id == "__name__" ? module.name : module.source->filename());
}

std::string Emitter::module_builtin(const ast::Call* c) {
  auto* callee = ast::as<ast::Name>(c->func);
  if (!callee || kind_of(type_of(c->func)) != Kind::Builtin || !c->keywords.empty()) return "";
  std::string_view name = callee->id;
  // dir() in a module's body: its bound names.
  if (name == "dir" && c->args.empty()) {
    if (current_->scope->kind != sema::ScopeKind::Module) unsupported(c, "dir() inside a function");
    return convert("module_names" + std::to_string(module_id_) + "()", list_of(types::kStr), type_of(c), c);
  }
  if (c->args.empty() || (name != "dir" && name != "getattr" && name != "hasattr")) return "";
  auto module = program_module(type_of(c->args[0]));
  if (!module) return "";
  std::string receiver = "(void)" + expression(c->args[0]) + "; ";
  std::string id = std::to_string(*module);
  if (name == "dir") {
    if (c->args.size() != 1) return "";
    return convert("({ " + receiver + "module_names" + id + "(); })", list_of(types::kStr), type_of(c), c);
  }
  // getattr(m, 'x'[, default]), hasattr(m, 'x'): the global x of the module, when bound.
  auto* constant = c->args.size() >= 2 ? ast::as<ast::Constant>(c->args[1]) : nullptr;
  if (!constant || constant->value.kind != ast::Value::Kind::Str || c->args.size() > (name == "getattr" ? 3u : 2u)) return "";
  std::string attr(constant->value.text);
  auto slot = program_.globals[*module].find(attr);
  bool exists = slot != program_.globals[*module].end() && representable(slot->second.type);
  std::string variable = global_variable(*module, attr);
  if (name == "hasattr") return "({ " + receiver + (exists ? "b" + variable : std::string("false")) + "; })";
  std::string missing = "({ pos_ = " + std::to_string(position(c)) + "; rt::raise_module_attribute(" + module_object(*module) +
                        ", " + quoted(attr) + ", module_state" + id + " == 1); " + cxx_type(type_of(c), c) + "{}; })";
  if (c->args.size() == 3) missing = expression_as(c->args[2], type_of(c));
  if (!exists) return "({ " + receiver + missing + "; })";
  return "({ " + receiver + "b" + variable + " ? " + convert(variable, slot->second.type, type_of(c), c) + " : " + missing + "; })";
}

std::string Emitter::globals_membership(const ast::Compare* c) {
  if (c->ops.size() != 1 || (c->ops[0] != ast::CmpOperator::In && c->ops[0] != ast::CmpOperator::NotIn)) return "";
  auto* call = ast::as<ast::Call>(c->comparators[0]);
  auto* callee = call ? ast::as<ast::Name>(call->func) : nullptr;
  if (!callee || callee->id != "globals" || kind_of(type_of(callee)) != Kind::Builtin || !call->args.empty() ||
      !call->keywords.empty() || kind_of(type_of(c->left)) != Kind::Str)
    return "";
  std::string test = "rt::contains(module_names" + std::to_string(module_id_) + "(), " + expression(c->left) + ")";
  return c->ops[0] == ast::CmpOperator::In ? test : "!" + test;
}

std::string Emitter::module_attribute_raising(const ast::Attribute* a) {
  auto module = program_module(type_of(a->value));
  if (!module) return "";
  return "({ (void)" + expression(a->value) + "; pos_ = " + std::to_string(position(a)) + "; rt::raise_module_attribute(" +
         module_object(*module) + ", " + quoted(a->attr) + ", module_state" + std::to_string(*module) + " == 1); })";
}

std::string Emitter::store_module_attribute(const ast::Attribute* target, const std::string& value, types::TypeId value_type,
                                            const std::string& evaluated) {
  auto module = program_module(type_of(target->value));
  if (!module) return store_std_stream(target, value, value_type);  // std_streams.cpp
  auto slot = program_.globals[*module].find(std::string(target->attr));
  if (slot == program_.globals[*module].end() || !representable(slot->second.type))
    unsupported(target, "setting this module attribute");
  std::string variable = global_variable(*module, target->attr);
  return "{ " + cxx_type(value_type, target) + " sv_ = " + value + "; (void)" +
         (evaluated.empty() ? expression(target->value) : evaluated) + "; " + variable + " = " +
         convert("sv_", value_type, slot->second.type, target) + "; b" + variable + " = true; }";
}

}  // namespace ingot::codegen
