// Reading and parsing a program file, shared by the commands that start
// from one.
#pragma once

#include <memory>
#include <string>

#include "ast/ast.h"
#include "base/arena.h"
#include "base/source.h"

namespace ingot::driver {

struct LoadedFile {
  LoadedFile(std::string path, std::string text) : source(std::move(path), std::move(text)) {}
  Source source;  // kept for the messages of later stages
  Arena arena;    // owns the tree
  ast::Module* module = nullptr;
};

// The parsed file at `path`; nullptr after printing, as python3 would, why
// it cannot be read, decoded or parsed.
std::unique_ptr<LoadedFile> load_file(const std::string& path);

}  // namespace ingot::driver
