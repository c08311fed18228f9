// Whole-program inference over several modules (modules.cpp): each
// module's globals are its own, `m.x` reads and writes them from anywhere,
// `from m import x` copies, module bodies are specs[m].
#include <gtest/gtest.h>

#include <deque>

#include "parse/parse.h"
#include "sema/sema.h"
#include "types/types.h"

namespace ingot::types {
namespace {

struct Module {
  Source source;
  Arena arena;
  ParseResult parsed;
  sema::SemaResult sema;
  explicit Module(std::string text) : source("<test>", std::move(text)) {
    parsed = parse_module(source, arena);
    sema = sema::analyze_module(*parsed.module);
  }
};

// `main` imports `helper` (as `import helper` and `from helper import ...`).
struct TwoModules {
  std::deque<Module> files;
  sema::Program program;
  ProgramTypes types;
  TwoModules(std::string main, std::string helper) {
    for (auto [name, text] : {std::pair{"__main__", main}, std::pair{"helper", helper}}) {
      Module& file = files.emplace_back(text);
      EXPECT_FALSE(file.parsed.error);
      EXPECT_FALSE(file.sema.error);
      sema::ProgramModule& module = program.modules.emplace_back();
      module.name = name;
      module.source = &file.source;
      module.tree = file.parsed.module;
      module.symbols = file.sema.table.get();
      module.exports = std::vector<std::string>{};
    }
    for (const sema::Import& record : files[0].sema.table->imports()) {
      sema::ImportPath path;
      path.name = "helper";
      path.chain = {1};
      if (auto* import = ast::as<ast::Import>(record.node))
        for (const ast::Alias* alias : import->names) program.imports[alias] = path;
      else
        program.imports[record.node] = path;
    }
    types = infer_types(program);
  }
  std::string global(sema::ModuleId module, const std::string& name) const {
    return types.table.format(types.globals[module].at(name).type);
  }
};

TEST(Modules, EachModuleHasItsOwnGlobals) {
  TwoModules p("import helper\nx = 'main'\n", "x = 1\n");
  EXPECT_EQ(p.global(0, "x"), "str");
  EXPECT_EQ(p.global(1, "x"), "int");
  EXPECT_EQ(p.global(0, "helper"), "module helper");
  EXPECT_EQ(p.types.spec(1).module, 1u);  // specs[m] is module m's body
}

TEST(Modules, AttributeStoresFromAnotherModuleWidenTheGlobal) {
  TwoModules p("import helper\nhelper.level = 'high'\nhelper.added = 1.5\nv = helper.get()\n",
               "level = 1\ndef get():\n    return level\n");
  EXPECT_EQ(p.global(1, "level"), "int | str");
  EXPECT_EQ(p.global(1, "added"), "float");
  EXPECT_EQ(p.types.functions[0].module, 1u);
  EXPECT_EQ(p.global(0, "v"), "int | str");
}

TEST(Modules, FromImportCopiesTheSlotAndCallsSpecialiseAcrossModules) {
  TwoModules p("from helper import twice, n\nr = twice(n)\ns = twice('a')\n", "n = 2\ndef twice(v):\n    return v * 2\n");
  EXPECT_EQ(p.global(0, "n"), "int");
  EXPECT_EQ(p.global(0, "r"), "int");
  EXPECT_EQ(p.global(0, "s"), "str");
  EXPECT_EQ(p.types.functions[0].specs.size(), 2u);
}

TEST(Modules, AMissingAttributeStaysBottom) {
  TwoModules p("import helper\nv = helper.nothing\n", "x = 1\n");
  EXPECT_EQ(p.global(1, "nothing"), "bottom");
}

}  // namespace
}  // namespace ingot::types
