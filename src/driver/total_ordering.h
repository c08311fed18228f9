// @functools.total_ordering: the compiler writes the comparisons the
// decorator would add.
//
// Design note. CPython's decorator finds the ordering dunders the class
// defines with getattr() and adds the missing ones with setattr() at run
// time; whole-program inference must see a class's dunders to type its
// comparisons, so, as for @dataclass (dataclasses.h), the compiler does
// the decorator's work before stage 1: a class decorated with
// `total_ordering` (imported from functools by this module) that defines
// one of __lt__/__le__/__gt__/__ge__ in its body gets the others appended
// as Python text following functools.py's `_gt_from_lt` and the rest, and
// the decorator is dropped. A class defining none in its body (a base may
// define them) keeps the decorator, which runs src/stdlib/functools.py's.
#pragma once

#include "driver/load.h"

namespace ingot::driver {

// false after printing the refusal of a class this does not write yet.
bool write_total_orderings(LoadedFile& file);

}  // namespace ingot::driver
