// The C++ interface of stage 1. tests/sema/run.py compares the printed table
// with CPython for whole files; these tests cover what the next stage uses
// directly: finding scopes by node, stable ids, the predicates, imports,
// and errors as values.
#include "sema/sema.h"

#include <gtest/gtest.h>

#include <functional>
#include <memory>

#include "base/python_oracle.h"
#include "parse/parse.h"
#include "sema/mangle.h"

namespace ingot::sema {
namespace {

struct Analyzed {
  Source source;
  Arena arena;
  ParseResult parsed;
  SemaResult sema;
  explicit Analyzed(std::string text) : source("<test>", std::move(text)) {
    parsed = parse_module(source, arena);
    if (parsed.module) sema = analyze_module(*parsed.module);
  }
  const SymbolTable& table() const { return *sema.table; }
};

std::unique_ptr<Analyzed> analyze(std::string text) {
  auto a = std::make_unique<Analyzed>(std::move(text));
  EXPECT_FALSE(a->parsed.error) << a->parsed.error->message;
  return a;
}

// A Python string literal holding `text`.
std::string python_literal(const std::string& text) {
  std::string out = "'";
  for (char c : text) {
    if (c == '\n') {
      out += "\\n";
    } else {
      if (c == '\'' || c == '\\') out += '\\';
      out += c;
    }
  }
  return out + "'";
}

const ast::Node* find_node(const ast::Module& module, ast::Kind kind) {
  // The first statement or the value of the first expression statement.
  for (const ast::Stmt* s : module.body) {
    if (s->kind == kind) return s;
    if (auto* e = ast::as<ast::ExprStmt>(s); e && e->value->kind == kind) return e->value;
  }
  return nullptr;
}

TEST(Sema, ScopesAreFoundByTheNodeThatOpensThem) {
  auto a = analyze("def f(): pass\nclass C: pass\nlambda: 0\n[x for x in y]\n{x for x in y}\n"
                   "{x: x for x in y}\n(x for x in y)\nasync def g(): pass\nz = 1\n");
  const ast::Module& m = *a->parsed.module;
  struct Expect {
    ast::Kind kind;
    ScopeKind scope;
    const char* name;
  };
  for (Expect e : {Expect{ast::Kind::FunctionDef, ScopeKind::Function, "f"}, {ast::Kind::ClassDef, ScopeKind::Class, "C"},
                   {ast::Kind::Lambda, ScopeKind::Lambda, "lambda"}, {ast::Kind::ListComp, ScopeKind::ListComp, "listcomp"},
                   {ast::Kind::SetComp, ScopeKind::SetComp, "setcomp"}, {ast::Kind::DictComp, ScopeKind::DictComp, "dictcomp"},
                   {ast::Kind::GeneratorExp, ScopeKind::GeneratorExp, "genexpr"},
                   {ast::Kind::AsyncFunctionDef, ScopeKind::Function, "g"}}) {
    const Scope* scope = a->table().scope_of(find_node(m, e.kind));
    ASSERT_NE(scope, nullptr) << e.name;
    EXPECT_EQ(scope->kind, e.scope);
    EXPECT_EQ(scope->name, e.name);
    EXPECT_EQ(scope->parent, std::optional<ScopeId>(0));
    EXPECT_EQ(scope->node, find_node(m, e.kind));
  }
  EXPECT_EQ(a->table().scope_of(&m), &a->table().module());
  EXPECT_EQ(a->table().scope_of(find_node(m, ast::Kind::Assign)), nullptr);
}

TEST(Sema, IdsAreIndicesInSourceOrder) {
  const char* text = "def f(a):\n  b = a\n  def g(): return b\n  return g\nclass C:\n  x = f\n";
  auto first = analyze(text);
  auto second = analyze(text);
  const SymbolTable& t = first->table();
  ASSERT_EQ(t.scopes().size(), second->table().scopes().size());
  ASSERT_EQ(t.symbols().size(), second->table().symbols().size());
  for (const Scope& s : t.scopes()) {
    EXPECT_EQ(&t.scope(s.id), &s);
    EXPECT_EQ(second->table().scope(s.id).name, s.name);
  }
  for (const Symbol& s : t.symbols()) {
    EXPECT_EQ(&t.symbol(s.id), &s);
    EXPECT_EQ(t.lookup(t.scope(s.scope), s.name), &s);
    EXPECT_EQ(second->table().symbol(s.id).name, s.name);
  }
  std::vector<std::string> order;
  for (const Scope& s : t.scopes()) order.push_back(s.name);
  EXPECT_EQ(order, (std::vector<std::string>{"top", "f", "g", "C"}));
  std::vector<std::string> module_symbols;
  for (const Symbol* s : t.symbols_of(t.module())) module_symbols.push_back(s->name);
  EXPECT_EQ(module_symbols, (std::vector<std::string>{"f", "C"}));
}

// Symbol's predicates and namespaces() against symtable.Symbol's methods.
TEST(Sema, PredicatesAnswerAsCPythonsSymtableModule) {
  std::string text =
      "import os\nfrom m import *\nx: int = 1\nglobal g0\n"
      "def f(a, *b, c, **d):\n  global g1\n  e = a\n  h: int\n  def f(): nonlocal e; return c, g1, x, q\n"
      "  return [i for i in b if (w := i)]\n"
      "class K:\n  __p = 1\n  def m(self): return super(), __p\n  K = lambda: K\n";
  auto a = analyze(text);
  const SymbolTable& t = a->table();
  std::vector<std::string> got;
  std::function<void(const Scope&)> walk = [&](const Scope& scope) {
    for (const Symbol* s : t.symbols_of(scope)) {
      std::string line = scope.name + " " + s->name + " ";
      for (bool b : {s->is_referenced(), s->is_imported(), s->is_parameter(), s->is_global(), s->is_declared_global(),
                     s->is_local(), s->is_annotated(), s->is_free(), s->is_assigned(), s->is_nonlocal(),
                     !t.namespaces(*s).empty()})
        line += b ? '1' : '0';
      got.push_back(line);
    }
    for (ScopeId child : scope.children) walk(t.scope(child));
  };
  walk(t.module());
  std::vector<std::string> expected = testing::python_lines(
      "import symtable\n"
      "def walk(t):\n"
      "    for s in t.get_symbols():\n"
      "        bits = [s.is_referenced(), s.is_imported(), s.is_parameter(), s.is_global(),\n"
      "                s.is_declared_global(), s.is_local(), s.is_annotated(), s.is_free(),\n"
      "                s.is_assigned(), s.is_nonlocal(), s.is_namespace()]\n"
      "        print(t.get_name(), s.get_name(), ''.join('1' if b else '0' for b in bits))\n"
      "    for c in t.get_children(): walk(c)\n"
      "walk(symtable.symtable(" + python_literal(text) + ", 'x', 'exec'))\n");
  EXPECT_EQ(got, expected);
}

TEST(Sema, GeneratorAndCoroutineFlags) {
  auto a = analyze("def g(): yield\nasync def c(): await x\nasync def ag(): yield\n(x for x in y)\nlambda: (yield)\n");
  const SymbolTable& t = a->table();
  auto scope = [&](ScopeId id) -> const Scope& { return t.scope(id); };
  EXPECT_TRUE(scope(1).generator && scope(1).has_yield && !scope(1).coroutine);
  EXPECT_TRUE(scope(2).coroutine && !scope(2).generator);
  EXPECT_TRUE(scope(3).is_async_generator() && scope(3).has_yield);
  EXPECT_TRUE(scope(4).generator && !scope(4).has_yield);  // a generator expression yields implicitly
  EXPECT_TRUE(scope(5).generator && scope(5).has_yield);
}

TEST(Sema, ImportsAreRecordedWithTheirScope) {
  auto a = analyze("import a.b.c\nimport d as e\ndef f():\n  from ..g import h as i, j\nfrom . import *\n");
  auto imports = a->table().imports();
  ASSERT_EQ(imports.size(), 5u);
  EXPECT_EQ(imports[0].module, "a.b.c");
  EXPECT_EQ(imports[0].bound, "a");
  EXPECT_FALSE(imports[0].from);
  EXPECT_EQ(imports[1].bound, "e");
  EXPECT_EQ(imports[2].scope, a->table().scope_of(find_node(*a->parsed.module, ast::Kind::FunctionDef))->id);
  EXPECT_TRUE(imports[2].from);
  EXPECT_EQ(imports[2].level, 2);
  EXPECT_EQ(imports[2].module, "g");
  EXPECT_EQ(imports[2].name, "h");
  EXPECT_EQ(imports[2].bound, "i");
  EXPECT_EQ(imports[3].bound, "j");
  EXPECT_EQ(imports[4].module, "");
  EXPECT_EQ(imports[4].name, "*");
  EXPECT_EQ(imports[4].bound, "");
  EXPECT_TRUE(a->table().lookup(a->table().module(), "a")->is_imported());
}

// The error as a value: message and the range CPython's SyntaxError holds.
TEST(Sema, ErrorsCarryCPythonsLocation) {
  for (std::string text : {"def f(a, b, a): pass\n", "def f():\n  x = 1\n  def g():\n    global x\n    nonlocal x\n",
                           "class C:\n  [y := 0 for q in r]\n", "for x in y:\n  pass\nelse:\n  continue\n"}) {
    auto a = analyze(text);
    ASSERT_TRUE(a->sema.error) << text;
    EXPECT_EQ(a->sema.table, nullptr);
    const SyntaxError& e = *a->sema.error;
    std::vector<std::string> expected = testing::python_lines(
        "try:\n    compile(" + python_literal(text) + ", 'x', 'exec')\n"
        "except SyntaxError as e:\n    print(e.msg); print(e.lineno, e.offset - 1, e.end_lineno, e.end_offset - 1)\n");
    ASSERT_EQ(expected.size(), 2u) << text;
    EXPECT_EQ(e.message, expected[0]);
    EXPECT_EQ(std::to_string(e.lineno) + " " + std::to_string(e.col) + " " + std::to_string(e.end_lineno) + " " +
                  std::to_string(e.end_col),
              expected[1]);
  }
}

// CPython gives up with RecursionError on deep nesting; so must we, without
// running out of stack.
TEST(Sema, DeepNestingIsARecursionErrorNotACrash) {
  std::string text = "x = 1";
  for (int i = 0; i < 20000; ++i) text += " + 1";
  text += "\n";
  auto a = analyze(text);
  EXPECT_TRUE(a->sema.recursion_error);
  std::vector<std::string> cpython = testing::python_lines(
      "try:\n    compile('x = 1' + ' + 1' * 20000, 'x', 'exec')\nexcept RecursionError:\n    print('RecursionError')\n");
  EXPECT_EQ(cpython, std::vector<std::string>{"RecursionError"});
}

TEST(Sema, ManglingMatchesCPython) {
  // Each class holds one name; CPython's symtable shows what it became.
  std::vector<std::pair<std::string, std::string>> cases = {
      {"C", "__x"}, {"_C", "__x"}, {"__C_", "__x"}, {"___", "__x"}, {"C", "__x__"}, {"C", "_x"}, {"C", "__"}, {"C", "___"}};
  std::string script = "import symtable\n";
  for (auto& [klass, name] : cases)
    script += "print([s for s in symtable.symtable('class " + klass + ":\\n " + name +
              " = 1\\n', 'x', 'exec').get_children()[0].get_identifiers()][0])\n";
  std::vector<std::string> expected = testing::python_lines(script);
  ASSERT_EQ(expected.size(), cases.size());
  for (size_t i = 0; i < cases.size(); ++i) EXPECT_EQ(mangle(cases[i].first, cases[i].second), expected[i]);
  EXPECT_EQ(mangle("", "__x"), "__x");
}

}  // namespace
}  // namespace ingot::sema
