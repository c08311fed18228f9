// The type of each expression. Every evaluated node's type is recorded in
// the running specialisation (Spec::expressions) for code generation.
#include <algorithm>

#include "types/inference.h"

namespace ingot::types {

TypeId Inference::eval(const ast::Expr* expr) {
  TypeId type = eval_uncached(expr);
  record(expr, type);
  return type;
}

TypeId Inference::eval_uncached(const ast::Expr* expr) {
  switch (expr->kind) {
    case ast::Kind::Constant:
      switch (static_cast<const ast::Constant*>(expr)->value.kind) {
        case ast::Value::Kind::None: return kNone;
        case ast::Value::Kind::True:
        case ast::Value::Kind::False: return kBool;
        case ast::Value::Kind::Int: return kInt;
        case ast::Value::Kind::Float: return kFloat;
        case ast::Value::Kind::Complex: return kComplex;
        case ast::Value::Kind::Str: return kStr;
        case ast::Value::Kind::Bytes: return kBytes;
        default: return kDyn;  // Ellipsis (a Value: runtime/ellipsis.h)
      }
    case ast::Kind::Name:
      return eval_name(static_cast<const ast::Name*>(expr));
    case ast::Kind::BoolOp:
      // `a or b` is one of its operands, not a bool; all but the last are tested.
      return eval_bool_op(static_cast<const ast::BoolOp*>(expr));  // narrowing.cpp
    case ast::Kind::NamedExpr: {
      auto* n = static_cast<const ast::NamedExpr*>(expr);
      TypeId value = eval(n->value);
      assign(n->target, value);
      return value;
    }
    case ast::Kind::BinOp: {
      auto* n = static_cast<const ast::BinOp*>(expr);
      TypeId left = eval(n->left);
      return binary(n->op, left, eval(n->right), n->right, false, n->left);
    }
    case ast::Kind::UnaryOp: {
      auto* n = static_cast<const ast::UnaryOp*>(expr);
      return unary(n->op, eval(n->operand));
    }
    case ast::Kind::Lambda: {
      auto* n = static_cast<const ast::Lambda*>(expr);
      FunctionInfo& f = out_.functions[function_of_node_.at(n)];
      evaluate_defaults(f, n->args);
      return table().function(f.id, closure_env());
    }
    case ast::Kind::IfExp:
      return eval_if_expression(static_cast<const ast::IfExp*>(expr));  // narrowing.cpp
    case ast::Kind::Dict:
    case ast::Kind::Set:
    case ast::Kind::List:
    case ast::Kind::Tuple: {
      // Its elements are its items, and where it flows decides its type
      // too (`x = y = []; y.append(1)`): aliasing.cpp.
      refine_display(expr, eval_display(expr));
      return recorded(expr);
    }
    case ast::Kind::ListComp:
    case ast::Kind::SetComp:
    case ast::Kind::DictComp:
    case ast::Kind::GeneratorExp:
      return eval_comprehension(expr);
    case ast::Kind::Await: {
      // The awaitable is boxed and its __await__ looked up at run time
      // (runtime/coroutine.h); what it returns is dyn.
      TypeId awaited = eval(static_cast<const ast::Await*>(expr)->value);
      if (awaited == kBottom) return kBottom;
      escape(awaited);
      dynamic_method_call("__await__", awaited);
      return kDyn;
    }
    case ast::Kind::Yield: {
      auto* n = static_cast<const ast::Yield*>(expr);
      add_yield(n->value ? eval(n->value) : kNone);
      return kDyn;  // what the consumer sends: None from next(), anything from send()
    }
    case ast::Kind::YieldFrom: {
      TypeId inner = eval(static_cast<const ast::YieldFrom*>(expr)->value);
      add_yield(iterate(inner));
      return kDyn;
    }
    case ast::Kind::Compare: {
      auto* n = static_cast<const ast::Compare*>(expr);
      TypeId left = eval(n->left);
      TypeId result = kBottom;
      for (size_t i = 0; i < n->ops.size(); ++i) {
        TypeId right = eval(n->comparators[i]);
        if (n->ops[i] == ast::CmpOperator::In || n->ops[i] == ast::CmpOperator::NotIn) probe_key(n->comparators[i], right, left);
        result = table().join(result, compare(n->ops[i], left, right));
        left = right;
      }
      return result;
    }
    case ast::Kind::Call:
      return eval_call(static_cast<const ast::Call*>(expr));
    case ast::Kind::FormattedValue: {
      auto* n = static_cast<const ast::FormattedValue*>(expr);
      TypeId value = eval(n->value);
      stringify(value, n->conversion == 'r');
      if (n->conversion == -1)  // format(value, spec) calls value.__format__(spec)
        for (TypeId m : members_of(value))
          if (table().kind(m) == Kind::Instance) call_dunder(m, "__format__", std::vector<Argument>{Argument{kStr}});
      if (n->format_spec) eval(n->format_spec);
      return kStr;
    }
    case ast::Kind::JoinedStr:
      for (const ast::Expr* value : static_cast<const ast::JoinedStr*>(expr)->values) eval(value);
      return kStr;
    case ast::Kind::Attribute: {
      auto* n = static_cast<const ast::Attribute*>(expr);
      return load_attribute(eval(n->value), std::string(n->attr));
    }
    case ast::Kind::Subscript: {
      auto* n = static_cast<const ast::Subscript*>(expr);
      TypeId container = eval(n->value);
      TypeId index = eval(n->slice);
      probe_key(n->value, container, index);
      return subscript(container, index, n->slice, n);
    }
    case ast::Kind::Starred:
      return eval(static_cast<const ast::Starred*>(expr)->value);
    case ast::Kind::Slice: {
      auto* n = static_cast<const ast::Slice*>(expr);
      // A sequence's bounds go through __index__ (an instance's __getitem__ gets them as they are).
      for (const ast::Expr* part : {n->lower, n->upper, n->step})
        if (part) use_as_index(eval(part));
      return kSlice;
    }
    default:
      return kDyn;
  }
}

TypeId Inference::eval_name(const ast::Name* name) {
  if (Slot* slot = variable(name->id)) return narrowed_read(name, table().join(read(*slot), read_fallback(name)));
  if (auto builtin = find_builtin(name->id)) return table().builtin(*builtin);
  if (name->id == "__name__" || name->id == "__file__" || name->id == "__qualname__") return kStr;
  return kDyn;  // NameError at run time, or a name the analysis does not know
}

// A class body's read of a name it binds, where the class namespace may
// not hold the name yet (ClassInfo::reads_before_binding): what CPython's
// LOAD_NAME finds there instead, the module's global, else the builtin
// (neither: NameError). The same for a module body's read of a global
// that may not be bound yet: the builtin of its name
// (ProgramTypes::builtin_fallback_reads). Bottom for every other read.
TypeId Inference::read_fallback(const ast::Name* name) {
  if (out_.builtin_fallback_reads[module_].count(name)) return table().builtin(*find_builtin(name->id));
  if (scope_->kind != sema::ScopeKind::Class) return kBottom;
  if (!out_.classes[class_of_node_.at(scope_->node)].reads_before_binding.count(name)) return kBottom;
  const sema::Symbol* symbol = symbols_->lookup(*scope_, name->id);
  if (!symbol || symbol->resolution != sema::Resolution::Local) return kBottom;
  TypeId type = kBottom;
  if (Slot* slot = global(symbol->name)) type = read(*slot);
  if (auto builtin = find_builtin(symbol->name)) type = table().join(type, table().builtin(*builtin));
  return type;
}

TypeId Inference::eval_display(const ast::Expr* expr) {
  // Past the union bound elements join to dyn (somewhere inside): what
  // lost its type there escapes, so that five lambdas in a list have the
  // boxed entries their calls through dyn need.
  auto has_dyn = [&](auto& self, TypeId t) -> bool {
    if (t == kDyn) return true;
    for (TypeId arg : table().get(t).args)
      if (self(self, arg)) return true;
    return false;
  };
  if (auto* dict = ast::as<ast::Dict>(expr)) {
    TypeId key = kBottom, value = kBottom;
    std::vector<TypeId> keys, values;
    for (size_t i = 0; i < dict->values.size(); ++i) {
      TypeId v = eval(dict->values[i]);
      if (dict->keys[i]) {
        keys.push_back(eval(dict->keys[i]));
        values.push_back(v);
        key = table().join(key, keys.back());
        value = table().join(value, v);
        continue;
      }
      for (TypeId m : members_of(v)) {  // {**other}
        auto items = mapping_items(m).value_or(std::pair{kDyn, kDyn});
        key = table().join(key, items.first);
        value = table().join(value, items.second);
      }
    }
    if (has_dyn(has_dyn, key))
      for (TypeId t : keys) escape(t);
    if (has_dyn(has_dyn, value))
      for (TypeId t : values) escape(t);
    return table().dict_of(key, value);
  }
  std::span<ast::Expr* const> elts;
  if (auto* n = ast::as<ast::List>(expr)) elts = n->elts;
  if (auto* n = ast::as<ast::Tuple>(expr)) elts = n->elts;
  if (auto* n = ast::as<ast::Set>(expr)) elts = n->elts;
  std::vector<TypeId> items;
  bool fixed = true;  // every element's position is known
  for (const ast::Expr* e : elts) {
    if (auto* star = ast::as<ast::Starred>(e)) {
      TypeId spread = eval(star->value);
      record(e, spread);
      const Type& t = table().get(table().unfold(spread));
      if (t.kind == Kind::Tuple) {
        std::vector<TypeId> inner = t.args;
        items.insert(items.end(), inner.begin(), inner.end());
      } else {
        items.push_back(iterate(spread));
        fixed = false;
      }
      continue;
    }
    items.push_back(eval(e));
  }
  if (expr->kind == ast::Kind::Tuple && fixed) return table().tuple_of(items);
  TypeId element = kBottom;
  for (TypeId t : items) element = table().join(element, t);
  if (has_dyn(has_dyn, element))
    for (TypeId t : items) escape(t);
  if (expr->kind == ast::Kind::Tuple) return table().tuple_var(element);
  if (expr->kind == ast::Kind::Set) return table().set_of(element);
  return table().list_of(element);
}

// A comprehension runs in its own scope, inside the current specialisation;
// its first iterable is evaluated in the enclosing scope, as in CPython.
TypeId Inference::eval_comprehension(const ast::Expr* expr) {
  std::span<ast::Comprehension* const> generators;
  if (auto* n = ast::as<ast::ListComp>(expr)) generators = n->generators;
  if (auto* n = ast::as<ast::SetComp>(expr)) generators = n->generators;
  if (auto* n = ast::as<ast::DictComp>(expr)) generators = n->generators;
  if (auto* n = ast::as<ast::GeneratorExp>(expr)) generators = n->generators;
  TypeId first = eval(generators[0]->iter);
  const sema::Scope* saved = scope_;
  scope_ = symbols_->scope_of(expr);
  for (size_t i = 0; i < generators.size(); ++i) {
    const ast::Comprehension* g = generators[i];
    TypeId iterable = i == 0 ? first : eval(g->iter);
    // The first iterable's names are the enclosing scope's: not refined from in here.
    assign_iteration(g->target, i == 0 ? nullptr : g->iter, iterable, g->is_async);
    for (const ast::Expr* test : g->ifs) condition(test);
  }
  TypeId result;
  if (auto* n = ast::as<ast::DictComp>(expr)) {
    TypeId key = eval(n->key);
    result = table().dict_of(key, eval(n->value));
  } else if (auto* n = ast::as<ast::ListComp>(expr)) {
    result = table().list_of(eval(n->elt));
  } else if (auto* n = ast::as<ast::SetComp>(expr)) {
    result = table().set_of(eval(n->elt));
  } else {
    result = table().generator_of(eval(static_cast<const ast::GeneratorExp*>(expr)->elt));
  }
  scope_ = saved;
  return result;
}

std::vector<Argument> Inference::eval_arguments(const ast::Call* call) {
  std::vector<Argument> args;
  for (const ast::Expr* a : call->args) {
    if (auto* star = ast::as<ast::Starred>(a)) {
      TypeId t = eval(star->value);
      record(a, t);
      args.push_back({t, star->value, {}, Argument::Spread::Star});
    } else {
      args.push_back({eval(a), a});
    }
  }
  for (const ast::Keyword* k : call->keywords) {
    TypeId t = eval(k->value);
    if (k->arg.data())
      args.push_back({t, k->value, k->arg});
    else
      args.push_back({t, k->value, {}, Argument::Spread::DoubleStar});
  }
  return args;
}

TypeId Inference::eval_call(const ast::Call* call) {
  if (auto* attribute = ast::as<ast::Attribute>(call->func)) {
    TypeId receiver = eval(attribute->value);
    std::vector<Argument> args = eval_arguments(call);
    if (is_raw_setattr(call, table(), receiver)) {
      setattr_call(args[0].type, call->args[1], args[2].type, /*raw=*/true);
      return kNone;
    }
    return call_method(receiver, attribute, args, call);
  }
  TypeId callee = eval(call->func);
  std::vector<Argument> args = eval_arguments(call);
  return this->call(callee, args, call);
}

bool is_raw_setattr(const ast::Call* call, const TypeTable& table, TypeId receiver) {
  auto* attribute = ast::as<ast::Attribute>(call->func);
  if (!attribute || attribute->attr != "__setattr__" || call->args.size() != 3 || !call->keywords.empty()) return false;
  const Type& t = table.get(receiver);
  if (t.kind != Kind::Builtin || builtin_name(t.a) != "object") return false;
  return std::none_of(call->args.begin(), call->args.end(), [](const ast::Expr* a) { return a->kind == ast::Kind::Starred; });
}

std::optional<std::string_view> raw_setattr_name(const ast::Call* call, const TypeTable& table, TypeId receiver) {
  if (!is_raw_setattr(call, table, receiver)) return std::nullopt;
  auto* name = ast::as<ast::Constant>(call->args[1]);
  if (!name || name->value.kind != ast::Value::Kind::Str) return std::nullopt;
  return name->value.text;
}

// A value whose methods come from builtin_methods.cpp.
bool Inference::is_builtin_value(TypeId t) const {
  switch (out_.table.kind(out_.table.unfold(t))) {
    case Kind::Bool:
    case Kind::Int:
    case Kind::Float:
    case Kind::Complex:
    case Kind::Str:
    case Kind::Bytes:
    case Kind::ByteArray:
    case Kind::Range:
    case Kind::Slice:
    case Kind::List:
    case Kind::Dict:
    case Kind::Set:
    case Kind::Tuple:
    case Kind::TupleOf:
    case Kind::Iterator:
    case Kind::Generator:
    case Kind::Exception:
    case Kind::File:
      return true;
    default:
      return false;
  }
}

// super().__new__(cls) in a __new__ where no base class defines one, and
// object.__new__(cls): a new instance of each class cls may be.
std::optional<TypeId> Inference::object_new(TypeId receiver, std::string_view name, std::span<const Argument> args) {
  if (name != "__new__" || args.empty()) return std::nullopt;
  const Type& r = table().get(receiver);
  bool object = r.kind == Kind::Builtin && builtin_name(r.a) == "object";  // object.__new__(cls)
  if (!object && (r.kind != Kind::Super || load_member(receiver, std::string(name)) != kDyn)) return std::nullopt;
  TypeId result = kBottom;
  for (TypeId m : members_of(args[0].type)) {
    if (table().kind(m) != Kind::Class) return kDyn;
    mark_class_live(table().get(m).a);
    result = table().join(result, table().instance_of(table().get(m).a));
  }
  return result;
}

TypeId Inference::builtin_method_call(TypeId receiver, std::string_view name, std::span<const Argument> args,
                                      const ast::Expr* receiver_expr, const ast::Node* site) {
  BuiltinCall context{*this, table(), args, site};
  std::optional<TypeId> r = call_builtin_method(context, receiver, name, receiver_expr);
  if (!r) r = builtin_dunder_call(receiver, name, args);
  if (!r) escape_arguments(args);
  share_stored_arguments(receiver, name, args);  // aliasing.cpp
  return r.value_or(kDyn);
}

// object.__repr__(x), object.__eq__(a, b), object.__delattr__(x, name),
// ...: object's own methods called explicitly, past the class's overrides
// (codegen/builtin_class_methods.cpp); the values go to the run time boxed.
std::optional<TypeId> Inference::object_method(TypeId receiver, std::string_view name, std::span<const Argument> args) {
  const Type& r = table().get(receiver);
  if (r.kind != Kind::Builtin || builtin_name(r.a) != "object") return std::nullopt;
  bool plain = std::all_of(args.begin(), args.end(), [](const Argument& a) {
    return a.keyword.empty() && a.spread == Argument::Spread::None;
  });
  if (!plain) return std::nullopt;
  if (name == "__delattr__" || name == "__getattribute__") {  // delattr() and getattr() are past the class's
    TypeId builtin = table().builtin(*find_builtin(name == "__delattr__" ? "delattr" : "getattr"));
    return call(builtin, args);
  }
  std::optional<TypeId> result;
  if ((name == "__repr__" || name == "__str__") && args.size() == 1) result = kStr;
  if (name == "__eq__" && args.size() == 2) result = kDyn;  // True or NotImplemented
  if (name == "__hash__" && args.size() == 1) result = kInt;
  if (name == "__init__" && !args.empty()) result = kNone;
  if (!result) return std::nullopt;
  for (const Argument& a : args) escape(a.type);
  if (name == "__str__") dynamic_protocol(args[0].type, {"__repr__"});  // object.__str__ is repr()
  return result;
}

// receiver.name(args): methods of builtin types come from their table (and
// may refine the receiver: x.append(1)); the rest is a call of the attribute.
TypeId Inference::call_method(TypeId receiver, const ast::Attribute* attribute, std::span<const Argument> args,
                              const ast::Call* site) {
  std::string name(attribute->attr);
  TypeId result = kBottom;
  TypeId callee_type = kBottom;
  for (TypeId m : members_of(receiver)) {
    if (m == kNone || number_lacks(receiver, m, name)) continue;  // AttributeError: no value
    std::optional<TypeId> made = type_new(m, name, args);  // metaclasses.cpp
    if (!made) made = object_new(m, name, args);
    if (!made) made = object_method(m, name, args);
    if (!made) made = type_call(m, name, args);  // metaclasses.cpp
    if (made) {
      result = table().join(result, *made);
      callee_type = table().join(callee_type, kDyn);
      continue;
    }
    if (is_builtin_value(m)) {
      result = table().join(result, builtin_method_call(m, name, args, attribute->value, attribute));
      callee_type = table().join(callee_type, kDyn);
      continue;
    }
    if (m == kDyn) {
      dynamic_method_call(name);
      dynamic_store(name, args);  // aliasing.cpp
    }

    std::vector<TypeId> callees = table().kind(m) == Kind::Instance ? instance_member(m, name)
                                                                     : std::vector<TypeId>{load_member(m, name)};
    for (TypeId callee : callees) {
      callee_type = table().join(callee_type, callee);
      result = table().join(result, call(callee, args, site));
    }
  }
  record(attribute, callee_type);
  return result;
}

}  // namespace ingot::types
