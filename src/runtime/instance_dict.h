// The attributes of an instance that its class does not declare.
//
// An instance's declared attributes are typed fields (codegen/classes.cpp);
// a class that a store with a run-time name (`setattr(obj, name, v)`) may
// reach also has an `rt::Object*` field holding a Dict<Str, Value> of the
// other names, made on the first such store. CPython keeps both kinds in
// one __dict__, in the order of their first stores: the dict notes each
// field's first store too (instance_dict_note), and vars(obj) follows it.
//
// dir() is here too: CPython's sorted list of a class's names, those of
// `object` included.
#pragma once

#include <span>
#include <string_view>

#include "runtime/dict.h"
#include "runtime/list.h"
#include "runtime/object.h"
#include "runtime/str.h"
#include "runtime/value.h"

namespace ingot::rt {

// obj.name from the dict (null: none yet); false when it has no such name.
bool instance_dict_get(const Object* dict, Str name, Value* out);
// obj.name = value into the dict, made on first use.
void instance_dict_set(Object*& dict, Str name, Value value);
// del obj.name from the dict (a field's note too); false when it has no
// such name.
bool instance_dict_delete(Object* dict, Str name);
// The first store of a field (codegen/definite_fields.cpp): its name noted
// in the dict without a value, so that the dict keeps the order in which
// all the instance's names came, as CPython's one __dict__ does.
void instance_dict_note(Object*& dict, Str name);
// Whether the dict holds or notes `name`.
bool instance_dict_has(const Object* dict, Str name);
// The dict's entries added to `into` in order (vars(obj) after the fields
// it did not note), a noted field's value read through the getattr slot of
// `self` (null: noted fields left out).
void instance_dict_extras(Dict<Str, Value> into, const Object* dict, const Object* self = nullptr);

// dir(x): `names` (the class's and its bases', `object`'s added when
// `with_object`), the instance's dict's names, sorted without duplicates.
List<Str> dir_list(std::span<const std::string_view> names, bool with_object, const Object* dict = nullptr,
                   std::span<const Str> set_fields = {});

// delattr(v, name) / `del v.name` on a Value: the class's delattr slot;
// AttributeError where it has none or no such attribute.
void delattr(Value v, Str name);

}  // namespace ingot::rt
