#include "base/source.h"

namespace ingot {

Source::Source(std::string filename, std::string text) : filename_(std::move(filename)), text_(std::move(text)) {
  line_starts_.push_back(0);
  for (uint32_t i = 0; i < text_.size(); ++i) {
    char c = text_[i];
    if (c == '\n' || (c == '\r' && (i + 1 == text_.size() || text_[i + 1] != '\n'))) {
      if (i + 1 < text_.size()) line_starts_.push_back(i + 1);
    }
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
