// Reading and parsing a program file, shared by the commands that start
// from one.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "ast/ast.h"
#include "base/arena.h"
#include "base/source.h"
#include "sema/symbol_table.h"

namespace ingot::driver {

struct LoadedFile {
  LoadedFile(std::string path, std::string text) : source(std::move(path), std::move(text)) {}
  Source source;  // kept for the messages of later stages
  Arena arena;    // owns the tree
  ast::Module* module = nullptr;
  std::unique_ptr<sema::SymbolTable> scopes;  // set by analyze_file
  std::vector<std::unique_ptr<Source>> generated;  // text the compiler wrote into the tree (dataclasses.h)
};

// The parsed file at `path`; nullptr after printing, as python3 would, why
// it cannot be read, decoded or parsed.
std::unique_ptr<LoadedFile> load_file(const std::string& path);

// The same for program text that is not in a file (`ingot -c CODE`, whose
// path is "<string>" as in CPython).
std::unique_ptr<LoadedFile> load_source(const std::string& path, std::string bytes);

// Stage 1 (scopes and names) on a loaded file; nullptr after printing the
// first error as python3 would (or when `file` is null). Unless `as_written`
// (`ingot scopes`, which CPython's symtable checks), dataclasses, namedtuples
// and enums are first rewritten into the classes the compiler builds.
std::unique_ptr<LoadedFile> analyze(std::unique_ptr<LoadedFile> file, bool as_written = false);

// load_file, then stage 1 (scopes and names); nullptr after printing the
// first error as python3 would.
std::unique_ptr<LoadedFile> analyze_file(const std::string& path, bool as_written = false);

}  // namespace ingot::driver
