// Calls of `_ingot_hash`, `_ingot_zlib`, `_ingot_traceback`,
// `_ingot_unicodedata`, `_ingot_gc` and `_ingot_thread`, the native cores
// under src/stdlib/hashlib.py, zlib.py, traceback.py, unicodedata.py, gc.py
// and threading.py (runtime/hash_module.h, zlib_module.h, traceback_module.h,
// unicodedata_module.h, gc_module.h, thread_module.h). Only those modules
// call them, with bytes, ints, floats, bools and boxed values (exceptions,
// a thread's callable), the parameter types the runtime functions take.
#include "codegen/emitter.h"

namespace ingot::codegen {

namespace {

// One function: its parameters and their types, in order.
struct CoreFunction {
  std::string_view module, name;
  std::vector<std::string_view> params;
  std::vector<types::TypeId> types;
  std::string_view runtime;
};

const std::vector<CoreFunction>& core_functions() {
  using types::kBool;
  using types::kBytes;
  using types::kDyn;
  using types::kFloat;
  using types::kInt;
  using types::kStr;
  static const std::vector<CoreFunction> functions = {
      {"_ingot_hash", "compress", {"function", "state", "blocks"}, {kInt, kBytes, kBytes}, "rt::hashlib::compress"},
      {"_ingot_zlib", "compress", {"data", "level", "wbits"}, {kBytes, kInt, kInt}, "rt::zlib::compress"},
      {"_ingot_zlib", "decompress", {"data", "wbits", "bufsize"}, {kBytes, kInt, kInt}, "rt::zlib::decompress"},
      {"_ingot_zlib",
       "compressor",
       {"level", "method", "wbits", "memlevel", "strategy", "zdict"},
       {kInt, kInt, kInt, kInt, kInt, kBytes},
       "rt::zlib::compressor"},
      {"_ingot_zlib", "decompressor", {"wbits", "zdict"}, {kInt, kBytes}, "rt::zlib::decompressor"},
      {"_ingot_zlib", "compress_more", {"stream", "data", "mode"}, {kInt, kBytes, kInt}, "rt::zlib::compress_more"},
      {"_ingot_zlib",
       "decompress_more",
       {"stream", "data", "max_length", "flush"},
       {kInt, kBytes, kInt, kBool},
       "rt::zlib::decompress_more"},
      {"_ingot_traceback", "format_tb", {"exc", "limited", "limit"}, {kDyn, kBool, kInt}, "rt::traceback_core::format_tb"},
      {"_ingot_traceback", "extract_tb", {"exc", "limited", "limit"}, {kDyn, kBool, kInt}, "rt::traceback_core::extract_tb"},
      {"_ingot_traceback", "format_only", {"exc"}, {kDyn}, "rt::traceback_core::format_only"},
      {"_ingot_traceback", "format_group", {"exc"}, {kDyn}, "rt::traceback_core::format_group"},
      {"_ingot_traceback", "warning_site", {}, {}, "rt::traceback_core::warning_site"},
      {"_ingot_traceback", "source_line", {"filename", "lineno"}, {kStr, kInt}, "rt::traceback_core::source_line"},
      {"_ingot_traceback", "generator_state", {"generator"}, {kDyn}, "rt::traceback_core::generator_state"},
      {"_ingot_unicodedata", "text_property", {"code", "which"}, {kInt, kInt}, "rt::unicodedata::text_property"},
      {"_ingot_unicodedata", "number", {"code", "which"}, {kInt, kInt}, "rt::unicodedata::number"},
      {"_ingot_unicodedata", "combining", {"code"}, {kInt}, "rt::unicodedata::combining"},
      {"_ingot_unicodedata", "mirrored", {"code"}, {kInt}, "rt::unicodedata::mirrored"},
      {"_ingot_unicodedata", "lookup", {"name"}, {kStr}, "rt::unicodedata::lookup"},
      {"_ingot_unicodedata", "normalize", {"form", "text"}, {kInt, kStr}, "rt::unicodedata::normalize"},
      {"_ingot_gc", "collect", {}, {}, "rt::gc::collect"},
      {"_ingot_gc", "enable", {"on"}, {kBool}, "rt::gc::enable"},
      {"_ingot_gc", "isenabled", {}, {}, "rt::gc::isenabled"},
      {"_ingot_thread", "start", {"run"}, {kDyn}, "rt::threads::start"},
      {"_ingot_thread", "at_shutdown", {"hook"}, {kDyn}, "rt::threads::at_shutdown"},
      {"_ingot_thread", "get_ident", {}, {}, "rt::threads::get_ident"},
      {"_ingot_thread", "native_id", {}, {}, "rt::threads::native_id"},
      {"_ingot_thread", "park", {"timeout"}, {kFloat}, "rt::threads::park"},
      {"_ingot_thread", "unpark", {"ident"}, {kInt}, "rt::threads::unpark"},
  };
  return functions;
}

}  // namespace

std::string Emitter::byte_core_call(const ast::Call* c, std::string_view module, std::string_view name) {
  for (const CoreFunction& f : core_functions()) {
    if (f.module != module || f.name != name) continue;
    std::string body = std::string(f.runtime) + "(";
    for (size_t i = 0; i < f.params.size(); ++i) body += (i ? ", a" : "a") + std::to_string(i);
    body += ")";
    auto bound = bind_arguments(c, f.params, f.params.size());
    std::string code = with_arguments(c, bound, {}, [&](size_t i, const ast::Expr* e) { return typed_operand(e, f.types[i]); },
                                      position(c), body);
    return call_result(c, code, type_of(c));
  }
  return "";
}

}  // namespace ingot::codegen
