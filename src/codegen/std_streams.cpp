// sys.stdin, sys.stdout and sys.stderr, and their assignment.
//
// They are the runtime's file objects (runtime/file.h) and typed so, until
// the program assigns one of them somewhere the analysis reaches
// (types/modules.cpp). That one then reads as a dyn, the value the program
// last stored (runtime/sys_streams.h): print() without file= (calls.cpp)
// writes to sys.stdout's, input() (numbers.cpp) reads sys.stdin's; a
// program that never assigns them keeps the direct calls and pays nothing.
#include "codegen/emitter.h"

namespace ingot::codegen {

using types::Kind;

bool Emitter::std_stream_replaced(std::string_view name) const {
  auto it = program_.std_streams.find(std::string(name));
  return it != program_.std_streams.end() && it->second.type != types::kBottom;
}

namespace {

const char* descriptor(std::string_view name) { return name == "stdin" ? "0" : name == "stdout" ? "1" : "2"; }

}  // namespace

std::string Emitter::std_stream(std::string_view module, std::string_view name) {
  if (module != "sys") return "";
  if (name == "__stdin__" || name == "__stdout__" || name == "__stderr__")
    return "rt::sys_" + std::string(name.substr(2, name.size() - 4)) + "()";
  if (name != "stdin" && name != "stdout" && name != "stderr") return "";
  if (std_stream_replaced(name)) return "rt::sys_stream(" + std::string(descriptor(name)) + ")";
  return "rt::sys_" + std::string(name) + "()";
}

std::string Emitter::store_std_stream(const ast::Attribute* target, const std::string& value, types::TypeId value_type) {
  const types::Type& owner = program_.table.get(type_of(target->value));
  if (owner.kind != Kind::Module || program_.table.module_name(owner.a) != "sys") return "";
  if (target->attr != "stdin" && target->attr != "stdout" && target->attr != "stderr") return "";
  // A runtime module has no value to evaluate: only the stored one.
  return "{ " + cxx_type(value_type, target) + " sv_ = " + value + "; rt::set_sys_stream(" + descriptor(target->attr) +
         ", " + convert("sv_", value_type, types::kDyn, target) + "); }";
}

}  // namespace ingot::codegen
