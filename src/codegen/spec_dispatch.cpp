// Calls bound at run time to one of several specialisations: a call with
// `*x`/`**m` (a decorator's `fn(*args, **kwargs)`) or one on dyn arguments
// whose callee the analysis specialised on several argument types and gave
// no dyn specialisation. The arguments are bound to Values by
// rt::bind_arguments (CPython's TypeErrors), then the first specialisation
// whose parameter types the Values have runs, on the Values unboxed.
#include <algorithm>

#include "codegen/emitter.h"

namespace ingot::codegen {

using types::Kind;

// The C++ test that Value `v` has type `type`; "true" where a Value of
// the type cannot be told apart at run time (then the order decides).
std::string Emitter::value_fits(types::TypeId type, const std::string& v) const {
  if (type == types::kDyn) return "true";
  const types::Type& t = program_.table.get(type);
  switch (t.kind) {
    case Kind::Bottom: return "false";
    case Kind::None: return v + ".is_none()";
    case Kind::Union: {
      std::string any;
      for (types::TypeId m : program_.table.members(type)) {
        std::string test = value_fits(m, v);
        if (test == "true") return test;
        any += (any.empty() ? "" : " || ") + test;
      }
      return "(" + any + ")";
    }
    case Kind::Tuple: {
      std::string test = "(rt::is_a(" + v + ", rt::tuple_type) && rt::sequence_of(" + v + ")->size == " +
                         std::to_string(t.args.size());
      for (size_t k = 0; k < t.args.size(); ++k) {
        std::string item = value_fits(t.args[k], "rt::item_of(rt::sequence_of(" + v + "), " + std::to_string(k) + ")");
        if (item != "true") test += " && " + item;
      }
      return test + ")";
    }
    case Kind::Dict:
      // **kwargs of a call without keywords: an empty dict of nothing.
      if (t.args[1] == types::kBottom) return "(rt::is_a(" + v + ", rt::dict_type) && rt::len(" + v + ") == 0)";
      // Each item tested: a `**kwargs` passed on (a cooperative __init__)
      // selects by what its values are. (Names by depth: an item's own
      // test may hold another's.)
      {
        std::string n = std::to_string(v.size());
        std::string key = value_fits(t.args[0], "k" + n + "_"), value = value_fits(t.args[1], "x" + n + "_");
        if (key == "true" && value == "true") return holds(type, v);
        return "({ bool ok" + n + "_ = rt::is_a(" + v + ", rt::dict_type); if (ok" + n + "_) { rt::ValueIterator i" + n +
               "_(" + v + "); rt::Value k" + n + "_; while (ok" + n + "_ && i" + n + "_.next(k" + n + "_)) { rt::Value x" + n +
               "_ = rt::getitem(" + v + ", k" + n + "_); (void)x" + n + "_; ok" + n + "_ = " + key + " && " + value + "; } } ok" + n + "_; })";
      }
    case Kind::Function:
      return "(&" + v + ".type() == &rt::function_type && reinterpret_cast<const rt::FunctionObject*>(" + v +
             ".object())->signature == &sig_" + function_struct(t.a, t.b) + ")";
    default: {
      std::string test = holds(type, v);
      return test.empty() ? "true" : test;
    }
  }
}

Emitter::Typed Emitter::dispatch_specs(const ast::Node* where, const types::FunctionInfo& info,
                                       std::vector<types::SpecId> candidates, const std::string& object,
                                       const std::string& binding) {
  // Specialisations on precise types first: a dyn or union parameter also
  // takes what a more precise sibling was made for.
  auto vague = [&](types::SpecId id) {
    const auto& args = program_.spec(id).args;
    return std::count_if(args.begin(), args.end(),
                         [&](types::TypeId a) { return a == types::kDyn || kind_of(a) == Kind::Union; });
  };
  std::stable_sort(candidates.begin(), candidates.end(),
                   [&](types::SpecId a, types::SpecId b) { return vague(a) < vague(b); });
  types::TypeId result = program_.spec(candidates[0]).result.type;
  for (types::SpecId id : candidates)
    if (program_.spec(id).result.type != result || return_type(id) == "void") result = types::kDyn;
  std::string chain = binding + declaration(result, "rd_") + " ";
  for (types::SpecId id : candidates) {
    std::string test, call = function_name(id) + "(" + (needs_env(info) ? object + "->env" : "");
    for (size_t i = 0; i < info.params.size(); ++i) {
      std::string p = "p_[" + std::to_string(i) + "]";
      std::string fits = value_fits(program_.spec(id).args[i], p);
      if (fits != "true") test += (test.empty() ? "" : " && ") + fits;
      call += (i || needs_env(info) ? ", " : "") + convert(p, types::kDyn, param_type(id, i), where);
    }
    call += ")";
    std::string value = return_type(id) == "void" ? call + "; rd_ = rt::Value::none();"
                                                  : "rd_ = " + convert(call, program_.spec(id).result.type, result, where) + ";";
    chain += "if (" + (test.empty() ? std::string("true") : test) + ") { " + value + " } else ";
  }
  chain += "rt::raise(rt::exc::SystemError, \"ingot: no specialisation takes these argument types\"); rd_";
  return Typed{"({ " + chain + "; })", result};
}

}  // namespace ingot::codegen
