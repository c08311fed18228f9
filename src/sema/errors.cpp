#include "sema/errors.h"

namespace ingot::sema {

void raise_at(std::string message, const ast::Loc& loc) {
  SyntaxError e;
  e.message = std::move(message);
  e.lineno = loc.lineno;
  e.col = loc.col_offset;
  e.end_lineno = loc.end_lineno;
  e.end_col = loc.end_col_offset;
  throw SemaError{std::move(e)};
}

void raise_at_point(std::string message, int lineno, int col) {
  SyntaxError e;
  e.message = std::move(message);
  e.lineno = lineno;
  e.col = col;
  throw SemaError{std::move(e)};
}

void raise_recursion() {
  SyntaxError e;
  e.message = "maximum recursion depth exceeded during compilation";
  throw SemaError{std::move(e), true};
}

namespace message {
namespace {
std::string quoted(std::string_view before, std::string_view name, std::string_view after) {
  std::string out(before);
  out += '\'';
  out += name;
  out += '\'';
  out += after;
  return out;
}
}  // namespace

std::string duplicate_argument(std::string_view name) {
  return quoted("duplicate argument ", name, " in function definition");
}
std::string parameter_and_global(std::string_view name) { return quoted("name ", name, " is parameter and global"); }
std::string parameter_and_nonlocal(std::string_view name) {
  return quoted("name ", name, " is parameter and nonlocal");
}
std::string assigned_before_global(std::string_view name) {
  return quoted("name ", name, " is assigned to before global declaration");
}
std::string assigned_before_nonlocal(std::string_view name) {
  return quoted("name ", name, " is assigned to before nonlocal declaration");
}
std::string used_before_global(std::string_view name) {
  return quoted("name ", name, " is used prior to global declaration");
}
std::string used_before_nonlocal(std::string_view name) {
  return quoted("name ", name, " is used prior to nonlocal declaration");
}
std::string annotated_global(std::string_view name) { return quoted("annotated name ", name, " can't be global"); }
std::string annotated_nonlocal(std::string_view name) {
  return quoted("annotated name ", name, " can't be nonlocal");
}
std::string nonlocal_and_global(std::string_view name) { return quoted("name ", name, " is nonlocal and global"); }
std::string no_binding_for_nonlocal(std::string_view name) {
  return quoted("no binding for nonlocal ", name, " found");
}
std::string named_expr_rebinds_iteration_variable(std::string_view name) {
  return quoted("assignment expression cannot rebind comprehension iteration variable ", name, "");
}
std::string inner_loop_rebinds_named_expr_target(std::string_view name) {
  return quoted("comprehension inner loop cannot rebind assignment expression target ", name, "");
}
std::string not_allowed_in_annotation(std::string_view what) {
  return quoted("", what, " can not be used within an annotation");
}
std::string yield_in_comprehension(std::string_view comprehension) {
  return "'yield' inside " + std::string(comprehension);
}
std::string keyword_argument_repeated(std::string_view name) {
  return "keyword argument repeated: " + std::string(name);
}
std::string undefined_future_feature(std::string_view name) {
  return "future feature " + std::string(name) + " is not defined";
}
}  // namespace message

}  // namespace ingot::sema
