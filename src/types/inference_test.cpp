// The C++ interface of stage 2 as code generation uses it: expression types
// per specialisation, the specialisation limit, the list to emit, classes.
// tests/types/run.py covers whole programs through the printed dump.
#include <gtest/gtest.h>

#include <memory>

#include "parse/parse.h"
#include "sema/sema.h"
#include "types/types.h"

namespace ingot::types {
namespace {

struct Inferred {
  Source source;
  Arena arena;
  ParseResult parsed;
  sema::SemaResult sema;
  ProgramTypes program;
  explicit Inferred(std::string text) : source("<test>", std::move(text)) {
    parsed = parse_module(source, arena);
    sema = sema::analyze_module(*parsed.module);
    program = infer_types(*parsed.module, *sema.table);
  }
  std::string type(SpecId spec, const ast::Expr* e) const { return program.table.format(program.type_of(spec, e)); }
  const FunctionInfo& function(std::string_view qualname) const {
    for (const FunctionInfo& f : program.functions)
      if (f.qualname == qualname) return f;
    throw std::runtime_error("no function " + std::string(qualname));
  }
};

std::unique_ptr<Inferred> infer(std::string text) {
  auto result = std::make_unique<Inferred>(std::move(text));
  EXPECT_FALSE(result->parsed.error);
  EXPECT_FALSE(result->sema.error);
  return result;
}

const ast::Expr* returned(const FunctionInfo& f, size_t statement) {
  auto* def = ast::as<ast::FunctionDef>(f.node);
  return static_cast<const ast::Return*>(def->body[statement])->value;
}

TEST(Inference, EveryExpressionHasATypeInItsSpecialisation) {
  auto p = infer("x = 1 + 2.5\ny = [x]\n");
  auto* assign = static_cast<const ast::Assign*>(p->parsed.module->body[0]);
  auto* sum = static_cast<const ast::BinOp*>(assign->value);
  EXPECT_EQ(p->type(0, sum), "float");
  EXPECT_EQ(p->type(0, sum->left), "int");
  EXPECT_EQ(p->type(0, static_cast<const ast::Assign*>(p->parsed.module->body[1])->value), "list[float]");
}

TEST(Inference, EachSpecialisationTypesTheBodyForItsArguments) {
  auto p = infer("def f(x):\n    return x\nf(1)\nf('a')\n");
  const FunctionInfo& f = p->function("f");
  ASSERT_EQ(f.specs.size(), 2u);
  EXPECT_EQ(p->type(f.specs[0], returned(f, 0)), "int");
  EXPECT_EQ(p->type(f.specs[1], returned(f, 0)), "str");
  EXPECT_EQ(p->program.table.format(p->program.spec(f.specs[1]).result.type), "str");
}

TEST(Inference, TheFifthArgumentTupleSharesTheDynSpecialisation) {
  auto p = infer("def f(x):\n    return x\nf(1)\nf('a')\nf(1.5)\nf(b'')\nf(None)\nf([1])\n");
  const FunctionInfo& f = p->function("f");
  EXPECT_EQ(f.specs.size(), kMaxSpecs);
  ASSERT_NE(f.dyn_spec, kNoSpec);
  EXPECT_TRUE(p->program.spec(f.dyn_spec).on_dyn);
  EXPECT_EQ(p->program.spec(f.dyn_spec).args, std::vector<TypeId>{kDyn});
}

TEST(Inference, OnlyLiveSpecialisationsAreEmittedModuleFirst) {
  auto p = infer("def unused(x):\n    return x\ndef used():\n    return 1\nused()\n");
  ASSERT_FALSE(p->program.to_emit.empty());
  EXPECT_EQ(p->program.to_emit.front(), 0u);
  EXPECT_TRUE(p->function("unused").specs.empty());
  for (SpecId id : p->program.to_emit) EXPECT_TRUE(p->program.spec(id).live);
}

TEST(Inference, RecursionReachesAFixpoint) {
  auto p = infer(
      "def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\n"
      "def even(n):\n    return True if n == 0 else odd(n - 1)\n"
      "def odd(n):\n    return False if n == 0 else even(n - 1)\n"
      "fib(10)\neven(4)\n");
  EXPECT_EQ(p->program.table.format(p->program.spec(p->function("fib").specs[0]).result.type), "int");
  EXPECT_EQ(p->program.table.format(p->program.spec(p->function("odd").specs[0]).result.type), "bool");
}

TEST(Inference, SelfNestingTypesAreWidenedInsteadOfGrowingForever) {
  auto p = infer("x = []\nfor i in range(3):\n    x = [x]\nd = {}\nd['k'] = d\n");
  EXPECT_NE(p->program.table.format(p->program.globals[0].at("x").type).find("dyn"), std::string::npos);
  EXPECT_EQ(p->program.table.format(p->program.globals[0].at("d").type), "dict[str, dyn]");
}

TEST(Inference, AnAttributeLivesInTheMostBasicClassThatUsesIt) {
  // x is first stored through a D, then through a B: one field, in B.
  auto p = infer(
      "class B:\n    pass\n"
      "class D(B):\n    def __init__(self):\n        self.x = 1\n"
      "d = D()\nb = B()\nb.x = 2.5\n");
  const ClassInfo& base = p->program.classes[0];
  const ClassInfo& derived = p->program.classes[1];
  ASSERT_TRUE(base.instance_attributes.count("x"));
  EXPECT_EQ(p->program.table.format(base.instance_attributes.at("x").type), "int | float");
  EXPECT_FALSE(derived.instance_attributes.count("x"));
  EXPECT_EQ(derived.mro, (std::vector<ClassId>{1, 0}));
}

TEST(Inference, TheDumpIsDeterministic) {
  std::string text =
      "class A:\n    def __init__(self, v):\n        self.v = v\n"
      "def make(n):\n    return [A(i) for i in range(n)] + [A(str(n))]\n"
      "xs = make(3)\nys = {a.v: a for a in xs}\n";
  auto first = infer(text);
  auto second = infer(text);
  EXPECT_EQ(format_types(first->program, *first->sema.table), format_types(second->program, *second->sema.table));
}

TEST(Inference, UnknownCodeNeverFailsTheAnalysis) {
  auto p = infer(
      "import os\nfrom somewhere import thing\n"
      "x = thing.path.join(thing(1), 'a')\ny = x.whatever[3](**{})\n"
      "async def co():\n    await thing()\n"
      "z = eval('1') + exec('') + undefined_name\n");
  EXPECT_EQ(p->program.globals[0].at("x").type, kDyn);
  EXPECT_EQ(p->program.globals[0].at("y").type, kDyn);
  EXPECT_EQ(p->program.globals[0].at("z").type, kDyn);
}

}  // namespace
}  // namespace ingot::types
