#include "runtime/traceback_module.h"

#include <cstdio>
#include <vector>

#include "runtime/dynamic_boxed.h"
#include "runtime/exception_group.h"
#include "runtime/exception_values.h"
#include "runtime/generator.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"
#include "runtime/traceback_format.h"

namespace ingot::rt {
namespace {

struct TracebackObject {
  Object header;
  const TracebackEntry* entry;
};

const TracebackEntry* entry_of(const Object* o) { return reinterpret_cast<const TracebackObject*>(o)->entry; }

Str traceback_repr(const Object* o) {
  char text[48];
  std::snprintf(text, sizeof text, "<traceback object at %p>", static_cast<const void*>(o));
  return Str::from_ascii(text);
}

bool traceback_getattr(const Object* o, Str name, Value* out) {
  const TracebackEntry* entry = entry_of(o);
  std::string_view n = name.view();
  if (n == "tb_lineno") *out = Int(entry->position.line);
  else if (n == "tb_next") *out = traceback_object(entry->next);
  else return false;
  return true;
}

const TypeObject* const traceback_mro[] = {&traceback_type, &object_type};

}  // namespace

constinit const TypeObject traceback_type = [] {
  TypeObject t{"traceback", "builtins", traceback_mro, traceback_repr, traceback_repr};
  t.getattr = traceback_getattr;
  return t;
}();

Value traceback_object(const TracebackEntry* entry) {
  if (!entry) return Value::none();
  auto* tb = static_cast<TracebackObject*>(gc_alloc(sizeof(TracebackObject)));
  tb->header.type = &traceback_type;
  tb->entry = entry;
  return Value::of_object(&tb->header);
}

namespace {

struct WarningSite {
  const char* file = nullptr;  // null: no note
  int32_t line = 0;
  const char* module = nullptr;
};
WarningSite warning_site_note;

}  // namespace

void note_warning_site(const char* file, int32_t line, const char* module) { warning_site_note = {file, line, module}; }

}  // namespace ingot::rt

namespace ingot::rt::traceback_core {
namespace {

// The entries StackSummary.extract(walk_tb(tb), limit) keeps.
std::vector<const TracebackEntry*> entries(Value tb, bool limited, Int limit) {
  std::vector<const TracebackEntry*> all;
  if (!tb.is_none() && !is_a(tb, traceback_type))
    raise(exc::TypeError, "expected a traceback object, not '" + std::string(type_name(tb)) + "'");
  for (const TracebackEntry* t = tb.is_none() ? nullptr : entry_of(tb.object()); t; t = t->next) all.push_back(t);
  if (!limited) return all;
  int64_t n = limit.to_int64().value_or(0);
  size_t keep = static_cast<size_t>(n < 0 ? -n : n);
  if (keep >= all.size()) return all;
  if (n >= 0) return {all.begin(), all.begin() + keep};
  return {all.end() - keep, all.end()};
}

Str text(const std::string& s) { return Str::from_utf8(s); }

}  // namespace

List<Str> format_tb(Value tb, bool limited, Int limit) {
  List<Str> out;
  for (const std::string& frame : traceback_detail::frame_texts(entries(tb, limited, limit))) out.append(text(frame));
  return out;
}

List<Tuple<Str, Int, Str, Str>> extract_tb(Value tb, bool limited, Int limit) {
  List<Tuple<Str, Int, Str, Str>> out;
  for (const TracebackEntry* e : entries(tb, limited, limit))
    out.append({text(e->frame->file), Int(e->position.line), text(e->frame->function), text(traceback_detail::source_line(*e))});
  return out;
}

Str format_only(Value exc) {
  std::string out;
  traceback_detail::format_only(out, exception_of(exc), "");
  return text(out);
}

Str format_group(Value exc) {
  std::string out;
  traceback_detail::PrintContext ctx;
  const ExceptionObject* e = exception_of(exc);
  ctx.seen.insert(e);
  group_ops->format(out, e, ctx);
  return text(out);
}

Tuple<Str, Int, Str> warning_site() {
  WarningSite site = warning_site_note;
  warning_site_note = {};
  if (!site.file)
    raise(exc::RuntimeError, "ingot: warnings.warn() called where the compiler could not see the call, so its line is unknown");
  return {text(site.file), Int(site.line), text(site.module)};
}

Str source_line(Str filename, Int lineno) {
  std::string file(filename.view());
  FrameInfo frame{file.c_str(), "", {}};
  int64_t line = lineno.to_int64().value_or(0);
  if (line < 1 || line > INT32_MAX) return text("");
  TracebackEntry entry{&frame, SourcePosition{static_cast<int32_t>(line), 0}, nullptr};
  return text(traceback_detail::source_line(entry));
}

Str generator_state(Value generator) {
  if (!is_a(generator, generator_type))
    raise(exc::AttributeError, "'" + std::string(type_name(generator)) + "' object has no attribute 'gi_running'");
  switch (reinterpret_cast<const GeneratorState*>(generator.object())->status) {
    case GeneratorState::Created: return text("GEN_CREATED");
    case GeneratorState::Running: return text("GEN_RUNNING");
    case GeneratorState::Suspended: return text("GEN_SUSPENDED");
    case GeneratorState::Finished: return text("GEN_CLOSED");
  }
  __builtin_unreachable();
}

}  // namespace ingot::rt::traceback_core
