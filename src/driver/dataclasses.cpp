// @dataclass, written out before stage 1 (design note in dataclasses.h).
#include "driver/dataclasses.h"

#include <algorithm>
#include <map>

#include "ast/children.h"
#include "driver/generated_code.h"

namespace ingot::driver {
namespace {

struct Field {
  std::string name;
  std::string default_value;  // Python text read in the class body; "" for none
  std::string factory;        // the default_factory's source text; "" for none
  std::string type;           // the annotation's source text
  bool init = true, repr = true, compare = true;
};

struct Options {
  bool init = true, repr = true, eq = true, order = false, unsafe_hash = false, frozen = false, match_args = true;
};

struct Refusal {
  ast::Loc loc;
  std::string construct;
};

bool constant_bool(const ast::Expr* e, bool& out) {
  auto* c = ast::as<ast::Constant>(e);
  if (!c || (c->value.kind != ast::Value::Kind::True && c->value.kind != ast::Value::Kind::False)) return false;
  out = c->value.kind == ast::Value::Kind::True;
  return true;
}

bool is_class_var(const ast::Expr* annotation) {
  if (auto* s = ast::as<ast::Subscript>(annotation)) annotation = s->value;
  if (auto* n = ast::as<ast::Name>(annotation)) return n->id == "ClassVar";
  auto* a = ast::as<ast::Attribute>(annotation);
  return a && a->attr == "ClassVar";
}

class Writer {
 public:
  explicit Writer(LoadedFile& file) : file_(file), dataclass_(*file.module, "dataclasses", "dataclass"),
                             field_(*file.module, "dataclasses", "field") {}

  bool needed() const { return !dataclass_.empty(); }

  std::optional<Refusal> visit(ast::Node* node) {
    std::optional<Refusal> refusal;
    if (auto* c = ast::as<ast::ClassDef>(node)) refusal = class_def(c);
    ast::for_each_child(node, [&](ast::Node* child) {
      if (!refusal) refusal = visit(child);
    });
    return refusal;
  }

 private:
  std::optional<Refusal> class_def(ast::ClassDef* c) {
    auto decorator = std::find_if(c->decorator_list.begin(), c->decorator_list.end(),
                                  [&](const ast::Expr* d) { return dataclass_.refers(d, "dataclass"); });
    if (decorator == c->decorator_list.end()) return std::nullopt;
    Options options;
    if (auto* call = ast::as<ast::Call>(*decorator)) {
      if (!call->args.empty()) return Refusal{call->loc, "a positional argument of dataclass()"};
      for (const ast::Keyword* k : call->keywords) {
        std::string_view arg = k->arg.data() ? k->arg : "**";
        bool* option = arg == "init" ? &options.init : arg == "repr" ? &options.repr : arg == "eq" ? &options.eq
                       : arg == "order" ? &options.order : arg == "unsafe_hash" ? &options.unsafe_hash
                       : arg == "frozen" ? &options.frozen : arg == "match_args" ? &options.match_args : nullptr;
        if (!option || !constant_bool(k->value, *option)) return Refusal{k->loc, "this argument of dataclass()"};
      }
    }
    if (options.order && !options.eq) return Refusal{(*decorator)->loc, "dataclass(order=True, eq=False)"};
    ast::Loc at = (*decorator)->loc;
    // The fields: the dataclass bases' (in the same module), then this class's.
    std::vector<Field> fields;
    for (const ast::Expr* base : c->bases) {
      auto* name = ast::as<ast::Name>(base);
      auto it = name ? dataclasses_.find(std::string(name->id)) : dataclasses_.end();
      if (it == dataclasses_.end()) continue;
      for (Field f : it->second) {
        if (!f.default_value.empty()) f.default_value = std::string(name->id) + "." + f.name;
        std::erase_if(fields, [&](const Field& g) { return g.name == f.name; });
        fields.push_back(f);
      }
    }
    for (ast::Stmt* s : c->body) {
      auto* a = ast::as<ast::AnnAssign>(s);
      auto* target = a ? ast::as<ast::Name>(a->target) : nullptr;
      if (!target || is_class_var(a->annotation)) continue;
      Field f{std::string(target->id)};
      f.type = source_text(file_.source, a->annotation);
      if (auto* call = ast::as<ast::Call>(a->value); call && field_.refers(call, "field")) {
        if (!call->args.empty()) return Refusal{call->loc, "a positional argument of field()"};
        ast::Expr* value = nullptr;
        for (const ast::Keyword* k : call->keywords) {
          std::string_view arg = k->arg.data() ? k->arg : "**";
          bool ok = true;
          if (arg == "default") value = k->value;
          else if (arg == "default_factory") ok = !(f.factory = source_text(file_.source, k->value)).empty();
          else if (arg == "init") ok = constant_bool(k->value, f.init);
          else if (arg == "repr") ok = constant_bool(k->value, f.repr);
          else if (arg == "compare") ok = constant_bool(k->value, f.compare);
          else ok = false;
          if (!ok) return Refusal{k->loc, "this argument of field()"};
        }
        // The class attribute is the default, or nothing (CPython deletes it).
        a->value = value;
      }
      if (a->value) f.default_value = f.name;
      std::erase_if(fields, [&](const Field& g) { return g.name == f.name; });
      fields.push_back(f);
    }
    bool seen_default = false;
    for (const Field& f : fields) {
      if (!f.init) continue;
      bool has_default = !f.default_value.empty() || !f.factory.empty();
      if (seen_default && !has_default) return Refusal{c->loc, "a dataclass field without a default after one with a default"};
      seen_default |= has_default;
    }
    dataclasses_[std::string(c->name)] = fields;
    auto* call = ast::as<ast::Call>(*decorator);
    std::string text = methods(c, options, fields) +
                       fields_record(source_text(file_.source, call ? call->func : *decorator), fields);
    if (!append_to_class(file_, c, text, at)) return Refusal{at, "this dataclass"};
    std::vector<ast::Expr*> decorators(c->decorator_list.begin(), c->decorator_list.end());
    decorators.erase(decorators.begin() + (decorator - c->decorator_list.begin()));
    c->decorator_list = arena_seq(file_, decorators);
    return std::nullopt;
  }

  // The methods the decorator adds, as Python text at class-body level.
  std::string methods(const ast::ClassDef* c, const Options& o, const std::vector<Field>& fields) {
    std::string out;
    auto tuple = [&](std::string_view self) {
      std::string t = "(";
      for (const Field& f : fields)
        if (f.compare) t += std::string(self) + "." + f.name + ",";
      return t + ")";
    };
    bool factories = std::any_of(fields.begin(), fields.end(), [](const Field& f) { return !f.factory.empty(); });
    if (factories) out += "    __dataclass_factory__ = object()\n";
    if (o.init && !defines(c, "__init__")) {
      out += "    def __init__(self";
      for (const Field& f : fields)
        if (f.init) out += ", " + f.name + (!f.factory.empty() ? "=__dataclass_factory__" : !f.default_value.empty() ? "=" + f.default_value : "");
      out += "):\n";
      size_t header = out.size();
      for (const Field& f : fields) {
        std::string value = f.name;
        if (!f.factory.empty())
          value = f.init ? "(" + f.factory + ")() if " + f.name + " is self.__dataclass_factory__ else " + f.name : "(" + f.factory + ")()";
        else if (!f.init && !f.default_value.empty()) value = std::string(c->name) + "." + f.name;
        else if (!f.init) continue;
        out += o.frozen ? "        object.__setattr__(self, '" + f.name + "', " + value + ")\n" : "        self." + f.name + " = " + value + "\n";
      }
      if (defines(c, "__post_init__")) out += "        self.__post_init__()\n";
      if (out.size() == header) out += "        pass\n";
    }
    if (o.repr && !defines(c, "__repr__")) {
      out += "    def __repr__(self):\n        return type(self).__qualname__ + f\"(";
      bool first = true;
      for (const Field& f : fields) {
        if (!f.repr) continue;
        out += (first ? "" : ", ") + f.name + "={self." + f.name + "!r}";
        first = false;
      }
      out += ")\"\n";
    }
    auto comparison = [&](std::string_view name, std::string_view op) {
      if (defines(c, name)) return;
      out += "    def " + std::string(name) + "(self, other):\n        if type(other) is type(self):\n            return " +
             tuple("self") + " " + std::string(op) + " " + tuple("other") + "\n        return NotImplemented\n";
    };
    if (o.eq) comparison("__eq__", "==");
    if (o.order)
      for (auto [name, op] : {std::pair{"__lt__", "<"}, std::pair{"__le__", "<="}, std::pair{"__gt__", ">"}, std::pair{"__ge__", ">="}}) comparison(name, op);
    if (o.frozen) {
      out += "    def __setattr__(self, name, value):\n        from dataclasses import FrozenInstanceError\n"
             "        raise FrozenInstanceError(f\"cannot assign to field {name!r}\")\n";
      out += "    def __delattr__(self, name):\n        from dataclasses import FrozenInstanceError\n"
             "        raise FrozenInstanceError(f\"cannot delete field {name!r}\")\n";
    }
    // CPython's table of __hash__ actions (dataclasses._hash_action).
    if (!defines(c, "__hash__")) {
      if (o.unsafe_hash || (o.eq && o.frozen)) out += "    def __hash__(self):\n        return hash(" + tuple("self") + ")\n";
      else if (o.eq) out += "    __hash__ = None\n";
    }
    if (o.match_args && !defines(c, "__match_args__")) {
      out += "    __match_args__ = (";
      for (const Field& f : fields)
        if (f.init) out += "'" + f.name + "',";
      out += ")\n";
    }
    return out;
  }

  // `__dataclass_fields__`, the Field of each field by name, for fields(),
  // asdict(), astuple() and replace(): made by the decorator itself
  // (`callee`, as the module names it), called with the fields' records.
  static std::string fields_record(const std::string& callee, const std::vector<Field>& fields) {
    if (callee.empty()) return "";
    auto quoted = [](const std::string& text) {
      std::string out = "'";
      for (char ch : text) out += ch == '\\' || ch == '\'' ? std::string("\\") + ch : std::string(1, ch);
      return out + "'";
    };
    auto flag = [](bool b) { return b ? "True" : "False"; };
    std::string out = "    __dataclass_fields__ = " + callee + "(_ingot_fields=(";
    for (const Field& f : fields)
      out += "(" + quoted(f.name) + ", " + quoted(f.type) + ", " + (f.default_value.empty() ? "False, None" : "True, " + f.default_value) +
             ", " + (f.factory.empty() ? "None" : f.factory) + ", " + flag(f.init) + ", " + flag(f.repr) + ", " + flag(f.compare) + "),";
    return out + "))\n";
  }

  LoadedFile& file_;
  ImportedNames dataclass_, field_;
  std::map<std::string, std::vector<Field>> dataclasses_;  // by class name, for subclasses in this module
};

}  // namespace

bool write_dataclass_methods(LoadedFile& file) {
  Writer writer(file);
  if (!writer.needed()) return true;
  std::optional<Refusal> refusal = writer.visit(file.module);
  if (refusal) refuse_generated(file, refusal->loc, refusal->construct);
  return !refusal;
}

}  // namespace ingot::driver
