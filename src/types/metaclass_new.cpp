#include "types/metaclass_new.h"

#include <algorithm>

#include "ast/children.h"

namespace ingot::types {

namespace {

const ast::Name* name_of(const ast::Node* n) { return n ? ast::as<ast::Name>(n) : nullptr; }

const ast::Constant* str_constant(const ast::Expr* e) {
  auto* c = ast::as<ast::Constant>(e);
  return c && c->value.kind == ast::Value::Kind::Str ? c : nullptr;
}

bool is_super_call(const ast::Expr* e) {
  auto* call = ast::as<ast::Call>(e);
  auto* f = call ? name_of(call->func) : nullptr;
  return f && f->id == "super" && call->keywords.empty();
}

struct Reader {
  std::string_view mcls, name, bases, ns;
  MetaclassNew out;

  void refuse(const ast::Node* n, std::string why) {
    if (!out.refused) out.refused = n, out.why = std::move(why);
  }
  void key(std::string_view k) {
    if (std::find(out.keys.begin(), out.keys.end(), k) == out.keys.end()) out.keys.emplace_back(k);
  }

  // A read of the namespace, `parent` the node around it.
  void namespace_use(const ast::Name* n, const ast::Node* parent, const ast::Node* grandparent) {
    if (auto* s = ast::as<ast::Subscript>(parent); s && s->value == n) {
      if (s->ctx == ast::ExprContext::Load) return;
      if (const ast::Constant* k = str_constant(s->slice)) return key(k->value.text);
      return refuse(s, "a metaclass __new__ storing into its namespace under a computed name");
    }
    if (auto* a = ast::as<ast::Attribute>(parent); a && a->value == n) {
      static constexpr std::string_view kReads[] = {"get", "items", "keys", "values", "copy", "__contains__", "__getitem__"};
      if (std::find(std::begin(kReads), std::end(kReads), a->attr) != std::end(kReads)) return;
      auto* call = ast::as<ast::Call>(grandparent);
      if ((a->attr == "pop" || a->attr == "setdefault") && call && call->func == a && !call->args.empty())
        if (const ast::Constant* k = str_constant(call->args[0])) return key(k->value.text);
      return refuse(a, "a metaclass __new__ changing its namespace with ." + std::string(a->attr) + "()");
    }
    if (auto* c = ast::as<ast::Compare>(parent); c && c->left != n) return;  // `k in ns`
    if (auto* f = ast::as<ast::For>(parent); f && f->iter == n) return;
    if (auto* f = ast::as<ast::Comprehension>(parent); f && f->iter == n) return;
    if (auto* call = ast::as<ast::Call>(parent)) {
      auto* f = name_of(call->func);
      static constexpr std::string_view kReaders[] = {"len", "sorted", "list", "dict", "tuple", "set", "iter", "print", "repr"};
      if (f && std::find(std::begin(kReaders), std::end(kReaders), f->id) != std::end(kReaders)) return;
      if (is_type_new_call(call) && call->args.size() == 4 && call->args[3] == n) return;
    }
    refuse(n, "a metaclass __new__ passing its namespace where the analysis cannot follow it");
  }

  void visit(const ast::Node* node, const ast::Node* parent, const ast::Node* grandparent) {
    if (auto* n = ast::as<ast::Name>(node)) {
      bool own = n->id == mcls || n->id == name || n->id == bases || n->id == ns;
      if (own && n->ctx != ast::ExprContext::Load) refuse(n, "a metaclass __new__ rebinding its parameter '" + std::string(n->id) + "'");
      auto* call = ast::as<ast::Call>(parent);
      if (n->id == mcls && !(call && (is_type_new_call(call) ? call->args[0] == n : is_super_call(call))))
        refuse(n, "a metaclass __new__ using its metaclass argument other than to make the class");
      if (n->id == ns) namespace_use(n, parent, grandparent);
    }
    if (auto* call = ast::as<ast::Call>(node); call && is_type_new_call(call)) {
      bool own = call->args.size() == 4 && call->keywords.empty();
      std::string_view expected[] = {mcls, name, bases, ns};
      for (size_t i = 0; own && i < 4; ++i) own = name_of(call->args[i]) && name_of(call->args[i])->id == expected[i];
      if (!own) refuse(call, "a metaclass __new__ making its class from other than its own arguments");
    }
    ast::for_each_child(node, [&](const ast::Node* child) { visit(child, node, parent); });
  }
};

}  // namespace

bool is_type_new_call(const ast::Expr* e) {
  auto* call = ast::as<ast::Call>(e);
  auto* a = call ? ast::as<ast::Attribute>(call->func) : nullptr;
  if (!a || a->attr != "__new__") return false;
  auto* type = name_of(a->value);
  return is_super_call(a->value) || (type && type->id == "type");
}

MetaclassNew read_metaclass_new(const ast::FunctionDef* def) {
  std::vector<std::string_view> params;
  for (const ast::Arg* a : def->args->posonlyargs) params.push_back(a->arg);
  for (const ast::Arg* a : def->args->args) params.push_back(a->arg);
  if (params.size() != 4 || def->args->vararg) {
    MetaclassNew out;
    out.refused = def, out.why = "a metaclass __new__ without the parameters (mcls, name, bases, namespace)";
    return out;
  }
  Reader reader{params[0], params[1], params[2], params[3], {}};
  for (const ast::Stmt* s : def->body) reader.visit(s, def, nullptr);
  return std::move(reader.out);
}

std::vector<const ast::FunctionDef*> metaclass_news(const ProgramTypes& program, ClassId meta) {
  std::vector<const ast::FunctionDef*> defs;
  for (ClassId k : program.classes[meta].mro) {
    auto it = program.classes[k].class_attributes.find("__new__");
    if (it == program.classes[k].class_attributes.end()) continue;
    const Type& t = program.table.get(it->second.type);
    if (t.kind != Kind::Function) continue;
    if (auto* def = ast::as<ast::FunctionDef>(program.functions[t.a].node)) defs.push_back(def);
  }
  return defs;
}

std::vector<std::string> namespace_keys(const ProgramTypes& program, ClassId meta) {
  std::vector<std::string> keys;
  for (const ast::FunctionDef* def : metaclass_news(program, meta))
    for (std::string& key : read_metaclass_new(def).keys)
      if (std::find(keys.begin(), keys.end(), key) == keys.end()) keys.push_back(std::move(key));
  return keys;
}

}  // namespace ingot::types
