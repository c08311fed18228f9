// The report of a construct this stage cannot compile yet, in the
// compiler-diagnostic shape editors recognise.
#include "codegen/codegen.h"

namespace ingot::codegen {

std::string construct_name(ast::Kind kind) {
  using K = ast::Kind;
  switch (kind) {
    // Expressions
    case K::JoinedStr: case K::FormattedValue: return "an f-string";
    case K::List: return "a list display";
    case K::Tuple: return "a tuple";
    case K::Dict: return "a dict display";
    case K::Set: return "a set display";
    case K::ListComp: return "a list comprehension";
    case K::SetComp: return "a set comprehension";
    case K::DictComp: return "a dict comprehension";
    case K::GeneratorExp: return "a generator expression";
    case K::Lambda: return "lambda";
    case K::Attribute: return "attribute access";
    case K::Subscript: return "subscription";
    case K::Slice: return "slicing";
    case K::Starred: return "a starred expression";
    case K::NamedExpr: return "an assignment expression (:=)";
    case K::Await: return "await";
    case K::Yield: case K::YieldFrom: return "yield";
    // Statements
    case K::ClassDef: return "a class definition";
    case K::AsyncFunctionDef: return "async def";
    case K::Try: case K::TryStar: return "a try statement";
    case K::Raise: return "raise";
    case K::With: case K::AsyncWith: return "a with statement";
    case K::AsyncFor: return "async for";
    case K::Match: return "a match statement";
    case K::Delete: return "del";
    case K::Assert: return "assert";
    case K::Global: return "global";
    case K::Nonlocal: return "nonlocal";
    case K::ImportFrom: return "from-import";
    case K::AnnAssign: return "an annotated assignment";
    default: return "the '" + std::string(ast::kind_name(kind)) + "' construct";
  }
}

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
