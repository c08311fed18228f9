// Binding a call's arguments to a function's parameters at compile time
// (arguments.cpp), shared by calls of functions, methods and classes: the
// caller evaluates the arguments in Python's order into temporaries, and
// the Binding says which of them (or which default) fills each parameter.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "ast/ast.h"
#include "types/program_types.h"

namespace ingot::codegen {

// A call's arguments in evaluation order: the positional ones (`*x`
// included), then the keyword ones (`**m` included), as CPython evaluates
// them.
struct CallArguments {
  std::vector<const ast::Expr*> values;
  std::vector<std::string_view> keywords;  // per value: its keyword; "" positional, "*" for *x, "**" for **m
  bool spread = false;                     // a *x or **m: the binding happens at run time
};

CallArguments call_arguments(const ast::Call* c);

// What fills one parameter.
struct ArgumentSource {
  enum class Kind { Leading, Argument, Default, VarArgs, VarKeywords };
  Kind kind = Kind::Argument;
  int index = -1;          // Leading: which; Argument: into CallArguments::values; Default: FunctionInfo::defaults
  std::vector<int> items;  // VarArgs / VarKeywords: the values collected, in order
};

// `ok` false: Python raises TypeError for this call (missing, extra,
// duplicate or unknown arguments), or it has spreads; then the binding is
// done at run time (rt::bind_arguments), which raises CPython's error.
struct Binding {
  bool ok = false;
  std::vector<ArgumentSource> params;  // one per FunctionInfo::params
};

// Whether a specialisation's parameter of type `wide` takes an argument of
// type `narrow` (a union or dyn parameter joined several calls).
bool covers(const types::TypeTable& table, types::TypeId wide, types::TypeId narrow);

// Binds `arguments` to `function`'s parameters after `leading` of them
// already bound by the caller (a method's self).
Binding bind_call(const CallArguments& arguments, const types::FunctionInfo& function, size_t leading = 0);

}  // namespace ingot::codegen
