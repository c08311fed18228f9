// Python text the compiler writes into a program's tree before stage 1
// (dataclasses.h, namedtuples.h): parsed like the program, kept alive
// with it, every node placed where the construct that asked for it is.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "driver/load.h"

namespace ingot::driver {

// The statements of `text` (class-body or module level, as indented),
// each node at `at`; nullopt if the text does not parse (a compiler bug).
std::optional<std::vector<ast::Stmt*>> parse_generated(LoadedFile& file, const std::string& text, ast::Loc at);

// `items` copied into the file's arena, as a tree's sequence.
template <class T>
ast::Seq<T*> arena_seq(LoadedFile& file, const std::vector<T*>& items) {
  auto span = file.arena.copy(std::span<T* const>(items));
  return ast::Seq<T*>{span.data(), static_cast<uint32_t>(span.size())};
}

// The names a module's top-level `from MODULE import NAME [as X]` binds
// to NAME, and those `import MODULE [as M]` binds to the module.
struct ImportedNames {
  std::vector<std::string_view> names, modules;
  ImportedNames(const ast::Module& module, std::string_view from, std::string_view name);
  bool empty() const { return names.empty() && modules.empty(); }
  // `NAME` or `MODULE.NAME`, called or not.
  bool refers(const ast::Expr* e, std::string_view name) const;
};

// Prints `FILE:LINE:COL: error: WHAT is not supported yet` for the file.
void refuse_generated(const LoadedFile& file, ast::Loc at, const std::string& what);

}  // namespace ingot::driver
