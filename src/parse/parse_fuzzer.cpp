// libFuzzer target: any bytes through the whole front end, the way `ingot
// ast` takes a file (decode, tokenize and parse, then dump the tree or print
// the SyntaxError). A SyntaxError is an ordinary outcome; a crash, a
// sanitizer report, a leak or a hang is a bug.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>
#include <string_view>
#include <variant>

#include "ast/dump.h"
#include "lex/decode.h"
#include "parse/parse.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace ingot;
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  std::ostringstream printed;
  auto decoded = decode_source(bytes);
  if (auto* error = std::get_if<SyntaxError>(&decoded)) {
    print_syntax_error(printed, *error, Source("fuzz.py", std::string(bytes)));
    return 0;
  }
  Source source("fuzz.py", std::move(std::get<std::string>(decoded)));
  Arena arena;
  ParseResult result = parse_module(source, arena);
  if (result.error)
    print_syntax_error(printed, *result.error, source);
  else
    printed << ast::dump(result.module, true);
  return 0;
}
