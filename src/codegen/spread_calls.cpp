// Builtins called with `*x` arguments: `range(*bounds)`, `divmod(*pair)`,
// `max(*xs, 0)`, `print(*row, sep=' ')` (print_call gathers its own).
//
// The positional arguments, the unpacked items among them, are gathered
// in order into one list of their joined type when the call is evaluated
// (an unpacked generator runs then); the keywords follow. The builtin is
// then written once per count of arguments it may take, on the list's
// items, through call_builtin (builtin_values.cpp), and the list's length
// at run time picks the case; a count the builtin does not take raises
// CPython's TypeError.
#include <algorithm>

#include "codegen/emitter.h"
#include "types/builtins.h"

namespace ingot::codegen {

using types::Kind;

namespace {

// A builtin without a maximum (min, max, math.gcd) is written for this many
// counts past its minimum; max() and min() of more take the list itself.
constexpr uint32_t kSpreadCounts = 4;

}  // namespace

std::string Emitter::spread_builtin_call(const ast::Call* c) {
  auto starred = [](const ast::Expr* a) { return a->kind == ast::Kind::Starred; };
  if (std::none_of(c->args.begin(), c->args.end(), starred)) return "";
  types::TypeId callee = type_of(c->func);
  auto* n = ast::as<ast::Name>(c->func);
  if (kind_of(callee) != Kind::Builtin || !n) return "";
  types::BuiltinId id = program_.table.get(callee).a;
  std::string_view name = types::builtin_name(id);
  if (n->id != name) return "";
  if (name == "print") return print_call(c);
  for (const ast::Keyword* k : c->keywords)
    if (k->arg.empty()) return "";  // f(**m) on a builtin: refused by the caller
  auto& table = const_cast<types::TypeTable&>(program_.table);
  types::TypeId element = types::kBottom;
  for (const ast::Expr* a : c->args) {
    auto* s = ast::as<ast::Starred>(a);
    element = table.join(element, s ? stored_item_type(type_of(s->value), s) : type_of(a));
  }
  std::string cxx = "rt::List<" + element_cxx(element, c) + ">";
  std::string gather = "[&] { " + cxx + " l_; ";
  for (const ast::Expr* a : c->args) {
    if (auto* s = ast::as<ast::Starred>(a))
      gather += "for (auto&& x_ : rt::iterate(" + expression(s->value) + ")) l_.append(" +
                convert("x_", stored_item_type(type_of(s->value), s), element, s) + "); ";
    else
      gather += "l_.append(" + convert(expression(a), type_of(a), element, a) + "); ";
  }
  std::vector<std::pair<std::string, std::string>> operands{{cxx + " sp_", gather + "return l_; }()"}};
  std::vector<Typed> keyword_values;
  std::vector<std::string_view> keywords;
  for (size_t k = 0; k < c->keywords.size(); ++k) {
    std::string kname = "sk" + std::to_string(k) + "_";
    operands.emplace_back("auto " + kname, expression(c->keywords[k]->value));
    keyword_values.push_back({kname, type_of(c->keywords[k]->value)});
    keywords.push_back(c->keywords[k]->arg);
  }
  types::TypeId result = type_of(c);
  if (name == "zip") {
    if (!keywords.empty()) unsupported(c, "zip(*x) with keyword arguments");
    types::TypeId rows = table.iterator_of(table.tuple_var(stored_item_type(element, c)));
    return convert(sequenced(position(c), operands, "rt::zip_all(sp_)"), rows, result, c);
  }
  bool void_result = kind_of(result) == Kind::None || kind_of(result) == Kind::Bottom;
  // One case: the builtin on `positional`, then the keywords.
  auto call_on = [&](std::vector<Typed> positional) {
    std::vector<std::string_view> names(positional.size());
    positional.insert(positional.end(), keyword_values.begin(), keyword_values.end());
    names.insert(names.end(), keywords.begin(), keywords.end());
    Typed called = call_builtin(c, callee, "0", positional, names, result);
    if (void_result || kind_of(called.type) == Kind::None || kind_of(called.type) == Kind::Bottom)
      return "(void)(" + called.code + "); break;";
    // A dyn result: the analysis saw no count, so the builtin's own
    // representation of what it gives is boxed as it is.
    if (called.type == types::kDyn) {
      if (result != types::kDyn) unsupported(c, "this call of " + std::string(name) + "() with unpacked arguments");
      return "r_ = rt::box(" + called.code + "); break;";
    }
    return "r_ = " + convert(called.code, called.type, result, c) + "; break;";
  };
  auto [least, most] = builtin_arity(id);
  bool extreme = name == "min" || name == "max";  // max(x) iterates x; max(a, b, ...) compares them
  uint32_t last = extreme ? 1 : most == ~0u ? least + kSpreadCounts : most;
  std::string body = (void_result ? "" : declaration(result, "r_") + " ") + "switch (sp_.size()) { ";
  for (uint32_t count = least; count <= last; ++count) {
    std::vector<Typed> positional;
    for (uint32_t k = 0; k < count; ++k) positional.push_back({"sp_.get(" + std::to_string(k) + ")", element});
    std::string code;
    try {
      code = call_on(positional);
    } catch (const UnsupportedError&) {
      // max(x) of an item that is no iterable: CPython's TypeError, from
      // iterating it; another count the builtin cannot take on these types
      // fails when it happens.
      if (!extreme) throw;
      code = "pos_ = " + std::to_string(position(c)) + "; (void)rt::ValueIterator(rt::box(sp_.get(0))); "
             "rt::raise(rt::exc::SystemError, \"ingot: unexpected iterable\");";
    }
    body += "case " + std::to_string(count) + ": { " + code + " } ";
  }
  std::string given = "size_t(sp_.size())";
  body += "default: { pos_ = " + std::to_string(position(c)) + "; ";
  if (extreme)
    body += "if (sp_.size() > 1) { " + call_on({{"sp_", table.list_of(element)}}) + " } ";
  body += "if (sp_.size() < " + std::to_string(least) + " || sp_.size() > " + std::to_string(most) + "u) " +
          builtin_arity_error(id, given) + " rt::raise(rt::exc::SystemError, \"ingot: " + std::string(name) +
          "() on this many unpacked arguments is not compiled yet\"); } } ";
  return sequenced(-1, operands, body + (void_result ? "rt::Value::none()" : "r_"));
}

}  // namespace ingot::codegen
