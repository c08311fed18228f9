// Builtin functions and builtin classes as values (builtin_function.h).
#include "runtime/builtin_function.h"

#include <string>
#include <unordered_map>

#include "runtime/abc_registry.h"
#include "runtime/dynamic_builtins.h"
#include "runtime/dynamic_unbox.h"
#include "runtime/exception.h"
#include "runtime/generic_alias.h"
#include "runtime/instance_dunders.h"
#include "runtime/protocol.h"
#include "runtime/run_class.h"
#include "runtime/tuple.h"

namespace ingot::rt {
namespace {

const TypeObject* const builtin_function_mro[] = {&builtin_function_type, &object_type};

const BuiltinFunction* builtin_of(const Object* object) { return reinterpret_cast<const BuiltinFunction*>(object); }

Str builtin_repr(const Object* object) {
  const BuiltinFunction* f = builtin_of(object);
  if (f->method)
    return Str::from_utf8("<method '" + std::string(f->name) + "' of '" + std::string(f->module) + "' objects>");
  return Str::from_utf8("<built-in function " + std::string(f->name) + ">");
}

bool builtin_getattr(const Object* object, Str name, Value* out) {
  const BuiltinFunction* f = builtin_of(object);
  std::string_view n = name.view();
  if (n == "__name__" || n == "__qualname__") *out = Str::from_utf8(f->name);
  else if (n == "__module__" && !f->method) *out = Str::from_utf8(f->module);
  else return false;
  return true;
}

Value builtin_call(const Object* object, std::span<const Value> args) {
  return builtin_of(object)->call(CallArgs{args.data(), args.size(), {}});
}

}  // namespace

const TypeObject builtin_function_type{.name = "builtin_function_or_method", .module = "builtins",
                                       .mro = builtin_function_mro, .str = builtin_repr, .repr = builtin_repr,
                                       .getattr = builtin_getattr, .call = builtin_call};

int64_t hash(const BuiltinFunction* f) { return hash(box(f)); }

void raise_builtin_arity(const BuiltinArity& arity, size_t given) {
  std::string name(arity.name), count = std::to_string(given);
  auto arguments = [](size_t n) { return std::to_string(n) + (n == 1 ? " argument" : " arguments"); };
  switch (arity.style) {
    case BuiltinArity::One:
      if (arity.max == 0) raise(exc::TypeError, name + "() takes no arguments (" + count + " given)");  // METH_NOARGS
      raise(exc::TypeError, name + "() takes exactly one argument (" + count + " given)");
    case BuiltinArity::Expected: {
      const char* bound = arity.min == arity.max ? " expected " : given < arity.min ? " expected at least " : " expected at most ";
      raise(exc::TypeError, name + bound + arguments(given < arity.min ? arity.min : arity.max) + ", got " + count);
    }
    case BuiltinArity::Least:
      if (arity.min == arity.max)  // math.prod
        raise(exc::TypeError, name + "() takes exactly " + std::to_string(arity.min) + " positional argument" +
                                  (arity.min == 1 ? "" : "s") + " (" + count + " given)");
      if (given < arity.min)
        raise(exc::TypeError, name + "() takes at least " + std::to_string(arity.min) + " positional argument" +
                                  (arity.min == 1 ? "" : "s") + " (" + count + " given)");
      [[fallthrough]];
    case BuiltinArity::Named:
      if (given < arity.min)
        raise(exc::TypeError, name + "() missing required argument '" + std::string(arity.params[given]) + "' (pos " +
                                  std::to_string(given + 1) + ")");
      raise(exc::TypeError, name + "() takes at most " + arguments(arity.max) + " (" + count + " given)");
    case BuiltinArity::Requires:
      raise(exc::TypeError, name + " requires " + std::to_string(arity.min) + " to " + std::to_string(arity.max) + " arguments");
    case BuiltinArity::OneOrThree:
      if (given == 3) raise(exc::SystemError, "ingot: " + name + "() with three arguments is not supported yet");
      raise(exc::TypeError, name + "() takes 1 or 3 arguments");
  }
  raise(exc::SystemError, "ingot: bad builtin arity");
}

void raise_no_keywords(std::string_view name) {
  raise(exc::TypeError, std::string(name) + "() takes no keyword arguments");
}

namespace {

// The one class object of each class: the program's, registered as they
// are defined, and the builtin ones, made on first use.
std::unordered_map<const TypeObject*, const ClassObject*>& class_objects() {
  static std::unordered_map<const TypeObject*, const ClassObject*> made;
  return made;
}

}  // namespace

const ClassObject* builtin_class(const TypeObject& type, BuiltinEntry construct) {
  const ClassObject*& object = class_objects()[&type];
  // Class objects live as long as their classes (static data): plain
  // `new`, which the collector neither scans nor frees, is enough. Only
  // these get a `construct` (the program's own are const statics).
  if (!object) object = new ClassObject{{&type_type}, &type};
  if (construct) const_cast<ClassObject*>(object)->construct = construct;
  return object;
}

bool register_class(const ClassObject* cls) {
  class_objects()[cls->cls] = cls;
  return true;
}

Value type_of(Value v) {
  if (!v.is_small_int())
    if (const ClassObject* run = instance_run(v.object())) return box(run);  // run_class.h
  return box(builtin_class(v.type()));
}

namespace {

// (A class with a metaclass is an instance of a subclass of type.)
bool is_class(Value v) { return !v.is_small_int() && v.object()->type->is_subclass_of(type_type); }

// Whether `type` (the class of `subject` for isinstance, `subject` itself
// for issubclass) is a subclass of the class or of one in the tuple (or
// union) `classes`; `run` is the tested class object where it was made by
// a run of its statement (run_class.h), which a run's class object must
// then be along. `caller` names isinstance or issubclass in the errors.
bool subclass_of(const TypeObject& type, Value classes, std::string_view caller, Value subject,
                 const ClassObject* run = nullptr) {
  if (is_class(classes))
    return is_subclass(type, class_of(classes)) && run_matches(run, reinterpret_cast<const ClassObject*>(classes.object()));
  classes = union_members(classes);
  if (!classes.is_small_int() && classes.object()->type == &tuple_type) {
    for (Value c : unbox<TupleOf<Value>>(classes))
      if (subclass_of(type, c, caller, subject, run)) return true;
    return false;
  }
  // Another object answers through its class's hook (typing's aliases).
  std::string_view hook = caller == "isinstance" ? "__instancecheck__" : "__subclasscheck__";
  if (Value answer; call_special(classes, hook, {&subject, 1}, &answer)) return truth(answer);
  if (is_generic_alias(classes))
    raise(exc::TypeError, std::string(caller) + "() argument 2 cannot be a parameterized generic");
  raise(exc::TypeError, caller == "isinstance" ? "isinstance() arg 2 must be a type, a tuple of types, or a union"
                                               : "issubclass() arg 2 must be a class, a tuple of classes, or a union");
}

bool exception_class(Value v) { return is_class(v) && is_subclass(class_of(v), exc::BaseException); }

// Whether `classes` is an exception class or a tuple of them (not nested,
// unlike isinstance's).
bool exception_classes(Value classes) {
  if (classes.is_small_int() || classes.object()->type != &tuple_type) return exception_class(classes);
  for (Value c : unbox<TupleOf<Value>>(classes))
    if (!exception_class(c)) return false;
  return true;
}

}  // namespace

bool handler_matches(Value exception, Value classes) {
  if (!exception_classes(classes))
    raise(exc::TypeError, "catching classes that do not inherit from BaseException is not allowed");
  const ClassObject* run = exception.is_small_int() ? nullptr : instance_run(exception.object());
  return subclass_of(exception.type(), classes, "except", exception, run);
}

Value method_receiver(Value self, const TypeObject& cls, std::string_view method) {
  if (isinstance(self, cls)) return self;
  raise(exc::TypeError, "descriptor '" + std::string(method) + "' for '" + std::string(cls.name) +
                            "' objects doesn't apply to a '" + std::string(type_name(self)) + "' object");
}

bool isinstance_of(Value v, Value classes) {
  return subclass_of(v.type(), classes, "isinstance", v, v.is_small_int() ? nullptr : instance_run(v.object()));
}

bool issubclass_of(Value cls, Value classes) {
  if (!is_class(cls)) raise(exc::TypeError, "issubclass() arg 1 must be a class");
  const ClassObject* run = as_run_class(reinterpret_cast<const ClassObject*>(cls.object()));
  return subclass_of(class_of(cls), classes, "issubclass", cls, run);
}

Value class_mro(const TypeObject& type) {
  GcVector<Value> classes;
  for (const TypeObject* t : type.mro) classes.push_back(box(builtin_class(*t)));
  return box(TupleOf<Value>(std::span<const Value>(classes)));
}

}  // namespace ingot::rt
