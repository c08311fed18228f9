// Containers: the C++ types of list, tuple, dict, set, range and iterator
// values, displays, subscripts (index, slice, store, del), `in`, container
// comparisons, + and * of sequences, set and dict operators.
//
// A container whose element type is bottom (`[]` before anything is put in
// it) is a container of rt::Value; converted to a precise container type it
// is a fresh empty one, which is what it is wherever the analysis still
// sees no element.
#include "codegen/emitter.h"

namespace ingot::codegen {

using types::Kind;

namespace {

bool is_integer(Kind k) { return k == Kind::Int || k == Kind::Bool; }

}  // namespace

bool Emitter::is_container(types::TypeId type) const {
  switch (kind_of(type)) {
    case Kind::List:
    case Kind::Dict:
    case Kind::Set:
    case Kind::Tuple:
    case Kind::TupleOf:
    case Kind::Iterator: return true;
    default: return false;
  }
}

// An element position: bottom (never filled) is stored boxed.
std::string Emitter::element_cxx(types::TypeId element, const ast::Node* where) const {
  return kind_of(element) == Kind::Bottom ? "rt::Value" : cxx_type(element, where);
}

std::string Emitter::container_cxx_type(types::TypeId type, const ast::Node* where) const {
  const types::Type& t = program_.table.get(type);
  switch (t.kind) {
    case Kind::List: return "rt::List<" + element_cxx(t.args[0], where) + ">";
    case Kind::Set: return "rt::Set<" + element_cxx(t.args[0], where) + ">";
    case Kind::TupleOf: return "rt::TupleOf<" + element_cxx(t.args[0], where) + ">";
    case Kind::Iterator: return "rt::Iter<" + element_cxx(t.args[0], where) + ">";
    case Kind::Dict: return "rt::Dict<" + element_cxx(t.args[0], where) + ", " + element_cxx(t.args[1], where) + ">";
    case Kind::Tuple: {
      std::string items;
      for (types::TypeId item : t.args) items += (items.empty() ? "" : ", ") + element_cxx(item, where);
      return "rt::Tuple<" + items + ">";
    }
    case Kind::Range: return "rt::Range";
    case Kind::Slice: return "rt::Slice";
    default: unsupported(where, "a value of type '" + program_.table.format(type) + "'");
  }
}

bool Emitter::container_representable(types::TypeId type) const {
  const types::Type& t = program_.table.get(type);
  if (t.kind == Kind::Range || t.kind == Kind::Slice) return true;
  if (!is_container(type)) return false;
  for (types::TypeId item : t.args)
    if (kind_of(item) != Kind::Bottom && !representable(item)) return false;
  return true;
}

// A value for storage that holds nothing yet; heap containers stay null
// (nothing is allocated per call, nor before the collector starts).
std::string Emitter::neutral(types::TypeId type) const {
  const types::Type& t = program_.table.get(type);
  std::string cxx = cxx_type(type, nullptr);
  // Parentheses, not braces: List<bool>{p} would pick the initializer_list<bool> constructor.
  auto null_of = [&](const std::string& object) { return cxx + "(static_cast<" + object + "*>(nullptr))"; };
  switch (t.kind) {
    case Kind::List: return null_of("rt::ListObject<" + element_cxx(t.args[0], nullptr) + ">");
    case Kind::Set: return null_of("rt::SetObject<" + element_cxx(t.args[0], nullptr) + ">");
    case Kind::TupleOf: return null_of("const rt::TupleObject<" + element_cxx(t.args[0], nullptr) + ">");
    case Kind::Iterator: return null_of("rt::IterObject<" + element_cxx(t.args[0], nullptr) + ">");
    case Kind::Dict:
      return null_of("rt::DictObject<" + element_cxx(t.args[0], nullptr) + ", " + element_cxx(t.args[1], nullptr) + ">");
    case Kind::Tuple: {
      std::string items;
      for (types::TypeId item : t.args)
        items += (items.empty() ? "" : ", ") + (kind_of(item) == Kind::Bottom ? "rt::Value()" : neutral(item));
      return cxx + "{" + items + "}";
    }
    case Kind::Range: return "rt::Range(0)";
    default: return cxx.ends_with('*') ? "static_cast<" + cxx + ">(nullptr)" : cxx + "{}";  // `const T*{}` does not parse
  }
}

// What iterating a value of `type` gives (kDyn for a fixed tuple of mixed
// items: they come boxed; bottom for a container that never held any).
types::TypeId Emitter::item_type(types::TypeId type, const ast::Node* where) const {
  const types::Type& t = program_.table.get(type);
  switch (t.kind) {
    case Kind::List:
    case Kind::Set:
    case Kind::TupleOf:
    case Kind::Iterator:
    case Kind::Generator:
    case Kind::Dict: return t.args[0];
    case Kind::Str: return types::kStr;
    case Kind::Range:
    case Kind::Bytes:
    case Kind::ByteArray: return types::kInt;
    case Kind::File: return t.a ? types::kBytes : types::kStr;  // its lines (files.cpp)
    case Kind::Tuple: {
      if (t.args.empty()) return types::kBottom;
      for (types::TypeId item : t.args)
        if (item != t.args[0]) return types::kDyn;
      return t.args[0];
    }
    case Kind::None:  // a Value: its items are Values (runtime/dynamic_iter.h)
    case Kind::Int:   // a number raises TypeError, boxed (runtime/dynamic_iter.h)
    case Kind::Float:
    case Kind::Bool:
    case Kind::Union:
    case Kind::Recursive:  // recursive_tuples.cpp
    case Kind::Class:      // its metaclass's __iter__, through the type slot (metaclasses.cpp)
    case Kind::Dyn: return types::kDyn;
    case Kind::Instance:  // class_iteration.cpp
      if (std::optional<types::TypeId> item = instance_item_type(t.a)) return *item;
      [[fallthrough]];
    default: unsupported(where, "iterating over a '" + program_.table.format(type) + "'");
  }
}

std::string Emitter::convert_container(const std::string& value, types::TypeId from, types::TypeId to,
                                       const ast::Node* where) {
  const types::Type& f = program_.table.get(from);
  const types::Type& t = program_.table.get(to);
  std::string target = cxx_type(to, where);
  bool empty = false;
  for (types::TypeId item : f.args) empty |= kind_of(item) == Kind::Bottom;
  if (empty && f.kind == Kind::Set) return "(" + value + ".is_frozen() ? " + target + "().frozen() : " + target + "())";
  if (empty && f.kind != Kind::Tuple) return "((void)" + value + ", " + target + "())";
  // Values on both sides (`[None] * n` read as a list of `None | C`): the
  // same object, as in Python, instead of a copy made item by item.
  bool values = cxx_type(from, where) == target;
  for (types::TypeId item : f.args) values &= is_value(item);
  for (types::TypeId item : t.args) values &= is_value(item);
  if (values) return value;
  if (f.kind == Kind::Tuple && t.kind == Kind::Tuple && f.args.size() == t.args.size()) {
    std::string items;
    for (size_t i = 0; i < f.args.size(); ++i)
      items += (i ? ", " : "") + convert("t_.get<" + std::to_string(i) + ">()", f.args[i], t.args[i], where);
    return "[&](" + cxx_type(from, where) + " t_) -> " + target + " { return " + target + "{" + items + "}; }(" + value + ")";  // nests: t_ is a parameter
  }
  if (f.kind == Kind::Tuple && t.kind == Kind::TupleOf) {
    std::string items;
    for (size_t i = 0; i < f.args.size(); ++i)
      items += (i ? ", " : "") + convert("t_.get<" + std::to_string(i) + ">()", f.args[i], t.args[0], where);
    return "[&](" + cxx_type(from, where) + " t_) -> " + target + " { return " + target + "{" + items + "}; }(" + value + ")";  // nests: t_ is a parameter
  }
  if (f.kind == Kind::Dict) {
    // The source comes in as a parameter: evaluated inside the lambda, a
    // source that names an outer r_ would read the new, empty dict.
    return "[&](" + cxx_type(from, where) + " s_) -> " + target + " { " + target + " r_; for (auto e_ : rt::items(s_)) r_.set(" +
           convert("e_.get<0>()", f.args[0], t.args[0], where) + ", " + convert("e_.get<1>()", f.args[1], t.args[1], where) +
           "); return r_; }(" + value + ")";
  }
  if (f.kind == t.kind && f.args.size() == 1) {
    // A copy with each item converted (a list of ints read as a list of
    // int | str); the analysis joined the two, so no alias observes it.
    std::string add = t.kind == Kind::Set ? "add" : "append";
    std::string builder = t.kind == Kind::List || t.kind == Kind::Set ? target : "rt::List<" + element_cxx(t.args[0], where) + ">";
    std::string result = t.kind == Kind::TupleOf ? target + "(r_.span())" : "r_";
    if (t.kind == Kind::Iterator) result = target + "::over(r_)";
    if (t.kind == Kind::Set) result = "s_.is_frozen() ? r_.frozen() : r_";  // a frozenset stays one
    return "[&](" + cxx_type(from, where) + " s_) -> " + target + " { " + builder + " r_; for (auto e_ : rt::iterate(s_)) r_." + add + "(" +
           convert("e_", f.args[0], t.args[0], where) + "); return " + result + "; }(" + value + ")";
  }
  unsupported(where, "a '" + program_.table.format(from) + "' used as '" + program_.table.format(to) + "'");
}

// `e` as a value of `type`: a display is built as that type directly.
std::string Emitter::expression_as(const ast::Expr* e, types::TypeId type) {
  types::TypeId own = type_of(e);
  if (own == type) return expression(e);
  // A tuple display is built as the target type, item by item, rather
  // than built and then copied (`return (None, None)` as tuple[dyn, dyn]).
  const types::Type& target = program_.table.get(type);
  auto* t = ast::as<ast::Tuple>(e);
  if (t && target.kind == Kind::Tuple && kind_of(own) == Kind::Tuple && target.args.size() == t->elts.size() &&
      std::none_of(t->elts.begin(), t->elts.end(), [](const ast::Expr* x) { return x->kind == ast::Kind::Starred; })) {
    std::string items;
    for (size_t i = 0; i < t->elts.size(); ++i) items += (i ? ", " : "") + expression_as(t->elts[i], target.args[i]);
    return cxx_type(type, e) + "{" + items + "}";
  }
  // An empty display becoming a Value (`[] if xs is None else xs` as
  // `list[int] | None`) is made in the representation of the Value's one
  // member of its kind, so that a typed use of that member later gets the
  // very object (unboxing another representation copies).
  bool empty = (e->kind == ast::Kind::List && static_cast<const ast::List*>(e)->elts.empty()) ||
               (e->kind == ast::Kind::Dict && static_cast<const ast::Dict*>(e)->keys.empty());
  if (empty && target.kind == Kind::Union) {
    std::vector<types::TypeId> same_kind;
    for (types::TypeId member : program_.table.members(type))
      if (kind_of(member) == kind_of(own)) same_kind.push_back(member);
    if (same_kind.size() == 1) return "rt::box(" + cxx_type(same_kind[0], e) + "())";
  }
  if (std::string built = heap_tuple_display(e, type); !built.empty()) return built;  // recursive_tuples.cpp
  // `[None] * n` stored as `list[C | None]`: the display converts, not
  // the n items of the result.
  auto* b = ast::as<ast::BinOp>(e);
  if (b && b->op == ast::Operator::Mult && b->left->kind == ast::Kind::List && kind_of(own) == Kind::List && target.kind == Kind::List)
    return binary_op(b, b->op, type_of(b->left), expression(b->left), type_of(b->right), expression(b->right), type);
  return convert(expression(e), own, type, e);
}

// Three or more items, each a constant or a negated number constant.
bool Emitter::constant_display(std::span<ast::Expr* const> elements) const {
  if (elements.size() < 3) return false;
  for (const ast::Expr* item : elements) {
    if (auto* u = ast::as<ast::UnaryOp>(item); u && (u->op == ast::UnaryOperator::USub || u->op == ast::UnaryOperator::UAdd))
      item = u->operand;
    if (item->kind != ast::Kind::Constant) return false;
  }
  return true;
}

// [a, *b], (a, b), {a, b}: the items converted to the element type, in order.
std::string Emitter::display(const ast::Expr* e) {
  types::TypeId type = type_of(e);
  const types::Type& t = program_.table.get(type);
  std::string cxx = cxx_type(type, e);
  if (auto* d = ast::as<ast::Dict>(e)) {
    std::string out = "[&]() -> " + cxx + " { " + cxx + " d_; ";
    for (size_t i = 0; i < d->keys.size(); ++i) {
      if (!d->keys[i]) {
        std::string mapping = kind_of(type_of(d->values[i])) == Kind::Instance
                                  ? mapping_update("d_", type, d->values[i], expression(d->values[i]))
                                  : "";
        out += mapping.empty() ? "d_.update(" + expression_as(d->values[i], type) + "); " : mapping;
        continue;
      }
      // The key is evaluated before its value, as CPython does.
      out += "{ auto k_ = " + expression_as(d->keys[i], t.args[0]) + "; d_.set(k_, " +
             expression_as(d->values[i], t.args[1]) + "); } ";
    }
    return out + "return d_; }()";
  }
  std::span<ast::Expr* const> elements;
  if (auto* n = ast::as<ast::List>(e)) elements = n->elts;
  if (auto* n = ast::as<ast::Tuple>(e)) elements = n->elts;
  if (auto* n = ast::as<ast::Set>(e)) elements = n->elts;
  bool starred = false;
  for (const ast::Expr* element : elements) starred |= element->kind == ast::Kind::Starred;
  if (std::string built = heap_tuple_display(e, type); !built.empty()) return built;  // recursive_tuples.cpp
  if (t.kind == Kind::Tuple) {
    if (starred) unsupported(e, "a *value in a tuple of known length");
    // Items are evaluated left to right before the tuple is made.
    std::vector<std::pair<std::string, std::string>> operands;
    std::string items;
    for (size_t i = 0; i < elements.size(); ++i) {
      std::string name = "i" + std::to_string(i);
      operands.emplace_back("auto " + name, expression_as(elements[i], t.args[i]));
      items += (i ? ", " : "") + name;
    }
    return sequenced(-1, operands, cxx + "{" + items + "}");
  }
  types::TypeId element = t.args[0];
  if (t.kind == Kind::Set && constant_display(elements)) {
    // CPython folds a set display of 3 or more constants into a frozenset
    // constant, made twice (the second time from the first's order), and
    // the set copies it: that decides the order of its items.
    std::string items;
    for (const ast::Expr* item : elements) items += (items.empty() ? "" : ", ") + expression_as(item, element);
    return "[&]() -> " + cxx + " { " + cxx + " a_{" + items + "}; " + cxx + " b_ = " + cxx + "::from(a_); " + cxx +
           " r_; r_.update(b_); return r_; }()";
  }
  std::string add = t.kind == Kind::Set ? "add" : "append";
  std::string builder = t.kind == Kind::TupleOf ? "rt::List<" + element_cxx(element, e) + ">" : cxx;
  std::string out = "[&]() -> " + cxx + " { auto r_ = " + builder +
                    (t.kind == Kind::List ? "::with_capacity(" + std::to_string(elements.size()) + ")" : "()") + "; ";
  for (const ast::Expr* item : elements) {
    if (auto* star = ast::as<ast::Starred>(item)) {
      types::TypeId spread = type_of(star->value);
      out += "for (auto e_ : rt::iterate(" + expression(star->value) + ")) r_." + add + "(" +
             convert("e_", item_type(spread, star), element, star) + "); ";
      continue;
    }
    out += "r_." + add + "(" + expression_as(item, element) + "); ";
  }
  return out + "return " + (t.kind == Kind::TupleOf ? cxx + "(r_.span())" : "r_") + "; }()";
}

// A slice bound: an int, or None / omitted (rt::kNone).
std::string Emitter::slice_bound(const ast::Expr* bound) {
  if (!bound) return "rt::kNone";
  types::TypeId type = type_of(bound);
  if (kind_of(type) == Kind::None) return "((void)" + expression(bound) + ", rt::kNone)";
  if (cxx_type(type, bound) == "rt::Value") return "rt::slice_bound(" + expression(bound) + ")";
  if (auto i = instance_index(bound, [](const std::string& v) { return "rt::Int(rt::slice_bound(" + v + "))"; }))
    return "rt::clamp_index(" + *i + ")";
  if (!is_integer(kind_of(type))) unsupported(bound, "a slice bound of type '" + program_.table.format(type) + "'");
  return "rt::clamp_index(" + convert(expression(bound), type, types::kInt, bound) + ")";
}

// The three bounds of `x[a:b:c]`, evaluated in order into b0_, b1_, b2_.
std::vector<std::pair<std::string, std::string>> Emitter::slice_operands(const ast::Slice* s) {
  return {{"int64_t b0_", slice_bound(s->lower)}, {"int64_t b1_", slice_bound(s->upper)}, {"int64_t b2_", slice_bound(s->step)}};
}

// The same for an index that is `a:b:c` written out or a slice object;
// nullopt for any other index.
std::optional<std::vector<std::pair<std::string, std::string>>> Emitter::slice_of(const ast::Expr* index) {
  if (auto* slice = ast::as<ast::Slice>(index)) return slice_operands(slice);
  if (kind_of(type_of(index)) != Kind::Slice) return std::nullopt;
  return std::vector<std::pair<std::string, std::string>>{{"rt::SliceBounds sb_", "rt::bounds(" + expression(index) + ")"},
                                                         {"int64_t b0_", "sb_.start"}, {"int64_t b1_", "sb_.stop"},
                                                         {"int64_t b2_", "sb_.step"}};
}

// The index of `s` as an int64_t. One the analysis could not type (a Value)
// is checked at run time, with the TypeError that names the container's class.
std::string Emitter::index_value(const ast::Subscript* s) {
  const ast::Expr* index = s->slice;
  types::TypeId type = type_of(index);
  Kind container = kind_of(type_of(s->value));
  std::string class_type = container == Kind::List        ? "rt::list_type"
                           : container == Kind::Range     ? "rt::range_type"
                           : container == Kind::ByteArray ? "rt::bytearray_type"
                                                          : "rt::tuple_type";
  if (cxx_type(type, index) == "rt::Value") return "rt::index_of(" + class_type + ", " + expression(index) + ")";
  if (auto i = instance_index(index, [&](const std::string& v) { return "rt::Int(rt::index_of(" + class_type + ", " + v + "))"; }))
    return "ingot_index(" + *i + ")";
  if (!is_integer(kind_of(type))) unsupported(index, "an index of type '" + program_.table.format(type) + "'");
  return "ingot_index(" + convert(expression(index), type, types::kInt, index) + ")";
}

std::string Emitter::subscript(const ast::Subscript* s) {
  if (std::string i = instance_subscript(s, nullptr, types::kBottom); !i.empty()) return i;  // dunders.cpp
  if (std::string d = dynamic_subscript(s); !d.empty()) return d;
  types::TypeId container = type_of(s->value);
  const types::Type& t = program_.table.get(container);
  // An index that may be an item's or a slice object (`int | slice`): the
  // runtime's subscript tells them apart.
  if (types::TypeId index = type_of(s->slice); kind_of(index) == Kind::Union && t.kind != Kind::Dict) {
    for (types::TypeId m : program_.table.members(index))
      if (m == types::kSlice)
        return convert(sequenced(position(s),
                                 {{"rt::Value c_", box_value(expression(s->value), container)},
                                  {"rt::Value k_", box_value(expression(s->slice), index)}},
                                 "rt::getitem(c_, k_)"),
                       types::kDyn, type_of(s), s);
  }
  if (t.kind == Kind::Str || types::is_bytes_like(t.kind)) return str_subscript(s);  // strings.cpp
  if (t.kind == Kind::Class) return class_getitem(s);  // classes.cpp
  types::TypeId result = type_of(s);
  std::string value = expression(s->value);
  std::vector<std::pair<std::string, std::string>> operands{{cxx_type(container, s) + " c_", value}};
  int at = position(s);
  if (auto slice = slice_of(s->slice)) {
    for (auto& operand : *slice) operands.push_back(operand);
    switch (t.kind) {
      case Kind::List:
      case Kind::TupleOf:
      case Kind::Range: return sequenced(at, operands, "c_.slice(b0_, b1_, b2_)");
      case Kind::Tuple:
        operands[0].second = convert(value, container, result, s);
        operands[0].first = cxx_type(result, s) + " c_";
        return sequenced(at, operands, "c_.slice(b0_, b1_, b2_)");
      default: unsupported(s, "slicing a '" + program_.table.format(container) + "'");
    }
  }
  switch (t.kind) {
    case Kind::List:
    case Kind::TupleOf:
      operands.emplace_back("int64_t i_", index_value(s));
      return sequenced(at, operands, "c_.get(i_)");
    case Kind::Range:  // an int of any size: a range's items may lie beyond int64
      if (is_integer(kind_of(type_of(s->slice))))
        operands.emplace_back("rt::Int i_", convert(expression(s->slice), type_of(s->slice), types::kInt, s->slice));
      else
        operands.emplace_back("rt::Int i_", "rt::Int(" + index_value(s) + ")");
      return sequenced(at, operands, "c_.get(i_)");
    case Kind::Dict: {
      types::TypeId key = type_of(s->slice);
      Kind key_kind = kind_of(key);
      if (key != t.args[0] && (key_kind == Kind::Tuple || key_kind == Kind::TupleOf ||
                               has_instances(key) != has_instances(t.args[0]))) {
        // A tuple key of other item types ((1, 2) for a key (1, 2.0)), or a
        // number for instance keys (0.5 for Fraction(1, 2)) and the other
        // way round, may still be equal: looked up boxed, by hash and ==.
        operands = {{"rt::Value c_", box_value(value, container)}, {"rt::Value k_", box_value(expression(s->slice), key)}};
        return convert(sequenced(at, operands, "rt::getitem(c_, k_)"), types::kDyn, result, s);
      }
      operands.emplace_back("auto k_", expression_as(s->slice, t.args[0]));
      return sequenced(at, operands, "c_.get(k_)");
    }
    case Kind::Tuple: {
      // A constant index picks the item at compile time.
      const ast::Expr* index = s->slice;
      bool negative = false;
      if (auto* u = ast::as<ast::UnaryOp>(index); u && u->op == ast::UnaryOperator::USub) index = u->operand, negative = true;
      auto* c = ast::as<ast::Constant>(index);
      if (c && c->value.kind == ast::Value::Kind::Int && c->value.text.size() < 6) {
        long long i = std::stoll(std::string(c->value.text));
        if (negative) i = static_cast<long long>(t.args.size()) - i;
        if (i >= 0 && i < static_cast<long long>(t.args.size()))
          return convert("(" + value + ").get<" + std::to_string(i) + ">()", t.args[i], result, s);
      }
      types::TypeId item = item_type(container, s);
      operands.emplace_back("int64_t i_", index_value(s));
      return convert(sequenced(at, operands, "rt::tuple_item(c_, i_)"), item, result, s);
    }
    case Kind::Int:
    case Kind::Float:
    case Kind::Bool:
    case Kind::Complex:
    case Kind::None:
    case Kind::Builtin:
      // A number has no items: CPython's TypeError, at run time (in the
      // specialisation for an int of `if isinstance(x, tuple): x[0]`); a
      // builtin class makes a types.GenericAlias (`list[int]`).
      operands = {{"rt::Value c_", box_value(value, container)},
                  {"rt::Value k_", box_value(expression(s->slice), type_of(s->slice))}};
      return convert(sequenced(at, operands, "rt::getitem(c_, k_)"), types::kDyn, result, s);
    default: unsupported(s, "subscripting a '" + program_.table.format(container) + "'");
  }
}

// x[i] = value, x[a:b] = values, d[k] = value: the container and the index
// are evaluated after the value, as CPython does.
std::string Emitter::store_subscript(const ast::Subscript* s, const std::string& value, types::TypeId value_type) {
  if (std::string i = instance_subscript(s, &value, value_type); !i.empty()) return i + ";";  // dunders.cpp
  types::TypeId container = type_of(s->value);
  const types::Type& t = program_.table.get(container);
  if (t.kind == Kind::ByteArray) return store_bytearray_item(s, value, value_type);  // bytearray.cpp
  if (std::string d = dynamic_store_subscript(s, value, value_type); !d.empty()) return d;  // dynamic.cpp
  std::vector<std::pair<std::string, std::string>> operands{{"auto v_", value},
                                                             {cxx_type(container, s) + " c_", expression(s->value)}};
  if (auto slice = slice_of(s->slice)) {
    if (t.kind != Kind::List) unsupported(s, "assigning to a slice of a '" + program_.table.format(container) + "'");
    for (auto& operand : *slice) operands.push_back(operand);
    std::string values = kind_of(value_type) == Kind::List && value_type == container
                             ? "v_"
                             : cxx_type(container, s) + "::from_range(" + convert_items("v_", value_type, t.args[0], s) + ")";
    return sequenced(position(s), operands, "c_.set_slice(b0_, b1_, b2_, " + values + ")") + ";";
  }
  if (t.kind == Kind::List) {
    operands[0].second = convert(value, value_type, t.args[0], s);
    operands.emplace_back("int64_t i_", index_value(s));
    return sequenced(position(s), operands, "c_.set(i_, v_)") + ";";
  }
  if (t.kind == Kind::Dict) {
    operands[0].second = convert(value, value_type, t.args[1], s);
    operands.emplace_back("auto k_", expression_as(s->slice, t.args[0]));
    return sequenced(position(s), operands, "c_.set(k_, v_)") + ";";
  }
  if (t.kind == Kind::Tuple || t.kind == Kind::TupleOf || t.kind == Kind::Str || t.kind == Kind::Bytes) {
    std::string name = t.kind == Kind::Str ? "str" : t.kind == Kind::Bytes ? "bytes" : "tuple";
    return sequenced(position(s), operands,
                     "rt::raise(rt::exc::TypeError, \"'" + name + "' object does not support item assignment\")") + ";";
  }
  unsupported(s, "assigning to an item of a '" + program_.table.format(container) + "'");
}

// A range over the items of `value` converted to `element`.
// The same, with the items of a container that never held any as the
// boxed values they are stored as (code that never runs reads them).
// A fixed tuple whose items differ in type gives them boxed (item_type()
// says dyn), also where they share a representation (class objects).
std::string Emitter::iteration(const std::string& iterable, types::TypeId type) const {
  if (kind_of(type) == Kind::Tuple && item_type(type, nullptr) == types::kDyn) return "rt::iterate_boxed(" + iterable + ")";
  return "rt::iterate(" + iterable + ")";
}

types::TypeId Emitter::stored_item_type(types::TypeId iterable, const ast::Node* where) const {
  types::TypeId item = item_type(iterable, where);
  return kind_of(item) == Kind::Bottom ? types::kDyn : item;
}

std::string Emitter::convert_items(const std::string& value, types::TypeId type, types::TypeId element,
                                   const ast::Node* where) {
  types::TypeId item = item_type(type, where);
  if (item == element) return "rt::iterate(" + value + ")";
  std::string cxx = element_cxx(element, where);
  // No item was ever seen in `value`: it is empty, whatever its C++ type.
  if (kind_of(item) == Kind::Bottom) return "rt::List<" + cxx + ">()";
  return "[&] { rt::List<" + cxx + "> r_; for (auto e_ : rt::iterate(" + value + ")) r_.append(" +
         convert("e_", item, element, where) + "); return r_; }()";
}

void Emitter::delete_statement(const ast::Delete* d) {
  for (const ast::Expr* target : d->targets) {
    if (auto* name = ast::as<ast::Name>(target)) {  // exceptions.cpp
      delete_name(name);
      continue;
    }
    if (auto* a = ast::as<ast::Attribute>(target)) {  // attributes.cpp
      line(delete_attribute(a) + ";");
      continue;
    }
    auto* s = ast::as<ast::Subscript>(target);
    if (!s) unsupported(target, "deleting " + construct_name(target->kind));
    if (std::string deleted = instance_delete_item(s); !deleted.empty()) {  // dunders.cpp
      line(deleted + ";");
      continue;
    }
    if (std::string deleted = dynamic_delete_subscript(s); !deleted.empty()) {  // dynamic.cpp
      line(deleted);
      continue;
    }
    types::TypeId container = type_of(s->value);
    const types::Type& t = program_.table.get(container);
    std::vector<std::pair<std::string, std::string>> operands{{cxx_type(container, s) + " c_", expression(s->value)}};
    if (t.kind == Kind::Str || t.kind == Kind::Bytes || t.kind == Kind::Tuple || t.kind == Kind::TupleOf) {
      // Immutable: the container and the index are evaluated, then TypeError
      // (CPython words it differently for a slice).
      auto slice = slice_of(s->slice);
      if (slice) {
        for (auto& operand : *slice) operands.push_back(operand);
      } else {
        operands.emplace_back("auto k_", expression(s->slice));
      }
      std::string name = t.kind == Kind::Str ? "str" : t.kind == Kind::Bytes ? "bytes" : "tuple";
      line(sequenced(position(s), operands,
                     "rt::raise(rt::exc::TypeError, \"'" + name + "' object " + (slice ? "does not" : "doesn't") +
                         " support item deletion\")") + ";");
      continue;
    }
    if (auto slice = slice_of(s->slice)) {
      if (t.kind != Kind::List && t.kind != Kind::ByteArray)
        unsupported(s, "deleting a slice of a '" + program_.table.format(container) + "'");
      for (auto& operand : *slice) operands.push_back(operand);
      line(sequenced(position(s), operands, "c_.del_slice(b0_, b1_, b2_)") + ";");
    } else if (t.kind == Kind::List || t.kind == Kind::ByteArray) {
      operands.emplace_back("int64_t i_", index_value(s));
      line(sequenced(position(s), operands, "c_.del_item(i_)") + ";");
    } else if (t.kind == Kind::Dict) {
      operands.emplace_back("auto k_", expression_as(s->slice, t.args[0]));
      line(sequenced(position(s), operands, "c_.del(k_)") + ";");
    } else {
      unsupported(s, "deleting an item of a '" + program_.table.format(container) + "'");
    }
  }
}

// x in c: c's own lookup when x has the element's representation, else
// a comparison of boxed values.
std::string Emitter::membership(const ast::Node* where, const std::string& item, types::TypeId item_type_id,
                                const std::string& container, types::TypeId container_type) {
  const types::Type& t = program_.table.get(container_type);
  std::string cxx = cxx_type(container_type, where);
  if (t.kind == Kind::Range && is_integer(kind_of(item_type_id)))
    return sequenced(-1, {{"rt::Int x_", convert(item, item_type_id, types::kInt, where)}, {"rt::Range c_", container}},
                     "rt::range_contains(c_, x_)");
  types::TypeId element = t.kind == Kind::Range ? types::kInt : item_type(container_type, where);
  if (t.kind == Kind::Tuple || t.kind == Kind::Range || kind_of(element) == Kind::Bottom || element == types::kDyn ||
      cxx_type(item_type_id, where) != element_cxx(element, where)) {
    // Hashing a boxed value of an unhashable class raises, as in CPython.
    return sequenced(position(where), {{"rt::Value x_", "rt::box(" + item + ")"}, {cxx + " c_", container}},
                     "rt::contains_value(c_, x_)");
  }
  return sequenced(position(where), {{element_cxx(element, where) + " x_", item}, {cxx + " c_", container}},
                   "rt::contains(c_, x_)");
}

// ==, != and orderings of containers, `in` and `not in`; nullopt when
// neither operand is a container.
std::optional<std::string> Emitter::container_compare(const ast::Node* where, ast::CmpOperator op,
                                                      types::TypeId left_type, const std::string& left,
                                                      types::TypeId right_type, const std::string& right) {
  bool in = op == ast::CmpOperator::In || op == ast::CmpOperator::NotIn;
  if (is_value(right_type) || (is_value(left_type) && !in)) return std::nullopt;  // dynamic.cpp
  if (op == ast::CmpOperator::Is || op == ast::CmpOperator::IsNot) {
    // Identity of heap containers: the same object. A tuple of known length
    // is a C++ value, so the nearest is equality (`y = x; x is y`).
    Kind l = kind_of(left_type);
    if (!is_container(left_type) || cxx_type(left_type, where) != cxx_type(right_type, where)) return std::nullopt;
    if (l == Kind::Tuple) {
      std::string test = sequenced(-1, {{"auto a_", left}, {"auto b_", right}}, "rt::equal(a_, b_)");
      return op == ast::CmpOperator::IsNot ? "(!" + test + ")" : test;
    }
    std::string test = sequenced(-1, {{"auto a_", left}, {"auto b_", right}}, "a_.object() == b_.object()");
    return op == ast::CmpOperator::IsNot ? "(!" + test + ")" : test;
  }
  if (op == ast::CmpOperator::In || op == ast::CmpOperator::NotIn) {
    Kind r = kind_of(right_type);
    if (!is_container(right_type) && r != Kind::Range) return std::nullopt;
    std::string test = membership(where, left, left_type, right, right_type);
    return op == ast::CmpOperator::NotIn ? "(!" + test + ")" : test;
  }
  if (int(op) > int(ast::CmpOperator::GtE)) return std::nullopt;
  Kind l = kind_of(left_type), r = kind_of(right_type);
  bool sequence_l = is_container(left_type) || l == Kind::Range, sequence_r = is_container(right_type) || r == Kind::Range;
  if (!sequence_l && !sequence_r) return std::nullopt;
  bool equality = op == ast::CmpOperator::Eq || op == ast::CmpOperator::NotEq;
  std::string negate = op == ast::CmpOperator::NotEq ? "!" : "";
  bool tuples = (l == Kind::Tuple || l == Kind::TupleOf) && (r == Kind::Tuple || r == Kind::TupleOf);
  if (equality && ((l == Kind::Iterator && (r == Kind::Set || r == Kind::Iterator)) || (r == Kind::Iterator && l == Kind::Set))) {
    // A keys or items view equals a set of its items (runtime/dynamic_methods.h's
    // view_equal, asked first: a set's own == knows only sets).
    return negate + sequenced(position(where), {{"rt::Value a_", box_value(left, left_type)}, {"rt::Value b_", box_value(right, right_type)}},
                              l == Kind::Iterator ? "rt::equal(a_, b_)" : "rt::equal(b_, a_)");
  }
  if (l != r && !tuples) {
    if (!equality) return unordered_compare(where, op, left_type, left, right_type, right);
    // A dict view or iterator never equals a list; different classes never compare equal.
    return std::string("(((void)") + left + ", (void)" + right + "), " + (negate.empty() ? "false)" : "true)");
  }
  static const char* const kOps[] = {"", "", "rt::CompareOp::lt", "rt::CompareOp::le", "rt::CompareOp::gt",
                                     "rt::CompareOp::ge"};
  std::string a = left, b = right, cxx_l = cxx_type(left_type, where), cxx_r = cxx_type(right_type, where);
  if (cxx_l != cxx_r) {  // different element representations: compared boxed
    a = "rt::box(" + left + ")", b = "rt::box(" + right + ")", cxx_l = cxx_r = "rt::Value";
  }
  std::vector<std::pair<std::string, std::string>> operands{{cxx_l + " a_", a}, {cxx_r + " b_", b}};
  if (equality) return sequenced(position(where), operands, negate + "rt::equal(a_, b_)");
  if (l == Kind::Dict || l == Kind::Iterator)  // unordered: TypeError from the dynamic comparison
    operands = {{"rt::Value a_", "rt::box(" + left + ")"}, {"rt::Value b_", "rt::box(" + right + ")"}};
  return sequenced(position(where), operands, std::string("rt::rich_compare(a_, b_, ") + kOps[int(op)] + ")");
}

// `a < b` of types that have no order between them (a set and a list, two
// slices, None and an int): the dynamic comparison raises CPython's
// TypeError "'<' not supported between instances of 'set' and 'list'".
std::string Emitter::unordered_compare(const ast::Node* where, ast::CmpOperator op, types::TypeId left_type,
                                       const std::string& left, types::TypeId right_type, const std::string& right) {
  static const char* const kOps[] = {"", "", "rt::CompareOp::lt", "rt::CompareOp::le", "rt::CompareOp::gt",
                                     "rt::CompareOp::ge"};
  return sequenced(position(where), {{"rt::Value a_", box_value(left, left_type)}, {"rt::Value b_", box_value(right, right_type)}},
                   std::string("rt::rich_compare(a_, b_, ") + kOps[int(op)] + ")");
}

// Sequence concatenation and repetition, set and dict operators; nullopt
// when no operand is a container.
std::optional<std::string> Emitter::container_binary(const ast::Node* where, ast::Operator op, types::TypeId left_type,
                                                     const std::string& left, types::TypeId right_type,
                                                     const std::string& right, types::TypeId result) {
  Kind l = kind_of(left_type), r = kind_of(right_type), out = kind_of(result);
  if (!is_container(left_type) && !is_container(right_type)) return std::nullopt;
  if (out == Kind::Bottom) return std::nullopt;
  // `d.keys() & s`: only the run time knows whether an iterator is a set-like
  // view (runtime/dynamic_methods.h's view_binary), so the operation is dynamic.
  if (l == Kind::Iterator || r == Kind::Iterator) {
    std::string value = sequenced(binary_position(where), {{"rt::Value a_", box_value(left, left_type)}, {"rt::Value b_", box_value(right, right_type)}},
                                  "rt::binary(rt::BinaryOp(" + std::to_string(int(op)) + "), a_, b_)");
    return convert(value, types::kDyn, result, where);
  }
  std::string cxx = cxx_type(result, where);
  auto as_result = [&](const std::string& v, types::TypeId type) { return convert(v, type, result, where); };
  if (op == ast::Operator::Mult && (is_integer(l) || is_integer(r))) {
    bool sequence_left = !is_integer(l);
    std::string sequence = sequence_left ? as_result(left, left_type) : as_result(right, right_type);
    std::string count = sequence_left ? convert(right, right_type, types::kInt, where) : convert(left, left_type, types::kInt, where);
    std::vector<std::pair<std::string, std::string>> operands{{cxx + " s_", sequence}, {"rt::Int n_", count}};
    if (!sequence_left) std::swap(operands[0], operands[1]);
    return sequenced(position(where), operands, "rt::repeat(s_, rt::repeat_count(n_))");
  }
  if (out == Kind::Tuple && l == Kind::Tuple && r == Kind::Tuple && op == ast::Operator::Add) {
    const types::Type& lt = program_.table.get(left_type);
    const types::Type& rt_ = program_.table.get(right_type);
    std::string items;
    for (size_t i = 0; i < lt.args.size(); ++i) items += (items.empty() ? "" : ", ") + std::string("a_.get<") + std::to_string(i) + ">()";
    for (size_t i = 0; i < rt_.args.size(); ++i) items += (items.empty() ? "" : ", ") + std::string("b_.get<") + std::to_string(i) + ">()";
    return sequenced(-1, {{"auto a_", left}, {"auto b_", right}}, cxx + "{" + items + "}");
  }
  const char* symbol = nullptr;
  switch (op) {
    case ast::Operator::Add: symbol = (out == Kind::List || out == Kind::TupleOf) ? "+" : nullptr; break;
    case ast::Operator::BitOr: symbol = out == Kind::Set || out == Kind::Dict ? "|" : nullptr; break;
    case ast::Operator::BitAnd: symbol = out == Kind::Set ? "&" : nullptr; break;
    case ast::Operator::Sub: symbol = out == Kind::Set ? "-" : nullptr; break;
    case ast::Operator::BitXor: symbol = out == Kind::Set ? "^" : nullptr; break;
    default: break;
  }
  if (!symbol) unsupported(where, "this operator on '" + program_.table.format(left_type) + "' and '" +
                                      program_.table.format(right_type) + "'");
  // s & t and s - t keep s's element type.
  std::string b = (out == Kind::Set && result == left_type) && (op == ast::Operator::BitAnd || op == ast::Operator::Sub) &&
                          right_type != result
                      ? convert(right, right_type, result, where)
                      : as_result(right, right_type);
  return sequenced(-1, {{cxx + " a_", as_result(left, left_type)}, {cxx + " b_", b}}, std::string("a_ ") + symbol + " b_");
}

// xs += ys, s |= t, d |= e: in place, so every alias sees the change.
std::optional<std::string> Emitter::container_augmented(const ast::Node* where, ast::Operator op,
                                                        types::TypeId target_type, const std::string& target,
                                                        types::TypeId value_type, const std::string& value) {
  const types::Type& t = program_.table.get(target_type);
  if (t.kind == Kind::List && op == ast::Operator::Add)
    return sequenced(position(where), {{"auto c_", target}, {"auto v_", value}},
                     "c_.extend_from(" + convert_items("v_", value_type, t.args[0], where) + "), c_");
  if (t.kind == Kind::List && op == ast::Operator::Mult)
    return sequenced(position(where), {{"auto c_", target}, {"rt::Int n_", convert(value, value_type, types::kInt, where)}},
                     "c_.repeat_in_place(rt::repeat_count(n_)), c_");
  if (t.kind == Kind::ByteArray) return bytearray_augmented(where, op, target, value_type, value);  // bytearray.cpp
  const char* method = nullptr;
  if (t.kind == Kind::Set) {
    if (op == ast::Operator::BitOr) method = "update";
    if (op == ast::Operator::BitAnd) method = "intersection_update";
    if (op == ast::Operator::Sub) method = "difference_update";
    if (op == ast::Operator::BitXor) method = "symmetric_difference_update";
  }
  if (t.kind == Kind::Dict && op == ast::Operator::BitOr) method = "update";
  if (!method) return std::nullopt;
  return sequenced(position(where), {{"auto c_", target}, {"auto v_", convert(value, value_type, target_type, where)}},
                   std::string("c_.") + method + "(v_), c_");
}

// d[k] += v: the container and the key evaluated once, then the item
// read, the value evaluated, the operation, the store.
void Emitter::aug_assign_subscript(const ast::AugAssign* a, const ast::Subscript* s) {
  types::TypeId container = type_of(s->value);
  const types::Type& t = program_.table.get(container);
  if (has_instances(container) && !is_value(container) && s->slice->kind != ast::Kind::Slice)
    return instance_aug_assign_subscript(a, s);  // dunders.cpp
  if (is_value(container) && s->slice->kind != ast::Kind::Slice) {  // through the object's own getitem and setitem
    line("{");
    ++indent_;
    line("rt::Value c_ = " + boxed(expression(s->value), container, s) + ";");
    line("rt::Value k_ = " + boxed(expression(s->slice), type_of(s->slice), s) + ";");
    line("rt::Value i_ = " + sequenced(position(s), {}, "rt::getitem(c_, k_)") + ";");
    std::string value = binary_op(a, a->op, types::kDyn, "i_", type_of(a->value), expression(a->value), types::kDyn);
    line(sequenced(position(s), {{"rt::Value v_", value}}, "rt::setitem(c_, k_, v_)") + ";");
    --indent_;
    return line("}");
  }
  if (t.kind == Kind::Dict && dict_aug_update(a, s)) return;  // dict_updates.cpp
  if ((t.kind != Kind::List && t.kind != Kind::Dict) || s->slice->kind == ast::Kind::Slice)
    unsupported(s, "augmented assignment to an item of a '" + program_.table.format(container) + "'");
  types::TypeId item = t.kind == Kind::List ? t.args[0] : t.args[1];
  std::string key = t.kind == Kind::List ? index_value(s) : expression_as(s->slice, t.args[0]);
  line("{");
  ++indent_;
  line(cxx_type(container, s) + " c_ = " + expression(s->value) + ";");
  line(std::string(t.kind == Kind::List ? "int64_t" : "auto") + " k_ = " + key + ";");
  line(cxx_type(item, s) + " i_ = " + sequenced(position(s), {}, "c_.get(k_)") + ";");
  std::string operand = expression(a->value);
  auto in_place = container_augmented(a, a->op, item, "i_", type_of(a->value), operand);
  line("c_.set(k_, " + (in_place ? *in_place : binary_op(a, a->op, item, "i_", type_of(a->value), operand, item)) + ");");
  --indent_;
  line("}");
}

std::optional<std::string> Emitter::container_raising(const ast::Expr* e) {
  if (auto* c = ast::as<ast::Call>(e)) return container_method(c);
  auto* b = ast::as<ast::BinOp>(e);
  if (!b || (!is_container(type_of(b->left)) && !is_container(type_of(b->right)))) return std::nullopt;
  // TypeError from the dynamic operator, with CPython's message.
  return sequenced(position(b), {{"rt::Value a_", "rt::box(" + expression(b->left) + ")"}, {"rt::Value b_", "rt::box(" + expression(b->right) + ")"}},
                   "(void)rt::binary(rt::BinaryOp(" + std::to_string(int(b->op)) + "), a_, b_)");
}

// The data attributes of range and slice objects.
std::optional<std::string> Emitter::container_attribute(const ast::Attribute* a) {
  Kind k = kind_of(type_of(a->value));
  if ((k != Kind::Range && k != Kind::Slice) || (a->attr != "start" && a->attr != "stop" && a->attr != "step"))
    return std::nullopt;
  std::string value = expression(a->value);
  std::string attr(a->attr);
  if (k == Kind::Range) return convert("rt::Int((" + value + ")." + attr + "())", types::kInt, type_of(a), a);
  return convert("(" + value + ")." + attr, types::kDyn, type_of(a), a);
}

std::optional<std::string> Emitter::container_truth(types::TypeId type, const std::string& value) {
  Kind k = kind_of(type);
  if (k == Kind::Range) return "(!(" + value + ").empty())";
  if (k == Kind::Iterator) return "((void)" + value + ", true)";
  if (k == Kind::Tuple) return "((void)" + value + ", " + (program_.table.get(type).args.empty() ? "false)" : "true)");
  if (is_container(type)) return "(rt::len(" + value + ") != 0)";
  return std::nullopt;
}

}  // namespace ingot::codegen
