// The parts of the uncaught-exception printer (traceback.cpp) that the
// exception group printer (exception_group.cpp) shares.
#pragma once

#include <string>
#include <unordered_set>

#include "runtime/exception.h"

namespace ingot::rt::traceback_detail {

// Where an exception inside a group prints (CPython's
// exception_print_context): each line indented two columns a level and
// given a margin, sub-exceptions between separator lines.
struct PrintContext {
  int depth = 0;  // of exception groups
  bool need_close = false;  // the last sub-exception's closing line is still to come
  std::unordered_set<const ExceptionObject*> seen;

  std::string indent() const { return std::string(2 * depth, ' '); }
  std::string margin() const { return indent() + (depth ? "| " : ""); }
};

// The traceback and the "Type: message" line of e.
void format_one(std::string& out, const ExceptionObject* e, const PrintContext& ctx);
// e after its cause or context.
void format_chain(std::string& out, const ExceptionObject* e, PrintContext& ctx);

}  // namespace ingot::rt::traceback_detail
