// Counting into a dict in one probe: `d[k] = d.get(k, c) OP x` and
// `d[k] OP= x` look the key up once, where the plain lowering looks it up
// for the read and again for the store (wordfreq's counting loop: 2% of
// its time).
//
// The entry found stays valid only while nothing changes the dict between
// the read and the store, so the shape is taken only where nothing can:
// keys that hash and compare without user code (int, str), values and
// operands that are ints, floats, strs or bools, and a dict, key, default
// and operand that are names or constants (reading them runs no code).
// Python's order is kept where it shows: the operand of `d[k] += x` is read
// after the KeyError check; the `d.get` form reads its operand first, which
// only an unbound name could tell, and that raises before any store either way.
#include "codegen/emitter.h"

namespace ingot::codegen {

using types::Kind;

namespace {

bool plain_operand(const ast::Expr* e) { return e->kind == ast::Kind::Name || e->kind == ast::Kind::Constant; }

bool same_name(const ast::Expr* a, const ast::Expr* b) {
  auto* x = ast::as<ast::Name>(a);
  auto* y = ast::as<ast::Name>(b);
  return x && y && x->id == y->id;
}

}  // namespace

bool Emitter::scalar_kind(types::TypeId type) const {
  Kind k = kind_of(type);
  return k == Kind::Int || k == Kind::Float || k == Kind::Str || k == Kind::Bool;
}

// The dict `d[k]` stores into when it takes the one-probe lowering, else null.
const types::Type* Emitter::one_probe_dict(const ast::Subscript* s) const {
  if (s->value->kind != ast::Kind::Name || !plain_operand(s->slice)) return nullptr;
  const types::Type& t = program_.table.get(type_of(s->value));
  if (t.kind != Kind::Dict) return nullptr;
  Kind key = kind_of(t.args[0]);
  if ((key != Kind::Int && key != Kind::Str) || !scalar_kind(t.args[1])) return nullptr;
  return &t;
}

// d[k] = d.get(k, c) OP x
std::optional<std::string> Emitter::dict_update(const ast::Expr* target, const ast::Expr* value) {
  auto* s = ast::as<ast::Subscript>(target);
  auto* b = ast::as<ast::BinOp>(value);
  const types::Type* t = s && b ? one_probe_dict(s) : nullptr;
  auto* get = t ? ast::as<ast::Call>(b->left) : nullptr;
  auto* method = get ? ast::as<ast::Attribute>(get->func) : nullptr;
  if (!method || method->attr != "get" || get->args.size() != 2 || !get->keywords.empty() ||
      !same_name(method->value, s->value) || !same_name(get->args[0], s->slice) || !plain_operand(get->args[1]) ||
      !plain_operand(b->right))
    return std::nullopt;
  types::TypeId read = type_of(get), dict = type_of(s->value);
  if (!scalar_kind(read) || !scalar_kind(type_of(b->right)) || !scalar_kind(type_of(b)) ||
      !scalar_kind(type_of(get->args[1])))
    return std::nullopt;
  std::string left = "p_ ? " + convert("*p_", t->args[1], read, get) + " : " +
                     convert(expression(get->args[1]), type_of(get->args[1]), read, get);
  std::string sum = binary_op(b, b->op, read, "l_", type_of(b->right), "r_", type_of(b));
  std::string update = "c_.update(k_, [&](" + cxx_type(t->args[1], s) + "* p_) { " + cxx_type(read, get) + " l_ = " +
                       left + "; return " + convert(sum, type_of(b), t->args[1], s) + "; })";
  return sequenced(-1, {{cxx_type(dict, s) + " c_", expression(s->value)},
                        {"auto k_", expression_as(s->slice, t->args[0])},
                        {"auto r_", expression(b->right)}},
                   update) + ";";
}

// d[k] OP= x; false when it takes the plain lowering.
bool Emitter::dict_aug_update(const ast::AugAssign* a, const ast::Subscript* s) {
  const types::Type* t = one_probe_dict(s);
  if (!t || !plain_operand(a->value) || !scalar_kind(type_of(a->value))) return false;
  types::TypeId item = t->args[1];
  std::string value = binary_op(a, a->op, item, "i_", type_of(a->value), expression(a->value), item);
  line(sequenced(position(s),
                 {{cxx_type(type_of(s->value), s) + " c_", expression(s->value)},
                  {"auto k_", expression_as(s->slice, t->args[0])}},
                 "c_.update_present(k_, [&](" + cxx_type(item, s) + " i_) { return " + value + "; })") + ";");
  return true;
}

}  // namespace ingot::codegen
