// str constants: one `rt::StrConstant` in static data per distinct text
// (runtime/program.h), so that a literal costs nothing where it is read. The
// earlier form, a function-local static made on first use, put a guard, a
// call and an exception cleanup at every use: a third of the C++
// compiler's time on programs with many literals (decimal).
#include "codegen/emitter.h"

namespace ingot::codegen {
namespace {

// Code points of the (generalised) UTF-8: the bytes that start one.
size_t code_points(std::string_view utf8) {
  size_t count = 0;
  for (unsigned char c : utf8) count += (c & 0xC0) != 0x80;
  return count;
}

}  // namespace

std::string Emitter::str_constant(std::string_view text) const {
  if (text.empty()) return "rt::Str()";
  if (text.size() == 1 && static_cast<unsigned char>(text[0]) < 0x80)
    return "rt::ascii_char_constant(" + std::to_string(static_cast<unsigned char>(text[0])) + ")";
  auto [at, added] = str_constants_.emplace(std::string(text), str_constants_.size());
  return "rt::Str(&str" + std::to_string(at->second) + "_.object)";
}

std::string Emitter::str_constant_definitions() const {
  std::vector<const std::string*> texts(str_constants_.size());
  for (const auto& [text, id] : str_constants_) texts[id] = &text;
  std::string out;
  for (size_t id = 0; id < texts.size(); ++id) {
    std::string size = std::to_string(texts[id]->size()), length = std::to_string(code_points(*texts[id]));
    out += "static constinit rt::StrConstant<" + size + ", " + length + "> str" + std::to_string(id) + "_{{{&rt::str_type}, " +
           size + ", " + length + ", -1}, " + quoted(*texts[id]) + "};\n";
  }
  return out;
}

}  // namespace ingot::codegen
