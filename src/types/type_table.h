// The interned types of one program and the lattice operations on them.
//
// Every constructor returns the canonical id of its type, so the rest of the
// compiler compares and hashes TypeIds only. Constructors also apply the
// widening bounds that keep the lattice of finite height (docs/types.md,
// "Termination"): containers nest at most kMaxDepth deep, fixed tuples have
// at most kMaxTupleArity elements, unions at most kMaxUnion members; past a
// bound the type loses precision (to dyn, or to tuple[T, ...]).
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <deque>
#include <unordered_map>
#include <vector>

#include "types/type.h"

namespace ingot::types {

inline constexpr TypeId kBottom = 0;
inline constexpr TypeId kDyn = 1;
inline constexpr TypeId kNone = 2;
inline constexpr TypeId kBool = 3;
inline constexpr TypeId kInt = 4;
inline constexpr TypeId kFloat = 5;
inline constexpr TypeId kStr = 6;
inline constexpr TypeId kBytes = 7;
inline constexpr TypeId kRange = 8;
inline constexpr TypeId kSlice = 9;
inline constexpr TypeId kComplex = 10;
inline constexpr TypeId kByteArray = 11;

inline constexpr int kMaxDepth = 4;
inline constexpr size_t kMaxTupleArity = 16;
inline constexpr size_t kMaxUnion = 4;

class TypeTable {
 public:
  TypeTable();

  const Type& get(TypeId id) const { return types_[id]; }
  Kind kind(TypeId id) const { return types_[id].kind; }
  size_t size() const { return types_.size(); }

  TypeId list_of(TypeId element);
  TypeId set_of(TypeId element);
  TypeId dict_of(TypeId key, TypeId value);
  TypeId tuple_of(std::span<const TypeId> elements);  // fixed arity
  TypeId tuple_var(TypeId element);                    // tuple[T, ...]
  TypeId iterator_of(TypeId element);
  TypeId generator_of(TypeId element);
  // `or_subclass`: the value may be of any subclass too (a base pointer);
  // attribute lookups on it see the subclasses' overrides.
  TypeId instance_of(ClassId cls, bool or_subclass = false);
  TypeId class_object(ClassId cls);
  TypeId function(FunctionId function, SpecId env);
  TypeId bound_method(FunctionId function, SpecId env, TypeId self);
  TypeId super_of(ClassId after, TypeId self);
  TypeId builtin(BuiltinId id);
  TypeId exception_instance(BuiltinId cls);
  TypeId file(bool binary);  // open()'s result
  TypeId module(std::string_view name);

  // The least upper bound (docs/types.md, "Join").
  TypeId join(TypeId a, TypeId b);
  // A Recursive type's unfolding (its body with RecursiveSelf replaced by
  // the type itself: a Tuple); any other type itself (recursive.cpp).
  TypeId unfold(TypeId t) const { return types_[t].kind == Kind::Recursive ? types_[t].b : t; }
  // The members of a union, or {t} for any other type (empty for bottom).
  std::span<const TypeId> members(TypeId t) const;

  // Element type of a container, iterator or generator (not of str/dict):
  // the one type argument; for a fixed tuple the join of its elements.
  TypeId element(TypeId t);

  // How types print (`ingot types`, error messages, tests). Names of
  // classes, functions and modules are registered by the analysis.
  std::string format(TypeId t) const;
  void name_class(ClassId id, std::string name);
  void name_function(FunctionId id, std::string name);
  // The class hierarchy, for joining instances of several classes into
  // their common base (docs/types.md, "Join").
  void set_mro(ClassId id, std::vector<ClassId> mro);
  bool is_subclass(ClassId derived, ClassId base) const;
  std::string_view module_name(uint32_t index) const { return module_names_[index]; }

 private:
  TypeId intern(Type type);
  TypeId make_union(std::vector<TypeId> members);
  // Two types with the same head join into one union member (element-wise
  // for containers); different heads stay apart.
  bool same_head(TypeId a, TypeId b) const;
  TypeId join_same_head(TypeId a, TypeId b);
  TypeId widen(TypeId argument) const;
  // recursive.cpp: the least recursive tuple type above `sources` (Tuples
  // and Recursives of one arity), kBottom when no recursion is found or it
  // has no well-formed body.
  TypeId fold(std::vector<TypeId> sources, size_t arity);
  TypeId fold_item(TypeId t, size_t arity, std::vector<TypeId>& pending);
  TypeId substitute(TypeId t, TypeId self);
  bool well_formed_body(TypeId t, bool& mentions_self) const;
  // Past kMaxUnion members: instances with a common base become one C+.
  bool collapse_instances(std::vector<TypeId>& members);
  void drop_subsumed_instances(std::vector<TypeId>& members);  // dyn if nesting `argument` would pass kMaxDepth
  std::string format_args(const Type& type, std::string_view separator) const;

  struct Key {
    Kind kind;
    uint32_t a, b;
    std::vector<TypeId> args;
    bool operator==(const Key&) const = default;
  };
  struct KeyHash {
    size_t operator()(const Key& k) const;
  };

  // Deques: references to a type stay valid while new types are interned.
  std::deque<Type> types_;
  // identity_[t] == t: storage for the one-member span members() returns.
  std::deque<TypeId> identity_;
  std::unordered_map<Key, TypeId, KeyHash> index_;
  std::vector<std::string> class_names_;
  std::vector<std::vector<ClassId>> mros_;
  std::vector<std::string> function_names_;
  std::vector<std::string> module_names_;
  std::unordered_map<std::string, uint32_t> module_index_;
};

}  // namespace ingot::types
