#include "runtime/exception_values.h"

#include <algorithm>

#include "runtime/builtin_function.h"
#include "runtime/exception_group.h"
#include "runtime/instance.h"
#include "runtime/traceback_module.h"

namespace ingot::rt {

ExceptionObject* make_exception(const TypeObject& type, std::initializer_list<Value> args) {
  if (group_ops && type.is_subclass_of(*group_ops->base)) return group_ops->make(type, {args.begin(), args.size()});
  ExceptionObject* e = new_exception(type, std::span<const Value>(args.begin(), args.size()));
  take_os_error_filename(e);
  return e;
}

void set_exception_args_from(ExceptionObject* e, std::span<const Value> args) {
  auto copy = static_cast<Value*>(gc_alloc(std::max<size_t>(args.size(), 1) * sizeof(Value)));
  std::copy(args.begin(), args.end(), copy);
  e->args = {copy, args.size()};
  if (is_exception_group(e) && e->group.bits() == 0) group_ops->init(e, args);
}

TupleOf<Value> exception_args(const ExceptionObject* e) { return TupleOf<Value>(e->args); }

ExceptionObject* exception_of(Value v) {
  if (!v.is_small_int() && v.type().is_subclass_of(exc::BaseException))
    return reinterpret_cast<ExceptionObject*>(const_cast<Object*>(v.object()));
  raise(exc::TypeError, "exceptions must derive from BaseException");
}

ExceptionObject* cause_of(Value v) {
  if (v.is_none()) return nullptr;
  if (!v.is_small_int() && v.type().is_subclass_of(exc::BaseException))
    return reinterpret_cast<ExceptionObject*>(const_cast<Object*>(v.object()));
  raise(exc::TypeError, "exception causes must derive from BaseException");
}

Value exception_class_value(const ExceptionObject* e) { return box(builtin_class(*e->header.type)); }

Value exc_info() {
  ExceptionObject* e = handled_exception();
  if (!e) return box(TupleOf<Value>({Value::none(), Value::none(), Value::none()}));
  return box(TupleOf<Value>({exception_class_value(e), box(e), traceback_object(e->traceback)}));
}

void raise_assertion() { raise(new_exception(exc::AssertionError)); }

void raise_assertion(Value message) { raise(new_exception(exc::AssertionError, {&message, 1})); }

}  // namespace ingot::rt
