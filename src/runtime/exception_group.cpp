#include "runtime/exception_group.h"

#include <string>
#include <unordered_set>
#include <vector>

#include "runtime/builtin_function.h"
#include "runtime/dynamic_access.h"
#include "runtime/dynamic_builtins.h"
#include "runtime/dynamic_iter.h"
#include "runtime/dynamic_methods.h"
#include "runtime/instance.h"
#include "runtime/list.h"
#include "runtime/traceback_format.h"
#include "runtime/tuple.h"

namespace ingot::rt {

namespace exc {
#define EXCEPTION(cls, ...)  // exception.cpp
#define EXCEPTION_GROUP(cls, ...) INGOT_EXCEPTION_TYPE(cls, base_exception_str, __VA_ARGS__);
#include "runtime/exception_types.def"
#undef EXCEPTION_GROUP
#undef EXCEPTION
}  // namespace exc

namespace {

ExceptionObject* as_exception(Value v) { return reinterpret_cast<ExceptionObject*>(const_cast<Object*>(v.object())); }

bool is_exception(Value v) { return !v.is_small_int() && isinstance(v.object(), exc::BaseException); }

// What split() and subgroup() test each exception (and each group, before
// its members) with: classes, a predicate called with the exception, or
// (for except*) the exceptions themselves.
struct Matcher {
  std::vector<const TypeObject*> classes;
  Value predicate;  // zero bits when the classes decide
  const std::unordered_set<const ExceptionObject*>* leaves = nullptr;

  bool operator()(const ExceptionObject* e) const {
    if (leaves) return leaves->count(e) != 0;
    if (predicate.bits() != 0) {
      Value arg = Value::of_object(&e->header);
      return truth(call(predicate, {&arg, 1}));
    }
    for (const TypeObject* cls : classes)
      if (isinstance(&e->header, *cls)) return true;
    return false;
  }
};

// split()'s and subgroup()'s argument: an exception class, a tuple of
// them, or a callable.
Matcher matcher_of(Value condition) {
  auto exception_class = [](Value v) {
    return !v.is_small_int() && is_a(v, type_type) && class_of(v).is_subclass_of(exc::BaseException);
  };
  Matcher m;
  if (exception_class(condition)) {
    m.classes.push_back(&class_of(condition));
  } else if (!condition.is_small_int() && &condition.type() == &tuple_type) {
    for (Value cls : iterate(condition)) {
      if (!exception_class(cls)) raise(exc::TypeError, "expected a function, exception type or tuple of exception types");
      m.classes.push_back(&class_of(cls));
    }
  } else if (callable(condition)) {
    m.predicate = condition;
  } else {
    raise(exc::TypeError, "expected a function, exception type or tuple of exception types");
  }
  return m;
}

// The parts of e that match and that do not (CPython's
// exceptiongroup_split_recursive): e itself when it matches, else a group
// is split member by member and each side, where not empty, is e.derive()d
// with e's traceback, cause and context.
struct Split {
  ExceptionObject* match = nullptr;
  ExceptionObject* rest = nullptr;
};

ExceptionObject* derive_with_metadata(const ExceptionObject* group, std::span<const Value> exceptions) {
  Value args[] = {group->args[0], box(List<Value>::from_range(exceptions))};
  ExceptionObject* derived = new_exception_group(exc::BaseExceptionGroup, args);
  derived->traceback = group->traceback;
  derived->cause = group->cause;
  derived->context = group->context;
  derived->suppress_context = group->suppress_context;
  derived->frame_recorded = group->frame_recorded;
  return derived;
}

Split split(ExceptionObject* e, const Matcher& matches, bool with_rest) {
  if (matches(e)) return {e, nullptr};
  if (!is_exception_group(e)) return {nullptr, with_rest ? e : nullptr};
  GcVector<Value> matched, rest;
  for (Value member : group_exceptions(e)) {
    Split part = split(as_exception(member), matches, with_rest);
    if (part.match) matched.push_back(Value::of_object(&part.match->header));
    if (part.rest) rest.push_back(Value::of_object(&part.rest->header));
  }
  Split out;
  if (!matched.empty()) out.match = derive_with_metadata(e, matched);
  if (!rest.empty()) out.rest = derive_with_metadata(e, rest);
  return out;
}

Value exception_or_none(const ExceptionObject* e) { return e ? Value::of_object(&e->header) : Value::none(); }

ExceptionObject* self_group(Value self) { return as_exception(self); }

constinit const MethodDef group_methods[] = {
    {"split",
     [](Value self, std::span<const Value> args) {
       check_one_argument("split", args);
       Split s = split(self_group(self), matcher_of(args[0]), true);
       return box(TupleOf<Value>({exception_or_none(s.match), exception_or_none(s.rest)}));
     }},
    {"subgroup",
     [](Value self, std::span<const Value> args) {
       check_one_argument("subgroup", args);
       return exception_or_none(split(self_group(self), matcher_of(args[0]), false).match);
     }},
    {"derive",
     [](Value self, std::span<const Value> args) {
       check_one_argument("derive", args);
       Value derived[] = {self_group(self)->args[0], args[0]};
       return Value::of_object(&new_exception_group(exc::BaseExceptionGroup, derived)->header);
     }},
};

// The leaf exceptions of e (groups opened), for PREP_RERAISE_STAR.
void collect_leaves(const ExceptionObject* e, std::unordered_set<const ExceptionObject*>& out) {
  if (!is_exception_group(e)) {
    out.insert(e);
    return;
  }
  for (Value member : group_exceptions(e)) collect_leaves(as_exception(member), out);
}

}  // namespace

namespace {

// The exceptions of a group made of `args`, checked as CPython checks
// them; whether they are all Exceptions.
Value checked_members(std::span<const Value> args, bool* only_exceptions) {
  if (args.size() != 2)
    raise(exc::TypeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments (" + std::to_string(args.size()) + " given)");
  if (args[0].is_small_int() || &args[0].type() != &str_type)
    raise(exc::TypeError, "BaseExceptionGroup.__new__() argument 1 must be str, not " + std::string(type_name(args[0])));
  Value given = args[1];
  if (given.is_small_int() || (&given.type() != &list_type && &given.type() != &tuple_type))
    raise(exc::TypeError, "second argument (exceptions) must be a sequence");
  GcVector<Value> members;
  *only_exceptions = true;
  for (Value member : iterate(given)) {
    if (!is_exception(member))
      raise(exc::ValueError, "Item " + std::to_string(members.size()) + " of second argument (exceptions) is not an exception");
    *only_exceptions = *only_exceptions && isinstance(member.object(), exc::Exception);
    members.push_back(member);
  }
  if (members.empty()) raise(exc::ValueError, "second argument (exceptions) must be a non-empty sequence");
  return box(TupleOf<Value>(std::span<const Value>(members)));
}

using traceback_detail::format_chain;
using traceback_detail::format_one;
using traceback_detail::PrintContext;

constexpr int kMaxGroupWidth = 15, kMaxGroupDepth = 10;

// A group and its sub-exceptions (CPython's print_exception_group).
void format_group(std::string& out, const ExceptionObject* e, PrintContext& ctx) {
  if (ctx.depth > kMaxGroupDepth) {
    out += ctx.margin() + "... (max_group_depth is " + std::to_string(kMaxGroupDepth) + ")\n";
    return;
  }
  bool outermost = ctx.depth == 0;
  if (outermost) ctx.depth = 1;
  format_one(out, e, ctx);
  std::span<const Value> members = group_exceptions(e);
  size_t shown = members.size() <= kMaxGroupWidth ? members.size() : kMaxGroupWidth + 1;
  ctx.need_close = false;
  for (size_t i = 0; i < shown; ++i) {
    bool last = i == shown - 1;
    if (last) ctx.need_close = true;  // unless a group printed last closes it
    bool truncated = i >= kMaxGroupWidth;
    out += ctx.indent() + (i == 0 ? "+-" : "  ") + "+---------------- " + (truncated ? "..." : std::to_string(i + 1)) +
           " ----------------\n";
    ++ctx.depth;
    if (!truncated) {
      format_chain(out, reinterpret_cast<const ExceptionObject*>(members[i].object()), ctx);
    } else {
      size_t more = members.size() - kMaxGroupWidth;
      out += ctx.margin() + "and " + std::to_string(more) + " more exception" + (more > 1 ? "s" : "") + "\n";
    }
    if (last && ctx.need_close) {
      out += ctx.indent() + "+------------------------------------\n";
      ctx.need_close = false;
    }
    --ctx.depth;
  }
  if (outermost) ctx.depth = 0;
}

}  // namespace

ExceptionObject* new_exception_group(const TypeObject& type, std::span<const Value> args) {
  bool only_exceptions;
  Value members = checked_members(args, &only_exceptions);
  const TypeObject* cls = &type;
  if (cls == &exc::BaseExceptionGroup && only_exceptions) cls = &exc::ExceptionGroup;
  if (cls->is_subclass_of(exc::Exception) && !only_exceptions)
    raise(exc::TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
  ExceptionObject* e = new_exception(*cls, args);
  e->group = members;
  return e;
}

void init_exception_group(ExceptionObject* e, std::span<const Value> args) {
  bool only_exceptions;
  e->group = checked_members(args, &only_exceptions);
  if (isinstance(&e->header, exc::Exception) && !only_exceptions)
    raise(exc::TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
}

std::span<const Value> group_exceptions(const ExceptionObject* e) {
  return TupleOf<Value>(reinterpret_cast<const TupleObject<Value>*>(e->group.object())).span();
}

Str exception_group_str(const ExceptionObject* e) {
  size_t n = group_exceptions(e).size();
  std::string count = " (" + std::to_string(n) + (n == 1 ? " sub-exception)" : " sub-exceptions)");
  StrBuilder out;
  out.append(str(e->args[0]));
  out.append_ascii(count);
  return out.finish();
}

bool exception_group_getattr(const ExceptionObject* e, Str name, Value* out) {
  std::string_view n = name.view();
  if (n == "message") *out = e->args[0];
  else if (n == "exceptions") *out = e->group;
  else return bind_builtin_method(Value::of_object(&e->header), group_methods, name, out);
  return true;
}

ExceptionObject* StarHandling::match(std::initializer_list<const TypeObject*> classes) {
  for (const TypeObject* cls : classes)
    if (cls->is_subclass_of(exc::BaseExceptionGroup))
      raise(exc::TypeError, "catching ExceptionGroup with except* is not allowed. Use except instead.");
  if (!rest_) return nullptr;
  Matcher matches{std::vector<const TypeObject*>(classes), Value()};
  if (!is_exception_group(rest_)) {
    // A naked exception that matches is handled as a group of itself.
    if (!matches(rest_)) return nullptr;
    Value args[] = {Str(), box(TupleOf<Value>({Value::of_object(&rest_->header)}))};
    ExceptionObject* wrapped = new_exception_group(exc::BaseExceptionGroup, args);
    wrapped->traceback = rest_->traceback;
    wrapped->frame_recorded = true;
    rest_ = nullptr;
    return wrapped;
  }
  Split s = split(rest_, matches, true);
  rest_ = s.rest;
  return s.match;
}

void StarHandling::raised(ExceptionObject* e) { raised_.push_back(e); }

void StarHandling::finish() {
  ExceptionObject* result = nullptr;
  if (!is_exception_group(caught_)) {
    // At most one clause ran: what it raised, or the exception unmatched.
    result = raised_.empty() ? rest_ : raised_.front();
  } else {
    // A clause's `raise` of its own part (its metadata is the caught
    // group's) puts that part back where it was; anything else raised is
    // new, and goes into a new group beside what is left of the caught one.
    GcVector<Value> fresh;
    std::unordered_set<const ExceptionObject*> kept;
    if (rest_) collect_leaves(rest_, kept);
    for (ExceptionObject* e : raised_) {
      bool reraised = e->frame_recorded && e->traceback == caught_->traceback && e->cause == caught_->cause &&
                      e->context == caught_->context;
      if (reraised) collect_leaves(e, kept);
      else fresh.push_back(Value::of_object(&e->header));
    }
    ExceptionObject* back = nullptr;
    if (!kept.empty()) back = split(caught_, Matcher{{}, Value(), &kept}, false).match;
    if (fresh.empty()) {
      result = back;
    } else {
      if (back) fresh.push_back(Value::of_object(&back->header));
      if (fresh.size() == 1) {
        result = as_exception(fresh.front());
      } else {
        Value args[] = {Str(), box(List<Value>::from_range(fresh))};
        result = new_exception_group(exc::BaseExceptionGroup, args);
      }
    }
  }
  if (!result) return;
  result->frame_recorded = true;  // this frame's entry is in its traceback
  rethrow(result);
}

namespace {

constexpr GroupOps kGroupOps{&exc::BaseExceptionGroup, new_exception_group, init_exception_group,
                             exception_group_str, exception_group_getattr, format_group};
[[maybe_unused]] const bool kGroupOpsSet = (group_ops = &kGroupOps, true);

}  // namespace

}  // namespace ingot::rt
