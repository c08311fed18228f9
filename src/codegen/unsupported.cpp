// The report of a construct this stage cannot compile yet, in the
// compiler-diagnostic shape editors recognise.
#include "codegen/codegen.h"

namespace ingot::codegen {

std::string format_unsupported(const Unsupported& unsupported, const Source& source) {
  const ast::Loc& loc = unsupported.loc;
  std::string out = source.filename() + ":" + std::to_string(loc.lineno) + ":" + std::to_string(loc.col_offset + 1) +
                    ": error: " + unsupported.construct + " is not supported yet\n";
  std::string_view text = source.line(loc.lineno);
  if (!text.empty()) {
    out += "    ";
    out += text;
    out += "\n    ";
    // The caret lines up under the column; tabs stay tabs so it does too.
    for (int32_t i = 0; i < loc.col_offset && size_t(i) < text.size(); ++i) out += text[i] == '\t' ? '\t' : ' ';
    out += "^\n";
  }
  return out;
}

}  // namespace ingot::codegen
