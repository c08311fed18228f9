#include "runtime/context_manager.h"

#include <string>

#include "runtime/dynamic_access.h"
#include "runtime/dynamic_builtins.h"
#include "runtime/exception_values.h"
#include "runtime/protocol.h"

namespace ingot::rt {

Value with_enter(Value manager, Value* exit) {
  auto refuse = [&](const char* missed) {
    raise(exc::TypeError, "'" + std::string(type_name(manager)) + "' object does not support the context manager protocol" + missed);
  };
  Value enter;
  if (!class_getattr(manager, Str::from_ascii("__enter__"), &enter)) refuse("");
  if (!class_getattr(manager, Str::from_ascii("__exit__"), exit)) refuse(" (missed __exit__ method)");
  return call(enter, {});
}

bool with_exit(Value exit, const ExceptionObject* exc) {
  if (!exc) {
    Value none[] = {Value::none(), Value::none(), Value::none()};
    call(exit, none);
    return false;
  }
  Value raised[] = {exception_class_value(exc), box(exc), Value::none()};
  return truth(call(exit, raised));
}

}  // namespace ingot::rt
