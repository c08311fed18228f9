// What every class object answers: `C.__mro__`, `C.mro()`, `C.__bases__`,
// `C.__base__`, `C.__dict__`, `C.__doc__`; and the TypeError of a class statement whose bases have no
// consistent MRO.
//
// The MRO reaches past the program's classes (object, builtin exception
// bases), so it comes from the class's TypeObject at run time as boxed
// class objects (rt::class_mro); the bases are known here, as the classes
// themselves.
#include <algorithm>

#include "codegen/emitter.h"

namespace ingot::codegen {

using types::Kind;

std::string Emitter::class_introspection(const ast::Attribute* a, types::ClassId cls, const std::string& object) {
  types::TypeId result = type_of(a);
  if (a->attr == "__mro__") return convert(class_mro(cls, object), types::kDyn, result, a);
  if (a->attr == "__hash__" && kind_of(result) == Kind::None) return "((void)" + object + ", rt::Value::none())";  // __eq__ without __hash__
  if (a->attr == "__dict__") return class_vars(a, object, cls);  // namespaces.cpp: a snapshot
  const std::vector<types::ClassId>& mro = program_.classes[cls].mro;
  auto assigned = [&](types::ClassId k) { return class_attribute_type(k, "__doc__") != types::kBottom; };
  if (a->attr == "__doc__" && std::none_of(mro.begin(), mro.end(), assigned))
    return convert("((void)" + object + ", " + class_doc_value(cls) + ")", types::kDyn, result, a);
  if (a->attr != "__bases__" && a->attr != "__base__") return "";
  const types::ClassInfo& info = program_.classes[cls];
  std::vector<std::string> bases;
  // A per-run class's are the class objects its statement saw (run_classes.cpp).
  for (size_t i = 0; i < info.bases.size(); ++i)
    bases.push_back(per_run(cls) ? "rb_->bases[" + std::to_string(i) + "]" : class_object(info.bases[i], "", a));
  const types::Type& r = program_.table.get(result);
  if (bases.empty() && r.kind == Kind::Tuple && !r.args.empty() && kind_of(r.args[0]) == Kind::Builtin)
    bases.push_back(builtin_object(r.args[0], a));  // object
  if (bases.empty() || kind_of(result) == Kind::Bottom) unsupported(a, "the bases of this class");
  std::string items;
  for (const std::string& base : bases) items += (items.empty() ? "" : ", ") + base;
  std::string value = a->attr == "__base__" ? bases[0] : cxx_type(result, a) + "{" + items + "}";
  if (per_run(cls)) return "({ auto* rb_ = static_cast<const rt::RunClass*>(" + object + "); " + value + "; })";
  return "((void)" + object + ", " + value + ")";
}

// C.mro(): a list of the MRO's class objects.
std::string Emitter::class_mro_call(const ast::Call* c, types::ClassId cls, const std::string& object) {
  if (!c->args.empty() || !c->keywords.empty()) unsupported(c, "this call of mro()");
  std::string list = "rt::List<rt::Value>::from_range(rt::iterate(rt::unbox<rt::TupleOf<rt::Value>>(" + class_mro(cls, object) + ")))";
  return convert(list, list_of(types::kDyn), type_of(c), c);
}

// The MRO of the class object `object` of class `cls`, a boxed tuple: a
// class made per run of its statement has its bases' runs along it
// (run_classes.cpp).
std::string Emitter::class_mro(types::ClassId cls, const std::string& object) const {
  if (per_run(cls)) return "rt::run_class_mro(" + object + ")";
  return "((void)" + object + ", rt::class_mro(" + class_struct(cls) + "::type))";
}

// The C3 merge of the bases' MROs and the bases (types::compute_mro's, which
// falls back to depth-first order where it fails): "" when it succeeds,
// else the heads left, as CPython names them ("A, D").
std::string Emitter::mro_conflict(types::ClassId cls) const {
  const types::ClassInfo& info = program_.classes[cls];
  std::vector<std::vector<types::ClassId>> sequences;
  for (types::ClassId base : info.bases) sequences.push_back(program_.classes[base].mro);
  sequences.push_back(info.bases);
  while (true) {
    std::erase_if(sequences, [](const auto& s) { return s.empty(); });
    if (sequences.empty()) return "";
    auto in_tail = [&](types::ClassId head) {
      return std::any_of(sequences.begin(), sequences.end(),
                         [&](const auto& s) { return std::find(s.begin() + 1, s.end(), head) != s.end(); });
    };
    auto chosen = std::find_if(sequences.begin(), sequences.end(), [&](const auto& s) { return !in_tail(s.front()); });
    if (chosen == sequences.end()) break;
    types::ClassId head = chosen->front();
    for (auto& s : sequences)
      if (s.front() == head) s.erase(s.begin());
  }
  std::vector<types::ClassId> heads;
  for (const auto& s : sequences)
    if (std::find(heads.begin(), heads.end(), s.front()) == heads.end()) heads.push_back(s.front());
  std::string names;
  for (types::ClassId k : heads) names += (names.empty() ? "" : ", ") + program_.classes[k].name;
  return names;
}

}  // namespace ingot::codegen
