#include "runtime/traceback.h"

#include <csignal>
#include <cstdio>
#include <fstream>
#include <map>
#include <unordered_set>
#include <vector>

#include "runtime/dynamic_boxed.h"
#include "runtime/exception_group.h"
#include "runtime/traceback_format.h"

namespace ingot::rt {
namespace {

constexpr int kRecursiveCutoff = 3;  // CPython's TB_RECURSIVE_CUTOFF
constexpr size_t kTracebackLimit = 1000;  // sys.tracebacklimit's default

// Lines of a source file, read once (CPython reads through linecache).
const std::vector<std::string>* source_lines(const char* file) {
  static std::map<std::string, std::vector<std::string>> cache;
  auto [it, inserted] = cache.try_emplace(file);
  if (inserted) {
    std::ifstream in(file, std::ios::binary);
    for (std::string line; std::getline(in, line);) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      it->second.push_back(std::move(line));
    }
  }
  return it->second.empty() ? nullptr : &it->second;
}

// CPython's _PyPegen_byte_offset_to_character_offset: characters in the
// first `offset` bytes of the line (at most one past its end).
int64_t character_offset(const std::string& line, int64_t offset) {
  if (offset > static_cast<int64_t>(line.size())) return count_code_points(line) + 1;
  return count_code_points(std::string_view(line).substr(0, offset));
}

bool is_indent(char c) { return c == ' ' || c == '\t' || c == '\f'; }

void format_frame(std::string& out, const TracebackEntry& entry) {
  const SourcePosition& p = entry.position;
  out += "  File \"" + std::string(entry.frame->file) + "\", line " + std::to_string(p.line) + ", in " +
         entry.frame->function + "\n";
  const std::vector<std::string>* lines = source_lines(entry.frame->file);
  if (!lines || p.line < 1 || static_cast<size_t>(p.line) > lines->size()) return;
  const std::string& line = (*lines)[p.line - 1];
  size_t indent = 0;
  while (indent < line.size() && is_indent(line[indent])) ++indent;
  out += "    " + line.substr(indent) + "\n";
  if (p.end_line < 0 || p.column < 0 || p.end_column < 0) return;

  int64_t start = character_offset(line, p.column);
  int64_t end = character_offset(line, p.end_column);
  bool anchored = p.line == p.end_line && p.anchor_begin >= 0 && p.anchor_end >= 0;
  if (p.line != p.end_line) {  // a multi-line expression: mark to the line's last non-space
    size_t last = line.size();
    while (last > 0 && is_indent(line[last - 1])) --last;
    end = count_code_points(std::string_view(line).substr(0, last));
  }
  // Carets are left out when they would underline the whole (indent-less) line.
  int64_t line_length = count_code_points(line) - static_cast<int64_t>(indent);
  if (end - start == line_length && !anchored) return;
  int64_t left = anchored ? character_offset(line, p.anchor_begin) : -1;
  int64_t right = anchored ? character_offset(line, p.anchor_end) : -1;
  out += "    ";
  for (int64_t offset = static_cast<int64_t>(indent) + 1; offset <= end; ++offset) {
    if (offset <= start) out += ' ';
    else if (anchored) out += left < offset && offset <= right ? '^' : '~';
    else out += '^';
  }
  out += '\n';
}

void format_repeated(std::string& out, int count) {
  count -= kRecursiveCutoff;
  out += "  [Previous line repeated " + std::to_string(count) + (count > 1 ? " more times]\n" : " more time]\n");
}

// The frames of a traceback, each line of them after `prefix`.
void format_frames(std::string& out, const TracebackEntry* traceback, const std::string& prefix) {
  std::vector<const TracebackEntry*> entries;
  for (const TracebackEntry* t = traceback; t; t = t->next) entries.push_back(t);
  if (entries.size() > kTracebackLimit) entries.erase(entries.begin(), entries.end() - kTracebackLimit);
  std::string text;
  for (const std::string& frame : traceback_detail::frame_texts(entries)) text += frame;
  for (size_t at = 0; at < text.size();) {
    size_t end = text.find('\n', at) + 1;
    out += prefix;
    out.append(text, at, end - at);
    at = end;
  }
}

}  // namespace

namespace traceback_detail {

std::vector<std::string> frame_texts(std::span<const TracebackEntry* const> entries) {
  std::vector<std::string> texts;
  const TracebackEntry* last = nullptr;
  int count = 0;
  for (const TracebackEntry* entry : entries) {
    bool same = last && std::string_view(last->frame->file) == entry->frame->file &&
                last->position.line == entry->position.line &&
                std::string_view(last->frame->function) == entry->frame->function;
    if (!same) {
      if (count > kRecursiveCutoff) format_repeated(texts.emplace_back(), count);
      last = entry;
      count = 0;
    }
    if (++count <= kRecursiveCutoff) format_frame(texts.emplace_back(), *entry);
  }
  if (count > kRecursiveCutoff) format_repeated(texts.emplace_back(), count);
  return texts;
}

std::string source_line(const TracebackEntry& entry) {
  const std::vector<std::string>* lines = source_lines(entry.frame->file);
  int64_t line = entry.position.line;
  if (!lines || line < 1 || static_cast<size_t>(line) > lines->size()) return "";
  const std::string& text = (*lines)[line - 1];
  size_t begin = 0, end = text.size();
  while (begin < end && is_indent(text[begin])) ++begin;
  while (end > begin && is_indent(text[end - 1])) --end;
  return text.substr(begin, end - begin);
}

void format_only(std::string& out, const ExceptionObject* e, const std::string& margin) {
  out += margin + exception_type_name(*e->header.type);
  Str message = str(Value::of_object(&e->header));
  if (!message.empty()) (out += ": ") += message.view();
  out += '\n';
}

void format_one(std::string& out, const ExceptionObject* e, const PrintContext& ctx) {
  if (e->traceback) {
    bool group = is_exception_group(e);
    std::string header_margin = group && ctx.depth == 1 ? ctx.indent() + "+ " : ctx.margin();
    out += header_margin + (group ? "Exception Group Traceback" : "Traceback") + " (most recent call last):\n";
    format_frames(out, e->traceback, ctx.margin());
  }
  format_only(out, e, ctx.margin());
}

namespace {

// A cause or context, and the line that leads from it to e.
void format_chained(std::string& out, const ExceptionObject* linked, const char* message, PrintContext& ctx) {
  bool need_close = ctx.need_close;
  format_chain(out, linked, ctx);
  ctx.need_close = need_close;
  out += ctx.margin() + "\n" + ctx.margin() + message + ctx.margin() + "\n";
}

}  // namespace

void format_chain(std::string& out, const ExceptionObject* e, PrintContext& ctx) {
  ctx.seen.insert(e);
  if (e->cause && !ctx.seen.count(e->cause))
    format_chained(out, e->cause, "The above exception was the direct cause of the following exception:\n", ctx);
  else if (e->context && !e->suppress_context && !ctx.seen.count(e->context))
    format_chained(out, e->context, "During handling of the above exception, another exception occurred:\n", ctx);
  if (is_exception_group(e)) group_ops->format(out, e, ctx);
  else format_one(out, e, ctx);
}

}  // namespace traceback_detail

std::string format_uncaught(const ExceptionObject* e) {
  std::string out;
  traceback_detail::PrintContext ctx;
  traceback_detail::format_chain(out, e, ctx);
  return out;
}

int report_uncaught(const ExceptionObject* e) {
  return report_uncaught(e, [](std::string_view text) {
    std::fwrite(text.data(), 1, text.size(), stderr);
    std::fflush(stderr);
  });
}

int report_uncaught(const ExceptionObject* e, void (*write)(std::string_view text)) {
  std::fflush(stdout);
  if (isinstance(&e->header, exc::SystemExit)) {
    // SystemExit's code: None, an int (the status) or anything else
    // (printed, status 1).
    if (e->args.empty()) return 0;
    if (e->args.size() == 1) {
      Value code = e->args[0];
      if (code.is_none()) return 0;
      // An int (a bool too) is the status as C's int holds it; one past
      // a C long is -1, as CPython's PyLong_AsLong gives.
      if (is_integer(code)) return static_cast<int>(integer_of(code).to_int64().value_or(-1));
    }
    // Two writes, as CPython's handle_system_exit makes them.
    write(exception_str(e).view());
    write("\n");
    return 1;
  }
  write(format_uncaught(e));
  if (isinstance(&e->header, exc::KeyboardInterrupt)) {
    // CPython ends by the signal itself, so the parent sees SIGINT.
    std::signal(SIGINT, SIG_DFL);
    std::raise(SIGINT);
    return 128 + SIGINT;
  }
  return 1;
}

}  // namespace ingot::rt
