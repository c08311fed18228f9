from calendar import day_abbr, month_name, monthrange, isleap, TextCalendar
from difflib import SequenceMatcher, get_close_matches, unified_diff
from getopt import gnu_getopt, GetoptError
from shlex import split, quote

opts, args = gnu_getopt(split("--name 'Ada Lovelace' -y 1815 notes.txt"), "y:", ["name="])
print(opts, args)
try:
    gnu_getopt(["-q"], "y:")
except GetoptError as e:
    print(e.opt, e)
print(quote("Ada Lovelace"), [day_abbr[i] for i in range(7)], month_name[-1], list(month_name)[1:3])
print(monthrange(1815, 12), isleap(1816), TextCalendar(6).formatweekheader(3))
print(get_close_matches("lovelace", ["lovelock", "lace", "loveless", "lovelace2"], n=2))
print(SequenceMatcher(None, "Lovelace", "Loveless").get_opcodes())
print(list(unified_diff(["a", "b"], ["a", "c"], lineterm="")))
