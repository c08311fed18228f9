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

}  // namespace ingot::rt

namespace ingot::rt::traceback_core {

List<Str> format_tb(Value tb, bool limited, Int limit);
List<Tuple<Str, Int, Str, Str>> extract_tb(Value tb, bool limited, Int limit);
Str format_only(Value exc);
Str format_group(Value exc);

}  // namespace ingot::rt::traceback_core
