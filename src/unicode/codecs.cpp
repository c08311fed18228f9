// Single-byte codecs by name, resolved the way codecs.lookup resolves a name:
// _Py_normalize_encoding, then encodings.search_function's alias table.
#include <algorithm>
#include <cstring>
#include <string>

#include "unicode/unicode.h"

namespace ingot::unicode {
namespace {

struct SingleByteCodec {
  const char* name;  // the encodings module
  const char32_t* table;
};

struct CodecAlias {
  const char* alias;
  const char* codec;  // the encodings module; maybe not a single-byte one
};

#include "unicode/codecs.inc"

bool is_ascii_alnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// CPython's _Py_normalize_encoding: lower case, each run of other characters
// than ASCII letters, digits and '.' becomes one '_', none at either end.
std::string normalize_encoding(std::string_view name) {
  std::string normal;
  bool punctuation = false;
  for (char c : name) {
    if (!is_ascii_alnum(c) && c != '.') {
      punctuation = true;
      continue;
    }
    if (punctuation && !normal.empty()) normal += '_';
    punctuation = false;
    normal += c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return normal;
}

const char* alias_target(std::string_view alias) {
  auto found = std::lower_bound(std::begin(kCodecAliases), std::end(kCodecAliases), alias,
                                [](const CodecAlias& a, std::string_view key) { return a.alias < key; });
  return found != std::end(kCodecAliases) && found->alias == alias ? found->codec : nullptr;
}

const char32_t* codec_table(std::string_view module) {
  for (const SingleByteCodec& codec : kSingleByteCodecs)
    if (codec.name == module) return codec.table;
  return nullptr;
}

}  // namespace

const char32_t* single_byte_codec(std::string_view name) {
  std::string normal = normalize_encoding(name);
  const char* target = alias_target(normal);
  if (!target) {
    std::string underscored = normal;
    std::replace(underscored.begin(), underscored.end(), '.', '_');
    target = alias_target(underscored);
  }
  // An alias names its module; otherwise the name itself may be a module.
  if (target) return codec_table(target);
  return normal.find('.') == std::string::npos ? codec_table(normal) : nullptr;
}

}  // namespace ingot::unicode
