// `_ingot_zlib`: the native core under src/stdlib/zlib.py, on zlib itself.
//
// Compressed data must be zlib's own, bit for bit, so compression runs in
// zlib (linked statically where its archive is installed, like PCRE2).
// zlib.py holds the module's Python side: argument checks, the error
// class, the Compress and Decompress objects' attributes. Every function
// here returns its result with a message: empty for success, else what
// zlib.py raises as zlib.error (CPython's text: "Error -3 while
// decompressing data: incorrect header check"), or as a ValueError where
// the message starts with "ValueError: ".
// - compress(data, level, wbits), decompress(data, wbits, bufsize): the
//   one-shot functions.
// - compressor(level, method, wbits, memlevel, strategy, zdict) and
//   decompressor(wbits, zdict) -> (stream, message): a z_stream in a table
//   the program keeps, named by its index; it is freed when the stream
//   ends (a compressor's flush(Z_FINISH), a decompressor's flush() at the
//   end of the data), as CPython ends it then.
// - compress_more(stream, data, mode): mode -1 is Compress.compress(data),
//   anything else Compress.flush(mode).
// - decompress_more(stream, data, max_length, flush) -> (output, the input
//   left over, the unused data after the end (that input, when the stream
//   ended), eof, message): Decompress.decompress(data, max_length), or
//   Decompress.flush() of data (the unconsumed tail) when `flush`; zlib.py
//   keeps unused_data and unconsumed_tail as CPython does.
#pragma once

#include "runtime/bytes.h"
#include "runtime/int.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace ingot::rt::zlib {

Tuple<Bytes, Str> compress(Bytes data, Int level, Int wbits);
Tuple<Bytes, Str> decompress(Bytes data, Int wbits, Int bufsize);
Tuple<Int, Str> compressor(Int level, Int method, Int wbits, Int memlevel, Int strategy, Bytes zdict);
Tuple<Int, Str> decompressor(Int wbits, Bytes zdict);
Tuple<Bytes, Str> compress_more(Int stream, Bytes data, Int mode);
Tuple<Bytes, Bytes, Bytes, bool, Str> decompress_more(Int stream, Bytes data, Int max_length, bool flush);

}  // namespace ingot::rt::zlib
