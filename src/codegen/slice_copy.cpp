// `a[i:j] = b[k:l:m]` on two lists of one type, without the list in the
// middle: the source slice's range is taken where CPython slices (its
// errors come first, at the right-hand side), and the items are copied
// straight across at the store (rt::List::set_slice with a SliceRange).
// fannkuch's prefix reversal, perm[:k+1] = perm[k::-1], spent half its time
// allocating the middle lists.
//
// Building the middle list later is only invisible when nothing between the
// two points can run code that changes the source: the target's list and
// bounds must be names, constants and int arithmetic.
#include "codegen/emitter.h"

namespace ingot::codegen {

using types::Kind;

// Evaluating e runs no Python code (no call, no dunder, no property).
bool Emitter::inert(const ast::Expr* e) const {
  if (!e) return true;  // an omitted bound
  switch (e->kind) {
    case ast::Kind::Name:
    case ast::Kind::Constant: return true;
    case ast::Kind::UnaryOp: {
      auto* u = static_cast<const ast::UnaryOp*>(e);
      return kind_of(type_of(e)) == Kind::Int && inert(u->operand) &&
             (kind_of(type_of(u->operand)) == Kind::Int || kind_of(type_of(u->operand)) == Kind::Bool);
    }
    case ast::Kind::BinOp: {
      auto* b = static_cast<const ast::BinOp*>(e);
      auto integer = [&](const ast::Expr* x) { Kind k = kind_of(type_of(x)); return k == Kind::Int || k == Kind::Bool; };
      return kind_of(type_of(e)) == Kind::Int && integer(b->left) && integer(b->right) && inert(b->left) &&
             inert(b->right);
    }
    default: return false;
  }
}

std::string Emitter::slice_copy(const ast::Expr* target, const ast::Expr* value) {
  auto* to = ast::as<ast::Subscript>(target);
  auto* from = ast::as<ast::Subscript>(value);
  if (!to || !from) return "";
  auto* to_slice = ast::as<ast::Slice>(to->slice);
  types::TypeId list = type_of(to->value);
  if (!to_slice || kind_of(list) != Kind::List || type_of(from->value) != list || type_of(from) != list) return "";
  if (!inert(to->value) || !inert(to_slice->lower) || !inert(to_slice->upper) || !inert(to_slice->step)) return "";
  auto source_bounds = slice_of(from->slice);
  if (!source_bounds) return "";
  std::vector<std::pair<std::string, std::string>> source{{cxx_type(list, from) + " s_", expression(from->value)}};
  for (auto& operand : *source_bounds) source.push_back(operand);
  // The target's bounds shadow the source's in a nested block.
  std::vector<std::pair<std::string, std::string>> store{{cxx_type(list, to) + " c_", expression(to->value)}};
  for (auto& operand : slice_operands(to_slice)) store.push_back(operand);
  std::string copy = sequenced(position(to), store, "c_.set_slice(b0_, b1_, b2_, s_, r_)");
  return sequenced(position(from), source,
                   "rt::SliceRange r_ = rt::adjust_slice(b0_, b1_, b2_, s_.size()); " + copy) +
         ";";
}

}  // namespace ingot::codegen
