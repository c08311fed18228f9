// ingot types FILE.py: the result of stage 2, whole-program type inference
// (types/print_types.cpp describes the format), or the first error of the
// stages before it as python3 prints it.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <variant>

#include "driver/commands.h"
#include "lex/decode.h"
#include "parse/parse.h"
#include "sema/sema.h"
#include "types/types.h"

namespace ingot::driver {
namespace {

bool types_of(const std::string& path) {
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
  sema::SemaResult scopes = sema::analyze_module(*parsed.module);
  if (scopes.recursion_error) {
    std::cerr << "RecursionError: " << scopes.error->message << '\n';
    return false;
  }
  if (scopes.error) {
    print_syntax_error(std::cerr, *scopes.error, source);
    return false;
  }
  std::string text;
  try {
    types::ProgramTypes program = types::infer_types(*parsed.module, *scopes.table);
    text = types::format_types(program, *scopes.table);
  } catch (const std::exception& error) {
    std::fprintf(stderr, "ingot: internal error in %s: %s\n", path.c_str(), error.what());
    return false;
  }
  std::fwrite(text.data(), 1, text.size(), stdout);
  return true;
}

}  // namespace

int types_command(std::span<const std::string_view> args) {
  if (args.empty()) {
    std::fputs("usage: ingot types FILE.py...\n", stderr);
    return 2;
  }
  bool ok = true;
  for (std::string_view arg : args) ok &= types_of(std::string(arg));
  return ok ? 0 : 1;
}

}  // namespace ingot::driver
