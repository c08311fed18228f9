// Recursive tuple types (docs/types.md, "Recursive tuples").
//
// A function that returns `(None, None)` or `(make(d), make(d))` has a
// result that nests one level deeper each time the fixpoint re-runs it:
// tuple[None, None], tuple[tuple[None, None] | None, ...], ... Cut at the
// depth bound, that would be dyn, and every node a boxed tuple of boxed
// items dispatched at run time. Its least solution is the recursive type
// T = tuple[T | None, T | None]: a `Recursive` whose body is a Tuple where
// `RecursiveSelf` stands for T. `fold` finds it: every tuple of the same
// arity found among the items (through unions, containers and tuples of
// other arities) becomes RecursiveSelf, and its own items join into the
// body's, until none is left. A Recursive met there is one such tuple too
// (its RecursiveSelf, bound to it, now means the new type), so joining a
// recursive type with a tuple of its shape folds again and the slot
// settles on one type.
//
// A body is well formed when RecursiveSelf never shares a union with another
// tuple (the two would have one head, docs/types.md "Join") and it holds no
// list, dict or set; otherwise there is no recursive type and the bound
// applies as before.
#include <algorithm>
#include <set>

#include "types/type_table.h"

namespace ingot::types {

namespace {

// Only immutable containers are looked into: a list typed list[T] in the
// recursive type and list[tuple[...]] where it was made would be converted
// by copying, and a later append seen through one name only.
bool has_args_to_rebuild(Kind k) { return k == Kind::Tuple || k == Kind::TupleOf; }

bool tuple_like(Kind k) { return k == Kind::Tuple || k == Kind::TupleOf || k == Kind::Recursive; }

}  // namespace

TypeId TypeTable::fold_item(TypeId t, size_t arity, std::vector<TypeId>& pending) {
  const Type type = types_[t];  // a copy: interning below may grow types_
  switch (type.kind) {
    case Kind::Tuple:
    case Kind::Recursive:
      if (types_[unfold(t)].args.size() == arity) {
        pending.push_back(t);
        return intern(make(Kind::RecursiveSelf));
      }
      if (type.kind == Kind::Recursive) return t;  // closed: its RecursiveSelf is its own
      break;
    case Kind::Union: {
      TypeId joined = kBottom;
      for (TypeId m : type.args) joined = join(joined, fold_item(m, arity, pending));
      return joined;
    }
    default:
      break;
  }
  if (!has_args_to_rebuild(type.kind)) return t;
  Type rebuilt = type;
  for (TypeId& arg : rebuilt.args) arg = fold_item(arg, arity, pending);
  return rebuilt.args == type.args ? t : intern(std::move(rebuilt));
}

bool TypeTable::well_formed_body(TypeId t, bool& mentions_self) const {
  const Type& type = types_[t];
  mentions_self |= type.kind == Kind::RecursiveSelf;
  if (type.kind == Kind::Recursive) return true;  // closed
  // A mutable container's items would be aligned with every alias of it
  // (types/aliasing.cpp) through the recursion: none in a recursive type.
  if (type.kind == Kind::List || type.kind == Kind::Dict || type.kind == Kind::Set) return false;
  if (type.kind == Kind::Union) {
    bool self = false, tuple = false;
    for (TypeId m : type.args) {
      self |= types_[m].kind == Kind::RecursiveSelf;
      tuple |= tuple_like(types_[m].kind);
    }
    if (self && tuple) return false;
  }
  return std::all_of(type.args.begin(), type.args.end(), [&](TypeId arg) { return well_formed_body(arg, mentions_self); });
}

TypeId TypeTable::fold(std::vector<TypeId> pending, size_t arity) {
  std::vector<TypeId> body(arity, kBottom);
  std::set<TypeId> seen;
  while (!pending.empty()) {
    TypeId source = pending.back();
    pending.pop_back();
    if (!seen.insert(source).second) continue;
    // A Recursive's own items mention RecursiveSelf, which now means the new type.
    std::vector<TypeId> items = types_[source].kind == Kind::Recursive ? types_[types_[source].args[0]].args
                                                                        : types_[source].args;
    for (size_t i = 0; i < arity; ++i) body[i] = join(body[i], fold_item(items[i], arity, pending));
  }
  for (TypeId& item : body) item = widen(item);
  TypeId tuple = intern(make(Kind::Tuple, 0, 0, body));
  bool recursive = false;
  if (!well_formed_body(tuple, recursive) || !recursive) return kBottom;
  TypeId id = intern(make(Kind::Recursive, 0, 0, {tuple}));
  if (types_[id].b == 0) {
    TypeId unfolded = substitute(tuple, id);
    types_[id].b = unfolded;
  }
  return id;
}

// `t` with RecursiveSelf (outside nested Recursives) replaced by `self`.
TypeId TypeTable::substitute(TypeId t, TypeId self) {
  const Type type = types_[t];
  if (type.kind == Kind::RecursiveSelf) return self;
  if (type.kind == Kind::Union) {
    TypeId joined = kBottom;
    for (TypeId m : type.args) joined = join(joined, substitute(m, self));
    return joined;
  }
  if (!has_args_to_rebuild(type.kind)) return t;
  Type rebuilt = type;
  for (TypeId& arg : rebuilt.args) arg = substitute(arg, self);
  return rebuilt.args == type.args ? t : intern(std::move(rebuilt));
}

}  // namespace ingot::types
