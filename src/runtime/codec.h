// The text codecs behind str.encode, bytes.decode and text files: UTF-8,
// ASCII, Latin-1 and UTF-16 (with a byte order mark, or -le/-be), with the error handlers strict (CPython's
// UnicodeDecodeError/UnicodeEncodeError, args and all), ignore, replace,
// backslashreplace and (encoding only) xmlcharrefreplace.
#pragma once

#include <string>
#include <string_view>

#include "runtime/str.h"

namespace ingot::rt {

enum class Codec { utf8, ascii, latin1, utf16, utf16le, utf16be };
// "utf-8", "ascii", "latin-1", "utf-16", ...: the names CPython's messages use.
std::string_view codec_name(Codec codec);
// The codec a name Python accepts stands for; LookupError "unknown
// encoding: x" for any other.
Codec find_codec(Str encoding);

enum class CodecErrors { strict, ignore, replace, backslashreplace, xmlcharrefreplace, unknown };
// CPython looks an error handler up only when an error occurs: an unknown
// name is LookupError "unknown error handler name 'x'" then.
CodecErrors find_errors(Str errors);

// The text `bytes` hold. UnicodeDecodeError's object is `bytes`, its
// positions count from their start.
Str decode(std::string_view bytes, Codec codec, CodecErrors errors, Str errors_name = Str());
// The encoded bytes of `s`, appended to `out`.
void encode(Str s, Codec codec, CodecErrors errors, std::string& out, Str errors_name = Str());

}  // namespace ingot::rt
