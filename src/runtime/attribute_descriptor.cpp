// getset_descriptor objects: what a class's namespace shows for __dict__
// and __weakref__.
#include "runtime/attribute_descriptor.h"

#include <string>

#include "runtime/memory.h"
#include "runtime/str.h"

namespace ingot::rt {
namespace {

struct AttributeDescriptor {
  Object header;
  const TypeObject* owner;
  std::string_view name;
};

Str descriptor_repr(const Object* object) {
  auto* d = reinterpret_cast<const AttributeDescriptor*>(object);
  return Str::from_utf8("<attribute '" + std::string(d->name) + "' of '" + std::string(d->owner->name) + "' objects>");
}

const TypeObject* const getset_descriptor_mro[] = {&getset_descriptor_type, &object_type};

}  // namespace

const TypeObject getset_descriptor_type{.name = "getset_descriptor", .module = "builtins", .mro = getset_descriptor_mro,
                                        .str = descriptor_repr, .repr = descriptor_repr};

Value attribute_descriptor(const TypeObject& owner, std::string_view name) {
  auto* d = static_cast<AttributeDescriptor*>(gc_alloc(sizeof(AttributeDescriptor)));
  d->header.type = &getset_descriptor_type;
  d->owner = &owner;
  d->name = name;
  return Value::of_object(&d->header);
}

}  // namespace ingot::rt
