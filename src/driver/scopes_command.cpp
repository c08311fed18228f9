// ingot scopes FILE.py: the symbol table of stage 1 (sema/print_scopes.h
// describes the format), or the first compile-time error as python3 prints it.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <variant>

#include "driver/commands.h"
#include "lex/decode.h"
#include "parse/parse.h"
#include "sema/print_scopes.h"
#include "sema/sema.h"

namespace ingot::driver {
namespace {

bool scopes_of(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "ingot: can't open file '%s'\n", path.c_str());
    return false;
  }
  std::ostringstream bytes;
  bytes << in.rdbuf();
  auto decoded = decode_source(bytes.str());
  if (auto* error = std::get_if<SyntaxError>(&decoded)) {
    print_syntax_error(std::cerr, *error, Source(path, bytes.str()));
    return false;
  }
  Source source(path, std::move(std::get<std::string>(decoded)));
  Arena arena;
  ParseResult parsed = parse_module(source, arena);
  if (parsed.error) {
    print_syntax_error(std::cerr, *parsed.error, source);
    return false;
  }
  sema::SemaResult result = sema::analyze_module(*parsed.module);
  if (result.recursion_error) {
    std::cerr << "RecursionError: " << result.error->message << '\n';
    return false;
  }
  if (result.error) {
    print_syntax_error(std::cerr, *result.error, source);
    return false;
  }
  std::string text = sema::format_scopes(*result.table);
  std::fwrite(text.data(), 1, text.size(), stdout);
  return true;
}

}  // namespace

int scopes_command(std::span<const std::string_view> args) {
  if (args.empty()) {
    std::fputs("usage: ingot scopes FILE.py...\n", stderr);
    return 2;
  }
  bool ok = true;
  for (std::string_view arg : args) ok &= scopes_of(std::string(arg));
  return ok ? 0 : 1;
}

}  // namespace ingot::driver
