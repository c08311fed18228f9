#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <variant>

#include "ast/dump.h"
#include "driver/commands.h"
#include "lex/decode.h"
#include "parse/parse.h"

namespace ingot::driver {
namespace {

bool read_file(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  out = std::move(buffer).str();
  return true;
}

// Parses one file; prints its dump (unless quiet) or its SyntaxError.
bool parse_one(const std::string& path, bool quiet) {
  std::string bytes;
  if (!read_file(path, bytes)) {
    std::fprintf(stderr, "ingot: can't open file '%s'\n", path.c_str());
    return false;
  }
  auto decoded = decode_source(bytes);
  if (auto* error = std::get_if<SyntaxError>(&decoded)) {
    // The error quotes the undecodable line from the raw bytes.
    print_syntax_error(std::cerr, *error, Source(path, bytes));
    return false;
  }
  Source source(path, std::move(std::get<std::string>(decoded)));
  Arena arena;
  ParseResult result = parse_module(source, arena);
  if (result.error) {
    print_syntax_error(std::cerr, *result.error, source);
    return false;
  }
  if (!quiet) {
    std::string text = ast::dump(result.module, true);
    text += '\n';
    std::fwrite(text.data(), 1, text.size(), stdout);
  }
  return true;
}

}  // namespace

int ast_command(std::span<const std::string_view> args) {
  bool quiet = false;
  bool ok = true;
  int files = 0;
  for (std::string_view arg : args) {
    if (arg == "--quiet") {
      quiet = true;
      continue;
    }
    ++files;
    ok &= parse_one(std::string(arg), quiet);
  }
  if (files == 0) {
    std::fputs("usage: ingot ast [--quiet] FILE.py...\n", stderr);
    return 2;
  }
  return ok ? 0 : 1;
}

}  // namespace ingot::driver
