// Enum classes, written out before stage 1 (design note in enums.h).
#include "driver/enums.h"

#include <algorithm>
#include <fstream>
#include <functional>
#include <sstream>
#include <map>
#include <set>
#include <variant>

#include "ast/children.h"
#include "driver/generated_code.h"

namespace ingot::driver {
namespace {

struct Refusal {
  ast::Loc loc;
  std::string construct;
};

bool is_dunder_or_sunder(std::string_view name) {
  return name.size() > 2 && name.front() == '_' && name.back() == '_';
}

bool is_private(std::string_view name) { return name.size() > 2 && name.substr(0, 2) == "__" && name.back() != '_'; }

// The builtins whose positional arguments are iterated: an enum class
// passed to one of them iterates its members.
bool iterates_arguments(std::string_view name) {
  static const std::set<std::string_view> kNames{"list", "tuple", "set", "frozenset", "sorted", "len", "reversed",
                                                 "enumerate", "iter", "zip", "map", "filter", "min", "max", "sum",
                                                 "any", "all"};
  return kNames.count(name) > 0;
}

constexpr std::string_view kBases[] = {"Enum", "IntEnum", "StrEnum", "ReprEnum", "Flag", "IntFlag"};

class Writer {
 public:
  explicit Writer(LoadedFile& file)
      : file_(file), auto_(*file.module, "enum", "auto"), unique_(*file.module, "enum", "unique") {
    for (std::string_view base : kBases) bases_.emplace_back(*file.module, "enum", base);
  }

  bool needed() const {
    return std::any_of(bases_.begin(), bases_.end(), [](const ImportedNames& n) { return !n.empty(); });
  }

  std::optional<Refusal> run() {
    std::vector<ast::Stmt*> out;
    bool changed = false;
    for (ast::Stmt* s : file_.module->body) {
      auto* c = ast::as<ast::ClassDef>(s);
      if (c && is_enum(c) && !changed) {
        auto import = parse_generated(file_, "import enum as _ingot_enum\n", c->loc);
        if (!import) return Refusal{c->loc, "this enum class"};
        out.insert(out.end(), import->begin(), import->end());
      }
      out.push_back(s);
      if (!c || !is_enum(c)) continue;
      auto written = write_class(c);
      if (auto* refusal = std::get_if<Refusal>(&written)) return *refusal;
      auto& after = std::get<std::vector<ast::Stmt*>>(written);
      out.insert(out.end(), after.begin(), after.end());
      changed = true;
    }
    if (changed) file_.module->body = arena_seq(file_, out);
    for (ast::Stmt* s : file_.module->body)
      if (auto refusal = nested_enum(s)) return refusal;
    SlotWalker uses([&](ast::Expr*& e) { class_level_operation(e); });
    for (ast::Stmt* s : file_.module->body) {
      uses.walk(s);
      for_loops(s);
    }
    return std::nullopt;
  }

 private:
  bool is_enum(const ast::ClassDef* c, bool flag = false) const {
    const std::set<std::string>& same_module = flag ? flags_ : enums_;
    return std::any_of(c->bases.begin(), c->bases.end(), [&](const ast::Expr* base) {
      if (auto* n = ast::as<ast::Name>(base); n && same_module.count(std::string(n->id))) return true;
      if (ast::as<ast::Call>(base)) return false;
      for (size_t i = 0; i < bases_.size(); ++i)
        if ((!flag || kBases[i].find("Flag") != std::string_view::npos) && bases_[i].refers(base, kBases[i])) return true;
      return false;
    });
  }

  // EnumType's class-level operations, as classmethods of the class's own
  // (src/stdlib/_enum_class.py says why), but those the class defines.
  std::optional<Refusal> add_class_methods(ast::ClassDef* c, std::vector<ast::Stmt*>& body) {
    std::ifstream in(std::string(INGOT_STDLIB_DIR) + "/_enum_class.py");
    std::stringstream text;
    text << in.rdbuf();
    auto parsed = parse_generated(file_, text.str(), c->loc);
    if (!in || !parsed) return Refusal{c->loc, "an enum class (src/stdlib/_enum_class.py is missing)"};
    std::set<std::string> defined;
    for (const ast::Stmt* s : body)
      if (auto* def = ast::as<ast::FunctionDef>(s)) defined.insert(std::string(def->name));
    for (std::string_view name : {"_FlagClass", "_EnumClass"}) {
      if (name == "_FlagClass" && !is_enum(c, /*flag=*/true)) continue;
      for (ast::Stmt* s : *parsed) {
        auto* holder = ast::as<ast::ClassDef>(s);
        if (!holder || holder->name != name) continue;
        for (ast::Stmt* method : holder->body) {
          auto* def = ast::as<ast::FunctionDef>(method);
          if (def && defined.insert(std::string(def->name)).second) body.push_back(method);
        }
      }
    }
    return std::nullopt;
  }

  // An enum class statement below the module level.
  std::optional<Refusal> nested_enum(ast::Node* node) {
    std::optional<Refusal> refusal;
    auto visit = [&](auto& self, ast::Node* n, bool top) -> void {
      if (refusal) return;
      if (auto* c = ast::as<ast::ClassDef>(n); c && !top && is_enum(c)) {
        refusal = Refusal{c->loc, "an enum class that is not defined at module level"};
        return;
      }
      ast::for_each_child(n, [&](ast::Node* child) { self(self, child, false); });
    };
    visit(visit, node, true);
    return refusal;
  }

  ast::Expr* expression(const std::string& text, ast::Loc at) {
    auto parsed = parse_generated(file_, text + "\n", at);
    auto* statement = parsed && parsed->size() == 1 ? ast::as<ast::ExprStmt>((*parsed)[0]) : nullptr;
    return statement ? statement->value : nullptr;
  }

  // The members leave the body; what makes them follows the class.
  std::variant<Refusal, std::vector<ast::Stmt*>> write_class(ast::ClassDef* c) {
    std::string name(c->name);
    if (!c->keywords.empty()) return Refusal{c->keywords[0]->loc, "a keyword of an enum class"};
    bool unique = false;
    for (const ast::Expr* d : c->decorator_list) {
      if (!unique_.refers(d, "unique") || ast::as<ast::Call>(d)) return Refusal{d->loc, "this decorator of an enum class"};
      unique = true;
    }
    std::vector<ast::Stmt*> body;
    std::map<std::string, std::string> body_names;  // what a member value reads for each name of the body
    std::string text = name + "._member_names_ = []\n" + name + "._member_map_ = {}\n" + name +
                       "._value2member_map_ = {}\n" + name + "._ingot_values_ = []\n";
    auto after = parse_generated(file_, text, c->loc);
    if (!after) return Refusal{c->loc, "this enum class"};
    for (ast::Stmt* s : c->body) {
      if (auto* def = ast::as<ast::FunctionDef>(s)) {
        if (def->name == "__init__" || def->name == "__new__") return Refusal{def->loc, "an enum class with " + std::string(def->name)};
        body_names[std::string(def->name)] = name + "." + std::string(def->name);
        body.push_back(s);
        continue;
      }
      if (auto* a = ast::as<ast::AnnAssign>(s); a && a->value) return Refusal{a->loc, "an annotated enum member"};
      auto* assign = ast::as<ast::Assign>(s);
      if (!assign) {
        body.push_back(s);
        continue;
      }
      auto* target = assign->targets.size() == 1 ? ast::as<ast::Name>(assign->targets[0]) : nullptr;
      if (!target) return Refusal{assign->loc, "this assignment in an enum class"};
      std::string member(target->id);
      if (is_dunder_or_sunder(member) || is_private(member) || ast::as<ast::Lambda>(assign->value)) {
        body_names[member] = name + "." + member;
        body.push_back(s);
        continue;
      }
      auto statement = parse_generated(file_, name + "." + member + " = " + name + "._ingot_member_('" + member + "', None)\n", assign->loc);
      auto* made = statement && statement->size() == 1 ? ast::as<ast::Assign>((*statement)[0]) : nullptr;
      auto* call = made ? ast::as<ast::Call>(made->value) : nullptr;
      if (!call) return Refusal{assign->loc, "this enum member"};
      ast::Expr* value = assign->value;
      if (auto* v = ast::as<ast::Call>(value); v && auto_.refers(v, "auto")) {
        if (!v->args.empty() || !v->keywords.empty()) return Refusal{v->loc, "auto() with arguments"};
        value = expression(name + "._generate_next_value_('" + member + "', 1, len(" + name + "._member_names_), " + name + "._ingot_values_[:])", v->loc);
      } else {
        std::optional<Refusal> refusal;
        SlotWalker reads([&](ast::Expr*& e) {
          auto* n = ast::as<ast::Name>(e);
          auto it = n ? body_names.find(std::string(n->id)) : body_names.end();
          if (it != body_names.end()) e = expression(it->second, n->loc);
          if (!e && !refusal) refusal = Refusal{n->loc, "this name in an enum member's value"};
        });
        auto* holder = expression("(None,)", value->loc);  // so that the value itself is a slot
        ast::as<ast::Tuple>(holder)->elts[0] = value;
        reads.walk(holder);
        if (refusal) return *refusal;
        value = ast::as<ast::Tuple>(holder)->elts[0];
      }
      if (!value) return Refusal{assign->loc, "this enum member"};
      call->args[1] = value;
      after->push_back(made);
      body_names[member] = name + "." + member + "._value_";
    }
    auto end = parse_generated(file_, name + "._ingot_end_()\n" + (unique ? "unique(" + name + ")\n" : std::string()), c->loc);
    if (!end) return Refusal{c->loc, "this enum class"};
    after->insert(after->end(), end->begin(), end->end());
    if (unique) c->decorator_list = arena_seq(file_, std::vector<ast::Expr*>{});
    if (auto refusal = add_class_methods(c, body)) return *refusal;
    c->body = arena_seq(file_, body);
    if (is_enum(c, /*flag=*/true)) flags_.insert(name);
    enums_.insert(name);
    return *after;
  }

  bool names_enum(const ast::Expr* e) const {
    auto* n = ast::as<ast::Name>(e);
    return n && n->ctx == ast::ExprContext::Load && enums_.count(std::string(n->id));
  }

  // The members, for an enum class where they are iterated.
  void iterated(ast::Expr*& e) {
    if (!names_enum(e)) return;
    if (ast::Expr* members = expression(std::string(ast::as<ast::Name>(e)->id) + "._ingot_iter_()", e->loc)) e = members;
  }

  // Color(v), Color[k], `x in Color`, Color.__members__, and Color where
  // it is iterated: the classmethod doing what EnumType does.
  void class_level_operation(ast::Expr*& e) {
    if (auto* call = ast::as<ast::Call>(e)) {
      if (names_enum(call->func)) {
        std::string enum_name(ast::as<ast::Name>(call->func)->id);
        if (ast::Expr* f = expression(enum_name + "._ingot_call_", call->func->loc)) call->func = f;
      } else if (auto* f = ast::as<ast::Name>(call->func); f && iterates_arguments(f->id)) {
        for (auto& argument : call->args) iterated(argument);
      }
    } else if (auto* s = ast::as<ast::Subscript>(e); s && names_enum(s->value) && s->ctx == ast::ExprContext::Load) {
      ast::Expr* lookup = expression(std::string(ast::as<ast::Name>(s->value)->id) + "._ingot_getitem_(None)", e->loc);
      if (lookup) {
        ast::as<ast::Call>(lookup)->args[0] = s->slice;
        e = lookup;
      }
    } else if (auto* compare = ast::as<ast::Compare>(e); compare && compare->ops.size() == 1 &&
                                                         (compare->ops[0] == ast::CmpOperator::In || compare->ops[0] == ast::CmpOperator::NotIn) &&
                                                         names_enum(compare->comparators[0])) {
      bool negated = compare->ops[0] == ast::CmpOperator::NotIn;
      std::string enum_name(ast::as<ast::Name>(compare->comparators[0])->id);
      ast::Expr* test = expression(std::string(negated ? "not " : "") + enum_name + "._ingot_contains_(None)", e->loc);
      if (test) {
        auto* call = ast::as<ast::Call>(negated ? ast::as<ast::UnaryOp>(test)->operand : test);
        call->args[0] = compare->left;
        e = test;
      }
    } else if (auto* a = ast::as<ast::Attribute>(e); a && a->attr == "__members__" && names_enum(a->value)) {
      if (ast::Expr* members = expression(std::string(ast::as<ast::Name>(a->value)->id) + "._ingot_members_()", e->loc)) e = members;
    } else if (auto* list = ast::as<ast::ListComp>(e)) {
      for (ast::Comprehension* g : list->generators) iterated(g->iter);
    } else if (auto* set = ast::as<ast::SetComp>(e)) {
      for (ast::Comprehension* g : set->generators) iterated(g->iter);
    } else if (auto* dict = ast::as<ast::DictComp>(e)) {
      for (ast::Comprehension* g : dict->generators) iterated(g->iter);
    } else if (auto* generator = ast::as<ast::GeneratorExp>(e)) {
      for (ast::Comprehension* g : generator->generators) iterated(g->iter);
    }
  }

  // `for x in Color`: loops are statements, which the slot walk does not offer.
  void for_loops(ast::Node* node) {
    if (auto* f = ast::as<ast::For>(node)) iterated(f->iter);
    ast::for_each_child(node, [&](ast::Node* child) { for_loops(child); });
  }

  LoadedFile& file_;
  ImportedNames auto_, unique_;
  std::vector<ImportedNames> bases_;
  std::set<std::string> enums_, flags_;  // the module's enum classes (and those that are Flags), by name
};

}  // namespace

bool write_enum_classes(LoadedFile& file) {
  Writer writer(file);
  if (!writer.needed()) return true;
  std::optional<Refusal> refusal = writer.run();
  if (refusal) refuse_generated(file, refusal->loc, refusal->construct);
  return !refusal;
}

}  // namespace ingot::driver
