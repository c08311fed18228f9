#include "gpu/nvtx.h"

#include "gpu/shared_library.h"

namespace ingot::gpu::nvtx {
namespace {

struct Api {
  int (*push)(const char*) = nullptr;
  int (*pop)() = nullptr;
};

const Api& api() {
  static const Api loaded = [] {
    static const SharedLibrary* library =
        new SharedLibrary(library_candidates("INGOT_NVTX", {"libnvToolsExt.so.1", "libnvtx3interop.so.1"}));
    Api api;
    api.push = reinterpret_cast<int (*)(const char*)>(library->symbol("nvtxRangePushA"));
    api.pop = reinterpret_cast<int (*)()>(library->symbol("nvtxRangePop"));
    if (!api.push || !api.pop) api = {};
    return api;
  }();
  return loaded;
}

}  // namespace

bool available() { return api().push != nullptr; }

void push(const char* name) {
  if (api().push) api().push(name);
}

void pop() {
  if (api().pop) api().pop();
}

}  // namespace ingot::gpu::nvtx
