// sys's descriptions of the interpreter and the platform: the values
// CPython 3.11 gives on the machine the program runs on.
#pragma once

#include "runtime/list.h"
#include "runtime/str.h"
#include "runtime/value.h"

namespace ingot::rt {
struct ModuleObject;
}

namespace ingot::rt::sys {

// The module as a value: sys.modules['sys'], its data attributes.
extern const ModuleObject module;

// Struct sequences (struct_sequence.h), built once.
Value version_info();
Value float_info();
Value int_info();
Value hash_info();
// "3.11.7 (ingot)": the version ingot implements.
Str version();
// "linux", "darwin", ...
Str platform();
// "little" or "big".
Str byteorder();
// sys.path, one list for the program's life: the directory of the script
// (`argv[0]`), where CPython looks for the program's modules first.
List<Str> path(List<Str> argv);

}  // namespace ingot::rt::sys
