#include "sema/future.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "sema/errors.h"
#include "sema/symbol_table.h"

namespace ingot::sema {
namespace {

// Features that are always on in 3.11 and change nothing.
constexpr std::array<std::string_view, 7> kMandatory = {
    "nested_scopes", "generators", "division", "absolute_import", "with_statement", "print_function", "unicode_literals"};

bool is_docstring(const ast::Stmt* s) {
  auto* e = ast::as<ast::ExprStmt>(s);
  auto* c = e ? ast::as<ast::Constant>(e->value) : nullptr;
  return c && c->value.kind == ast::Value::Kind::Str;
}

bool is_future_import(const ast::Stmt* s) {
  auto* from = ast::as<ast::ImportFrom>(s);
  return from && from->module.data() && from->module == "__future__";
}

void add_features(FutureImports& out, const ast::ImportFrom& s) {
  for (const ast::Alias* alias : s.names) {
    std::string_view feature = alias->name;
    if (feature == "annotations") {
      out.features |= kFutureAnnotations;
    } else if (feature == "barry_as_FLUFL") {
      out.features |= kFutureBarryAsBdfl;
    } else if (feature == "generator_stop") {
      continue;
    } else if (feature == "braces") {
      raise_at_point(std::string(message::kFutureBraces), s.loc.lineno, s.loc.col_offset);
    } else if (std::find(kMandatory.begin(), kMandatory.end(), feature) == kMandatory.end()) {
      raise_at_point(message::undefined_future_feature(feature), s.loc.lineno, s.loc.col_offset);
    }
  }
}

}  // namespace

FutureImports parse_future_imports(const ast::Module& module) {
  FutureImports out;
  bool done = false;
  int previous_line = 0;
  uint32_t i = !module.body.empty() && is_docstring(module.body[0]) ? 1 : 0;
  for (; i < module.body.size(); ++i) {
    const ast::Stmt* s = module.body[i];
    // Once something else was seen, only statements sharing its line (joined
    // by ';') are still looked at here; later lines are the compiler's job.
    if (done && s->loc.lineno > previous_line) break;
    previous_line = s->loc.lineno;
    if (!is_future_import(s)) {
      done = true;
      continue;
    }
    // CPython passes the 0-based column where it means a 1-based offset.
    if (done) raise_at_point(std::string(message::kLateFutureImport), s->loc.lineno, s->loc.col_offset - 1);
    add_features(out, *static_cast<const ast::ImportFrom*>(s));
    out.last_line = s->loc.lineno;
  }
  return out;
}

}  // namespace ingot::sema
