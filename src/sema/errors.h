// The compile-time errors of stage 1, with CPython 3.11's exact wording
// (Python/symtable.c, Python/compile.c, Python/future.c). Every pass stops
// at its first error, as CPython does, by throwing SemaError.
#pragma once

#include <string>
#include <string_view>

#include "ast/ast.h"
#include "diagnostics/syntax_error.h"

namespace ingot::sema {

struct SemaError {
  SyntaxError error;
  // CPython's RecursionError "maximum recursion depth exceeded during
  // compilation" rather than a SyntaxError.
  bool recursion = false;
};

// Raises `message` over the source range of `loc`.
[[noreturn]] void raise_at(std::string message, const ast::Loc& loc);
// Raises `message` at one point with no range, as PyErr_SyntaxLocation does.
[[noreturn]] void raise_at_point(std::string message, int lineno, int col);
[[noreturn]] void raise_recursion();

namespace message {
// symtable.c
std::string duplicate_argument(std::string_view name);
std::string parameter_and_global(std::string_view name);
std::string parameter_and_nonlocal(std::string_view name);
std::string assigned_before_global(std::string_view name);
std::string assigned_before_nonlocal(std::string_view name);
std::string used_before_global(std::string_view name);
std::string used_before_nonlocal(std::string_view name);
std::string annotated_global(std::string_view name);
std::string annotated_nonlocal(std::string_view name);
std::string nonlocal_and_global(std::string_view name);
std::string no_binding_for_nonlocal(std::string_view name);
inline constexpr std::string_view kNonlocalAtModuleLevel = "nonlocal declaration not allowed at module level";
inline constexpr std::string_view kImportStarNotAtModuleLevel = "import * only allowed at module level";
inline constexpr std::string_view kNamedExprInClassComprehension =
    "assignment expression within a comprehension cannot be used in a class body";
inline constexpr std::string_view kNamedExprInComprehensionIterable =
    "assignment expression cannot be used in a comprehension iterable expression";
std::string named_expr_rebinds_iteration_variable(std::string_view name);
std::string inner_loop_rebinds_named_expr_target(std::string_view name);
std::string not_allowed_in_annotation(std::string_view what);  // "yield expression", ...
std::string yield_in_comprehension(std::string_view comprehension);  // "list comprehension", ...
// compile.c
inline constexpr std::string_view kReturnOutsideFunction = "'return' outside function";
inline constexpr std::string_view kReturnValueInAsyncGenerator = "'return' with value in async generator";
inline constexpr std::string_view kYieldOutsideFunction = "'yield' outside function";
inline constexpr std::string_view kYieldFromInAsyncFunction = "'yield from' inside async function";
inline constexpr std::string_view kAwaitOutsideFunction = "'await' outside function";
inline constexpr std::string_view kAwaitOutsideAsyncFunction = "'await' outside async function";
inline constexpr std::string_view kAsyncForOutsideAsyncFunction = "'async for' outside async function";
inline constexpr std::string_view kAsyncWithOutsideAsyncFunction = "'async with' outside async function";
inline constexpr std::string_view kAsyncComprehensionOutsideAsyncFunction =
    "asynchronous comprehension outside of an asynchronous function";
inline constexpr std::string_view kBreakOutsideLoop = "'break' outside loop";
inline constexpr std::string_view kContinueOutsideLoop = "'continue' not properly in loop";
inline constexpr std::string_view kLateFutureImport = "from __future__ imports must occur at the beginning of the file";
inline constexpr std::string_view kExceptStarControlFlow =
    "'break', 'continue' and 'return' cannot appear in an except* block";
inline constexpr std::string_view kDefaultExceptNotLast = "default 'except:' must be last";
inline constexpr std::string_view kAssignToDebug = "cannot assign to __debug__";
inline constexpr std::string_view kDeleteDebug = "cannot delete __debug__";
inline constexpr std::string_view kStarredHere = "can't use starred expression here";
inline constexpr std::string_view kStarredAssignmentTarget = "starred assignment target must be in a list or tuple";
inline constexpr std::string_view kMultipleStarredTargets = "multiple starred expressions in assignment";
inline constexpr std::string_view kTooManyBeforeStar = "too many expressions in star-unpacking assignment";
std::string keyword_argument_repeated(std::string_view name);
// future.c
inline constexpr std::string_view kFutureBraces = "not a chance";
std::string undefined_future_feature(std::string_view name);
}  // namespace message

}  // namespace ingot::sema
