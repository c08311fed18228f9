// Class objects per run of a class statement (run_class.h).
#include "runtime/run_class.h"

#include <unordered_map>

#include "runtime/builtin_function.h"
#include "runtime/tuple.h"

namespace ingot::rt {
namespace {

using RunReader = const ClassObject* (*)(const Object*);

std::unordered_map<const TypeObject*, RunReader>& run_readers() {
  static std::unordered_map<const TypeObject*, RunReader> readers;
  return readers;
}

}  // namespace

const ClassObject* run_base(const ClassObject* run, const TypeObject& type) {
  const RunClass* r = as_run_class(run);
  if (!r) return nullptr;
  for (uint32_t i = 0; i < r->base_count; ++i)
    if (r->bases[i]->cls->is_subclass_of(type))
      if (const ClassObject* found = run_of(r->bases[i], type)) return found;
  return nullptr;
}

bool register_run_class(const TypeObject& type, RunReader of) {
  run_readers()[&type] = of;
  return true;
}

const ClassObject* instance_run(const Object* o) {
  const auto& readers = run_readers();
  if (readers.empty()) return nullptr;
  auto it = readers.find(o->type);
  return it == readers.end() ? nullptr : it->second(o);
}

const RunClass* as_run_class(const ClassObject* c) {
  const auto& readers = run_readers();
  if (readers.empty() || !readers.count(c->cls)) return nullptr;
  return static_cast<const RunClass*>(c);
}

bool run_matches(const ClassObject* run, const ClassObject* cls) {
  if (!as_run_class(cls)) return true;
  return run && run_of(run, *cls->cls) == cls;
}

Value run_class_mro(const ClassObject* run) {
  GcVector<Value> classes;
  for (const TypeObject* t : run->cls->mro) {
    const ClassObject* c = run_of(run, *t);  // null: a class made once
    classes.push_back(box(c ? c : builtin_class(*t)));
  }
  return box(TupleOf<Value>(std::span<const Value>(classes)));
}

}  // namespace ingot::rt
