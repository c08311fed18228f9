// Function objects: what a `def` or `lambda` evaluates to when the program
// uses it as a value (stores it, passes it, boxes it), and the run-time
// binding of a call's arguments to its parameters with CPython's TypeErrors.
//
// A compiled function is a C++ function per specialisation; a direct call
// of a known function never goes through here. A function object is a
// generated struct that starts with FunctionObject (closure environment and
// typed default values follow it); `entry` is the boxed way in: it binds
// Values with bind_arguments and runs the function's specialisation on dyn
// arguments. Dynamic code calls any callable through its class's `call`
// slot (object.h), which for functions is `entry` on positional arguments.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <type_traits>

#include "runtime/memory.h"
#include "runtime/object.h"
#include "runtime/protocol.h"
#include "runtime/str.h"
#include "runtime/value.h"

namespace ingot::rt {

// The arguments of one call, vectorcall style: `values` holds the
// positional arguments, then one value per keyword name.
struct CallArgs {
  const Value* values = nullptr;
  size_t positional = 0;
  std::span<const Str> keywords;
};

// How a function takes arguments (CPython's code object fields that
// argument binding reads). Parameters are in FunctionInfo order:
// positional-only, positional, *args, keyword-only, **kwargs.
struct Signature {
  std::string_view name;      // __name__
  std::string_view qualname;  // __qualname__; error messages say `qualname()`
  std::span<const std::string_view> params;
  std::span<const int32_t> default_index;  // per parameter: index into the defaults, -1 for none
  uint32_t positional_only = 0;
  uint32_t positional = 0;  // positional-only ones included (co_argcount)
  uint32_t keyword_only = 0;
  bool varargs = false;
  bool varkeywords = false;
  const char* doc = nullptr;  // __doc__, UTF-8; null for None
  // co_varnames: the parameters (positional, keyword-only, *args,
  // **kwargs), then the other locals in first-seen order.
  std::span<const std::string_view> varnames = {};
  std::string_view module = "__main__";  // __module__; error messages say `module.qualname()`
  uint32_t flags = 0;                    // co_flags: CPython's CO_* bits (varargs, nested, generator, coroutine)
};

// f.__code__: an object answering the co_* attributes of the signature.
Value code_object(const Signature* signature);

struct FunctionObject {
  Object header;  // &function_type
  const Signature* signature;
  // Binds `args` and runs the function; null where the analysis saw no
  // call on run-time-bound arguments (calling it then is a compiler bug).
  Value (*entry)(const FunctionObject* self, const CallArgs& args);
  // Attributes set on the function (`f.x = 1`): a Dict<Str, Value>, or null.
  Object* attributes;
  // __defaults__ (a tuple) and __kwdefaults__ (a dict), boxed when the def
  // ran; None for a function without them.
  Value defaults;
  Value kwdefaults;
};

extern const TypeObject function_type;

// A generated function object of struct F (deriving from FunctionObject),
// its own fields left for the caller to fill.
template <typename F>
F* new_function(const Signature* signature, Value (*entry)(const FunctionObject*, const CallArgs&)) {
  F* f = static_cast<F*>(gc_alloc(sizeof(F)));
  f->header.type = &function_type;
  f->signature = signature;
  f->entry = entry;
  f->attributes = nullptr;
  f->defaults = Value::none();
  f->kwdefaults = Value::none();
  return f;
}

// The element protocol (protocol.h) for typed function values, found by
// argument-dependent lookup through the FunctionObject base: identity
// semantics, as CPython's functions have.
template <typename F>
concept FunctionStruct = std::is_base_of_v<FunctionObject, F>;
template <FunctionStruct F>
Value box(F* f) {
  return Value::of_object(&f->header);
}
namespace detail {
[[noreturn, gnu::cold]] void raise_unbox_error(Value v, std::string_view expected);  // dynamic_unbox.h
}
// A Value as the function struct F whose functions have `signature` (one
// per struct), else CPython's TypeError naming the Value's class.
template <FunctionStruct F>
F* unbox_function(Value v, const Signature* signature) {
  if (!v.is_small_int() && v.object()->type == &function_type &&
      reinterpret_cast<const FunctionObject*>(v.object())->signature == signature) [[likely]]
    return reinterpret_cast<F*>(const_cast<Object*>(v.object()));
  detail::raise_unbox_error(v, "function");
}
// Where the analysis typed a container's items as one def's functions and
// they come back from a Value (a copied or dynamically built list): the
// struct names its def's signature (`def_signature`, generated).
template <typename T>
struct Unbox;
template <FunctionStruct F>
struct Unbox<F*> {
  static F* from(Value v) { return unbox_function<F>(v, &F::def_signature); }
};
template <FunctionStruct F>
int64_t hash(F* f) {
  return hash(box(f));
}
template <FunctionStruct F>
bool equal(F* a, F* b) {
  return a == b;
}
template <FunctionStruct F>
bool rich_compare(F* a, F* b, CompareOp op) {
  return rich_compare(box(a), box(b), op);
}

// Python's argument binding (CPython 3.11 initialize_locals): one Value per
// parameter into `out` (*args as a tuple, **kwargs as a dict), defaults
// taken from `defaults` (Signature::default_index), CPython's TypeError
// otherwise.
void bind_arguments(const Signature& signature, std::span<const Value> defaults, const CallArgs& args, Value* out);

// A call's arguments collected at run time (a call with `*x` or `**m`, or
// one bound at run time): positional values, then keywords. The errors
// name the callee as CPython's do (`f()`).
class ArgumentList {
 public:
  explicit ArgumentList(Value callee) : callee_(callee) {}
  void add(Value v) { values_.push_back(v); }
  // TypeError "f() argument after * must be an iterable, not int".
  void add_star(Value iterable);
  // TypeError "f() got multiple values for keyword argument 'x'".
  void add_keyword(Str name, Value v);
  // TypeError "f() argument after ** must be a mapping, not int", "f()
  // keywords must be strings".
  void add_double_star(Value mapping);
  // Valid while the list lives; call once.
  CallArgs args();

 private:
  // Up to kInline values in the list itself (on the caller's stack, which
  // the collector scans), past that in a collected vector: a call bound at
  // run time for a dispatch on argument types (raytrace's `v * t` with `t`
  // a float or None) then allocates nothing, where two allocations and a
  // free a call were a tenth of raytrace's time.
  class Values {
   public:
    void push_back(Value v) {
      if (spilled_.empty() && size_ < kInline) [[likely]] {
        inline_[size_++] = v;
        return;
      }
      if (spilled_.empty()) spilled_.assign(inline_, inline_ + size_);
      spilled_.push_back(v);
      ++size_;
    }
    size_t size() const { return size_; }
    const Value* data() const { return spilled_.empty() ? inline_ : spilled_.data(); }

   private:
    static constexpr size_t kInline = 6;
    Value inline_[kInline];
    size_t size_ = 0;
    GcVector<Value> spilled_;
  };

  Value callee_;
  Values values_;  // the positional ones; args() appends the keywords' values
  GcVector<Value> keyword_values_;
  GcVector<Str> keywords_;
};

// NameError for a free variable read before its cell has a value.
[[noreturn, gnu::cold]] void raise_unbound_free(const char* name);

// callee(*args, **kwargs) on a boxed callee: a function's entry, or (with
// no keywords) its class's call slot (dynamic_access.h's call), or
// TypeError "'int' object is not callable".
Value call_args(Value callee, const CallArgs& args);

}  // namespace ingot::rt
