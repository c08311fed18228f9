// `_ingot_re`: the native core under src/stdlib/re.py, on PCRE2.
//
// Design. The re module is Python (src/stdlib/re.py): Pattern and Match
// objects, the loops of findall/finditer/sub/split with CPython's rules
// for empty matches, replacement templates, escape(). What must be fast or
// needs PCRE2 is here, behind five functions on plain values:
// - compile(pattern, flags) -> (code, flags, message, position): the
//   pattern checked and translated (runtime/re_syntax.h) and compiled, with
//   JIT where PCRE2 has it. `code` indexes a table of compiled patterns that
//   lives as long as the program (compiling the same pattern and flags again
//   gives the same code); -1 is a re.error (message, position or -1), -2 a
//   ValueError (message).
// - match(code, string, pos, endpos, mode) -> spans: one attempt, `mode` 0
//   search, 1 match, 2 fullmatch, plus 4 for "must advance" (no empty
//   match at pos: PCRE2_NOTEMPTY_ATSTART, which gives sre's rule for the
//   match after an empty one). The list holds start and end of each group
//   (-1 when it did not take part), then lastindex (-1 for none); it is
//   empty when nothing matched. Positions are code points: str is UTF-8,
//   so offsets convert, counting only from pos for non-ASCII text.
// - groups(code), groupindex(code).
// - parse_template(code, repl) -> (parts, refs, message, position): a
//   replacement template as literal parts around group references
//   (len(parts) == len(refs) + 1), of repl's own type; a message is a
//   re.error at `position` in repl, or an IndexError where position is -2.
// - escape(pattern), of the pattern's type, and line_column(text, pos)
//   for re.error's lineno and colno (re_template.cpp). parse_template and
//   escape also take a boxed str or bytes and box their result.
// The last three are native rather than Python only because the type
// analysis does not narrow on isinstance: in Python their str and bytes
// paths would both give every caller a str | bytes result.
// str patterns compile with PCRE2_UTF and, unless ASCII, PCRE2_UCP (so
// \d \w \s \b are Unicode's, as Python's are for str); bytes patterns
// without UTF. match/fullmatch are patterns compiled anchored
// (PCRE2_ANCHORED, PCRE2_ENDANCHORED), each on first use, so they run
// JIT'd too.
#pragma once

#include "runtime/bytes.h"
#include "runtime/dict.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/value.h"

namespace ingot::rt::re {

Tuple<Int, Int, Str, Int> compile(Str pattern, Int flags);
Tuple<Int, Int, Str, Int> compile(Bytes pattern, Int flags);
Tuple<Int, Int, Str, Int> compile(Value pattern, Int flags);
List<Int> match(Int code, Str string, Int pos, Int endpos, Int mode);
List<Int> match(Int code, Bytes string, Int pos, Int endpos, Int mode);
List<Int> match(Int code, Value string, Int pos, Int endpos, Int mode);
Int groups(Int code);
Dict<Str, Int> groupindex(Int code);
Tuple<List<Str>, List<Int>, Str, Int> parse_template(Int code, Str repl);
Tuple<List<Bytes>, List<Int>, Str, Int> parse_template(Int code, Bytes repl);
Str escape(Str pattern);
Bytes escape(Bytes pattern);
// A template or pattern the analysis knows only at run time: the str or
// bytes form, boxed; TypeError for anything else.
Value parse_template(Int code, Value repl);
Value escape(Value pattern);
Tuple<Int, Int, bool> line_column(Str text, Int pos);
Tuple<Int, Int, bool> line_column(Bytes text, Int pos);
Tuple<Int, Int, bool> line_column(Value text, Int pos);

}  // namespace ingot::rt::re
