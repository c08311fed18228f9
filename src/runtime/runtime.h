// Everything generated code may call: the one header a compiled program
// includes, precompiled once per build (src/toolchain/CMakeLists.txt) so
// that compiling a program costs only its own code.
#pragma once

#include "runtime/bool.h"
#include "runtime/dict.h"
#include "runtime/dict_views.h"
#include "runtime/exception.h"
#include "runtime/float.h"
#include "runtime/format.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/memory.h"
#include "runtime/object.h"
#include "runtime/protocol.h"
#include "runtime/range.h"
#include "runtime/recursion.h"
#include "runtime/set.h"
#include "runtime/slice.h"
#include "runtime/slice_object.h"
#include "runtime/str.h"
#include "runtime/str_format.h"
#include "runtime/str_methods.h"
#include "runtime/traceback.h"
#include "runtime/tuple.h"
#include "runtime/value.h"
