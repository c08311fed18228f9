#include "runtime/instance_dict.h"

#include <algorithm>
#include <string>
#include <vector>

#include "runtime/dynamic_access.h"
#include "runtime/exception.h"
#include "runtime/instance.h"

namespace ingot::rt {
namespace {

Dict<Str, Value> as_dict(const Object* dict) {
  return Dict<Str, Value>(reinterpret_cast<DictObject<Str, Value>*>(const_cast<Object*>(dict)));
}

// dir(object) in CPython 3.11.
constexpr std::string_view kObjectNames[] = {
    "__class__", "__delattr__", "__dir__", "__doc__", "__eq__", "__format__", "__ge__", "__getattribute__",
    "__getstate__", "__gt__", "__hash__", "__init__", "__init_subclass__", "__le__", "__lt__", "__ne__", "__new__",
    "__reduce__", "__reduce_ex__", "__repr__", "__setattr__", "__sizeof__", "__str__", "__subclasshook__"};

// The value of a field's note: an object no program can reach.
const Object field_note{&object_type};
Value noted() { return Value::of_object(&field_note); }

}  // namespace

bool instance_dict_get(const Object* dict, Str name, Value* out) {
  if (!dict) return false;
  Value* v = as_dict(dict).find(name);
  if (!v || v->is(noted())) return false;
  *out = *v;
  return true;
}

void instance_dict_note(Object*& dict, Str name) {
  if (!dict) dict = reinterpret_cast<Object*>(Dict<Str, Value>().object());
  if (!as_dict(dict).contains(name)) as_dict(dict).set(name, noted());
}

bool instance_dict_has(const Object* dict, Str name) { return dict && as_dict(dict).contains(name); }

void instance_dict_set(Object*& dict, Str name, Value value) {
  if (!dict) dict = reinterpret_cast<Object*>(Dict<Str, Value>().object());
  as_dict(dict).set(name, value);
}

bool instance_dict_delete(Object* dict, Str name) {
  if (!dict || !as_dict(dict).contains(name)) return false;
  as_dict(dict).del(name);
  return true;
}

void instance_dict_extras(Dict<Str, Value> into, const Object* dict, const Object* self) {
  if (!dict) return;
  Dict<Str, Value> d = as_dict(dict);
  for (int64_t i = 0; i < d.entries_end(); ++i) {
    const auto& entry = d.entries()[i];
    if (entry.hash == detail::kDeletedHash) continue;
    Value v = entry.value;
    if (v.is(noted()) && !(self && self->type->getattr && self->type->getattr(self, entry.key, &v))) continue;
    into.set(entry.key, v);
  }
}

List<Str> dir_list(std::span<const std::string_view> names, bool with_object, const Object* dict,
                   std::span<const Str> set_fields) {
  std::vector<std::string_view> all(names.begin(), names.end());
  if (with_object) all.insert(all.end(), std::begin(kObjectNames), std::end(kObjectNames));
  for (Str field : set_fields) all.push_back(field.view());
  if (dict) {
    Dict<Str, Value> d = as_dict(dict);
    for (int64_t i = 0; i < d.entries_end(); ++i)
      if (d.entries()[i].hash != detail::kDeletedHash) all.push_back(d.entries()[i].key.view());
  }
  std::sort(all.begin(), all.end());
  all.erase(std::unique(all.begin(), all.end()), all.end());
  List<Str> out;
  for (std::string_view n : all) out.append(Str::from_utf8(n));
  return out;
}

void delattr(Value v, Str name) {
  if (!v.is_small_int())
    for (const TypeObject* c : v.type().mro)
      if (c->delattr) {
        if (c->delattr(v.object(), name)) return;
        break;
      }
  raise(exc::AttributeError, "'" + std::string(type_name(v)) + "' object has no attribute '" + std::string(name.view()) + "'");
}

}  // namespace ingot::rt
