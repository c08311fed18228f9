// Abstract classes: `class Shape(ABC)` with `@abstractmethod` methods
// cannot be instantiated until a subclass overrides them all.
//
// CPython computes `__abstractmethods__` in ABCMeta.__new__ and object()
// refuses a class whose set is not empty. Here abc.ABC is an ordinary
// class (src/stdlib/abc.py) and the compiler computes the set from the
// class statements, which is exact: a class's methods are fixed once its
// body has run, and the construction of a class is compiled per class.
#include <algorithm>

#include "ast/class_body.h"
#include "codegen/emitter.h"

namespace ingot::codegen {
namespace {

bool marked_abstract(const ast::FunctionDef* def) {
  return std::any_of(def->decorator_list.begin(), def->decorator_list.end(), ast::is_abstractmethod);
}

// Whether the statement of a class body that binds `name` last is an
// abstract method. Read from the statements, not the attribute's type: a
// decorator shared by many methods may have left that a Value.
bool abstract_in_body(const ast::ClassDef* c, const std::string& name) {
  auto* def = ast::as<ast::FunctionDef>(ast::class_binding(c, name));
  return def && marked_abstract(def);
}

}  // namespace

// abc.ABC among its bases, or abc.ABCMeta among its metaclass's (metaclasses.cpp).
bool Emitter::derives_abc(types::ClassId cls) const {
  auto named = [&](types::ClassId k, std::string_view name) {
    return program_.classes[k].name == name && modules_.modules[program_.classes[k].module].name == "abc";
  };
  const auto& mro = program_.classes[cls].mro;
  if (std::any_of(mro.begin(), mro.end(), [&](types::ClassId k) { return named(k, "ABC"); })) return true;
  types::ClassId meta = program_.classes[cls].metaclass;
  if (meta == types::kNoClass) return false;
  const auto& metas = program_.classes[meta].mro;
  return std::any_of(metas.begin(), metas.end(), [&](types::ClassId k) { return named(k, "ABCMeta"); });
}

// The abstract methods of `cls`, sorted as CPython's message lists them;
// empty unless abc.ABC is among its bases.
std::vector<std::string> Emitter::abstract_methods(types::ClassId cls) const {
  std::vector<std::string> out;
  if (!derives_abc(cls)) return out;
  for (types::ClassId k : program_.classes[cls].mro)
    for (const auto& [name, slot] : program_.classes[k].class_attributes) {
      std::optional<ClassAttribute> found = find_class_attribute(cls, name);
      if (found && found->owner == k && abstract_in_body(program_.classes[k].node, name)) out.push_back(name);
    }
  std::sort(out.begin(), out.end());
  return out;
}

// The TypeError instantiating an abstract class raises; "" for others.
std::string Emitter::abstract_instantiation(types::ClassId cls) const {
  std::vector<std::string> names = abstract_methods(cls);
  if (names.empty()) return "";
  std::string list;
  for (const std::string& n : names) list += (list.empty() ? "" : ", ") + n;
  std::string message = "Can't instantiate abstract class " + program_.classes[cls].name + " with abstract method" +
                        (names.size() == 1 ? " " : "s ") + list;
  return "rt::raise(rt::exc::TypeError, " + quoted(message) + "); ";
}

}  // namespace ingot::codegen
