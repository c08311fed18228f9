// The getset descriptors a class's namespace holds for what every instance
// has without a field of the class: `vars(C)['__dict__']` is
// "<attribute '__dict__' of 'C' objects>" (and `__weakref__`'s).
#pragma once

#include <string_view>

#include "runtime/object.h"
#include "runtime/value.h"

namespace ingot::rt {

extern const TypeObject getset_descriptor_type;

// The descriptor of attribute `name` of the instances of `owner`.
Value attribute_descriptor(const TypeObject& owner, std::string_view name);

}  // namespace ingot::rt
