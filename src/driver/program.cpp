#include "driver/program.h"

#include <algorithm>
#include <filesystem>
#include <set>

#include "ast/literals.h"

namespace ingot::driver {
namespace {

namespace fs = std::filesystem;
using sema::ModuleId;

// Modules compiled into CPython (sys.builtin_module_names of a Linux
// build, less the private ones): found before the program's files, so a
// local `sys.py` never shadows them; ingot's own Python version of one
// (src/stdlib/itertools.py) stands in for it.
constexpr std::string_view kBuiltinModules[] = {"atexit", "builtins", "errno", "faulthandler", "gc", "itertools",
                                                "marshal", "posix", "pwd", "sys", "time"};
// ingot's own native modules, which its Python standard library imports:
// `_ingot_re`, re's engine (runtime/re_module.h), `_ingot_abc`, abc's
// class registry (runtime/abc_registry.h), `_ingot_hash` and `_ingot_zlib`,
// the cores of hashlib and zlib (runtime/hash_module.h, zlib_module.h), and
// `_ingot_copy`, copy's (types/copies.cpp), and `_ingot_traceback`,
// traceback's, warnings' and inspect's (runtime/traceback_module.h), and
// `_ingot_os`, `_ingot_os_path`, the natives of src/stdlib/os (runtime/os_module.h),
// `_ingot_gc`, gc's (runtime/gc_module.h), `_ingot_unicodedata`,
// unicodedata's (runtime/unicodedata_module.h), and `_ingot_thread`,
// threading's (runtime/thread_module.h).
constexpr std::string_view kRuntimeModules[] = {"_ingot_re",        "_ingot_abc", "_ingot_hash",   "_ingot_zlib",
                                                 "_ingot_copy",      "_ingot_traceback", "_ingot_os", "_ingot_os_path",
                                                 "_ingot_gc",        "_ingot_unicodedata", "_ingot_thread"};
constexpr std::string_view kStandardModules[] = {
#include "driver/stdlib_modules.inc"
};

bool listed(std::span<const std::string_view> names, std::string_view name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

// The file a module of that (last) name is in, inside `folder`: a
// package's __init__.py first, as CPython's FileFinder looks.
std::optional<fs::path> module_file(const fs::path& folder, std::string_view name, bool& package) {
  std::error_code error;
  fs::path init = folder / std::string(name) / "__init__.py";
  if (fs::is_regular_file(init, error)) {
    package = true;
    return init;
  }
  fs::path file = folder / (std::string(name) + ".py");
  if (fs::is_regular_file(file, error)) {
    package = false;
    return file;
  }
  return std::nullopt;
}

class Loader {
 public:
  explicit Loader(LoadedProgram& out) : out_(out) {}

  void add(std::unique_ptr<LoadedFile> file, std::string name, bool package, std::string package_name,
           std::optional<ModuleId> parent) {
    sema::ProgramModule& module = out_.program.modules.emplace_back();
    module.name = std::move(name);
    module.package = package;
    module.source = &file->source;
    module.tree = file->module;
    module.symbols = file->scopes.get();
    module.parent = parent;
    module.package_name = std::move(package_name);
    out_.files.push_back(std::move(file));
  }

  // Resolves the imports of every module, loading the modules they name
  // (which appends them, so the loop reaches their imports too).
  bool resolve_all() {
    for (ModuleId id = 0; id < out_.program.modules.size(); ++id) {
      std::set<const ast::Node*> seen;
      for (const sema::Import& record : out_.program.modules[id].symbols->imports()) {
        if (!seen.insert(record.node).second) continue;
        if (!resolve_statement(id, record.node)) return false;
      }
    }
    for (ModuleId id = 0; id < out_.program.modules.size(); ++id) {
      std::vector<bool> visiting(out_.program.modules.size());
      out_.program.modules[id].exports = exports(id, visiting);
    }
    return true;
  }

 private:
  bool resolve_statement(ModuleId importer, const ast::Node* node) {
    if (auto* import = ast::as<ast::Import>(node)) {
      for (const ast::Alias* alias : import->names) {
        auto path = resolve(std::string(alias->name));
        if (!path) return false;
        out_.program.imports[alias] = std::move(*path);
      }
      return true;
    }
    auto* from = static_cast<const ast::ImportFrom*>(node);
    std::string module = from->module.data() ? std::string(from->module) : std::string();
    sema::ImportPath path;
    std::string base = out_.program.modules[importer].package_name;
    if (from->level > 0 && base.empty()) {
      path.error_class = "ImportError";
      path.error = "attempted relative import with no known parent package";
    } else if (from->level > 0) {
      for (int up = 1; up < from->level; ++up) {
        size_t dot = base.rfind('.');
        if (dot == std::string::npos) {
          base.clear();
          break;
        }
        base.resize(dot);
      }
      if (base.empty()) {
        path.error_class = "ImportError";
        path.error = "attempted relative import beyond top-level package";
      }
    }
    if (path.error.empty()) {
      std::string name = from->level == 0 ? module : module.empty() ? base : base + "." + module;
      auto resolved = resolve(name);
      if (!resolved) return false;
      path = std::move(*resolved);
    }
    // `from pkg import sub`: sub may be a module of the package.
    if (path.error.empty() && !path.chain.empty() && out_.program.modules[path.chain.back()].package) {
      for (const ast::Alias* alias : from->names) {
        if (alias->name == "*") continue;
        auto sub = find_or_load(path.name + "." + std::string(alias->name), path.chain.back());
        if (!sub.first) return false;
        if (sub.second) out_.program.submodules[alias] = *sub.second;
      }
    }
    out_.program.imports[from] = std::move(path);
    return true;
  }

  // What importing the absolute dotted `name` runs; nullopt after printing
  // why a module file could not be loaded.
  std::optional<sema::ImportPath> resolve(const std::string& name) {
    sema::ImportPath path;
    path.name = name;
    std::string top = name.substr(0, name.find('.'));
    bool builtin = listed(kBuiltinModules, top) || listed(kRuntimeModules, top);
    for (size_t end = 0; end != std::string::npos;) {
      end = name.find('.', end + 1);
      std::string prefix = name.substr(0, end);
      std::optional<ModuleId> parent;
      if (!path.chain.empty()) {
        parent = path.chain.back();
        if (!out_.program.modules[*parent].package) {
          path.error_class = "ModuleNotFoundError";
          path.error = "No module named '" + prefix + "'; '" + out_.program.modules[*parent].name + "' is not a package";
          return path;
        }
      }
      auto [loaded, id] = find_or_load(prefix, parent, builtin);
      if (!loaded) return std::nullopt;
      if (!id) {
        if (path.chain.empty() && (builtin || listed(kStandardModules, top))) {
          path.native = name;
          return path;
        }
        path.error_class = "ModuleNotFoundError";
        path.error = "No module named '" + prefix + "'";
        return path;
      }
      path.chain.push_back(*id);
    }
    return path;
  }

  // The program's module of that name, loaded now if it was not yet; the
  // first member is false after printing why a found file cannot be loaded.
  std::pair<bool, std::optional<ModuleId>> find_or_load(const std::string& name, std::optional<ModuleId> parent,
                                                        bool builtin = false) {
    if (auto id = out_.program.find(name)) return {true, id};
    std::vector<fs::path> folders;
    if (parent) {
      folders.push_back(fs::path(out_.program.modules[*parent].source->filename()).parent_path());
    } else {
      if (!builtin) folders.push_back(fs::path(out_.program.modules[sema::kMainModule].source->filename()).parent_path());
      folders.emplace_back(INGOT_STDLIB_DIR);
      folders.emplace_back(INGOT_STDLIB_GENERATED_DIR);  // data modules the build writes (html.entities')
    }
    std::string last = name.substr(name.rfind('.') + 1);
    for (const fs::path& folder : folders) {
      bool package = false;
      auto file = module_file(folder, last, package);
      if (!file) continue;
      auto loaded = analyze_file(file->string());
      if (!loaded) return {false, std::nullopt};
      std::string package_name = package ? name : parent ? out_.program.modules[*parent].name : "";
      add(std::move(loaded), name, package, std::move(package_name), parent);
      return {true, static_cast<ModuleId>(out_.program.modules.size() - 1)};
    }
    return {true, std::nullopt};
  }

  std::optional<std::vector<std::string>> exports(ModuleId id, std::vector<bool>& visiting) {
    const sema::ProgramModule& module = out_.program.modules[id];
    const sema::SymbolTable& symbols = *module.symbols;
    if (const sema::Symbol* all = symbols.lookup(symbols.module(), "__all__"); all && (all->flags & sema::kDefBound)) {
      std::optional<std::vector<std::string>> names = std::vector<std::string>{};
      for (const ast::Stmt* s : module.tree->body) {
        if (auto* assign = ast::as<ast::Assign>(s)) {
          for (const ast::Expr* target : assign->targets)
            if (auto* n = ast::as<ast::Name>(target); n && n->id == "__all__") names = ast::string_items(assign->value);
        } else if (auto* aug = ast::as<ast::AugAssign>(s)) {
          auto* n = ast::as<ast::Name>(aug->target);
          if (n && n->id == "__all__" && names) names = ast::string_items(aug->value, std::move(*names));
        }
        if (!names) return std::nullopt;
      }
      return names;
    }
    visiting[id] = true;
    std::vector<std::string> names;
    for (const sema::Symbol* symbol : symbols.symbols_of(symbols.module()))
      if ((symbol->flags & sema::kDefBound) && !symbol->name.starts_with("_")) names.push_back(symbol->name);
    for (const sema::Import& record : symbols.imports()) {
      if (record.name != "*") continue;
      const sema::ImportPath* path = out_.program.import_of(record.node);
      if (!path || path->chain.empty() || !path->error.empty() || visiting[path->chain.back()]) continue;
      if (auto more = exports(path->chain.back(), visiting)) names.insert(names.end(), more->begin(), more->end());
    }
    visiting[id] = false;
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    return names;
  }

  LoadedProgram& out_;
};

}  // namespace

std::unique_ptr<LoadedProgram> load_program(std::unique_ptr<LoadedFile> main) {
  if (!main) return nullptr;
  auto program = std::make_unique<LoadedProgram>();
  Loader loader(*program);
  loader.add(std::move(main), "__main__", false, "", std::nullopt);
  if (!loader.resolve_all()) return nullptr;
  return program;
}

}  // namespace ingot::driver
