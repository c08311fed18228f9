// Named tuples written as classes before stage 1 (namedtuples.h).
#include "driver/namedtuples.h"

#include <algorithm>
#include <span>

#include "ast/literals.h"
#include "driver/generated_code.h"

namespace ingot::driver {
namespace {

struct Refusal {
  ast::Loc loc;
  std::string construct;
};

struct Field {
  std::string name;
  bool has_default = false;  // the class attribute `name` holds it
};

// The field names of a literal: a list or tuple of strings, or one string
// of names separated by commas and/or whitespace.
std::optional<std::vector<std::string>> field_names(const ast::Expr* e) {
  std::vector<std::string> out;
  auto* text = ast::as<ast::Constant>(e);
  if (text && text->value.kind == ast::Value::Kind::Str) {
    std::string name;
    for (char ch : std::string(text->value.text) + " ") {
      if (ch == ',' || ch == ' ' || ch == '\t' || ch == '\n') {
        if (!name.empty()) out.push_back(name);
        name.clear();
      } else {
        name += ch;
      }
    }
    return out;
  }
  return ast::string_items(e);
}

// The methods of the tuple subclass CPython would make, as class-body text;
// what the class `c` (if any) defines itself stays its own. A field's
// default is the class attribute of its name: the signature reads it when
// the class body runs, as CPython's `__new__.__defaults__` holds it.
// `instance_dict`: a subclass without `__slots__`, whose instances take
// other attributes, as CPython's __dict__ does.
std::string methods_text(const std::vector<Field>& fields, const ast::ClassDef* c, bool instance_dict) {
  std::string tuple = "(", params, dict = "{", defaults = "{", repr, replace_params, replace_args, names = "(";
  for (const Field& f : fields) {
    tuple += "self." + f.name + ",";
    params += ", " + f.name + (f.has_default ? "=" + f.name : "");
    dict += "'" + f.name + "': self." + f.name + ", ";
    if (f.has_default) defaults += "'" + f.name + "': " + f.name + ", ";
    repr += (repr.empty() ? "" : ", ") + f.name + "={self." + f.name + "!r}";
    replace_params += ", " + f.name + "=__namedtuple_missing__";
    replace_args += (replace_args.empty() ? "" : ", ") + std::string("self.") + f.name + " if " + f.name +
                    " is self.__namedtuple_missing__ else " + f.name;
    names += "'" + f.name + "',";
  }
  tuple += ")";
  names += ")";
  std::string out;
  // A field of the same name (`count`, `index`) hides tuple's method, as
  // the field's descriptor in CPython's class does.
  auto method = [&](std::string_view name, const std::string& text) {
    bool field = std::any_of(fields.begin(), fields.end(), [&](const Field& f) { return f.name == name; });
    if ((!c || !defines(c, name)) && !field) out += text;
  };
  // _ingot_builtin_: a tuple's virtual subclass, as the storage classes of
  // builtin bases are (codegen/classes.cpp): isinstance(p, tuple) holds.
  out += "    _ingot_builtin_ = tuple\n";
  out += "    _fields = " + names + "\n    __match_args__ = " + names + "\n    __namedtuple_missing__ = object()\n";
  out += "    _field_defaults = " + defaults + "}\n";
  std::string init = "    def __init__(self" + params + "):\n";
  for (const Field& f : fields) init += "        object.__setattr__(self, '" + f.name + "', " + f.name + ")\n";
  if (fields.empty()) init += "        pass\n";
  method("__init__", init);
  // A field is a read-only descriptor; another name has no room without a __dict__.
  std::string other = instance_dict ? "        object.__setattr__(self, name, value)\n"
                                    : "        raise AttributeError(f\"'{type(self).__name__}' object has no attribute '{name}'\")\n";
  method("__setattr__", "    def __setattr__(self, name, value):\n        if name in " + names +
                            ":\n            raise AttributeError(\"can't set attribute\")\n" + other);
  method("__repr__", "    def __repr__(self):\n        return type(self).__name__ + f\"(" + repr + ")\"\n");
  method("__iter__", "    def __iter__(self):\n        return iter(" + tuple + ")\n");
  method("__len__", "    def __len__(self):\n        return " + std::to_string(fields.size()) + "\n");
  method("__getitem__", "    def __getitem__(self, index):\n        return " + tuple + "[index]\n");
  method("__eq__", "    def __eq__(self, other):\n        return " + tuple + " == other\n");
  method("__hash__", "    def __hash__(self):\n        return hash(" + tuple + ")\n");
  // tuple's orderings: against tuples (named ones too), else NotImplemented,
  // so the error names the class, as CPython's does.
  for (auto [name, symbol] : {std::pair<std::string, std::string>{"__lt__", "<"}, {"__le__", "<="}, {"__gt__", ">"}, {"__ge__", ">="}}) {
    method(name, "    def " + name + "(self, other):\n        if not isinstance(other, tuple):\n"
                 "            return NotImplemented\n        return " + tuple + " " + symbol + " other\n");
  }
  method("__contains__", "    def __contains__(self, value):\n        return value in " + tuple + "\n");
  // Another named tuple is added as its items; anything else raises tuple's error.
  method("__add__", "    def __add__(self, other):\n        if isinstance(other, tuple):\n            return " + tuple +
                        " + tuple(other)\n        return " + tuple + " + other\n");
  method("count", "    def count(self, value):\n        return " + tuple + ".count(value)\n");
  method("index", "    def index(self, value, start=0, stop=9223372036854775807):\n        return " + tuple +
                      ".index(value, start, stop)\n");
  method("_asdict", "    def _asdict(self):\n        return " + dict + "}\n");
  method("_replace", "    def _replace(self" + replace_params + "):\n        return type(self)(" + replace_args + ")\n");
  method("_make", "    @classmethod\n    def _make(cls, iterable):\n        return cls(*iterable)\n");
  return out;
}

bool is_slots(const ast::Stmt* s) {
  auto* a = ast::as<ast::Assign>(s);
  auto* target = a && a->targets.size() == 1 ? ast::as<ast::Name>(a->targets[0]) : nullptr;
  return target && target->id == "__slots__";
}

class Writer {
 public:
  explicit Writer(LoadedFile& file)
      : file_(file), namedtuple_(*file.module, "collections", "namedtuple"), typing_(*file.module, "typing", "NamedTuple") {}
  bool needed() const { return !namedtuple_.empty() || !typing_.empty(); }

  // The statement lists of the module, its functions and classes, and
  // the branches of their ifs.
  std::optional<Refusal> body(ast::Seq<ast::Stmt*>& statements) {
    std::vector<ast::Stmt*> out;
    bool changed = false;
    for (ast::Stmt* s : statements) {
      std::optional<Refusal> refusal;
      if (auto* def = ast::as<ast::FunctionDef>(s)) refusal = body(def->body);
      if (auto* c = ast::as<ast::ClassDef>(s)) {
        refusal = body(c->body);
        if (!refusal) refusal = subclass(c);
      }
      if (auto* i = ast::as<ast::If>(s)) {
        refusal = body(i->body);
        if (!refusal) refusal = body(i->orelse);
      }
      if (refusal) return refusal;
      auto* assign = ast::as<ast::Assign>(s);
      auto* call = assign && assign->targets.size() == 1 ? ast::as<ast::Call>(assign->value) : nullptr;
      if (!call || !(namedtuple_.refers(call, "namedtuple") || typing_.refers(call, "NamedTuple"))) {
        out.push_back(s);
        continue;
      }
      auto* target = ast::as<ast::Name>(assign->targets[0]);
      auto* type_name = call->args.empty() ? nullptr : ast::as<ast::Constant>(call->args[0]);
      if (!target || !type_name || type_name->value.kind != ast::Value::Kind::Str || type_name->value.text != target->id)
        return Refusal{call->loc, "a named tuple whose type name is not the name it is assigned to"};
      std::string defaults;
      auto fields = call_fields(call, defaults);
      if (!fields) return Refusal{call->loc, "this named tuple call"};
      std::string text = "class " + std::string(target->id) + ":\n" + defaults + methods_text(*fields, nullptr, false);
      auto parsed = parse_generated(file_, text, s->loc);
      if (!parsed) return Refusal{call->loc, "a named tuple with these field names"};
      out.insert(out.end(), parsed->begin(), parsed->end());
      changed = true;
    }
    if (changed) statements = arena_seq(file_, out);
    return std::nullopt;
  }

 private:
  // The fields of `namedtuple(name, fields[, defaults=(...)])` or
  // `NamedTuple(name, [(field, type), ...])`, and in `defaults` the class
  // attributes that hold their defaults.
  std::optional<std::vector<Field>> call_fields(const ast::Call* call, std::string& defaults) {
    if (call->args.size() != 2) return std::nullopt;
    std::vector<Field> out;
    if (typing_.refers(call, "NamedTuple")) {
      auto* list = ast::as<ast::List>(call->args[1]);
      if (!list || !call->keywords.empty()) return std::nullopt;
      for (const ast::Expr* item : list->elts) {
        auto* pair = ast::as<ast::Tuple>(item);
        auto* name = pair && pair->elts.size() == 2 ? ast::as<ast::Constant>(pair->elts[0]) : nullptr;
        if (!name || name->value.kind != ast::Value::Kind::Str) return std::nullopt;
        out.push_back(Field{std::string(name->value.text)});
      }
      return out;
    }
    auto names = field_names(call->args[1]);
    if (!names) return std::nullopt;
    for (const std::string& name : *names) out.push_back(Field{name});
    for (const ast::Keyword* k : call->keywords) {
      // Any iterable in CPython; a tuple or list display here.
      std::span<ast::Expr* const> values;
      if (auto* tuple = ast::as<ast::Tuple>(k->value)) values = tuple->elts;
      else if (auto* list = ast::as<ast::List>(k->value)) values = list->elts;
      else return std::nullopt;
      if (k->arg != "defaults" || values.size() > out.size()) return std::nullopt;
      // The defaults belong to the last fields.
      size_t first = out.size() - values.size();
      for (size_t i = 0; i < values.size(); ++i) {
        std::string text = source_text(file_.source, values[i]);
        if (text.empty()) return std::nullopt;
        out[first + i].has_default = true;
        defaults += "    " + out[first + i].name + " = " + text + "\n";
      }
    }
    return out;
  }

  // `class C(NamedTuple)` with annotated fields, or `class C(namedtuple(...),
  // Mixin, ...)`: the named tuple base goes, its methods join C's body, and
  // the mixins stay C's bases. Written into C, the methods come before the
  // mixins' as they do in CPython's MRO, where the named tuple base is
  // first: a mixin cannot override them, only add to them.
  std::optional<Refusal> subclass(ast::ClassDef* c) {
    auto base = std::find_if(c->bases.begin(), c->bases.end(), [&](const ast::Expr* b) {
      return typing_.refers(b, "NamedTuple") || (ast::as<ast::Call>(b) && namedtuple_.refers(b, "namedtuple"));
    });
    if (base == c->bases.end()) return std::nullopt;
    // CPython's typing.NamedTuple takes no other base (but Generic).
    if (c->bases.size() != 1 && !ast::as<ast::Call>(*base))
      return Refusal{c->loc, "a typing.NamedTuple class with several bases"};
    if (base != c->bases.begin()) return Refusal{c->loc, "a named tuple class whose named tuple base is not its first"};
    std::vector<Field> fields;
    std::string defaults;
    if (auto* call = ast::as<ast::Call>(*base)) {
      auto from_call = call_fields(call, defaults);
      if (!from_call) return Refusal{call->loc, "this named tuple call"};
      fields = *from_call;
    } else {
      for (const ast::Stmt* s : c->body) {
        auto* a = ast::as<ast::AnnAssign>(s);
        auto* target = a ? ast::as<ast::Name>(a->target) : nullptr;
        if (!target) continue;
        if (!a->value && !fields.empty() && fields.back().has_default)
          return Refusal{s->loc, "a named tuple field without a default after one with a default"};
        fields.push_back(Field{std::string(target->id), a->value != nullptr});
      }
    }
    // typing.NamedTuple's class is the named tuple itself, with no __dict__.
    bool instance_dict = ast::as<ast::Call>(*base) && std::none_of(c->body.begin(), c->body.end(), is_slots);
    c->bases = arena_seq(file_, std::vector<ast::Expr*>(c->bases.begin() + 1, c->bases.end()));
    // The fields live in the instance, not in a tuple: `__slots__ = ()`,
    // the idiom that keeps a subclass's instances free of a __dict__,
    // would leave them no room.
    std::vector<ast::Stmt*> kept;
    std::copy_if(c->body.begin(), c->body.end(), std::back_inserter(kept), [](const ast::Stmt* s) { return !is_slots(s); });
    c->body = arena_seq(file_, kept);
    if (!append_to_class(file_, c, defaults + methods_text(fields, c, instance_dict), c->loc))
      return Refusal{c->loc, "a named tuple with these field names"};
    return std::nullopt;
  }

  LoadedFile& file_;
  ImportedNames namedtuple_, typing_;
};

}  // namespace

bool write_namedtuple_classes(LoadedFile& file) {
  Writer writer(file);
  if (!writer.needed()) return true;
  std::optional<Refusal> refusal = writer.body(file.module->body);
  if (refusal) refuse_generated(file, refusal->loc, refusal->construct);
  return !refusal;
}

}  // namespace ingot::driver
