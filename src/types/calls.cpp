// Calls: binding arguments to parameters, choosing the specialisation,
// creating instances, and the dunders the language calls implicitly.
#include <algorithm>

#include "types/inference.h"

namespace ingot::types {

TypeId Inference::call(TypeId callee, std::span<const Argument> args, const ast::Expr* site) {
  std::vector<TypeId> members = members_of(callee);
  // A class beside other kinds of callee (`{"a": A, "n": 1}[k]()`) is
  // called through its boxed class object (codegen's class_unions.cpp takes
  // only classes and None), as a dyn callee's classes are.
  bool classes_only = std::all_of(members.begin(), members.end(), [&](TypeId m) {
    return table().kind(m) == Kind::Class || table().kind(m) == Kind::None;
  });
  if (!classes_only)
    for (TypeId m : members)
      if (table().kind(m) == Kind::Class) {
        escape(m);
        dyn_construct(table().get(m).a);
      }
  TypeId result = kBottom;
  std::vector<TypeId> results;
  for (TypeId m : members) {
    results.push_back(call_member(m, args, site));
    result = table().join(result, results.back());
  }
  // A member's value joined into dyn (a class beside None or an unknown
  // callee) is read as a Value: dyn receivers may reach it.
  if (result == kDyn)
    for (TypeId r : results) escape(r);
  return result;
}

TypeId Inference::call_member(TypeId callee, std::span<const Argument> args, const ast::Expr* site) {
  const Type type = table().get(callee);
  switch (type.kind) {
    case Kind::Function:
      return call_function(type.a, type.b, args, site);
    case Kind::BoundMethod: {
      std::vector<Argument> with_self{Argument{type.args[0]}};
      with_self.insert(with_self.end(), args.begin(), args.end());
      return call_function(type.a, type.b, with_self, site);
    }
    case Kind::Class:
      if (auto made = metaclass_call(type.a, args)) return *made;  // metaclasses.cpp
      return instantiate(type.a, args);
    case Kind::Builtin: {
      BuiltinCall context{*this, table(), args, nullptr, type.a};
      TypeId result = builtin_info(type.a).rule(context);
      if (builtin_info(type.a).kind == BuiltinKind::Exception) result = table().exception_instance(type.a);
      bool known = std::none_of(args.begin(), args.end(), [](const Argument& a) { return a.type == kBottom; });
      if (result == kBottom && known && context.spreads()) {
        // f(*args) that the rule cannot see into: bound at run time.
        escape_arguments(args);
        result = kDyn;
      }
      if (context.positional() == args.size()) {
        std::vector<TypeId> types;
        for (const Argument& a : args) types.push_back(a.type);
        TypeId& recorded = out_.builtin_results.try_emplace({type.a, std::move(types)}, kBottom).first->second;
        recorded = table().join(recorded, result);
      }
      return result;
    }
    case Kind::Instance:
      if (auto result = call_dunder(callee, "__call__", args)) return *result;
      return kDyn;
    case Kind::Bottom:
      return kBottom;
    case Kind::Dyn:
      dynamic_class_call();
      dynamic_method_call("__call__");
      escape_arguments(args);
      return kDyn;
    default:
      escape_arguments(args);
      return kDyn;
  }
}

TypeId Inference::call_function(FunctionId function, SpecId env, std::span<const Argument> args, const ast::Expr* site) {
  for (const Argument& a : args)
    if (a.type == kBottom) return kBottom;  // called again once the argument has a type
  const FunctionInfo& f = out_.functions[function];
  std::vector<TypeId> params;
  SpecId spec;
  bool widened = false;
  if (bind_arguments(f, args, params)) {
    spec = specialise(function, env, params);
    widened = spec != kNoSpec && out_.specs[spec]->args != params;  // past kMaxSpecs (a classmethod's own class)
  } else {
    // The run-time argument binder of the dyn specialisation raises the
    // TypeError CPython raises.
    escape_arguments(args);
    spec = specialise(function, env, dyn_arguments(f, f.params.size()), true);
  }
  if (spec == kNoSpec) return kBottom;  // deferred to the end of this evaluation
  // Past kMaxSpecs the call runs the dyn specialisation: what it passes
  // flows where the analysis no longer follows it.
  if (out_.specs[spec]->on_dyn || widened) escape_arguments(args);
  note_callee(spec);
  note_call_result(site, spec);  // aliasing.cpp
  refine_arguments(f, *out_.specs[spec], args);
  return read(out_.specs[spec]->result);
}

// Python's argument binding, on types. False when the call would raise
// TypeError (too many or too few arguments, an unknown keyword).
bool Inference::bind_arguments(const FunctionInfo& f, std::span<const Argument> args, std::vector<TypeId>& out) {
  out.assign(f.params.size(), kBottom);
  std::vector<bool> bound(f.params.size(), false);
  // Bound for sure (not just maybe, by a spread of unknown length): a
  // mapping spread cannot give these too, the call would raise.
  std::vector<bool> given(f.params.size(), false);
  auto find = [&](ParamKind kind) {
    auto it = std::find_if(f.params.begin(), f.params.end(), [&](const Param& p) { return p.kind == kind; });
    return it == f.params.end() ? -1 : static_cast<int>(it - f.params.begin());
  };
  int varargs = find(ParamKind::VarArgs);
  int varkeywords = find(ParamKind::VarKeywords);
  size_t next = 0;  // the next positional parameter
  auto positional = [&](size_t i) {
    return i < f.params.size() &&
           (f.params[i].kind == ParamKind::PositionalOnly || f.params[i].kind == ParamKind::Positional);
  };
  std::vector<TypeId> extra;  // positional arguments past the parameters: *args
  bool extra_unknown = false;
  TypeId spread_keywords = kBottom;
  bool has_spread_keywords = false;
  for (const Argument& a : args) {
    if (a.spread == Argument::Spread::Star) {
      const Type t = table().get(table().unfold(a.type));
      if (t.kind == Kind::Tuple) {
        for (TypeId e : t.args) {
          if (positional(next)) {
            out[next] = e, bound[next] = given[next] = true, ++next;
          } else {
            extra.push_back(e);
          }
        }
        continue;
      }
      // Unknown length: it may fill any remaining positional parameter.
      TypeId element = iterate(a.type);
      for (size_t i = next; positional(i); ++i) out[i] = table().join(out[i], element), bound[i] = true;
      extra.push_back(element);
      extra_unknown = true;
      continue;
    }
    if (a.spread == Argument::Spread::DoubleStar) {
      const Type t = table().get(a.type);
      spread_keywords = table().join(spread_keywords, t.kind == Kind::Dict ? t.args[1] : kDyn);
      has_spread_keywords = true;
      continue;
    }
    if (a.keyword.empty()) {
      if (positional(next)) {
        out[next] = table().join(out[next], a.type), bound[next] = given[next] = true, ++next;
      } else {
        extra.push_back(a.type);
      }
      continue;
    }
    auto it = std::find_if(f.params.begin(), f.params.end(), [&](const Param& p) {
      return p.name == a.keyword && p.kind != ParamKind::PositionalOnly && p.kind != ParamKind::VarArgs &&
             p.kind != ParamKind::VarKeywords;
    });
    if (it != f.params.end()) {
      size_t i = it - f.params.begin();
      out[i] = table().join(out[i], a.type), bound[i] = given[i] = true;
    } else if (varkeywords >= 0) {
      out[varkeywords] = table().join(out[varkeywords], a.type);
    } else {
      return false;
    }
  }
  if (!extra.empty() && varargs < 0 && !extra_unknown) return false;
  for (size_t i = 0; i < f.params.size(); ++i) {
    const Param& p = f.params[i];
    if (p.kind == ParamKind::VarArgs) {
      TypeId all = kBottom;
      for (TypeId e : extra) all = table().join(all, e);
      out[i] = extra_unknown ? table().tuple_var(all) : table().tuple_of(extra);
    } else if (p.kind == ParamKind::VarKeywords) {
      out[i] = table().dict_of(out[i] == kBottom && !has_spread_keywords ? kBottom : kStr,
                               table().join(out[i], spread_keywords));
    } else if (has_spread_keywords && p.kind != ParamKind::PositionalOnly && !given[i]) {
      out[i] = table().join(out[i], spread_keywords), bound[i] = true;
    }
    if (p.default_index >= 0) {
      TypeId default_type = read(out_.functions[f.id].defaults[p.default_index]);
      if (!bound[i]) out[i] = default_type, bound[i] = true;
      else if (extra_unknown || has_spread_keywords) out[i] = table().join(out[i], default_type);
    }
    if (!bound[i] && p.kind != ParamKind::VarArgs && p.kind != ParamKind::VarKeywords) {
      if (!extra_unknown && !has_spread_keywords) return false;
      out[i] = kDyn;
    }
    if (out[i] == kBottom && p.kind != ParamKind::VarArgs && p.kind != ParamKind::VarKeywords) out[i] = kDyn;
  }
  return true;
}

// A container passed to a function is the parameter (`def add(xs):
// xs.append(1.5)` grows the caller's list): the argument shares the
// parameter's final type (aliasing.cpp). Positional arguments past the
// positional parameters share the items of the *args tuple, and a spread
// tuple of known length the parameters it fills, as a tuple.
void Inference::refine_arguments(const FunctionInfo& f, const Spec& spec, std::span<const Argument> args) {
  auto param = [&](size_t i) {
    auto& variables = out_.specs[spec.id]->variables;
    auto it = variables.find(f.params[i].symbol);
    return it == variables.end() ? kBottom : read(it->second);
  };
  size_t varargs = f.params.size();
  for (size_t k = 0; k < f.params.size(); ++k)
    if (f.params[k].kind == ParamKind::VarArgs) varargs = k;
  size_t next = 0, extra = 0;
  // The place of the next positional argument: a parameter or an item of *args.
  auto positional_place = [&]() {
    if (next < f.params.size() && (f.params[next].kind == ParamKind::PositionalOnly ||
                                   f.params[next].kind == ParamKind::Positional))
      return param(next++);
    if (varargs == f.params.size()) return kBottom;
    const Type items = table().get(param(varargs));
    size_t at = extra++;
    if (items.kind == Kind::Tuple) return at < items.args.size() ? items.args[at] : kBottom;
    return items.kind == Kind::TupleOf ? items.args[0] : kBottom;
  };
  for (const Argument& a : args) {
    if (a.spread == Argument::Spread::Star) {
      const Type spread = table().get(a.type);
      if (spread.kind != Kind::Tuple) return;  // positions unknown from here
      std::vector<TypeId> places;
      for (size_t k = 0; k < spread.args.size(); ++k) places.push_back(positional_place());
      if (a.expr && holds_container(a.type)) share(a.expr, a.type, table().tuple_of(places));
      continue;
    }
    if (a.spread == Argument::Spread::DoubleStar) return;
    TypeId place = kBottom;
    if (a.keyword.empty()) {
      place = positional_place();
    } else {
      for (size_t k = 0; k < f.params.size(); ++k)
        if (f.params[k].name == a.keyword) place = param(k);
    }
    if (a.expr && holds_container(a.type)) share(a.expr, a.type, place);
  }
}

bool Inference::class_complete(ClassId cls) const {
  for (ClassId k : out_.classes[cls].mro)
    if (!out_.classes[k].body_evaluated) return false;
  return true;
}

TypeId Inference::instantiate(ClassId cls, std::span<const Argument> args) {
  mark_class_live(cls);
  TypeId instance = table().instance_of(cls);
  ClassId owner;
  // A program's __new__ (a staticmethod) makes what C() gives, with the
  // class first; __init__ runs on it where it is an instance of C.
  if (Slot* made = find_class_attribute(cls, "__new__", &owner); made && table().kind(made->type) == Kind::Function) {
    std::vector<Argument> with_class{Argument{table().class_object(cls)}};
    with_class.insert(with_class.end(), args.begin(), args.end());
    TypeId result = call(made->type, with_class);
    for (TypeId m : members_of(result))
      if (table().kind(m) == Kind::Instance && is_subclass(table().get(m).a, cls))
        if (Slot* init = find_class_attribute(table().get(m).a, "__init__", &owner)) call(bind(init->type, m, owner), args);
    return result;
  }
  // A builtin base's __new__ stores the value first (driver/builtin_bases.h).
  if (Slot* make = find_class_attribute(cls, "_ingot_new_", &owner)) call(bind(make->type, instance, owner), args);
  if (Slot* init = find_class_attribute(cls, "__init__", &owner)) {
    call(bind(init->type, instance, owner), args);
  } else {
    escape_arguments(args);  // object.__init__, or a builtin base's
  }
  // Sets, dicts and the dynamic paths hash and compare instances through
  // the class's slots, which call these (codegen/dunders.cpp).
  if (find_class_attribute(cls, "__hash__", &owner)) call_dunder(instance, "__hash__", {});
  if (find_class_attribute(cls, "__eq__", &owner)) {
    call_dunder(instance, "__eq__", std::vector<Argument>{Argument{instance}});
    // A builtin base's instance equals a plain value of the builtin: a
    // tuple subclass's key is found by an equal tuple.
    if (find_class_attribute(cls, "_ingot_builtin_")) call_dunder(instance, "__eq__", std::vector<Argument>{Argument{kDyn}});
  }
  return instance;
}

std::optional<TypeId> Inference::call_dunder(TypeId instance, std::string_view name, std::span<const Argument> args,
                                               const ast::Expr* site) {
  const Type& type = table().get(instance);
  if (type.kind == Kind::Class) return metaclass_dunder(instance, name, args);  // metaclasses.cpp
  if (type.kind != Kind::Instance) return std::nullopt;
  ClassId owner;
  std::string key(name);
  std::vector<TypeId> methods;  // called one by one: see instance_member()
  if (type.b) overrides(type.a, key, methods);
  if (Slot* slot = find_class_attribute(type.a, key, &owner)) methods.push_back(bind(slot->type, instance, owner));
  if (methods.empty()) return class_complete(type.a) ? std::nullopt : std::optional<TypeId>(kBottom);
  TypeId result = kBottom;
  for (TypeId method : methods) result = table().join(result, call(method, args, site));
  return result;
}

void Inference::stringify(TypeId value, bool repr) {
  for (TypeId m : table().members(value)) {  // not unfolded: a recursive type's body is finite
    const Type type = table().get(m);
    switch (type.kind) {
      case Kind::Instance:
      case Kind::Class:  // a metaclass's __str__/__repr__
        if (repr || !call_dunder(m, "__str__", {})) call_dunder(m, "__repr__", {});
        break;
      case Kind::Dyn:
        if (!repr) dynamic_protocol(m, {"__str__"});
        dynamic_protocol(m, {"__repr__"});
        break;
      case Kind::Recursive:
      case Kind::List:
      case Kind::Set:
      case Kind::Dict:
      case Kind::Tuple:
      case Kind::TupleOf:
        for (TypeId arg : type.args) stringify(arg, true);
        break;
      default:
        break;
    }
  }
}

// A value that flows where the analysis cannot follow it (into a dyn call,
// a dyn container, an unknown attribute) may be called with anything:
// functions get their dyn specialisation. Instances and classes do not get
// one for each method (that would make every attribute a method assigns
// dyn); docs/types.md, "Escape", says what code generation does instead.
void Inference::escape(TypeId value, bool lasting) {
  if (value == kBottom || value == kDyn || (!escaped_.insert(value).second && !lasting)) return;
  for (TypeId m : members_of(value)) {
    const Type type = table().get(m);
    switch (type.kind) {
      case Kind::Function:
      case Kind::BoundMethod:
        request_dyn_spec(type.a, type.b);
        if (lasting) lasting_escapes_.insert({type.a, type.b});
        break;
      case Kind::Class:  // it may be called where the analysis cannot see
        mark_class_live(type.a);
        escape_class(type.a);
        break;
      case Kind::Instance:  // a method called on a dyn may run on it (live_classes.cpp)
        mark_class_boxed(type.a, type.b);
        break;
      default:  // a super object's args hold its self
        for (TypeId arg : type.args) escape(arg, lasting);
        break;
    }
  }
}

// A class object that escapes may be what a dyn callee holds: the calls of
// dyn callees construct it (dynamic_class_call), as dyn values.
void Inference::escape_class(ClassId cls) {
  if (out_.classes[cls].escaped) return;
  out_.classes[cls].escaped = true;
  mark_class_boxed(cls, false);
  notify_readers(live_classes_grew_);
}

// dyn(...): any escaped class may be called, on arguments bound at run time
// (`registry[name](**options)`). As for methods on dyn receivers
// (dynamic_method_call), only a program that calls dyn values widens them.
void Inference::dynamic_class_call() {
  read(live_classes_grew_);
  for (size_t i = 0; i < out_.classes.size(); ++i)  // a dyn specialisation may define classes
    if (out_.classes[i].escaped) dyn_construct(ClassId(i));
}

// A class called through its boxed class object: its __init__ gets the dyn
// specialisation that the class object's construct entry binds the
// arguments to (codegen/dunders.cpp).
void Inference::dyn_construct(ClassId cls) {
  if (Slot* init = find_class_attribute(cls, "__init__"))
    for (TypeId m : members_of(read(*init))) {
      const Type& t = table().get(m);
      if (t.kind == Kind::Function && out_.functions[t.a].method_kind == MethodKind::Plain) request_dyn_spec(t.a, t.b);
    }
}

void Inference::escape_arguments(std::span<const Argument> args) {
  for (const Argument& a : args) {
    escape(a.type);
    // The callee may store anything into a container it is given.
    if (a.spread == Argument::Spread::None) share(a.expr, a.type, kDyn);
  }
}

void Inference::request_dyn_spec(FunctionId function, SpecId env) {
  const FunctionInfo& f = out_.functions[function];
  SpecId spec = specialise(function, env, dyn_arguments(f, f.params.size()), true);
  if (spec != kNoSpec) note_callee(spec);
}

}  // namespace ingot::types
