// `_ingot_hash`: the native core under src/stdlib/hashlib.py.
//
// hashlib.py keeps each hash's state, its incomplete last block and the
// message length, and pads the message; here is only the compression
// function of each algorithm, run over whole blocks: the one loop whose
// cost is per byte.
// - compress(function, state, blocks) -> the state after `blocks` (a
//   whole number of the function's blocks). `function`: 0 MD5, 1 SHA-1,
//   2 SHA-256 (and SHA-224), 3 SHA-512 (and SHA-384). The state is the
//   chaining words as the digest writes them (little-endian for MD5,
//   big-endian for the rest), so a digest is a prefix of the final state.
// A state or block length that does not fit is a ValueError: only
// hashlib.py calls this, and never so.
#pragma once

#include "runtime/bytes.h"
#include "runtime/int.h"

namespace ingot::rt::hashlib {

Bytes compress(Int function, Bytes state, Bytes blocks);

}  // namespace ingot::rt::hashlib
