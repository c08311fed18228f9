// A source file as the front end sees it: a name and its text, decoded to
// UTF-8 (see lex/decode.h), with the start of every line indexed so that
// diagnostics can quote a line cheaply.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ingot {

class Source {
 public:
  Source(std::string filename, std::string text);

  const std::string& filename() const { return filename_; }
  std::string_view text() const { return text_; }

  // Line `lineno` (1-based) without its line ending; empty past the end.
  std::string_view line(int lineno) const;
  int line_count() const { return static_cast<int>(line_starts_.size()); }

 private:
  std::string filename_;
  std::string text_;
  std::vector<uint32_t> line_starts_;
};

}  // namespace ingot
