#include "driver/load.h"

#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <variant>

#include "lex/decode.h"
#include "parse/parse.h"

namespace ingot::driver {

std::unique_ptr<LoadedFile> load_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "ingot: can't open file '%s'\n", path.c_str());
    return nullptr;
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  std::string bytes = std::move(buffer).str();
  auto decoded = decode_source(bytes);
  if (auto* error = std::get_if<SyntaxError>(&decoded)) {
    // The error quotes the undecodable line from the raw bytes.
    print_syntax_error(std::cerr, *error, Source(path, bytes));
    return nullptr;
  }
  auto file = std::make_unique<LoadedFile>(path, std::move(std::get<std::string>(decoded)));
  ParseResult result = parse_module(file->source, file->arena);
  if (result.error) {
    print_syntax_error(std::cerr, *result.error, file->source);
    return nullptr;
  }
  file->module = result.module;
  return file;
}

}  // namespace ingot::driver
