#include "types/type_table.h"

#include <algorithm>

#include "types/builtins.h"

namespace ingot::types {

size_t TypeTable::KeyHash::operator()(const Key& k) const {
  size_t h = static_cast<size_t>(k.kind) * 0x9E3779B97F4A7C15ull;
  h ^= (static_cast<size_t>(k.a) << 1) ^ (static_cast<size_t>(k.b) << 33);
  for (TypeId arg : k.args) h = (h ^ arg) * 0x100000001B3ull;
  return h;
}

TypeTable::TypeTable() {
  // The order matches the kBottom... constants.
  for (Kind kind : {Kind::Bottom, Kind::Dyn, Kind::None, Kind::Bool, Kind::Int, Kind::Float, Kind::Str, Kind::Bytes,
                    Kind::Range, Kind::Slice, Kind::Complex, Kind::ByteArray})
    intern(make(kind));
}

TypeId TypeTable::intern(Type type) {
  Key key{type.kind, type.a, type.b, type.args};
  if (auto it = index_.find(key); it != index_.end()) return it->second;
  uint8_t depth = 0;
  if (type.kind != Kind::Union && type.kind != Kind::Recursive)
    for (TypeId arg : type.args) depth = std::max<uint8_t>(depth, types_[arg].depth + 1);
  else
    for (TypeId arg : type.args) depth = std::max(depth, types_[arg].depth);
  type.depth = depth;
  TypeId id = static_cast<TypeId>(types_.size());
  types_.push_back(std::move(type));
  identity_.push_back(id);
  index_.emplace(std::move(key), id);
  return id;
}

TypeId TypeTable::widen(TypeId argument) const { return types_[argument].depth >= kMaxDepth ? kDyn : argument; }

TypeId TypeTable::list_of(TypeId element) { return intern(make(Kind::List, 0, 0, {widen(element)})); }
TypeId TypeTable::set_of(TypeId element) { return intern(make(Kind::Set, 0, 0, {widen(element)})); }
TypeId TypeTable::dict_of(TypeId key, TypeId value) { return intern(make(Kind::Dict, 0, 0, {widen(key), widen(value)})); }
TypeId TypeTable::tuple_var(TypeId element) { return intern(make(Kind::TupleOf, 0, 0, {widen(element)})); }
TypeId TypeTable::iterator_of(TypeId element) { return intern(make(Kind::Iterator, 0, 0, {widen(element)})); }
TypeId TypeTable::generator_of(TypeId element) { return intern(make(Kind::Generator, 0, 0, {widen(element)})); }

TypeId TypeTable::tuple_of(std::span<const TypeId> elements) {
  if (elements.size() > kMaxTupleArity) {
    TypeId all = kBottom;
    for (TypeId e : elements) all = join(all, e);
    return tuple_var(all);
  }
  // Nested past the bound, a tuple holding tuples of its own shape is a
  // recursive type rather than dyn (make_tree's `(make_tree(d), make_tree(d))`).
  if (std::any_of(elements.begin(), elements.end(), [&](TypeId e) { return types_[e].depth >= kMaxDepth; })) {
    TypeId deep = intern(make(Kind::Tuple, 0, 0, {elements.begin(), elements.end()}));
    if (TypeId folded = fold({deep}, elements.size()); folded != kBottom) return folded;
  }
  Type type = make(Kind::Tuple);
  for (TypeId e : elements) type.args.push_back(widen(e));
  return intern(std::move(type));
}

TypeId TypeTable::instance_of(ClassId cls, bool or_subclass) { return intern(make(Kind::Instance, cls, or_subclass)); }
TypeId TypeTable::class_object(ClassId cls) { return intern(make(Kind::Class, cls)); }
TypeId TypeTable::function(FunctionId function, SpecId env) { return intern(make(Kind::Function, function, env)); }
TypeId TypeTable::bound_method(FunctionId function, SpecId env, TypeId self) {
  return intern(make(Kind::BoundMethod, function, env, {self}));
}
TypeId TypeTable::super_of(ClassId after, TypeId self) { return intern(make(Kind::Super, after, 0, {self})); }
TypeId TypeTable::builtin(BuiltinId id) { return intern(make(Kind::Builtin, id)); }
TypeId TypeTable::exception_instance(BuiltinId cls) { return intern(make(Kind::Exception, cls)); }
TypeId TypeTable::file(bool binary) { return intern(make(Kind::File, binary)); }

TypeId TypeTable::module(std::string_view name) {
  auto [it, added] = module_index_.emplace(std::string(name), static_cast<uint32_t>(module_names_.size()));
  if (added) module_names_.emplace_back(name);
  return intern(make(Kind::Module, it->second));
}

std::span<const TypeId> TypeTable::members(TypeId t) const {
  if (t == kBottom) return {};
  if (types_[t].kind == Kind::Union) return types_[t].args;
  return {&identity_[t], 1};
}

TypeId TypeTable::element(TypeId t) {
  const Type& type = types_[t];
  switch (type.kind) {
    case Kind::List:
    case Kind::Set:
    case Kind::TupleOf:
    case Kind::Iterator:
    case Kind::Generator:
      return type.args[0];
    case Kind::Tuple: {
      TypeId all = kBottom;
      std::vector<TypeId> elements = type.args;  // join may grow types_
      for (TypeId e : elements) all = join(all, e);
      return all;
    }
    case Kind::Recursive:
      return element(type.b);
    case Kind::Bottom:
      return kBottom;
    default:
      return kDyn;
  }
}

void TypeTable::name_class(ClassId id, std::string name) {
  if (class_names_.size() <= id) class_names_.resize(id + 1);
  class_names_[id] = std::move(name);
}

void TypeTable::set_mro(ClassId id, std::vector<ClassId> mro) {
  if (mros_.size() <= id) mros_.resize(id + 1);
  mros_[id] = std::move(mro);
}

bool TypeTable::is_subclass(ClassId derived, ClassId base) const {
  if (derived == base) return true;
  if (derived >= mros_.size()) return false;
  const auto& mro = mros_[derived];
  return std::find(mro.begin(), mro.end(), base) != mro.end();
}

void TypeTable::name_function(FunctionId id, std::string name) {
  if (function_names_.size() <= id) function_names_.resize(id + 1);
  function_names_[id] = std::move(name);
}

std::string TypeTable::format_args(const Type& type, std::string_view separator) const {
  std::string out;
  for (size_t i = 0; i < type.args.size(); ++i) {
    if (i) out += separator;
    out += format(type.args[i]);
  }
  return out;
}

std::string TypeTable::format(TypeId t) const {
  const Type& type = types_[t];
  auto name_of = [](const std::vector<std::string>& names, uint32_t id) {
    return id < names.size() && !names[id].empty() ? names[id] : "#" + std::to_string(id);
  };
  switch (type.kind) {
    case Kind::Bottom: return "bottom";
    case Kind::Bool: return "bool";
    case Kind::Int: return "int";
    case Kind::Float: return "float";
    case Kind::Complex: return "complex";
    case Kind::Str: return "str";
    case Kind::Bytes: return "bytes";
    case Kind::ByteArray: return "bytearray";
    case Kind::Range: return "range";
    case Kind::Slice: return "slice";
    case Kind::None: return "None";
    case Kind::Dyn: return "dyn";
    case Kind::List: return "list[" + format_args(type, ", ") + "]";
    case Kind::Set: return "set[" + format_args(type, ", ") + "]";
    case Kind::Dict: return "dict[" + format_args(type, ", ") + "]";
    case Kind::Tuple: return type.args.empty() ? "tuple[()]" : "tuple[" + format_args(type, ", ") + "]";
    case Kind::TupleOf: return "tuple[" + format_args(type, ", ") + ", ...]";
    case Kind::Recursive: return "rec[" + format(type.args[0]) + "]";
    case Kind::RecursiveSelf: return "self";
    case Kind::Iterator: return "iterator[" + format_args(type, ", ") + "]";
    case Kind::Generator: return "generator[" + format_args(type, ", ") + "]";
    case Kind::Instance: return name_of(class_names_, type.a) + (type.b ? "+" : "");
    case Kind::Class: return "type[" + name_of(class_names_, type.a) + "]";
    case Kind::Function: return "def " + name_of(function_names_, type.a);
    case Kind::BoundMethod: return "method " + name_of(function_names_, type.a) + " of " + format(type.args[0]);
    case Kind::Super: return "super(" + name_of(class_names_, type.a) + ", " + format(type.args[0]) + ")";
    case Kind::Builtin: return "builtin " + std::string(builtin_name(type.a));
    case Kind::Exception: return std::string(builtin_name(type.a));
    case Kind::Module: return "module " + module_names_[type.a];
    case Kind::File: return type.a ? "file[bytes]" : "file[str]";
    case Kind::Union: return format_args(type, " | ");
  }
  return "?";
}

}  // namespace ingot::types
