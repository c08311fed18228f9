// Everything generated code calls on Values (the "dyn" representation):
// operators, builtins, iteration, subscripts/attributes/calls, unboxing.
#pragma once

#include "runtime/dynamic_access.h"
#include "runtime/dynamic_boxed.h"
#include "runtime/dynamic_builtins.h"
#include "runtime/dynamic_iter.h"
#include "runtime/dynamic_operators.h"
#include "runtime/dynamic_unbox.h"
#include "runtime/iter_unbox.h"
