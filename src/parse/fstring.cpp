// String literals: implicit concatenation, and f-strings (which Python 3.11
// tokenizes as one STRING token; the replacement fields are split out here).
//
// Positions follow CPython 3.11's string_parser.c: the JoinedStr and every
// Constant and FormattedValue in it span all the concatenated tokens; a
// format spec's JoinedStr spans the token holding it; the expressions inside
// the braces get their real positions, because their text is tokenized in
// place, wrapped (as CPython wraps it) in a '(' at the '{' and a ')' at the
// character ending the expression.
#include "parse/fstring.h"

#include "parse/literal.h"
#include "parse/parser.h"

namespace ingot {
namespace {

// Line and column of byte `offset` within a token that starts at (line, col).
std::pair<int, int> position_in(const Token& t, size_t offset) {
  int line = t.lineno, col = t.col;
  for (size_t i = 0; i < offset; ++i) {
    if (t.text[i] == '\n') {
      ++line;
      col = 0;
    } else {
      ++col;
    }
  }
  return {line, col};
}

}  // namespace

FStringParser::FStringParser(Parser& parser, ast::Loc whole, ast::Loc error_loc)
    : p_(parser), whole_(whole), error_loc_(error_loc) {}

void FStringParser::error(std::string message) { p_.raise("f-string: " + message, error_loc_); }

void FStringParser::add_literal(std::string_view text, bool raw, std::string& pending) {
  std::string decoded, message;
  if (!decode_string(text, raw, false, decoded, message)) p_.raise(message, error_loc_);
  pending += decoded;
}

void FStringParser::flush(std::vector<ast::Expr*>& out, std::string& pending, ast::Loc where) {
  if (pending.empty()) return;
  auto* c = ast::make<ast::Constant>(p_.arena_, where);
  c->value.kind = ast::Value::Kind::Str;
  c->value.text = p_.arena_.copy(pending);
  out.push_back(c);
  pending.clear();
}

// Parses f-string `body` (token text from `begin` to `end`) into `out`;
// `depth` counts format-spec nesting.
void FStringParser::parse(const Token& t, size_t begin, size_t end, bool raw, int depth,
                          std::vector<ast::Expr*>& out, std::string& pending) {
  std::string_view text = t.text;
  size_t literal_start = begin;
  size_t i = begin;
  while (i < end) {
    char c = text[i];
    if (!raw && c == '\\' && i + 1 < end) {
      // An escape; \N{...} holds braces that are not a field, but a brace
      // after a lone backslash still opens or closes one.
      char next = text[i + 1];
      if (next == 'N' && i + 2 < end && text[i + 2] == '{') {
        size_t close = text.substr(0, end).find('}', i + 3);
        i = close == std::string_view::npos ? end : close + 1;
      } else {
        i += next == '{' || next == '}' ? 1 : 2;
      }
      continue;
    }
    if (c == '{' || c == '}') {
      add_literal(text.substr(literal_start, i - literal_start), raw, pending);
      // '{{' and '}}' are escapes only outside format specs: in 3.11,
      // f'{x:{{y}}}' nests a field.
      if (depth == 0 && i + 1 < end && text[i + 1] == c) {
        pending += c;
        i += 2;
        literal_start = i;
        continue;
      }
      if (c == '}') {
        if (depth > 0) {  // the end of an enclosing format spec
          i_ = i;
          return;
        }
        error("single '}' is not allowed");
      }
      i = field(t, i, end, raw, depth, out, pending);
      literal_start = i;
      continue;
    }
    ++i;
  }
  add_literal(text.substr(literal_start, end - literal_start), raw, pending);
  i_ = end;
}

// One replacement field starting at the '{' at `open`; returns the offset
// after its closing '}'.
size_t FStringParser::field(const Token& t, size_t open, size_t end, bool raw, int depth,
                            std::vector<ast::Expr*>& out, std::string& pending) {
  if (depth >= 2) error("expressions nested too deeply");
  // The scan follows fstring_find_expr in CPython 3.11's string_parser.c:
  // it finds where the expression ends without tokenizing it, so its errors
  // (and their order) are CPython's.
  std::string_view text = t.text;
  constexpr int kMaxNesting = 200;  // CPython's MAXLEVEL
  std::string brackets;
  char quote = 0;
  bool triple = false;
  size_t i = open + 1;
  for (; i < end; ++i) {
    char c = text[i];
    if (c == '\\') p_.raise("f-string expression part cannot include a backslash", error_loc_);
    if (quote) {
      if (c != quote) continue;
      if (!triple) {
        quote = 0;
      } else if (i + 2 < end && text[i + 1] == c && text[i + 2] == c) {
        quote = 0;
        i += 2;
      }
      continue;
    }
    char next = i + 1 < end ? text[i + 1] : 0;
    if (c == '\'' || c == '"') {
      triple = i + 2 < end && next == c && text[i + 2] == c;
      if (triple) i += 2;
      quote = c;
    } else if (c == '[' || c == '(' || c == '{') {
      if (brackets.size() >= kMaxNesting) error("too many nested parenthesis");
      brackets += c;
    } else if (c == '#') {
      p_.raise("f-string expression part cannot include '#'", error_loc_);
    } else if (brackets.empty() && (c == '!' || c == ':' || c == '}' || c == '=' || c == '>' || c == '<')) {
      if (next == '=' && c != ':' && c != '}') {  // != == <= >=
        ++i;
        continue;
      }
      if (c == '>' || c == '<') continue;
      break;
    } else if (c == ']' || c == '}' || c == ')') {
      if (brackets.empty()) error(std::string("unmatched '") + c + "'");
      char opening = brackets.back();
      brackets.pop_back();
      if ((opening == '(') != (c == ')') || (opening == '[') != (c == ']'))
        error(std::string("closing parenthesis '") + c + "' does not match opening parenthesis '" + opening + "'");
    }
  }
  if (quote) error("unterminated string");
  if (!brackets.empty()) error(std::string("unmatched '") + brackets.back() + "'");
  if (i >= end) error("expecting '}'");
  size_t expr_end = i;
  std::string_view expr_text = text.substr(open + 1, expr_end - open - 1);
  if (expr_text.find_first_not_of(" \t\n\r\f\v") == std::string_view::npos) {
    if (text[expr_end] == '}') error("empty expression not allowed");
    error(std::string("expression required before '") + text[expr_end] + "'");
  }

  ast::Expr* value = expression(t, open, expr_end);

  // '=' : the expression's text, the '=' and the spaces after it become
  // literal text, and repr() the default conversion.
  bool debug = false;
  if (text[i] == '=') {
    debug = true;
    ++i;
    while (i < end && std::string_view(" \t\n\r\f\v").find(text[i]) != std::string_view::npos) ++i;
    if (i >= end) error("expecting '}'");
    pending += text.substr(open + 1, i - open - 1);
  }
  int conversion = -1;
  if (i < end && text[i] == '!') {
    ++i;
    if (i >= end) error("expecting '}'");
    char conv = text[i];
    if (conv != 's' && conv != 'r' && conv != 'a')
      error("invalid conversion character: expected 's', 'r', or 'a'");
    conversion = conv;
    ++i;
  }
  ast::Expr* spec = nullptr;
  if (i < end && text[i] == ':') {
    ++i;
    std::vector<ast::Expr*> parts;
    std::string spec_pending;
    FStringParser nested(p_, whole_, error_loc_);
    nested.parse(t, i, end, raw, depth + 1, parts, spec_pending);
    // CPython 3.11 places a spec's trailing literal, and the spec itself,
    // at the token holding them, while everything else spans all tokens.
    nested.flush(parts, spec_pending, p_.token_loc(t));
    i = nested.i_;
    auto* j = ast::make<ast::JoinedStr>(p_.arena_, p_.token_loc(t));
    j->values = p_.seq(parts);
    spec = j;
  }
  if (i >= end || text[i] != '}') error("expecting '}'");
  if (debug && conversion == -1 && !spec) conversion = 'r';
  flush(out, pending, whole_);
  auto* f = ast::make<ast::FormattedValue>(p_.arena_, whole_);
  f->value = value;
  f->conversion = conversion;
  f->format_spec = spec;
  out.push_back(f);
  return i + 1;
}

// The expression between the '{' at `open` and `expr_end`, parsed with the
// positions CPython gives it (fstring_find_expr_location).
ast::Expr* FStringParser::expression(const Token& t, size_t open, size_t expr_end) {
  std::string_view text = t.text;
  bool newline_after_brace = true;
  for (size_t k = open + 1; k < expr_end && text[k] != '\n'; ++k) {
    if (text[k] != ' ' && text[k] != '\t' && text[k] != '\f') {
      newline_after_brace = false;
      break;
    }
  }
  auto [brace_line, brace_col] = position_in(t, open);
  int lines = brace_line - t.lineno;
  int col = (lines == 0 ? t.col : 0);
  if (!newline_after_brace) col = brace_col;
  auto [end_line, end_col] = position_in(t, expr_end);

  size_t base = static_cast<size_t>(t.text.data() - p_.source_.text().data());
  auto [first_line, first_col] = position_in(t, open + 1);
  TokenStream inner = tokenize_fstring_expression(p_.source_, base + open + 1, base + expr_end, first_line, first_col);
  if (inner.error) throw ParseError{*inner.error};

  std::vector<Token> tokens;
  tokens.reserve(inner.tokens.size() + 2);
  Token lpar;
  lpar.kind = TokenKind::LPar;
  lpar.lineno = lpar.end_lineno = brace_line;
  lpar.col = col;
  lpar.end_col = col + 1;
  lpar.text = "(";
  tokens.push_back(lpar);
  for (const Token& tok : inner.tokens)
    if (tok.kind != TokenKind::EndMarker) tokens.push_back(tok);
  Token rpar;
  rpar.kind = TokenKind::RPar;
  rpar.lineno = rpar.end_lineno = end_line;
  rpar.col = end_col;
  rpar.end_col = end_col + 1;
  rpar.text = ")";
  tokens.push_back(rpar);
  Token eof = rpar;
  eof.kind = TokenKind::EndMarker;
  eof.col = eof.end_col = end_col + 1;
  eof.text = {};
  tokens.push_back(eof);

  // The expression is parsed as a module is: a second pass with the
  // invalid_* rules if the first fails, then "invalid syntax" at the
  // furthest token. CPython prefixes whatever its parser raises.
  size_t furthest = 0;
  uint64_t first_pass_steps = 0;
  for (bool invalid_pass : {false, true}) {
    Parser sub(p_.source_, tokens, p_.arena_, nullptr);
    sub.set_invalid_pass(invalid_pass);
    if (invalid_pass) sub.set_step_budget(second_pass_budget(first_pass_steps));
    try {
      return sub.fstring_expression();
    } catch (ParseError& e) {
      if (!e.error.message.starts_with("f-string")) e.error.message = "f-string: " + e.error.message;
      throw;
    } catch (const ParseFailure&) {
      if (!invalid_pass) {
        furthest = sub.furthest();
        first_pass_steps = sub.steps();
      }
    } catch (const BudgetExhausted&) {
    }
  }
  p_.raise("f-string: invalid syntax", p_.token_loc(tokens[furthest]));
}

// strings: STRING+
ast::Expr* Parser::strings() {
  size_t start = mark();
  Vec<const Token*> parts;
  while (at(TokenKind::String)) parts.push_back(&advance());
  Loc whole = span(start);
  Loc error_loc = token_loc(peek());  // see FStringParser

  bool any_fstring = false, any_bytes = false, any_str = false;
  for (const Token* t : parts) {
    StringToken s = split_string_token(t->text);
    any_fstring |= s.fstring;
    (s.bytes ? any_bytes : any_str) = true;
  }
  if (any_bytes && any_str) raise("cannot mix bytes and nonbytes literals", error_loc);

  if (!any_fstring) {
    std::string value, message;
    for (const Token* t : parts) {
      StringToken s = split_string_token(t->text);
      if (!decode_string(s.body, s.raw, s.bytes, value, message))
        raise(message, s.bytes && message.starts_with("bytes can only") ? token_loc(*t) : error_loc);
    }
    auto* c = ast::make<ast::Constant>(arena_, whole);
    c->value.kind = any_bytes ? ast::Value::Kind::Bytes : ast::Value::Kind::Str;
    c->value.text = arena_.copy(value);
    if (split_string_token(parts[0]->text).unicode) c->kind_ = "u";
    return c;
  }

  std::vector<ast::Expr*> values;
  std::string pending;
  FStringParser f(*this, whole, error_loc);
  for (const Token* t : parts) {
    StringToken s = split_string_token(t->text);
    size_t begin = static_cast<size_t>(s.body_offset);
    size_t end = begin + s.body.size();
    if (s.fstring) {
      f.parse(*t, begin, end, s.raw, 0, values, pending);
    } else {
      std::string decoded, message;
      if (!decode_string(s.body, s.raw, false, decoded, message)) raise(message, error_loc);
      pending += decoded;
    }
  }
  f.flush(values, pending, whole);
  auto* j = ast::make<ast::JoinedStr>(arena_, whole);
  j->values = seq(values);
  return j;
}

// The tokens of one replacement field, '(' ... ')' included: the grammar's
// fstring rule, star_expressions.
ast::Expr* Parser::fstring_expression() {
  ast::Expr* e = star_expressions();
  if (!at(TokenKind::EndMarker)) fail();
  return e;
}

}  // namespace ingot
