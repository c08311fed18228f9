// Function objects and run-time argument binding, following CPython 3.11's
// initialize_locals (Python/ceval.c) step for step, messages included:
// positional arguments, *args, keywords (unknown, duplicate, positional-only
// passed by keyword), too many positional arguments, then the missing ones.
#include "runtime/function.h"

#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include "runtime/builtin_function.h"
#include "runtime/dict.h"
#include "runtime/dynamic_access.h"
#include "runtime/dynamic_iter.h"
#include "runtime/exception.h"
#include "runtime/generic_alias.h"
#include "runtime/method.h"
#include "runtime/tuple.h"

namespace ingot::rt {
namespace {

const TypeObject* const function_mro[] = {&function_type, &object_type};

Str function_repr(const Object* object) {
  auto* f = reinterpret_cast<const FunctionObject*>(object);
  char address[32];
  std::snprintf(address, sizeof address, "%p", static_cast<const void*>(object));
  return Str::from_utf8("<function " + std::string(f->signature->qualname) + " at " + address + ">");
}

Value function_entry(const FunctionObject* f, const CallArgs& args) {
  if (!f->entry) [[unlikely]]
    raise(exc::SystemError, "ingot: " + std::string(f->signature->qualname) + "() has no boxed entry point");
  return f->entry(f, args);
}

// The attributes set on the function, made on first use (its __dict__).
Dict<Str, Value> attribute_dict(const FunctionObject* f) {
  auto* mutable_f = const_cast<FunctionObject*>(f);
  if (!mutable_f->attributes) mutable_f->attributes = &Dict<Str, Value>().object()->header;
  return Dict<Str, Value>(reinterpret_cast<DictObject<Str, Value>*>(mutable_f->attributes));
}

bool function_getattr(const Object* object, Str name, Value* out) {
  auto* f = reinterpret_cast<const FunctionObject*>(object);
  std::string_view n = name.view();
  // What was set (functools.wraps's __name__, __doc__) comes first.
  if (f->attributes)
    if (Value* v = attribute_dict(f).find(name)) {
      *out = *v;
      return true;
    }
  if (n == "__name__") *out = Str::from_utf8(f->signature->name);
  else if (n == "__qualname__") *out = Str::from_utf8(f->signature->qualname);
  else if (n == "__module__") *out = Str::from_utf8(f->signature->module);
  else if (n == "__doc__") *out = f->signature->doc ? Value(Str::from_utf8(f->signature->doc)) : Value::none();
  else if (n == "__defaults__") *out = f->defaults;
  else if (n == "__kwdefaults__") *out = f->kwdefaults;
  else if (n == "__code__") *out = code_object(f->signature);
  else if (n == "__dict__") *out = box(attribute_dict(f));
  else return false;
  return true;
}

bool function_setattr(const Object* object, Str name, Value value) {
  attribute_dict(reinterpret_cast<const FunctionObject*>(object)).set(name, value);
  return true;
}

bool function_delattr(const Object* object, Str name) {
  auto* f = reinterpret_cast<const FunctionObject*>(object);
  if (!f->attributes || !attribute_dict(f).contains(name)) return false;
  attribute_dict(f).del(name);
  return true;
}

Value function_call(const Object* object, std::span<const Value> args) {
  return function_entry(reinterpret_cast<const FunctionObject*>(object), CallArgs{args.data(), args.size(), {}});
}

std::string quote(std::string_view name) { return "'" + std::string(name) + "'"; }

// "a", "a and b", "a, b, and c" (CPython's format_missing).
std::string natural_list(const std::vector<std::string>& names) {
  if (names.size() == 1) return names[0];
  if (names.size() == 2) return names[0] + " and " + names[1];
  std::string out;
  for (size_t i = 0; i + 2 < names.size(); ++i) out += (i ? ", " : "") + names[i];
  return out + ", " + names[names.size() - 2] + ", and " + names.back();
}

[[noreturn]] void raise_missing(const Signature& s, const std::vector<std::string>& names, const char* kind) {
  raise(exc::TypeError, std::string(s.qualname) + "() missing " + std::to_string(names.size()) + " required " +
                            kind + " argument" + (names.size() == 1 ? "" : "s") + ": " + natural_list(names));
}

[[noreturn]] void raise_too_many_positional(const Signature& s, size_t given, size_t defaults, size_t kwonly_given) {
  std::string takes;
  bool plural;
  if (defaults) {
    takes = "from " + std::to_string(s.positional - defaults) + " to " + std::to_string(s.positional);
    plural = true;
  } else {
    takes = std::to_string(s.positional);
    plural = s.positional != 1;
  }
  std::string kwonly;
  if (kwonly_given)
    kwonly = std::string(" positional argument") + (given != 1 ? "s" : "") + " (and " +
             std::to_string(kwonly_given) + " keyword-only argument" + (kwonly_given != 1 ? "s" : "") + ")";
  raise(exc::TypeError, std::string(s.qualname) + "() takes " + takes + " positional argument" + (plural ? "s" : "") +
                            " but " + std::to_string(given) + kwonly + (given == 1 && !kwonly_given ? " was" : " were") +
                            " given");
}

}  // namespace

const TypeObject function_type{.name = "function",
                               .module = "builtins",
                               .mro = function_mro,
                               .str = function_repr,
                               .repr = function_repr,
                               .getattr = function_getattr,
                               .setattr = function_setattr,
                               .delattr = function_delattr,
                               .call = function_call};

void bind_arguments(const Signature& s, std::span<const Value> defaults, const CallArgs& args, Value* out) {
  // Slot k of the named parameters (positional ones, then keyword-only) is
  // parameter named_index(k); *args sits between them, **kwargs last.
  const size_t named = s.positional + s.keyword_only;
  auto param_of = [&](size_t k) { return k < s.positional ? k : k + (s.varargs ? 1 : 0); };
  std::vector<bool> filled(named, false);
  size_t given = args.positional;
  size_t n = std::min<size_t>(given, s.positional);
  for (size_t i = 0; i < n; ++i) out[i] = args.values[i], filled[i] = true;
  if (s.varargs) out[s.positional] = box(TupleOf<Value>(std::span<const Value>(args.values + n, given - n)));
  Dict<Str, Value> kwargs{static_cast<DictObject<Str, Value>*>(nullptr)};
  if (s.varkeywords) kwargs = Dict<Str, Value>(), out[s.params.size() - 1] = box(kwargs);
  for (size_t i = 0; i < args.keywords.size(); ++i) {
    Str keyword = args.keywords[i];
    Value value = args.values[given + i];
    size_t k = s.positional_only;
    while (k < named && s.params[param_of(k)] != keyword.view()) ++k;
    if (k == named) {
      if (s.varkeywords) {
        kwargs.set(keyword, value);
        continue;
      }
      std::string conflicts;
      for (size_t p = 0; p < s.positional_only; ++p)
        for (Str other : args.keywords)
          if (other.view() == s.params[p]) {
            conflicts += (conflicts.empty() ? "" : ", ") + std::string(s.params[p]);
            break;
          }
      if (!conflicts.empty())
        raise(exc::TypeError, std::string(s.qualname) +
                                  "() got some positional-only arguments passed as keyword arguments: '" + conflicts +
                                  "'");
      raise(exc::TypeError,
            std::string(s.qualname) + "() got an unexpected keyword argument '" + std::string(keyword.view()) + "'");
    }
    if (filled[k])
      raise(exc::TypeError,
            std::string(s.qualname) + "() got multiple values for argument '" + std::string(keyword.view()) + "'");
    out[param_of(k)] = value, filled[k] = true;
  }
  size_t positional_defaults = 0;
  for (size_t k = 0; k < s.positional; ++k) positional_defaults += s.default_index[k] >= 0;
  if (given > s.positional && !s.varargs) {
    size_t kwonly_given = 0;
    for (size_t k = s.positional; k < named; ++k) kwonly_given += filled[k];
    raise_too_many_positional(s, given, positional_defaults, kwonly_given);
  }
  std::vector<std::string> missing;
  for (size_t k = given; k < s.positional - positional_defaults; ++k)
    if (!filled[k]) missing.push_back(quote(s.params[k]));
  if (!missing.empty()) raise_missing(s, missing, "positional");
  for (size_t k = s.positional - positional_defaults; k < s.positional; ++k)
    if (!filled[k]) out[k] = defaults[s.default_index[k]];
  for (size_t k = s.positional; k < named; ++k) {
    if (filled[k]) continue;
    size_t p = param_of(k);
    if (s.default_index[p] >= 0) {
      out[p] = defaults[s.default_index[p]];
    } else {
      missing.push_back(quote(s.params[p]));
    }
  }
  if (!missing.empty()) raise_missing(s, missing, "keyword-only");
}

namespace {

// What CPython's messages call the callee (_PyObject_FunctionStr).
std::string callee_text(Value callee) {
  if (!callee.is_small_int() && callee.object()->type == &function_type) {
    const Signature* s = reinterpret_cast<const FunctionObject*>(callee.object())->signature;
    return std::string(s->module) + "." + std::string(s->qualname) + "()";
  }
  return std::string(type_name(callee)) + " object";
}

}  // namespace

void ArgumentList::add_star(Value iterable) {
  std::optional<ValueIterator> items;
  try {
    items.emplace(iterable);
  } catch (const PyException& e) {
    if (!e.matches(exc::TypeError)) throw;
    raise(exc::TypeError,
          callee_text(callee_) + " argument after * must be an iterable, not " + std::string(type_name(iterable)));
  }
  Value item;
  while (items->next(item)) values_.push_back(item);
}

void ArgumentList::add_keyword(Str name, Value v) {
  for (Str k : keywords_)
    if (k == name)
      raise(exc::TypeError,
            callee_text(callee_) + " got multiple values for keyword argument '" + std::string(name.view()) + "'");
  keywords_.push_back(name);
  keyword_values_.push_back(v);
}

void ArgumentList::add_double_star(Value mapping) {
  if (mapping.is_small_int() || mapping.object()->type != &dict_type)
    raise(exc::TypeError,
          callee_text(callee_) + " argument after ** must be a mapping, not " + std::string(type_name(mapping)));
  ValueIterator keys(mapping);
  Value key;
  while (keys.next(key)) {
    if (&key.type() != &str_type) raise(exc::TypeError, callee_text(callee_) + " keywords must be strings");
    add_keyword(key.as_str(), getitem(mapping, key));
  }
}

CallArgs ArgumentList::args() {
  size_t positional = values_.size();
  for (Value v : keyword_values_) values_.push_back(v);
  return CallArgs{values_.data(), positional, keywords_};
}

void raise_unbound_free(const char* name) {
  raise(exc::NameError, "cannot access free variable '" + std::string(name) +
                            "' where it is not associated with a value in enclosing scope");
}

Value call_args(Value callee, const CallArgs& args) {
  if (!callee.is_small_int() && callee.object()->type == &function_type)
    return function_entry(reinterpret_cast<const FunctionObject*>(callee.object()), args);
  // Builtins bind their own keywords (builtin_function.h).
  if (!callee.is_small_int() && callee.object()->type == &builtin_function_type)
    return reinterpret_cast<const BuiltinFunction*>(callee.object())->call(args);
  if (!callee.is_small_int() && callee.object()->type->is_subclass_of(type_type))  // a metaclass's instance too
    if (auto* c = reinterpret_cast<const ClassObject*>(callee.object()); c->construct) return c->construct(args);
  // A bound method with keywords (`obj.m(*a, k=v)` on a Value): its
  // function's entry, self first.
  if (!callee.is_small_int() && callee.object()->type == &method_type && !args.keywords.empty()) {
    auto* m = reinterpret_cast<const MethodObject*>(callee.object());
    if (!m->function->entry) raise(exc::SystemError, "ingot: a method called where the analysis saw no such call");
    GcVector<Value> values{m->self};
    values.insert(values.end(), args.values, args.values + args.positional + args.keywords.size());
    return m->function->entry(m->function, CallArgs{values.data(), args.positional + 1, args.keywords});
  }
  // An alias calls its origin (`dict[str, int](a=1)`, generic_alias.h).
  if (is_generic_alias(callee)) return call_args(getattr(callee, Str::from_ascii("__origin__")), args);
  // What cannot be called at all says so, keywords or not.
  if (args.keywords.empty() || !callable(callee))
    return call(callee, std::span<const Value>(args.values, args.positional));
  raise(exc::TypeError, std::string(type_name(callee)) + "() takes no keyword arguments");
}

}  // namespace ingot::rt
