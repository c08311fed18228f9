// Compiler-written Python text in a program's tree (generated_code.h).
#include "driver/generated_code.h"

#include <algorithm>
#include <iostream>

#include "ast/children.h"
#include "ast/class_body.h"
#include "codegen/codegen.h"
#include "parse/parse.h"

namespace ingot::driver {
namespace {

void place(ast::Node* node, ast::Loc at) {
  node->loc = at;
  ast::for_each_child(node, [&](ast::Node* child) { place(child, at); });
}

}  // namespace

std::optional<std::vector<ast::Stmt*>> parse_generated(LoadedFile& file, const std::string& text, ast::Loc at) {
  // The tree points into its text: the file keeps it.
  auto& source = file.generated.emplace_back(std::make_unique<Source>(file.source.filename(), text));
  ParseResult parsed = parse_module(*source, file.arena);
  if (!parsed.module) return std::nullopt;
  std::vector<ast::Stmt*> out;
  for (ast::Stmt* s : parsed.module->body) {
    place(s, at);
    out.push_back(s);
  }
  return out;
}

std::string source_text(const Source& source, const ast::Expr* e) {
  if (e->loc.lineno != e->loc.end_lineno) return "";
  return std::string(source.line(e->loc.lineno).substr(e->loc.col_offset, e->loc.end_col_offset - e->loc.col_offset));
}

bool append_to_class(LoadedFile& file, ast::ClassDef* c, const std::string& text, ast::Loc at) {
  if (text.empty()) return true;
  auto parsed = parse_generated(file, "class _:\n" + text, at);
  auto* wrapper = parsed && parsed->size() == 1 ? ast::as<ast::ClassDef>((*parsed)[0]) : nullptr;
  if (!wrapper) return false;
  std::vector<ast::Stmt*> body(c->body.begin(), c->body.end());
  body.insert(body.end(), wrapper->body.begin(), wrapper->body.end());
  c->body = arena_seq(file, body);
  return true;
}

ImportedNames::ImportedNames(const ast::Module& module, std::string_view from, std::string_view name) {
  for (const ast::Stmt* s : module.body) {
    if (auto* f = ast::as<ast::ImportFrom>(s); f && f->level == 0 && f->module == from) {
      for (const ast::Alias* alias : f->names)
        if (alias->name == name) names.push_back(alias->asname.data() ? alias->asname : alias->name);
    } else if (auto* import = ast::as<ast::Import>(s)) {
      for (const ast::Alias* alias : import->names)
        if (alias->name == from) modules.push_back(alias->asname.data() ? alias->asname : alias->name);
    }
  }
}

bool ImportedNames::refers(const ast::Expr* e, std::string_view name) const {
  if (auto* call = ast::as<ast::Call>(e)) e = call->func;
  if (auto* n = ast::as<ast::Name>(e)) return std::find(names.begin(), names.end(), n->id) != names.end();
  auto* a = ast::as<ast::Attribute>(e);
  auto* m = a ? ast::as<ast::Name>(a->value) : nullptr;
  return m && a->attr == name && std::find(modules.begin(), modules.end(), m->id) != modules.end();
}

void refuse_generated(const LoadedFile& file, ast::Loc at, const std::string& what) {
  std::cerr << codegen::format_unsupported(codegen::Unsupported{at, what}, file.source);
}

bool defines(const ast::ClassDef* c, std::string_view name) { return ast::class_binding(c, name) != nullptr; }

}  // namespace ingot::driver
