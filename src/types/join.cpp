// The join (least upper bound) of the lattice; the rules and why they are
// these are in docs/types.md, "Join".
#include <algorithm>

#include "types/type_table.h"

namespace ingot::types {
namespace {

bool is_tuple(Kind k) { return k == Kind::Tuple || k == Kind::TupleOf || k == Kind::Recursive; }

}  // namespace

bool TypeTable::same_head(TypeId x, TypeId y) const {
  const Type& a = types_[x];
  const Type& b = types_[y];
  if (is_tuple(a.kind) && is_tuple(b.kind)) return true;
  if (a.kind != b.kind) return false;
  switch (a.kind) {
    case Kind::Instance:
    case Kind::Class:
    case Kind::Builtin:
    case Kind::Exception:
    case Kind::Module:
    case Kind::Super:
    case Kind::File:
      return a.a == b.a;
    case Kind::Function:
    case Kind::BoundMethod:
      return a.a == b.a && a.b == b.b;
    default:
      return true;
  }
}

TypeId TypeTable::join_same_head(TypeId x, TypeId y) {
  if (x == y) return x;
  // Copies: joining the arguments may intern new types.
  const Type a = types_[x];
  const Type b = types_[y];
  switch (a.kind) {
    case Kind::List: return list_of(join(a.args[0], b.args[0]));
    case Kind::Set: return set_of(join(a.args[0], b.args[0]));
    case Kind::Iterator: return iterator_of(join(a.args[0], b.args[0]));
    case Kind::Generator: return generator_of(join(a.args[0], b.args[0]));
    case Kind::Dict: return dict_of(join(a.args[0], b.args[0]), join(a.args[1], b.args[1]));
    case Kind::BoundMethod: return bound_method(a.a, a.b, join(a.args[0], b.args[0]));
    case Kind::Super: return super_of(a.a, join(a.args[0], b.args[0]));
    case Kind::Instance: return instance_of(a.a, a.b || b.b);
    case Kind::Recursive:
    case Kind::Tuple:
    case Kind::TupleOf:
      if (a.kind != Kind::TupleOf && b.kind != Kind::TupleOf && (a.kind == Kind::Recursive || b.kind == Kind::Recursive)) {
        // A recursive type absorbs a tuple of its shape (recursive.cpp).
        size_t arity = types_[unfold(x)].args.size();
        if (arity == types_[unfold(y)].args.size())
          if (TypeId folded = fold({x, y}, arity); folded != kBottom) return folded;
        return tuple_var(join(element(x), element(y)));
      }
      if (a.kind == Kind::Tuple && b.kind == Kind::Tuple && a.args.size() == b.args.size()) {
        std::vector<TypeId> elements;
        for (size_t i = 0; i < a.args.size(); ++i) elements.push_back(join(a.args[i], b.args[i]));
        return tuple_of(elements);
      }
      return tuple_var(join(element(x), element(y)));
    default:
      return kDyn;  // same head, different ids: cannot happen for the other kinds
  }
}

// An instance of D is among the values of C+ when D is a subclass of C, so
// D joins C (or C+) into C+: a base pointer with virtual dispatch (a
// logging.getLogger() that returns the root or a Logger is a Logger+)
// where a union would be boxed.
void TypeTable::drop_subsumed_instances(std::vector<TypeId>& members) {
  auto base_of = [&](TypeId m) {
    const Type& t = types_[m];
    return t.kind == Kind::Instance && std::any_of(members.begin(), members.end(), [&](TypeId other) {
             const Type& o = types_[other];
             return o.kind == Kind::Instance && o.a != t.a && is_subclass(o.a, t.a);
           });
  };
  auto subsumed = [&](TypeId m) {
    const Type& t = types_[m];
    return t.kind == Kind::Instance && std::any_of(members.begin(), members.end(), [&](TypeId other) {
             const Type& o = types_[other];
             return o.kind == Kind::Instance && o.a != t.a && is_subclass(t.a, o.a);
           });
  };
  std::vector<TypeId> kept;
  for (TypeId m : members) {
    if (subsumed(m)) continue;
    kept.push_back(base_of(m) ? instance_of(types_[m].a, true) : m);
  }
  members = std::move(kept);
}

// The instances become one instance of their nearest common base (the
// first class of one's MRO that is in every other's), marked "or a
// subclass". False when they have none (only `object`).
bool TypeTable::collapse_instances(std::vector<TypeId>& members) {
  std::vector<ClassId> classes;
  for (TypeId m : members)
    if (types_[m].kind == Kind::Instance) classes.push_back(types_[m].a);
  if (classes.size() < 2 || classes[0] >= mros_.size()) return false;
  for (ClassId base : mros_[classes[0]]) {
    if (!std::all_of(classes.begin(), classes.end(), [&](ClassId c) { return is_subclass(c, base); })) continue;
    std::erase_if(members, [&](TypeId m) { return types_[m].kind == Kind::Instance; });
    members.push_back(instance_of(base, true));
    return members.size() <= kMaxUnion;
  }
  return false;
}

TypeId TypeTable::make_union(std::vector<TypeId> members) {
  std::sort(members.begin(), members.end(), [this](TypeId x, TypeId y) {
    const Type& a = types_[x];
    const Type& b = types_[y];
    if (a.kind != b.kind) return a.kind < b.kind;
    if (a.a != b.a) return a.a < b.a;
    if (a.b != b.b) return a.b < b.b;
    return x < y;
  });
  return intern(make(Kind::Union, 0, 0, std::move(members)));
}

TypeId TypeTable::join(TypeId a, TypeId b) {
  if (a == b || b == kBottom) return a;
  if (a == kBottom) return b;
  if (a == kDyn || b == kDyn) return kDyn;
  std::vector<TypeId> merged(members(a).begin(), members(a).end());
  std::vector<TypeId> incoming(members(b).begin(), members(b).end());
  for (TypeId m : incoming) {
    auto same = std::find_if(merged.begin(), merged.end(), [&](TypeId x) { return same_head(x, m); });
    if (same == merged.end()) {
      merged.push_back(m);
      continue;
    }
    TypeId joined = join_same_head(*same, m);
    if (joined == kDyn) return kDyn;
    *same = joined;
  }
  drop_subsumed_instances(merged);
  if (merged.size() > kMaxUnion && !collapse_instances(merged)) return kDyn;
  if (merged.size() == 1) return merged[0];
  return make_union(std::move(merged));
}

}  // namespace ingot::types
