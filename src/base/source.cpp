#include "base/source.h"

#include <cstring>

namespace ingot {

Source::Source(std::string filename, std::string text) : filename_(std::move(filename)), text_(std::move(text)) {
  line_starts_.push_back(0);
  // Lines end at "\n", and in undecoded text at "\r\n" or a lone "\r" too.
  // Decoded text has no "\r", and is scanned at memchr's pace.
  const char* data = text_.data();
  size_t size = text_.size();
  bool has_cr = std::memchr(data, '\r', size) != nullptr;
  for (size_t at = 0; at < size;) {
    size_t end;
    if (has_cr) {
      end = at;
      while (end < size && data[end] != '\n' && data[end] != '\r') ++end;
      if (end + 1 < size && data[end] == '\r' && data[end + 1] == '\n') ++end;
    } else {
      const void* newline = std::memchr(data + at, '\n', size - at);
      end = newline ? static_cast<const char*>(newline) - data : size;
    }
    if (end + 1 < size) line_starts_.push_back(static_cast<uint32_t>(end + 1));
    at = end + 1;
  }
}

std::string_view Source::line(int lineno) const {
  if (lineno < 1 || lineno > line_count()) return {};
  size_t start = line_starts_[lineno - 1];
  size_t end = lineno < line_count() ? line_starts_[lineno] : text_.size();
  std::string_view l(text_.data() + start, end - start);
  while (!l.empty() && (l.back() == '\n' || l.back() == '\r')) l.remove_suffix(1);
  return l;
}

}  // namespace ingot
