// The result of stage 2, handed to the IR/codegen stage: every function
// specialisation with the type of each of its variables and expressions,
// every class with its attributes, the module's globals, and the interned
// types they all refer to. docs/types.md describes how it is computed.
//
// The same structures are the analysis' working state, which is why a
// variable is a Slot (a type plus the specialisations that read it): the
// readers are what the worklist re-queues when the type grows. Consumers
// only look at `Slot::type`.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "ast/ast.h"
#include "sema/program.h"
#include "sema/symbol_table.h"
#include "types/type_table.h"

namespace ingot::types {

inline constexpr ClassId kNoClass = std::numeric_limits<ClassId>::max();
inline constexpr FunctionId kNoFunction = std::numeric_limits<FunctionId>::max();

struct Slot {
  TypeId type = kBottom;
  std::vector<SpecId> readers;  // in first-read order, no duplicates
};

// How a def in a class body is bound when read from an instance.
enum class MethodKind : uint8_t {
  Plain,        // a method, or a function outside any class
  Static,       // @staticmethod
  ClassMethod,  // @classmethod: bound to the class
  Property,     // @property: reading the attribute calls it
  PropertyAccessor,  // @x.setter / @x.deleter: the name keeps the getter's property
  Decorated,    // another decorator: the name is bound to what the decorator returns
};

enum class ParamKind : uint8_t { PositionalOnly, Positional, VarArgs, KeywordOnly, VarKeywords };

struct Param {
  std::string name;  // mangled
  sema::SymbolId symbol = 0;
  ParamKind kind = ParamKind::Positional;
  int default_index = -1;  // into FunctionInfo::defaults
};

// A def, async def or lambda.
struct FunctionInfo {
  FunctionId id = 0;
  sema::ModuleId module = sema::kMainModule;  // the module whose code defines it
  const ast::Node* node = nullptr;  // FunctionDef, AsyncFunctionDef or Lambda
  const sema::Scope* scope = nullptr;
  std::string qualname;  // as CPython's __qualname__ (`outer.<locals>.inner`, `C.m`), lambdas as `<lambda@LINE>`
  std::vector<Param> params;   // positional-only, positional, *args, keyword-only, **kwargs
  std::vector<Slot> defaults;  // types of default values, joined over every execution of the def
  ClassId owner = kNoClass;    // the class whose body defines it directly
  MethodKind method_kind = MethodKind::Plain;
  bool is_generator = false;
  bool is_async = false;
  std::vector<SpecId> specs;  // the precise specialisations, at most kMaxSpecs
  SpecId dyn_spec = kNoSpec;  // the one on dyn arguments, once a call needed it
};

struct ClassInfo {
  ClassId id = 0;
  sema::ModuleId module = sema::kMainModule;
  const ast::ClassDef* node = nullptr;
  const sema::Scope* scope = nullptr;
  std::string name;
  std::vector<ClassId> bases;    // user classes only, in order
  std::vector<ClassId> mro;      // user classes, itself first (C3 linearisation)
  std::string builtin_base;      // the nearest builtin base other than object ("Exception", ...), or empty
  // The builtin exception classes among its own bases, each with the count
  // of user bases before it (`class G(Base, TypeError)`: {1, "TypeError"}),
  // for the MRO of its type object (codegen/classes.cpp).
  std::vector<std::pair<size_t, std::string>> exception_bases;
  bool unknown_base = false;     // a base the analysis cannot see: unknown attributes are dyn
  // Its metaclass when that is one of the program's classes deriving from
  // type (`metaclass=Meta`, or a base's): its class object is an instance
  // of it (docs/metaclasses.md).
  ClassId metaclass = kNoClass;
  SpecId body = kNoSpec;         // the specialisation that runs the class body
  // Its body's reads that may find the class namespace without the name
  // (ast/class_body.h): for a name the body binds, CPython's LOAD_NAME then
  // reads the module's global or the builtin (types/expressions.cpp).
  std::unordered_set<const ast::Expr*> reads_before_binding;
  bool body_evaluated = false;   // its defs have run: a name missing now is missing for good
  // Instances of it or of a subclass may exist (types/live_classes.cpp):
  // only then do its methods run through dyn values and C+ receivers.
  bool live = false;
  // The class object escaped to dyn, where a call may construct it on
  // run-time-bound arguments (codegen/dunders.cpp: its construct entry).
  bool escaped = false;
  // Its instances may be held as dyn values (types/live_classes.cpp): a
  // method called on a dyn receiver may run on them, through its dyn
  // specialisation. `boxed_subclasses`: those of every subclass too (a C+
  // was boxed).
  bool boxed = false;
  bool boxed_subclasses = false;
  Slot subclasses;               // its readers enumerated the subclasses (for C+ lookups)
  std::map<std::string, Slot> class_attributes;     // bound in the body (methods included) or via C.x = ...
  std::map<std::string, Slot> instance_attributes;  // self.x = ... / obj.x = ...; each name in one class of a chain
  // dyn once a store whose name is known only at run time (setattr(obj,
  // name, v)) may reach an instance: its instances then keep the names no
  // class declares in a dict of their own (their __dict__'s extras).
  Slot instance_dict;
  // `@x.setter` / `@x.deleter` defs of its body, by the property's name.
  std::map<std::string, Slot> property_setters, property_deleters;
};

// One specialisation: a function (or lambda) on one tuple of argument
// types, or the module body, or a class body. Comprehensions run inside the
// specialisation of the scope around them, so their variables are here too.
struct Spec {
  SpecId id = 0;
  sema::ModuleId module = sema::kMainModule;  // whose code it runs (and whose names it sees)
  const sema::Scope* scope = nullptr;
  FunctionId function = kNoFunction;  // kNoFunction: the module or a class body
  ClassId class_body = kNoClass;      // the class whose body this is
  SpecId env = kNoSpec;               // where free variables live (the enclosing function's specialisation)
  std::vector<TypeId> args;           // one per FunctionInfo::params
  bool on_dyn = false;                // the fallback specialisation on dyn arguments
  std::unordered_map<sema::SymbolId, Slot> variables;  // locals and cells; module/class names are elsewhere
  Slot result;                        // the return type (a generator's: generator[yielded])
  TypeId yields = kBottom;
  std::unordered_map<const ast::Node*, TypeId> expressions;  // every evaluated Expr node
  std::vector<SpecId> callees;        // the specialisations its calls (and class bodies) run
  bool live = false;                  // reached from the module by calls that still hold
  // The regions a narrowing guards (types/narrowing.cpp: an If's branch by
  // its first statement, an IfExp's arm, a BoolOp's later operand, the
  // statements after one that leaves), and those some value reaches. One
  // never reached is dead here: not analysed, and emitted as unreachable.
  std::unordered_set<const ast::Node*> guarded, reached;
  bool dead(const ast::Node* region) const { return guarded.count(region) && !reached.count(region); }
};

inline constexpr size_t kMaxSpecs = 4;

struct ProgramTypes {
  TypeTable table;
  std::vector<FunctionInfo> functions;
  std::vector<ClassInfo> classes;
  // specs[m] is the body of module m (sema::ModuleId), so specs[0] the main module's.
  std::vector<std::unique_ptr<Spec>> specs;
  std::vector<std::map<std::string, Slot>> globals;  // by sema::ModuleId: each module's names
  std::vector<TypeId> modules;                       // by sema::ModuleId: the type `import m` binds
  // By sema::ModuleId: the module body's reads of a name a builtin also
  // has, where the global may not be bound yet; CPython's LOAD_NAME then
  // finds the builtin (`TimeoutError = TimeoutError`). The read's type
  // joins the builtin's.
  std::vector<std::unordered_set<const ast::Expr*>> builtin_fallback_reads;
  // What the program assigns to sys.stdout and sys.stderr (keyed "stdout",
  // "stderr"; bottom while nothing is): print() and the uncaught exception's
  // report then go to whatever the name holds at run time (modules.cpp).
  std::map<std::string, Slot> std_streams;
  std::vector<SpecId> to_emit;               // the live specialisations, module first
  // What each builtin gave on positional arguments of these types: what a
  // call of a builtin used as a value (map(str, xs), key=len, f = pow)
  // returns, joined over every such call.
  std::map<std::pair<BuiltinId, std::vector<TypeId>>, TypeId> builtin_results;

  const Spec& spec(SpecId id) const { return *specs[id]; }
  // kBottom for an expression that never ran (dead code) in that specialisation.
  TypeId type_of(SpecId spec, const ast::Node* expression) const {
    const auto& map = specs[spec]->expressions;
    auto it = map.find(expression);
    return it == map.end() ? kBottom : it->second;
  }
};

}  // namespace ingot::types
