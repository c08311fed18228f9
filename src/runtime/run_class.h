// Class objects made per run of a class statement (src/codegen/run_classes.cpp
// has the design): CPython makes a new class object each time a class
// statement runs, so a class in a function that reads the function's
// variables is one class object per run, each with its own class
// attributes (and methods, whose function objects keep that run's cells).
// The C++ struct and rt::TypeObject stay one per statement: every run's
// instances share the layout and the compiled methods; an instance points
// to its run's class object through its `run_` field.
#pragma once

#include <cstdint>

#include "runtime/instance.h"

namespace ingot::rt {

struct RunClass : ClassObject {
  // C.name from dynamic code, on this run's class attributes.
  bool (*attributes)(const ClassObject* run, Str name, Value* out);
  // The class objects the statement's bases evaluated to, in order.
  const ClassObject* const* bases;
  uint32_t base_count;
};

// A fresh class object of `type` for one run of its statement (T derives
// from RunClass and holds the run's class attributes; zeroed: no attribute
// is set yet).
template <typename T>
T* new_run_class(const TypeObject& type, bool (*attributes)(const ClassObject*, Str, Value*),
                 const ClassObject* const* bases, uint32_t base_count) {
  auto* run = static_cast<T*>(gc_alloc(sizeof(T)));
  run->header.type = &type_type;
  run->cls = &type;
  run->attributes = attributes;
  run->bases = bases;
  run->base_count = base_count;
  return run;
}

// The class object of a per-run class's instance.
template <typename T>
inline const ClassObject* run_class(const T* instance) {
  return instance->run_;
}

// The class object of `type` along a run's bases: the run itself where it is
// of that type (the usual case), else the base run of that type that the
// class statement saw.
const ClassObject* run_base(const ClassObject* run, const TypeObject& type);
inline const ClassObject* run_of(const ClassObject* run, const TypeObject& type) {
  return run->cls == &type ? run : run_base(run, type);
}

// How the runtime finds an instance's class object: the program registers
// each per-run class's reader (type(x) and isinstance() on Values).
bool register_run_class(const TypeObject& type, const ClassObject* (*of)(const Object*));
// The class object of an instance of a per-run class; null for any other object.
const ClassObject* instance_run(const Object* o);
// A class object made by a run (of a per-run class); null for others.
const RunClass* as_run_class(const ClassObject* c);
// isinstance/issubclass against a class object: the TypeObject test passed;
// for a run's class object, whether `run` (the tested object's class
// object, null for another object) has it along its bases.
bool run_matches(const ClassObject* run, const ClassObject* cls);
// C.__mro__ of a run's class object: the class objects along its bases
// (the run's own where a class is made per run), as a tuple.
Value run_class_mro(const ClassObject* run);

// Class objects as the keys of typed containers (Dict<const ClassObject*,
// V>, a set of classes): identity, as `type`'s hash and ==. Without these a
// class object would convert to bool; one class type meant one object
// until class objects were made per run.
inline int64_t hash(const ClassObject* c) { return hash(box(c)); }
inline bool equal(const ClassObject* a, const ClassObject* b) { return a == b; }

}  // namespace ingot::rt
