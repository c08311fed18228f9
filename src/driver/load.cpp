#include "driver/load.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <variant>

#include "driver/builtin_bases.h"
#include "driver/dataclasses.h"
#include "driver/enums.h"
#include "driver/namedtuples.h"
#include "driver/private_names.h"
#include "driver/property_calls.h"
#include "driver/total_ordering.h"
#include "driver/type_calls.h"
#include "lex/decode.h"
#include "parse/parse.h"
#include "sema/sema.h"

namespace ingot::driver {

std::unique_ptr<LoadedFile> load_file(const std::string& given_path) {
  // Messages name the file as python3 does: relative paths joined to the
  // working directory, not normalized ("/tmp/./app.py").
  std::error_code error;
  std::string path = std::filesystem::absolute(given_path, error).string();
  if (error) path = given_path;
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    int number = errno;
    std::fprintf(stderr, "ingot: can't open file '%s': [Errno %d] %s\n", path.c_str(), number, std::strerror(number));
    return nullptr;
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return load_source(path, std::move(buffer).str());
}

std::unique_ptr<LoadedFile> load_source(const std::string& path, std::string bytes) {
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

std::unique_ptr<LoadedFile> analyze_file(const std::string& path, bool as_written) {
  return analyze(load_file(path), as_written);
}

std::unique_ptr<LoadedFile> analyze(std::unique_ptr<LoadedFile> file, bool as_written) {
  if (!file) return nullptr;
  if (!as_written) write_type_calls(*file);  // type_calls.h
  if (!as_written && (!write_dataclass_methods(*file) || !write_namedtuple_classes(*file) || !write_enum_classes(*file) ||
                      !write_total_orderings(*file)))
    return nullptr;  // dataclasses.h, namedtuples.h, enums.h, total_ordering.h
  if (!as_written) write_property_calls(*file);  // property_calls.h
  if (!as_written && !write_builtin_bases(*file)) return nullptr;  // builtin_bases.h
  if (!as_written) mangle_private_names(*file);                     // private_names.h
  sema::SemaResult result = sema::analyze_module(*file->module);
  if (result.recursion_error) {
    std::cerr << "RecursionError: " << result.error->message << '\n';
    return nullptr;
  }
  if (result.error) {
    print_syntax_error(std::cerr, *result.error, file->source);
    return nullptr;
  }
  file->scopes = std::move(result.table);
  return file;
}

}  // namespace ingot::driver
