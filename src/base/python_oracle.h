// For tests: asks CPython (python3 on PATH, the 3.11 that ingot must match)
// for expected results at test time, so expectations are never typed by hand.
#pragma once

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace ingot::testing {

// The lines `script` writes to stdout; throws if python3 fails or is not 3.11.
inline std::vector<std::string> python_lines(const std::string& script) {
  std::string checked = "import sys; assert sys.version_info[:2] == (3, 11), sys.version\n" + script;
  char path[] = "/tmp/ingot-oracle-XXXXXX.py";
  int fd = mkstemps(path, 3);
  if (fd < 0 || write(fd, checked.data(), checked.size()) != static_cast<ssize_t>(checked.size()))
    throw std::runtime_error("cannot write a python3 script");
  close(fd);
  FILE* pipe = popen(("python3 " + std::string(path)).c_str(), "r");
  std::vector<std::string> lines;
  char* line = nullptr;
  size_t capacity = 0;
  for (ssize_t n; pipe && (n = getline(&line, &capacity, pipe)) > 0;)
    lines.emplace_back(line, line[n - 1] == '\n' ? n - 1 : n);
  free(line);
  int status = pipe ? pclose(pipe) : -1;
  unlink(path);
  if (status != 0) throw std::runtime_error("python3 failed on:\n" + script);
  return lines;
}

// Oracle scripts print one case per line, fields separated by `separator`,
// arbitrary bytes as hex; these take such a line apart.
inline std::vector<std::string> split_fields(std::string_view line, char separator) {
  std::vector<std::string> fields;
  size_t start = 0;
  for (size_t at; (at = line.find(separator, start)) != std::string_view::npos; start = at + 1)
    fields.emplace_back(line.substr(start, at - start));
  fields.emplace_back(line.substr(start));
  return fields;
}

inline std::string unhex(std::string_view hex) {
  std::string bytes;
  for (size_t i = 0; i + 1 < hex.size(); i += 2)
    bytes += static_cast<char>(std::stoi(std::string(hex.substr(i, 2)), nullptr, 16));
  return bytes;
}

}  // namespace ingot::testing
