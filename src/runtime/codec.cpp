#include "runtime/codec.h"

#include <cstdio>
#include <vector>

#include "runtime/bytes.h"
#include "runtime/exception.h"

namespace ingot::rt {
namespace {

[[noreturn]] void unknown_handler(Str errors_name) {
  raise(exc::LookupError, "unknown error handler name '" + std::string(errors_name.view()) + "'");
}

[[noreturn]] void raise_unicode_error(const TypeObject& type, Codec codec, Value object, int64_t start, int64_t end,
                                      std::string_view reason) {
  Value args[] = {Str::from_ascii(codec_name(codec)), object, Int(start), Int(end), Str::from_ascii(reason)};
  raise(new_exception(type, args));
}

// The length of the valid UTF-8 sequence at `at` (positive), or the
// malformed range there (a negative length's absolute value).
int64_t utf8_sequence(std::string_view s, int64_t at, const char** reason) {
  auto byte = [&](int64_t i) { return static_cast<unsigned char>(s[i]); };
  unsigned char lead = byte(at);
  if (lead < 0x80) return 1;
  int64_t n = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
  if (n == 0) {
    *reason = "invalid start byte";
    return -1;
  }
  for (int64_t i = 1; i < n; ++i) {
    if (at + i >= static_cast<int64_t>(s.size())) {
      *reason = "unexpected end of data";
      return -i;
    }
    unsigned char c = byte(at + i);
    unsigned char low = 0x80, high = 0xBF;
    if (i == 1 && lead == 0xE0) low = 0xA0;
    if (i == 1 && lead == 0xED) high = 0x9F;  // surrogates
    if (i == 1 && lead == 0xF0) low = 0x90;
    if (i == 1 && lead == 0xF4) high = 0x8F;
    if (c < low || c > high) {
      *reason = "invalid continuation byte";
      return -i;
    }
  }
  return n;
}

void append_escape(std::string& out, const char* format, unsigned value) {
  char text[16];
  std::snprintf(text, sizeof text, format, value);
  out += text;
}

}  // namespace

std::string_view codec_name(Codec codec) {
  switch (codec) {
    case Codec::utf8: return "utf-8";
    case Codec::ascii: return "ascii";
    case Codec::latin1: return "latin-1";
    case Codec::utf16: return "utf-16";
    case Codec::utf16le: return "utf-16-le";
    case Codec::utf16be: return "utf-16-be";
  }
  return "";
}

Codec find_codec(Str encoding) {
  std::string name;
  for (char c : encoding.view()) name += c == '_' || c == ' ' ? '-' : static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  if (name == "utf-8" || name == "utf8" || name == "u8" || name == "utf") return Codec::utf8;
  if (name == "ascii" || name == "us-ascii" || name == "646") return Codec::ascii;
  if (name == "latin-1" || name == "latin1" || name == "iso-8859-1" || name == "iso8859-1" || name == "l1" ||
      name == "8859" || name == "cp819" || name == "latin")
    return Codec::latin1;
  if (name == "utf-16" || name == "utf16" || name == "u16") return Codec::utf16;
  if (name == "utf-16-le" || name == "utf-16le") return Codec::utf16le;
  if (name == "utf-16-be" || name == "utf-16be") return Codec::utf16be;
  raise(exc::LookupError, "unknown encoding: " + std::string(encoding.view()));
}

CodecErrors find_errors(Str errors) {
  std::string_view n = errors.view();
  if (n == "strict") return CodecErrors::strict;
  if (n == "ignore") return CodecErrors::ignore;
  if (n == "replace") return CodecErrors::replace;
  if (n == "backslashreplace") return CodecErrors::backslashreplace;
  if (n == "xmlcharrefreplace") return CodecErrors::xmlcharrefreplace;
  return CodecErrors::unknown;
}

namespace {

bool is_utf16(Codec codec) { return codec == Codec::utf16 || codec == Codec::utf16le || codec == Codec::utf16be; }

// UTF-16: code units of two bytes, a pair of surrogates for what lies
// beyond U+FFFF; "utf-16" reads a byte order mark (little-endian without
// one) and writes one.
Str decode_utf16(std::string_view bytes, Codec codec, CodecErrors errors, Str errors_name) {
  const int64_t size = static_cast<int64_t>(bytes.size());
  bool big = codec == Codec::utf16be;
  int64_t at = 0;
  if (codec == Codec::utf16 && size >= 2) {
    unsigned char a = bytes[0], b = bytes[1];
    if ((a == 0xFF && b == 0xFE) || (a == 0xFE && b == 0xFF)) {
      big = a == 0xFE;
      at = 2;
    }
  }
  auto unit = [&](int64_t i) {
    unsigned a = static_cast<unsigned char>(bytes[i]), b = static_cast<unsigned char>(bytes[i + 1]);
    return big ? (a << 8) | b : (b << 8) | a;
  };
  StrBuilder out;
  while (at < size) {
    const char* reason = nullptr;
    int64_t bad = 0;
    if (at + 1 >= size) {
      reason = "truncated data", bad = size - at;
    } else if (unsigned u = unit(at); u < 0xD800 || u > 0xDFFF) {
      out.append_code_point(u);
      at += 2;
      continue;
    } else if (u >= 0xDC00) {
      reason = "illegal encoding", bad = 2;
    } else if (at + 3 >= size) {
      reason = "unexpected end of data", bad = size - at;
    } else if (unsigned low = unit(at + 2); low < 0xDC00 || low > 0xDFFF) {
      reason = "illegal UTF-16 surrogate", bad = 2;
    } else {
      out.append_code_point(0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00));
      at += 4;
      continue;
    }
    switch (errors) {
      case CodecErrors::strict:
        raise_unicode_error(exc::UnicodeDecodeError, codec, box(Bytes::from(bytes)), at, at + bad, reason);
      case CodecErrors::ignore: break;
      case CodecErrors::replace: out.append_code_point(0xFFFD); break;
      default: unknown_handler(errors_name);
    }
    at += bad;
  }
  return out.finish();
}

void append_unit(std::string& out, unsigned u, bool big) {
  out += static_cast<char>(big ? u >> 8 : u & 0xFF);
  out += static_cast<char>(big ? u & 0xFF : u >> 8);
}

}  // namespace

Str decode(std::string_view bytes, Codec codec, CodecErrors errors, Str errors_name) {
  if (is_utf16(codec)) return decode_utf16(bytes, codec, errors, errors_name);
  const int64_t size = static_cast<int64_t>(bytes.size());
  // The common case, valid text: one pass to check, one copy.
  int64_t at = 0;
  const char* reason = nullptr;
  int64_t bad = 0;
  if (codec == Codec::latin1) {
    StrBuilder out;
    for (unsigned char c : bytes) out.append_code_point(c);
    return out.finish();
  }
  while (at < size) {
    if (codec == Codec::ascii) {
      if (static_cast<unsigned char>(bytes[at]) >= 0x80) {
        reason = "ordinal not in range(128)";
        bad = 1;
        break;
      }
      ++at;
      continue;
    }
    int64_t n = utf8_sequence(bytes, at, &reason);
    if (n < 0) {
      bad = -n;
      break;
    }
    at += n;
  }
  if (!reason) return Str::from_utf8(bytes);
  std::string out(bytes.substr(0, static_cast<size_t>(at)));
  while (at < size) {
    if (reason) {
      switch (errors) {
        case CodecErrors::strict:
          raise_unicode_error(exc::UnicodeDecodeError, codec, box(Bytes::from(bytes)), at, at + bad, reason);
        case CodecErrors::ignore: break;
        case CodecErrors::replace: out += "\xEF\xBF\xBD"; break;
        case CodecErrors::backslashreplace:
          for (int64_t i = 0; i < bad; ++i) append_escape(out, "\\x%02x", static_cast<unsigned char>(bytes[at + i]));
          break;
        default: unknown_handler(errors_name);
      }
      at += bad;
      reason = nullptr;
      continue;
    }
    int64_t n = 1;
    if (codec == Codec::ascii) {
      if (static_cast<unsigned char>(bytes[at]) >= 0x80) reason = "ordinal not in range(128)", bad = 1;
    } else if ((n = utf8_sequence(bytes, at, &reason)) < 0) {
      bad = -n;
    }
    if (reason) continue;
    out.append(bytes.substr(static_cast<size_t>(at), static_cast<size_t>(n)));
    at += n;
  }
  return Str::from_utf8(out);
}

void encode(Str s, Codec codec, CodecErrors errors, std::string& out, Str errors_name) {
  if (codec == Codec::utf8 && s.is_ascii()) {
    out += s.view();
    return;
  }
  char32_t limit = codec == Codec::ascii ? 0x80 : codec == Codec::latin1 ? 0x100 : 0x110000;
  bool utf16 = is_utf16(codec), big = codec == Codec::utf16be;
  auto unencodable = [&](char32_t c) { return limit == 0x110000 ? c >= 0xD800 && c <= 0xDFFF : c >= limit; };
  if (codec == Codec::utf16) append_unit(out, 0xFEFF, false);
  std::string_view text = s.view();
  int64_t position = 0;
  for (size_t at = 0; at < text.size();) {
    // One code point of (generalised) UTF-8.
    auto next = [&](size_t& i) {
      char32_t c = static_cast<unsigned char>(text[i]);
      int n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
      c = n == 1 ? c : n == 2 ? c & 0x1F : n == 3 ? c & 0x0F : c & 0x07;
      for (int k = 1; k < n; ++k) c = (c << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
      size_t start = i;
      i += n;
      return std::pair<char32_t, std::string_view>{c, text.substr(start, n)};
    };
    size_t here = at;
    auto [c, raw] = next(here);
    if (!unencodable(c)) {
      if (utf16 && c >= 0x10000) {
        append_unit(out, 0xD800 + ((c - 0x10000) >> 10), big);
        append_unit(out, 0xDC00 + ((c - 0x10000) & 0x3FF), big);
      } else if (utf16) {
        append_unit(out, c, big);
      } else if (codec == Codec::utf8 || c < 0x80) {
        out += raw;
      } else {
        out += static_cast<char>(c);
      }
      at = here;
      ++position;
      continue;
    }
    // A run of characters the codec cannot encode: one error, as CPython's.
    std::vector<char32_t> run;
    while (at < text.size()) {
      size_t peek = at;
      char32_t d = next(peek).first;
      if (!unencodable(d)) break;
      run.push_back(d);
      at = peek;
    }
    int64_t start = position;
    position += static_cast<int64_t>(run.size());
    for (char32_t d : run) {
      switch (errors) {
        case CodecErrors::strict: {
          const char* reason = limit == 0x110000     ? "surrogates not allowed"
                               : codec == Codec::ascii ? "ordinal not in range(128)"
                                                       : "ordinal not in range(256)";
          raise_unicode_error(exc::UnicodeEncodeError, codec, s, start, position, reason);
        }
        case CodecErrors::ignore: break;
        case CodecErrors::replace: utf16 ? append_unit(out, '?', big) : void(out += '?'); break;
        case CodecErrors::backslashreplace:
        case CodecErrors::xmlcharrefreplace: {
          std::string escape;
          if (errors == CodecErrors::xmlcharrefreplace) append_escape(escape, "&#%u;", unsigned(d));
          else append_escape(escape, d <= 0xff ? "\\x%02x" : d <= 0xffff ? "\\u%04x" : "\\U%08x", unsigned(d));
          for (char e : escape) utf16 ? append_unit(out, static_cast<unsigned char>(e), big) : void(out += e);
          break;
        }
        default: unknown_handler(errors_name);
      }
    }
  }
}

}  // namespace ingot::rt
