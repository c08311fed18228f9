#include "ast/literals.h"

namespace ingot::ast {

std::optional<std::vector<std::string>> string_items(const Expr* value, std::vector<std::string> into) {
  Seq<Expr*> items;
  if (auto* list = as<List>(value)) items = list->elts;
  else if (auto* tuple = as<Tuple>(value)) items = tuple->elts;
  else return std::nullopt;
  for (const Expr* item : items) {
    auto* constant = as<Constant>(item);
    if (!constant || constant->value.kind != Value::Kind::Str) return std::nullopt;
    into.emplace_back(constant->value.text);
  }
  return into;
}

}  // namespace ingot::ast
