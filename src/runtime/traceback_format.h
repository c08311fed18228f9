// The parts of the uncaught-exception printer (traceback.cpp) that the
// exception group printer (exception_group.cpp) and the traceback module's
// core (traceback_module.cpp) share.
#pragma once

#include <span>
#include <string>
#include <unordered_set>
#include <vector>

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

// The text of each frame (CPython's StackSummary.format): one entry a
// frame, the repeats of one line past the third folded into one
// "[Previous line repeated N more times]" entry.
std::vector<std::string> frame_texts(std::span<const TracebackEntry* const> entries);
// The entry's source line without its indent and trailing blanks ("" when
// the file cannot be read).
std::string source_line(const TracebackEntry& entry);
// The "Type: message" line of e, after `margin`.
void format_only(std::string& out, const ExceptionObject* e, const std::string& margin);
// The traceback and the "Type: message" line of e.
void format_one(std::string& out, const ExceptionObject* e, const PrintContext& ctx);
// e after its cause or context.
void format_chain(std::string& out, const ExceptionObject* e, PrintContext& ctx);

}  // namespace ingot::rt::traceback_detail
