// BaseExceptionGroup and ExceptionGroup (PEP 654) and the `except*`
// statement that takes them apart, as CPython 3.11's Objects/exceptions.c
// and ceval.c do it.
//
// A group is an ordinary ExceptionObject whose args are (message,
// exceptions as given) and whose `group` holds the exceptions as a tuple
// (`eg.exceptions`, fixed when the group is made).
#pragma once

#include <initializer_list>
#include <span>
#include <string>

#include "runtime/exception.h"
#include "runtime/memory.h"

namespace ingot::rt {

namespace traceback_detail {
struct PrintContext;
}

// What the exception machinery every program links needs of groups. It
// goes through this table, which exception_group.cpp fills in as the
// program starts, so that a program without groups links none of that file
// (hello world stays small): the group classes' type objects live there, so
// a program that names one, subclasses one or runs except* links it, and
// no group can exist in one that does not.
struct GroupOps {
  const TypeObject* base;  // BaseExceptionGroup
  ExceptionObject* (*make)(const TypeObject& type, std::span<const Value> args);
  void (*init)(ExceptionObject* e, std::span<const Value> args);
  Str (*str)(const ExceptionObject* e);
  bool (*getattr)(const ExceptionObject* e, Str name, Value* out);
  // The group and its sub-exceptions in an uncaught traceback.
  void (*format)(std::string& out, const ExceptionObject* e, traceback_detail::PrintContext& ctx);
};
extern const GroupOps* group_ops;

inline bool is_exception_group(const ExceptionObject* e) {
  return group_ops && isinstance(&e->header, *group_ops->base);
}

// type(message, exceptions) for a group class: CPython's checks, and
// BaseExceptionGroup of Exceptions only is an ExceptionGroup.
ExceptionObject* new_exception_group(const TypeObject& type, std::span<const Value> args);

// The same checks for an instance of the program's subclass of a group
// class, given its args (BaseException.__init__ keeps them).
void init_exception_group(ExceptionObject* e, std::span<const Value> args);

// "message (2 sub-exceptions)".
Str exception_group_str(const ExceptionObject* e);
// message, exceptions, and the methods split, subgroup and derive.
bool exception_group_getattr(const ExceptionObject* e, Str name, Value* out);
// e.exceptions.
std::span<const Value> group_exceptions(const ExceptionObject* e);

// What one `try ... except*` statement does with the exception its body
// raised (CPython's CHECK_EG_MATCH and PREP_RERAISE_STAR): each clause
// takes the part of what is left that its classes match, the exceptions
// the clauses raise are collected, and finish() raises what is left
// together with them.
class StarHandling {
 public:
  explicit StarHandling(ExceptionObject* caught) : caught_(caught), rest_(caught) {}
  // The group of the exceptions left that are instances of `classes`,
  // removed from what is left; null when none is. TypeError for a group
  // class.
  ExceptionObject* match(std::initializer_list<const TypeObject*> classes);
  // An exception a clause's body raised (a bare `raise` re-raises the
  // clause's own part).
  void raised(ExceptionObject* e);
  // Throws what is left unhandled and what the clauses raised, if anything.
  void finish();

 private:
  ExceptionObject* caught_;
  ExceptionObject* rest_;
  GcVector<ExceptionObject*> raised_;
};

}  // namespace ingot::rt
