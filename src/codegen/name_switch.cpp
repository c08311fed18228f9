// A run of `if (n == "name") { code }` tests written as one switch on the
// name's index in a sorted table (runtime/name_switch.h). Getattr slots,
// class objects' attributes and modules' globals test dozens of names; one
// inlined string comparison per name was a fifth of a program's compile
// time (tests/lang/programs/inventory.py).
#include <algorithm>

#include "codegen/emitter.h"

namespace ingot::codegen {

std::string Emitter::name_switch(const std::string& subject, const std::vector<std::pair<std::string, std::string>>& arms) {
  if (arms.empty()) return "";
  // A name tested twice runs its arms' code in their order, as the chain
  // did: the tests between them, of other names, cannot have matched.
  std::vector<std::string> names;
  for (const auto& arm : arms) names.push_back(arm.first);
  std::sort(names.begin(), names.end());  // std::string_view's order: the bytes, unsigned
  names.erase(std::unique(names.begin(), names.end()), names.end());
  std::vector<std::string> cases(names.size());
  for (const auto& [name, code] : arms)
    cases[std::lower_bound(names.begin(), names.end(), name) - names.begin()] += code;
  std::string table;
  for (const std::string& name : names) table += (table.empty() ? "" : ", ") + quoted(name);
  std::string out = "{ static constexpr std::string_view names_[] = {" + table + "}; switch (rt::name_index(" + subject +
                    ", names_)) { ";
  for (size_t i = 0; i < names.size(); ++i) out += "case " + std::to_string(i) + ": { " + cases[i] + "} break; ";
  return out + "default: break; } } ";
}

}  // namespace ingot::codegen
