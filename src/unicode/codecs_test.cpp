#include <gtest/gtest.h>

#include <sstream>

#include "unicode/oracle_test.h"
#include "unicode/unicode.h"

namespace ingot::unicode {
namespace {

// The codecs ingot must decode source in: PEP 263 cookies name them.
constexpr const char* kCodecs[] = {
    "ascii",    "latin_1",  "iso8859_2", "iso8859_3", "iso8859_4",  "iso8859_5",  "iso8859_6",
    "iso8859_7", "iso8859_8", "iso8859_9", "iso8859_10", "iso8859_11", "iso8859_13", "iso8859_14",
    "iso8859_15", "iso8859_16", "cp1250",  "cp1251",    "cp1252",     "cp1253",     "cp1254",
    "cp1255",   "cp1256",   "cp1257",    "cp1258",    "koi8_r",     "koi8_u",     "cp437",
    "cp850",    "mac_roman"};

std::string python_list_of_codecs() {
  std::string list = "[";
  for (const char* name : kCodecs) list += "'" + std::string(name) + "',";
  return list + "]";
}

// Lines "table MODULE HEX..." (256 entries, '-' when undecodable), then
// "SPELLING;MODULE": the module of `ours` that codecs.lookup(SPELLING) finds,
// or '-'.
constexpr char kScript[] = R"(
import codecs, encodings.aliases
modules = {codecs.lookup(m).name: m for m in ours}
for m in ours:
    entries = []
    for b in range(256):
        try:
            entries.append('%X' % ord(bytes([b]).decode(m)))
        except UnicodeDecodeError:
            entries.append('-')
    print('table', m, ' '.join(entries))
spellings = list(encodings.aliases.aliases) + ours
spellings += [s.upper().replace('_', '-') for s in spellings] + [' ' + s + '.' for s in spellings]
spellings += ['Latin-1', 'L1', 'iso-8859-1', 'ISO_8859-15', 'windows-1252', 'latin.1', 'latin--1',
              '-latin-1-', 'utf-8', 'utf8', 'foo', '', '.', 'ansi_x3.4-1968', 'ANSI X3.4 1968',
              'us-ascii', 'mac-roman', 'MacRoman', 'macintosh', 'KOI8-U', 'cp-1252', 'ibm437', '437',
              'mbcs', 'dbcs', 'aliases', 'l\u00e91', 'iso8859_12']
for s in spellings:
    try:
        name = codecs.lookup(s).name
    except LookupError:
        name = None
    print(s + ';' + modules.get(name, '-'))
)";

TEST(SingleByteCodec, TablesAndNamesAsCPython) {
  auto lines = testing::unicode_oracle("ours = " + python_list_of_codecs() + "\n" + kScript);
  if (!lines) GTEST_SKIP() << "python3's unicodedata is not Unicode 14.0.0";
  size_t tables = 0;
  for (const std::string& line : *lines) {
    if (line.starts_with("table ")) {
      std::istringstream fields(line.substr(6));
      std::string module, entry;
      fields >> module;
      const char32_t* table = single_byte_codec(module);
      ASSERT_NE(table, nullptr) << module;
      for (int b = 0; b < 256; ++b) {
        fields >> entry;
        char32_t expected = entry == "-" ? kUndecodable : std::stoul(entry, nullptr, 16);
        EXPECT_EQ(table[b], expected) << module << " byte " << b;
      }
      ++tables;
      continue;
    }
    size_t semicolon = line.rfind(';');
    std::string module = line.substr(semicolon + 1);
    const char32_t* expected = module == "-" ? nullptr : single_byte_codec(module);
    EXPECT_EQ(single_byte_codec(line.substr(0, semicolon)), expected) << line;
  }
  EXPECT_EQ(tables, std::size(kCodecs));
}

TEST(SingleByteCodec, KnownTables) {
  const char32_t* latin1 = single_byte_codec("latin-1");
  ASSERT_NE(latin1, nullptr);
  EXPECT_EQ(latin1[0xE9], 0xE9u);
  EXPECT_EQ(single_byte_codec("ISO-8859-1"), latin1);
  EXPECT_EQ(single_byte_codec("cp1252")[0x80], 0x20ACu);  // EURO SIGN
  EXPECT_EQ(single_byte_codec("cp1252")[0x81], kUndecodable);
  EXPECT_EQ(single_byte_codec("ascii")[0x80], kUndecodable);
  EXPECT_EQ(single_byte_codec("koi8-r")[0xC1], 0x0430u);  // CYRILLIC SMALL LETTER A
  EXPECT_EQ(single_byte_codec("utf-8"), nullptr);
}

}  // namespace
}  // namespace ingot::unicode
