// lex_dump: the tokens of Python files, one JSON object a line, for the
// comparison with CPython's tokenize module (tests/lex/compare_tokenize.py)
// and for looking at what the parser gets.
//
//   lex_dump FILE...          {"file": F}, then per token {"kind", "pos": [l, c, end_l, end_c], "text"}
//                             (and "keyword", "non_ascii" when true), and
//                             {"error", "type", "pos", "raised"} if tokenizing fails
//   lex_dump --time FILE...   tokenizes each file and prints the throughput
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <variant>

#include "lex/decode.h"
#include "lex/token.h"

namespace {

using namespace ingot;

std::string json(std::string_view text) {
  std::string out = "\"";
  for (unsigned char c : text) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c < 0x20 || c == 0x7F) {
      char escape[8];
      std::snprintf(escape, sizeof escape, "\\u%04x", c);
      out += escape;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + '"';
}

std::string position(int lineno, int col, int end_lineno, int end_col) {
  return "[" + std::to_string(lineno) + ", " + std::to_string(col) + ", " + std::to_string(end_lineno) + ", " +
         std::to_string(end_col) + "]";
}

std::string_view type_name(SyntaxError::Type type) {
  switch (type) {
    case SyntaxError::Type::SyntaxError: return "SyntaxError";
    case SyntaxError::Type::IndentationError: return "IndentationError";
    case SyntaxError::Type::TabError: return "TabError";
  }
  return "";
}

void print_error(std::string& out, const SyntaxError& e, bool raised) {
  out += "{\"error\": " + json(e.message) + ", \"type\": \"" + std::string(type_name(e.type)) +
         "\", \"pos\": " + position(e.lineno, e.col, e.end_lineno, e.end_col) +
         ", \"raised\": " + (raised ? "true" : "false") + "}\n";
}

bool read_file(const std::string& path, std::string& bytes) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  bytes = std::move(buffer).str();
  return true;
}

void dump(const std::string& path, const std::string& bytes) {
  std::string out = "{\"file\": " + json(path) + "}\n";
  auto decoded = decode_source(bytes);
  if (auto* error = std::get_if<SyntaxError>(&decoded)) {
    print_error(out, *error, true);
  } else {
    Source source(path, std::move(std::get<std::string>(decoded)));
    TokenStream stream = tokenize(source);
    for (const Token& t : stream.tokens) {
      if (t.kind == TokenKind::Error) break;
      out += "{\"kind\": \"" + std::string(token_kind_name(t.kind)) +
             "\", \"pos\": " + position(t.lineno, t.col, t.end_lineno, t.end_col) + ", \"text\": " + json(t.text);
      if (t.keyword != Keyword::none) out += ", \"keyword\": true";
      if (t.non_ascii) out += ", \"non_ascii\": true";
      out += "}\n";
    }
    if (stream.error) print_error(out, *stream.error, stream.error_is_raised);
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
}

void time(const std::string& path, const std::string& bytes) {
  auto decoded = decode_source(bytes);
  if (!std::holds_alternative<std::string>(decoded)) return;
  Source source(path, std::move(std::get<std::string>(decoded)));
  auto start = std::chrono::steady_clock::now();
  TokenStream stream = tokenize(source);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("%s: %zu bytes, %zu tokens, %.6f s, %.0f MB/s\n", path.c_str(), source.text().size(), stream.tokens.size(),
              seconds, source.text().size() / seconds / 1e6);
}

}  // namespace

int main(int argc, char** argv) {
  bool timing = argc > 1 && std::string(argv[1]) == "--time";
  if (argc < 2 + timing) {
    std::fputs("usage: lex_dump [--time] FILE...\n", stderr);
    return 2;
  }
  int status = 0;
  for (int i = 1 + timing; i < argc; ++i) {
    std::string bytes;
    if (!read_file(argv[i], bytes)) {
      std::fprintf(stderr, "lex_dump: can't open file '%s'\n", argv[i]);
      status = 1;
      continue;
    }
    timing ? time(argv[i], bytes) : dump(argv[i], bytes);
  }
  return status;
}
