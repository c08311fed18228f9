// Aliasing of mutable containers (docs/types.md, "Aliasing"). A list,
// dict or set is one object wherever it flows, so it must have one type
// there: code generation converting a List<Int> into a List<Value> would
// copy it, and a store through one name would miss the other.
//
// Every flow of a value from a source expression into a place (a variable,
// attribute, parameter, result, item of a container, or a Value the
// analysis cannot follow) calls share(): the source is refined to the
// place's container types, so the two sides meet in one type (the join of
// both). A place of type dyn is an escape: the container's items widen by
// whatever the program stores through dyn receivers (`dyn_items_` and
// friends), since such a store may reach it.
#include <algorithm>

#include "types/inference.h"

namespace ingot::types {

bool Inference::holds_container(TypeId value) {
  for (TypeId m : table().members(value)) {  // not unfolded: a recursive type's body is finite
    const Type& type = table().get(m);
    switch (type.kind) {
      case Kind::List:
      case Kind::Dict:
      case Kind::Set:
        return true;
      case Kind::Recursive:
      case Kind::Tuple:
      case Kind::TupleOf:
      case Kind::Iterator:
        for (TypeId arg : type.args)
          if (holds_container(arg)) return true;
        break;
      default:
        break;
    }
  }
  return false;
}

void Inference::share(const ast::Expr* source, TypeId value, TypeId place) {
  if (!source || place == kBottom || !holds_container(value)) return;
  for (TypeId m : members_of(value)) {
    TypeId wanted = aligned(m, place);
    if (wanted != m) refine_value(source, wanted);
  }
}

// The type a store into `target` meets: a variable's, an attribute's, a
// container's items; a tuple target's is the tuple of its parts'.
TypeId Inference::place_of(const ast::Expr* target) {
  switch (target->kind) {
    case ast::Kind::Name:
      return read(*variable_or_unknown(static_cast<const ast::Name*>(target)->id));
    case ast::Kind::Attribute: {
      auto* a = static_cast<const ast::Attribute*>(target);
      TypeId place = kBottom;
      for (TypeId m : members_of(recorded(a->value))) {
        const Type& type = table().get(m);
        if (m == kDyn) return kDyn;
        if (type.kind == Kind::Instance && !user_setattr(type.a))
          place = table().join(place, read(*find_instance_attribute(type.a, std::string(a->attr))));
      }
      return place;
    }
    case ast::Kind::Subscript: {
      TypeId place = kBottom;
      for (TypeId m : members_of(recorded(static_cast<const ast::Subscript*>(target)->value))) {
        const Type& type = table().get(m);
        if (m == kDyn) return kDyn;
        if (type.kind == Kind::List) place = table().join(place, type.args[0]);
        if (type.kind == Kind::Dict) place = table().join(place, type.args[1]);
      }
      return place;
    }
    case ast::Kind::Tuple:
    case ast::Kind::List: {
      auto elts = target->kind == ast::Kind::Tuple ? static_cast<const ast::Tuple*>(target)->elts
                                                    : static_cast<const ast::List*>(target)->elts;
      std::vector<TypeId> parts;
      for (const ast::Expr* e : elts) parts.push_back(e->kind == ast::Kind::Starred ? kBottom : place_of(e));
      return table().tuple_of(parts);
    }
    default:
      return kBottom;
  }
}

// `value` (one member) with each container in it replaced by the type the
// place gives the same object.
TypeId Inference::aligned(TypeId value, TypeId place) {
  if (!holds_container(value)) return value;
  if (place == kDyn) return escaped_type(value);
  const Type type = table().get(value);
  for (TypeId p : members_of(place)) {
    const Type target = table().get(p);
    switch (type.kind) {
      case Kind::List:
      case Kind::Dict:
      case Kind::Set:
        if (target.kind == type.kind) return table().join(value, p);
        break;
      case Kind::Tuple: {
        if (target.kind != Kind::Tuple && target.kind != Kind::TupleOf) break;
        if (target.kind == Kind::Tuple && target.args.size() != type.args.size()) break;
        std::vector<TypeId> items;
        for (size_t i = 0; i < type.args.size(); ++i)
          items.push_back(aligned_member(type.args[i], target.args[target.kind == Kind::Tuple ? i : 0]));
        return table().tuple_of(items);
      }
      case Kind::TupleOf:
        if (target.kind == Kind::TupleOf) return table().tuple_var(aligned_member(type.args[0], target.args[0]));
        break;
      case Kind::Iterator:  // a view or enumerate() whose items a loop binds
        if (target.kind == Kind::Iterator) return table().iterator_of(aligned_member(type.args[0], target.args[0]));
        break;
      default:
        break;
    }
  }
  return value;
}

TypeId Inference::aligned_member(TypeId value, TypeId place) {
  TypeId out = kBottom;
  for (TypeId m : members_of(value)) out = table().join(out, aligned(m, place));
  return out;
}

// What a container that escapes into a Value may come to hold: its own
// items and whatever the program stores through dyn receivers.
TypeId Inference::escaped_type(TypeId value) {
  // A container stored through dyn goes in as it is: where one may be, the
  // items are Values, since a typed item would have to be a converted copy
  // whenever the two containers' types differ.
  auto items = [&](TypeId own, Slot& stored) {
    TypeId joined = table().join(escaped_type(own), read(stored));
    return holds_container(stored.type) && holds_container(joined) ? kDyn : joined;
  };
  TypeId out = kBottom;
  for (TypeId m : table().members(value)) {
    const Type type = table().get(m);
    switch (type.kind) {
      case Kind::List:
        m = table().list_of(items(type.args[0], dyn_items_));
        break;
      case Kind::Set:
        m = table().set_of(items(type.args[0], dyn_set_items_));
        break;
      case Kind::Dict:
        m = table().dict_of(items(type.args[0], dyn_keys_), items(type.args[1], dyn_values_));
        break;
      case Kind::Tuple: {
        std::vector<TypeId> items;
        for (TypeId arg : type.args) items.push_back(escaped_type(arg));
        m = table().tuple_of(items);
        break;
      }
      case Kind::TupleOf:
        m = table().tuple_var(escaped_type(type.args[0]));
        break;
      case Kind::Recursive:  // its items could widen without end: no recursive type for those
        if (holds_container(m)) m = kDyn;
        break;
      default:
        break;
    }
    out = table().join(out, m);
  }
  return out;
}

// receiver.method(args) with a dyn receiver: what a mutating method of
// list, dict or set stores joins the items every escaped container of that
// kind may hold.
void Inference::dynamic_store(std::string_view method, std::span<const Argument> args) {
  auto arg = [&](size_t i) { return i < args.size() && args[i].keyword.empty() ? args[i].type : kBottom; };
  if (method == "append") {
    write(dyn_items_, escaped_type(arg(0)));
  } else if (method == "add") {
    write(dyn_set_items_, escaped_type(arg(0)));
  } else if (method == "insert") {
    write(dyn_items_, escaped_type(arg(1)));
  } else if (method == "extend") {
    if (arg(0) != kBottom) write(dyn_items_, escaped_type(iterate(arg(0))));
  } else if (method == "update") {  // a set's or a dict's
    for (const Argument& a : args)
      if (!a.keyword.empty()) dynamic_item_store(kStr, a.type);
    if (arg(0) == kBottom) return;
    TypeId items = iterate(arg(0));
    write(dyn_set_items_, escaped_type(items));
    for (TypeId m : members_of(arg(0))) {
      const Type& type = table().get(m);
      if (type.kind == Kind::Dict) dynamic_item_store(type.args[0], type.args[1]);
    }
    for (TypeId m : members_of(items)) {  // pairs
      const Type& type = table().get(m);
      if (type.kind == Kind::Tuple && type.args.size() == 2) dynamic_item_store(type.args[0], type.args[1]);
      if (type.kind == Kind::Dyn) dynamic_item_store(kDyn, kDyn);
    }
  } else if (method == "setdefault") {
    dynamic_item_store(arg(0), args.size() > 1 ? arg(1) : kNone);
  } else if (method == "__setitem__") {
    dynamic_item_store(arg(0), arg(1));
  }
}

// dyn[key] = value: a list's item or a dict's key and value.
void Inference::dynamic_item_store(TypeId key, TypeId value) {
  write(dyn_keys_, escaped_type(key));
  write(dyn_values_, escaped_type(value));
  write(dyn_items_, escaped_type(value));
}

// xs.append(v), xs.insert(i, v), d.setdefault(k, v): v is an item of the
// receiver now, whose type the method's rule grew to hold it.
void Inference::share_stored_arguments(TypeId receiver, std::string_view method, std::span<const Argument> args) {
  const Type type = table().get(receiver);
  size_t at = 0;
  if (type.kind == Kind::List && (method == "append" || method == "insert")) at = method == "append" ? 0 : 1;
  else if (type.kind == Kind::Dict && method == "setdefault") at = 1;
  else return;
  if (at >= args.size() || args[at].spread != Argument::Spread::None) return;
  TypeId items = type.args[type.kind == Kind::Dict ? 1 : 0];
  share(args[at].expr, args[at].type, table().join(items, args[at].type));
}

// The sources refine() follows besides names, attributes and items: the
// value of a display, conditional, `or`, walrus or function call is the
// value of its parts. False for a source the analysis cannot follow (a
// fresh value from a builtin, say).
bool Inference::refine_source(const ast::Expr* source, TypeId type) {
  auto part = [&](const ast::Expr* e, TypeId place) { share(e, recorded(e), place); };
  // An expression that passes one of its operands on is the operand's
  // container too: its own type must meet the refined one, or the code
  // generator would build the operand as the stale type and copy it.
  switch (source->kind) {
    case ast::Kind::IfExp: {
      auto* n = static_cast<const ast::IfExp*>(source);
      part(n->body, type);
      part(n->orelse, type);
      record(source, type);
      return true;
    }
    case ast::Kind::BoolOp:
      for (const ast::Expr* value : static_cast<const ast::BoolOp*>(source)->values) part(value, type);
      record(source, type);
      return true;
    case ast::Kind::NamedExpr: {
      auto* n = static_cast<const ast::NamedExpr*>(source);
      part(n->target, type);
      part(n->value, type);
      record(source, type);
      return true;
    }
    case ast::Kind::List:
    case ast::Kind::Set:
    case ast::Kind::Tuple:
    case ast::Kind::Dict:
      refine_display(source, type);
      return true;
    case ast::Kind::Subscript:  // an instance's __getitem__
    case ast::Kind::Call: {
      auto& sites = call_results_[current_];
      auto it = sites.find(source);
      if (it == sites.end())
        return source->kind == ast::Kind::Call && refine_builtin_result(static_cast<const ast::Call*>(source), type);
      for (SpecId callee : it->second) write(out_.specs[callee]->result, type);
      return true;
    }
    default:
      return false;
  }
}

// The builtins whose value is (or iterates) the items of their argument:
// `d.get(k)`, `d.pop(k)`, `xs.pop()`, `d.values()`, `d.items()`,
// `enumerate(xs)`, `zip(xs, ys)`, `reversed(xs)`, `iter(xs)`, and the
// copies `list(xs)`, `tuple(xs)`, `sorted(xs)`, `set(xs)`.
bool Inference::refine_builtin_result(const ast::Call* call, TypeId type) {
  const Type wanted = table().get(type);
  if (auto* method = ast::as<ast::Attribute>(call->func)) {
    std::string_view name = method->attr;
    bool view = wanted.kind == Kind::Iterator;
    for (TypeId m : members_of(recorded(method->value))) {
      const Type receiver = table().get(m);
      if (receiver.kind == Kind::Dict && (name == "get" || name == "pop") && !view)
        refine_value(method->value, table().dict_of(receiver.args[0], type));
      if (receiver.kind == Kind::Dict && name == "values" && view)
        refine_value(method->value, table().dict_of(receiver.args[0], wanted.args[0]));
      if (receiver.kind == Kind::Dict && name == "items" && view)
        for (TypeId pair : members_of(wanted.args[0]))
          if (table().kind(pair) == Kind::Tuple && table().get(pair).args.size() == 2)
            refine_value(method->value, table().dict_of(receiver.args[0], table().get(pair).args[1]));
      if (receiver.kind == Kind::List && name == "pop" && !view) refine_value(method->value, table().list_of(type));
    }
    return true;
  }
  const Type callee = table().get(recorded(call->func));
  if (callee.kind != Kind::Builtin) return false;
  std::string_view name = builtin_name(callee.a);
  // set(), list(), dict(): a new empty container, of the type its places want.
  if (call->args.empty() && call->keywords.empty() && (name == "set" || name == "list" || name == "dict") &&
      table().kind(recorded(call)) == wanted.kind) {
    record(call, type);
    return true;
  }
  // A new container of the argument's items: the items are shared.
  if (copies_items(callee.a) && (wanted.kind == Kind::List || wanted.kind == Kind::TupleOf || wanted.kind == Kind::Set)) {
    if (call->args.size() == 1 && call->args[0]->kind != ast::Kind::Starred) {
      TypeId iterable = recorded(call->args[0]);
      share(call->args[0], iterable, iterating(iterable, wanted.args[0]));
    }
    return true;
  }
  if (wanted.kind != Kind::Iterator) return false;
  auto argument = [&](size_t i, TypeId item) {
    if (i < call->args.size() && call->args[i]->kind != ast::Kind::Starred) {
      TypeId iterable = recorded(call->args[i]);
      share(call->args[i], iterable, iterating(iterable, item));
    }
  };
  if (name == "reversed" || name == "iter") {
    argument(0, wanted.args[0]);
  } else if (name == "enumerate" || name == "zip") {
    for (TypeId tuple : members_of(wanted.args[0])) {
      const Type& items = table().get(tuple);
      if (items.kind != Kind::Tuple) continue;
      std::vector<TypeId> parts = items.args;
      if (name == "enumerate" && parts.size() == 2) argument(0, parts[1]);
      if (name == "zip")
        for (size_t i = 0; i < parts.size(); ++i) argument(i, parts[i]);
    }
  } else {
    return false;
  }
  return true;
}

// `iterable` as the containers whose items are `item`: what a loop over
// it, or a builtin iterating it, shares it with.
TypeId Inference::iterating(TypeId iterable, TypeId item) {
  TypeId containers = kBottom;
  for (TypeId m : members_of(iterable)) {
    const Type& type = table().get(m);
    if (type.kind == Kind::List) containers = table().join(containers, table().list_of(item));
    if (type.kind == Kind::TupleOf) containers = table().join(containers, table().tuple_var(item));
    if (type.kind == Kind::Iterator) containers = table().join(containers, table().iterator_of(item));
    if (type.kind == Kind::Tuple)
      containers = table().join(containers, table().tuple_of(std::vector<TypeId>(type.args.size(), item)));
  }
  return containers;
}

// A display's elements are the container's items from the start.
void Inference::refine_display(const ast::Expr* display, TypeId type) {
  record(display, type);
  const Type target = table().get(type);
  auto elements = [&](std::span<ast::Expr* const> elts) {
    for (size_t i = 0; i < elts.size(); ++i) {
      const ast::Expr* e = elts[i];
      if (e->kind == ast::Kind::Starred) continue;
      TypeId place = target.kind == Kind::Tuple ? (i < target.args.size() ? target.args[i] : kBottom)
                                                : target.args.empty() ? kBottom : target.args[0];
      share(e, recorded(e), place);
    }
  };
  if (auto* n = ast::as<ast::List>(display)) elements(n->elts);
  if (auto* n = ast::as<ast::Set>(display)) elements(n->elts);
  if (auto* n = ast::as<ast::Tuple>(display)) elements(n->elts);
  if (auto* n = ast::as<ast::Dict>(display); n && target.kind == Kind::Dict) {
    for (size_t i = 0; i < n->values.size(); ++i) {
      if (!n->keys[i]) continue;  // {**other}: copied, not shared
      share(n->keys[i], recorded(n->keys[i]), target.args[0]);
      share(n->values[i], recorded(n->values[i]), target.args[1]);
    }
  }
}

TypeId Inference::recorded(const ast::Expr* expr) {
  auto it = current().expressions.find(expr);
  return it == current().expressions.end() ? kBottom : it->second;
}

void Inference::note_call_result(const ast::Expr* site, SpecId callee) {
  if (!site) return;
  auto& callees = call_results_[current_][site];
  if (std::find(callees.begin(), callees.end(), callee) == callees.end()) callees.push_back(callee);
}

}  // namespace ingot::types
