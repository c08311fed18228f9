#include "runtime/context_manager.h"

#include <string>

#include "runtime/dynamic_access.h"
#include "runtime/dynamic_builtins.h"
#include "runtime/exception_values.h"
#include "runtime/protocol.h"

namespace ingot::rt {

namespace {

// Looks up the protocol's enter then exit method (the latter into *exit)
// and calls enter; TypeError naming the protocol when one lacks.
Value enter(Value manager, Value* exit, const char* enter_name, const char* exit_name, const char* protocol) {
  auto refuse = [&](std::string missed) {
    raise(exc::TypeError, "'" + std::string(type_name(manager)) + "' object does not support the " + protocol +
                              " protocol" + missed);
  };
  Value entered;
  if (!class_getattr(manager, Str::from_ascii(enter_name), &entered)) refuse("");
  if (!class_getattr(manager, Str::from_ascii(exit_name), exit)) refuse(std::string(" (missed ") + exit_name + " method)");
  return call(entered, {});
}

Value call_exit(Value exit, const ExceptionObject* exc) {
  if (!exc) {
    Value none[] = {Value::none(), Value::none(), Value::none()};
    return call(exit, none);
  }
  Value raised[] = {exception_class_value(exc), box(exc), Value::none()};
  return call(exit, raised);
}

}  // namespace

Value with_enter(Value manager, Value* exit) {
  return enter(manager, exit, "__enter__", "__exit__", "context manager");
}

bool with_exit(Value exit, const ExceptionObject* exc) { return truth(call_exit(exit, exc)); }

Value async_enter(Value manager, Value* exit) {
  return enter(manager, exit, "__aenter__", "__aexit__", "asynchronous context manager");
}

Value async_exit(Value exit, const ExceptionObject* exc) { return call_exit(exit, exc); }

}  // namespace ingot::rt
