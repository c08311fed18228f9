// collections.namedtuple written as a class before stage 1 (namedtuples.h).
#include "driver/namedtuples.h"

#include "ast/literals.h"
#include "driver/generated_code.h"

namespace ingot::driver {
namespace {

struct Refusal {
  ast::Loc loc;
  std::string construct;
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

std::string class_text(const std::string& name, const std::vector<std::string>& fields) {
  std::string tuple = "(", params, dict = "{", repr, replace_params, replace_args, names = "(";
  for (const std::string& f : fields) {
    tuple += "self." + f + ",";
    params += ", " + f;
    dict += "'" + f + "': self." + f + ", ";
    repr += (repr.empty() ? "" : ", ") + f + "={self." + f + "!r}";
    replace_params += ", " + f + "=__namedtuple_missing__";
    replace_args += (replace_args.empty() ? "" : ", ") + std::string("self.") + f + " if " + f +
                    " is self.__namedtuple_missing__ else " + f;
    names += "'" + f + "',";
  }
  tuple += ")";
  names += ")";
  std::string out = "class " + name + ":\n";
  out += "    _fields = " + names + "\n    __match_args__ = " + names + "\n    __namedtuple_missing__ = object()\n";
  out += "    def __init__(self" + params + "):\n";
  for (const std::string& f : fields) out += "        object.__setattr__(self, '" + f + "', " + f + ")\n";
  if (fields.empty()) out += "        pass\n";
  out += "    def __setattr__(self, name, value):\n        raise AttributeError(\"can't set attribute\")\n";
  out += "    def __repr__(self):\n        return f\"" + name + "(" + repr + ")\"\n";
  out += "    def __iter__(self):\n        return iter(" + tuple + ")\n";
  out += "    def __len__(self):\n        return " + std::to_string(fields.size()) + "\n";
  out += "    def __getitem__(self, index):\n        return " + tuple + "[index]\n";
  out += "    def __eq__(self, other):\n        return " + tuple + " == other\n";
  out += "    def __hash__(self):\n        return hash(" + tuple + ")\n";
  out += "    def _asdict(self):\n        return " + dict + "}\n";
  out += "    def _replace(self" + replace_params + "):\n        return type(self)(" + replace_args + ")\n";
  return out;
}

class Writer {
 public:
  explicit Writer(LoadedFile& file) : file_(file), namedtuple_(*file.module, "collections", "namedtuple") {}
  bool needed() const { return !namedtuple_.empty(); }

  // The statement lists of the module, its functions and classes, and
  // the branches of their ifs.
  std::optional<Refusal> body(ast::Seq<ast::Stmt*>& statements) {
    std::vector<ast::Stmt*> out;
    bool changed = false;
    for (ast::Stmt* s : statements) {
      std::optional<Refusal> refusal;
      if (auto* def = ast::as<ast::FunctionDef>(s)) refusal = body(def->body);
      if (auto* c = ast::as<ast::ClassDef>(s)) refusal = body(c->body);
      if (auto* i = ast::as<ast::If>(s)) {
        refusal = body(i->body);
        if (!refusal) refusal = body(i->orelse);
      }
      if (refusal) return refusal;
      auto* assign = ast::as<ast::Assign>(s);
      auto* call = assign && assign->targets.size() == 1 ? ast::as<ast::Call>(assign->value) : nullptr;
      if (!call || !namedtuple_.refers(call, "namedtuple")) {
        out.push_back(s);
        continue;
      }
      auto* target = ast::as<ast::Name>(assign->targets[0]);
      auto* type_name = call->args.empty() ? nullptr : ast::as<ast::Constant>(call->args[0]);
      if (!target || !type_name || type_name->value.kind != ast::Value::Kind::Str || type_name->value.text != target->id)
        return Refusal{call->loc, "a namedtuple whose type name is not the name it is assigned to"};
      auto fields = call->args.size() == 2 && call->keywords.empty() ? field_names(call->args[1]) : std::nullopt;
      if (!fields) return Refusal{call->loc, "this call of namedtuple()"};
      auto parsed = parse_generated(file_, class_text(std::string(target->id), *fields), s->loc);
      if (!parsed) return Refusal{call->loc, "a namedtuple with these field names"};
      out.insert(out.end(), parsed->begin(), parsed->end());
      changed = true;
    }
    if (changed) statements = arena_seq(file_, out);
    return std::nullopt;
  }

 private:
  LoadedFile& file_;
  ImportedNames namedtuple_;
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
