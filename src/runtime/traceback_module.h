// Traceback objects (e.__traceback__, sys.exc_info()[2]): the entries of
// an exception's traceback from one on, with tb_lineno and tb_next.
//
// `_ingot_traceback`: the native core under src/stdlib/traceback.py, the
// uncaught-exception printer's pieces (traceback.cpp), so that the
// module's text is the interpreter's to the character:
// - format_tb(tb, limited, limit) -> the text of each frame from traceback
//   object tb on (None: no frames), oldest first (StackSummary.format:
//   repeats past the third folded into a "[Previous line repeated N more
//   times]" entry). Not limited: all; else limit >= 0 the first `limit`
//   frames, < 0 the last -limit.
// - extract_tb(tb, limited, limit) -> (filename, lineno, name, line) of the
//   same frames, `line` stripped ("" when the source cannot be read).
// - format_only(exc) -> "Type: message\n".
// - format_group(exc) -> what the interpreter prints for an exception
//   group after its cause or context: its traceback, its line and its
//   sub-exceptions, boxed.
// - warning_site() -> (filename, lineno, module name) of the
//   warnings.warn() call running (src/stdlib/warnings.py): the compiler
//   notes each such call just before it runs (codegen/warning_sites.cpp),
//   and this takes the note. RuntimeError where warn was reached some other
//   way (through a value of unknown type): its caller's line is not known.
// - source_line(filename, lineno) -> that line of the file, stripped; ""
//   when it cannot be read (linecache.getline, as warnings shows it).
// - generator_state(g) -> inspect.getgeneratorstate(g): "GEN_CREATED",
//   "GEN_RUNNING", "GEN_SUSPENDED" or "GEN_CLOSED"; AttributeError (no
//   gi_running) for anything but a generator, as CPython's.
#pragma once

#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/value.h"

namespace ingot::rt {

struct TracebackEntry;
extern const TypeObject traceback_type;
// The traceback object of the entries from `entry` on; None for null.
Value traceback_object(const TracebackEntry* entry);
// What a call of warnings.warn is attributed to (traceback_core::warning_site).
void note_warning_site(const char* file, int32_t line, const char* module);

}  // namespace ingot::rt

namespace ingot::rt::traceback_core {

List<Str> format_tb(Value tb, bool limited, Int limit);
List<Tuple<Str, Int, Str, Str>> extract_tb(Value tb, bool limited, Int limit);
Str format_only(Value exc);
Str format_group(Value exc);
Tuple<Str, Int, Str> warning_site();
Str source_line(Str filename, Int lineno);
Str generator_state(Value generator);

}  // namespace ingot::rt::traceback_core
