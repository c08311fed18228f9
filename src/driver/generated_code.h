// Python text the compiler writes into a program's tree before stage 1
// (dataclasses.h, namedtuples.h): parsed like the program, kept alive
// with it, every node placed where the construct that asked for it is.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "driver/load.h"

namespace ingot::driver {

// The statements of `text` (class-body or module level, as indented),
// each node at `at`; nullopt if the text does not parse (a compiler bug).
std::optional<std::vector<ast::Stmt*>> parse_generated(LoadedFile& file, const std::string& text, ast::Loc at);

// The source text of a one-line expression; "" for one over several lines.
std::string source_text(const Source& source, const ast::Expr* e);

// Appends `text`, class-body statements (indented by four), to c's body,
// each node at `at`; false if the text does not parse.
bool append_to_class(LoadedFile& file, ast::ClassDef* c, const std::string& text, ast::Loc at);

// `items` copied into the file's arena, as a tree's sequence.
template <class T>
ast::Seq<T*> arena_seq(LoadedFile& file, const std::vector<T*>& items) {
  auto span = file.arena.copy(std::span<T* const>(items));
  return ast::Seq<T*>{span.data(), static_cast<uint32_t>(span.size())};
}

// Whether the class body defines `name` itself (a def or an assignment):
// what a written method must not replace.
bool defines(const ast::ClassDef* c, std::string_view name);

// The names a module's top-level `from MODULE import NAME [as X]` binds
// to NAME, and those `import MODULE [as M]` binds to the module.
struct ImportedNames {
  std::vector<std::string_view> names, modules;
  ImportedNames(const ast::Module& module, std::string_view from, std::string_view name);
  bool empty() const { return names.empty() && modules.empty(); }
  // `NAME` or `MODULE.NAME`, called or not.
  bool refers(const ast::Expr* e, std::string_view name) const;
};

// Calls every expression slot below `node` (its own fields, then theirs)
// with `rewrite`, which may replace the expression in its slot; the walk
// goes on into what the slot holds afterwards.
class SlotWalker {
 public:
  explicit SlotWalker(std::function<void(ast::Expr*&)> rewrite) : rewrite_(std::move(rewrite)) {}

  void walk(ast::Node* node) {
    switch (node->kind) {
#define AST_NODE(N, B, L)                   \
  case ast::Kind::N: {                      \
    [[maybe_unused]] auto& n = *static_cast<ast::N*>(node);
#define AST_FIELD(T, C, F) field<ast::T, ast::Card::C>(n.F);
#define AST_END(N) \
  return;          \
  }
#include "ast/nodes.def"
#undef AST_NODE
#undef AST_FIELD
#undef AST_END
    }
  }

 private:
  template <class T, ast::Card C, class Field>
  void field(Field& f) {
    if constexpr (ast::is_value_field<T>) {
      return;
    } else if constexpr (C == ast::Card::seq) {
      for (auto& child : f) one<T>(child);
    } else {
      one<T>(f);
    }
  }

  template <class T, class Ptr>
  void one(Ptr& child) {
    if (!child) return;
    if constexpr (std::is_same_v<T, ast::Expr>) rewrite_(child);
    if (child) walk(child);
  }

  std::function<void(ast::Expr*&)> rewrite_;
};

// Prints `FILE:LINE:COL: error: WHAT is not supported yet` for the file.
void refuse_generated(const LoadedFile& file, ast::Loc at, const std::string& what);

}  // namespace ingot::driver
