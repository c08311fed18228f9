// The code generator's state while it writes one program, shared by the
// files that each emit one family of constructs (expressions.cpp,
// calls.cpp, statements.cpp, functions.cpp, module.cpp).
//
// Values have one C++ representation per type: bool, rt::Int, double,
// rt::Str. A construct or type outside this slice throws UnsupportedError,
// which generate_program turns into an Unsupported report: the generator
// never writes C++ it is not sure compiles.
#pragma once

#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "codegen/arguments.h"
#include "codegen/codegen.h"

namespace ingot::codegen {

struct UnsupportedError {
  Unsupported detail;
};
// A Python identifier as a C++ one (ASCII letters and digits kept, every
// other byte as _xx).
std::string mangle(std::string_view name);
// Whether e is the literal None (false for a missing expression).
bool is_none_constant(const ast::Expr* e);

[[noreturn]] void unsupported(const ast::Node* node, std::string construct);
// The runtime TypeObject of a builtin class (`rt::int_type`), or null
// (dynamic.cpp).
const char* builtin_class_type(std::string_view name);
// Whether `keyword` is a name the builtin's keyword binding
// (builtin_keywords.cpp) refuses, or names a parameter that one of the
// `positional` arguments fills (`pow(2, base=3)`); false for a builtin
// whose keywords it does not know.
bool builtin_refuses_keyword(std::string_view builtin, size_t positional, std::string_view keyword);
// A def or an async def (the same fields, in the same order: ast/nodes.def)
// seen as a FunctionDef, which is how the code generator reads both; null
// for anything else (coroutines.cpp).
const ast::FunctionDef* def_of(const ast::Node* node);
// Whether evaluating `node` may pause the generator or coroutine it is in (generators.cpp).
bool pauses(const ast::Node* node);

// A traceback position (rt::SourcePosition in the generated program); the
// compiler does not link the runtime, so it keeps its own copy of the fields.
struct Position {
  int32_t line, end_line, column, end_column, anchor_begin, anchor_end;
};

// A try with a finally, or an `except ... as name` handler, around the
// code being written (exceptions.cpp): break/continue/return go through it.
struct Cleanup {
  const ast::Node* node;
  int id;              // the finally's `whyN`/`finN`; -1 for a handler
  std::string unbind;  // a handler's: the statement deleting its name
  std::set<const ast::Stmt*> leaving;  // break/continue/try inside it but not inside a loop of it
  std::set<int> reasons;               // the jumps to the finally written so far
};

// Why a jump goes through a finally (`whyN`).
enum LeaveReason { kLeaveReturn = 1, kLeaveBreak = 2, kLeaveContinue = 3 };
// The statements of `body` a Cleanup's `leaving` holds.
void collect_leaving(const ast::Seq<ast::Stmt*>& body, std::set<const ast::Stmt*>& out);

// The function being written: its specialisation and the traceback
// positions its `pos_` local indexes.
struct FunctionState {
  types::SpecId spec = 0;
  const sema::Scope* scope = nullptr;  // where names are looked up now
  sema::ScopeId scope_id = 0;          // the function's own scope
  std::vector<Position> positions;
  // The variables (C++ names) bound on every path to the code being
  // written: reading one of them needs no check.
  std::set<std::string> bound;
  // A generator function or generator expression: a coroutine (generators.cpp).
  bool generator = false;
  // An async def's body, a generator of Values too (coroutines.cpp).
  bool async = false;
  types::TypeId yields = types::kBottom;  // the type of what it yields
  std::vector<Cleanup> cleanups{};        // innermost last
  int labels = 0;                         // try statements numbered so far
  // The str locals `x += ...` grows in place while `ox` holds x's object (str_appends.cpp).
  std::set<std::string> appended{};
};

struct DefiniteFieldFacts;  // definite_fields.cpp

// The int64_t clone of a pure self-recursive int function (int_speculation.cpp).
struct SpeculativeClone {
  std::string code;       // the template fK_name_i64<kCheckDepth>
  std::string unchecked;  // when the entry may run it without depth checks ("": never)
};

class Emitter {
 public:
  Emitter(const sema::Program& modules, const types::ProgramTypes& program) : modules_(modules), program_(program) {
    enter_module(sema::kMainModule);
  }

  std::string program();  // module.cpp
  sema::ModuleId module_id() const { return module_id_; }  // the module being written

 private:
  // Types (emitter.cpp).
  // A recursive tuple type is a Value holding a tuple (recursive_tuples.cpp).
  types::Kind kind_of(types::TypeId type) const {
    types::Kind k = program_.table.kind(type);
    return k == types::Kind::Recursive ? types::Kind::Dyn : k;
  }
  types::TypeId type_of(const ast::Expr* expression) const;
  // The C++ type of a value of `type`; unsupported at `where` otherwise.
  std::string cxx_type(types::TypeId type, const ast::Node* where) const;
  std::string quoted(std::string_view bytes) const;  // a C++ string literal
  // Whether cxx_type has a representation for `type`.
  bool representable(types::TypeId type) const;
  // `T name{...};` for a variable that has no value yet.
  std::string declaration(types::TypeId type, const std::string& name) const;

  // Names (emitter.cpp): the C++ lvalue a Python name reads or writes.
  std::string local_name(const sema::Symbol& symbol) const;
  const sema::Symbol& symbol(const ast::Name* name) const;
  bool is_builtin_ellipsis(const ast::Name* name) const;  // expressions.cpp
  std::string variable(const ast::Name* name);
  // Reading a name: checked (UnboundLocalError, NameError) unless bound on
  // every path here. Writing one: the store and its "bound" flag.
  // `escapes`: the value may be kept elsewhere (str_appends.cpp).
  std::string read(const ast::Name* name, bool escapes = true);
  std::string raise_unbound(const sema::Symbol& symbol) const;  // the statement raising what reading it unbound raises
  std::string store(const ast::Name* name, const std::string& value);
  types::TypeId variable_type(const ast::Name* name) const;
  // The same for a symbol (a def's name); `where` for error reports.
  std::string symbol_variable(const sema::Symbol& symbol, const ast::Node* where);
  std::string store_symbol(const sema::Symbol& symbol, const ast::Node* where, const std::string& value);
  types::TypeId symbol_type(const sema::Symbol& symbol, const ast::Node* where) const;
  // `s += t` in place (str_appends.cpp): the variables that take part, the
  // statement (nullopt: not one of them), a read that lets the value escape.
  void declare_str_appends(const ast::Seq<ast::Stmt*>& statements);
  std::optional<std::string> str_append(const ast::AugAssign* a, const ast::Name* target);
  std::optional<std::string> str_append(const ast::Assign* a, const ast::Name* target);  // s = s + t
  std::optional<std::string> str_append(const ast::Name* target, const ast::Expr* value);
  std::string escaping(const std::string& cxx, const std::string& value) const;

  // Expressions (expressions.cpp). Every emitted expression has the C++
  // type cxx_type(type_of(e)).
  std::string expression(const ast::Expr* e);
  std::string constant(const ast::Constant* c);
  // str constants (str_constants.cpp): a static rt::Str per distinct text;
  // their definitions, which go before any code that reads them.
  std::string str_constant(std::string_view text) const;
  std::string str_constant_definitions() const;
  // `({ T1 a = v1; ...; pos_ = position; result; })`: the operands in order,
  // then the traceback position (none for -1), then the result.
  std::string sequenced(int position, const std::vector<std::pair<std::string, std::string>>& operands,
                        const std::string& result) const;
  // `left symbol right`, evaluated left to right when that can matter.
  std::string operation(const std::string& left, const char* symbol, const std::string& right) const;
  std::string binary(const ast::BinOp* b);
  std::string binary_op(const ast::Node* where, ast::Operator op, types::TypeId left_type, std::string left,
                        types::TypeId right_type, std::string right, types::TypeId result);
  std::string unary(const ast::UnaryOp* u);
  std::string attribute(const ast::Attribute* a);  // sys.argv
  std::string subscript(const ast::Subscript* s);  // list[i]
  std::string tuple(const ast::Tuple* t);          // the boxed arguments of str % (...)
  std::string compare(const ast::Compare* c);
  std::string compare_op(const ast::Node* where, ast::CmpOperator op, types::TypeId left_type,
                         const std::string& left, types::TypeId right_type, const std::string& right);
  std::string bool_op(const ast::BoolOp* b);
  std::string pausing_bool_op(const ast::BoolOp* b, size_t count);  // the first `count` operands
  std::string named_expression(const ast::NamedExpr* n);  // (x := v), statements.cpp
  std::string if_expression(const ast::IfExp* e);
  std::string truth(const ast::Expr* e);  // a C++ bool: Python's truth value
  std::string truth_of(types::TypeId type, const std::string& value, const ast::Node* where);
  std::string convert(const std::string& value, types::TypeId from, types::TypeId to, const ast::Node* where);
  // A position for tracebacks: the index `pos_` holds while `e` runs.
  int position(const ast::Node* e, int anchor_begin = -1, int anchor_end = -1);
  // The position of a binary operation, with CPython's `~~^~~` anchors.
  int binary_position(const ast::Node* where);

  // Values (dynamic.cpp): None, unions and dyn are rt::Value, and every
  // operation with such an operand runs through runtime/dynamic*.h, which
  // raises CPython's errors; its result is unboxed to the expression's type.
  bool is_value(types::TypeId type) const;  // represented as rt::Value
  std::string box_value(const std::string& value, types::TypeId from);
  // Whether `e`, typed bottom (it always raises), is an operation on a
  // Value that the dynamic path writes (as an rt::Value that never exists).
  bool raises_dynamically(const ast::Expr* e) const;
  std::string unbox_value(const std::string& value, types::TypeId to, const ast::Node* where);
  // `None | C` as a nullable pointer (optional_instances.cpp): its C member
  // (C or C+), else bottom; conversions to and from it; its truth ("" for
  // other types).
  types::TypeId optional_instance(types::TypeId type) const;
  std::string convert_optional(const std::string& value, types::TypeId from, types::TypeId to, const ast::Node* where);
  std::string optional_truth(types::TypeId type, const std::string& value, const ast::Node* where);
  // Recursive tuple types as rt::HeapTuples (recursive_tuples.cpp): the
  // unfolded shape (a Tuple) of the type's recursive member, else bottom;
  // a tuple built as one; `a, b = u` reading its items ("" where neither applies).
  types::TypeId recursive_shape(types::TypeId type) const;
  std::string heap_tuple_items(types::TypeId shape, const ast::Node* where) const;
  std::string convert_to_recursive(const std::string& value, types::TypeId from, types::TypeId to, const ast::Node* where);
  std::string heap_tuple_display(const ast::Expr* e, types::TypeId type);
  std::string unpack_recursive(const std::string& u, types::TypeId type, std::span<ast::Expr* const> targets, int at);
  // Each returns "" when no operand is a Value (the typed paths' case).
  std::string dynamic_binary(const ast::Node* where, ast::Operator op, types::TypeId left_type, const std::string& left,
                             types::TypeId right_type, const std::string& right, types::TypeId result);
  std::string dynamic_unary(const ast::UnaryOp* u);
  std::string dynamic_compare(const ast::Node* where, ast::CmpOperator op, types::TypeId left_type,
                              const std::string& left, types::TypeId right_type, const std::string& right);
  std::string dynamic_subscript(const ast::Subscript* s);
  // `v[k] = x` and `del v[k]` on a Value; "" when the container is typed.
  std::string dynamic_store_subscript(const ast::Subscript* s, const std::string& value, types::TypeId value_type);
  std::string dynamic_delete_subscript(const ast::Subscript* s);
  std::string dynamic_attribute(const ast::Attribute* a);
  std::string dynamic_call(const ast::Call* c);
  // `c` looked up and called at run time: `receiver` (C++ of a Value) is the
  // object of the method `method`, or null when `c->func` is the callee; a Value.
  std::string generic_call(const ast::Call* c, const ast::Attribute* method, const std::string& receiver);
  // len/int/float/str/repr/bool/abs/hash/isinstance/hasattr/iter of a Value.
  std::string dynamic_builtin(const ast::Call* c, std::string_view name);
  // The members of a union other than None that have a representation of
  // their own, and the C++ test that a Value holds one ("" where unknown).
  std::vector<types::TypeId> typed_members(types::TypeId type) const;
  std::string holds(types::TypeId member, const std::string& value) const;
  // `emit()` written once per typed member of `subject`'s union, with
  // `subject` read as that member; a Value of no member runs `otherwise`
  // (which raises CPython's error). "" when `subject` is no such union or
  // no member's typed path exists. `attribute`: the one `emit()` reads of
  // `subject`, where a dyn's guessed members lacking it get no branch.
  std::string narrowed(const ast::Expr* subject, const ast::Node* where, types::TypeId result,
                       const std::function<std::string()>& emit,
                       const std::function<std::string(const std::string& value)>& otherwise,
                       std::string_view attribute = {});

  // Calls (calls.cpp).
  std::string call(const ast::Call* c);
  std::string print_call(const ast::Call* c);
  // str(), repr(), int(), float(), abs() and len() of one typed value.
  std::string conversion_call(const ast::Call* c, std::string_view name);

  // Strings (strings.cpp): f-strings, str methods, str.format, s[i], `in`.
  std::string joined_str(const ast::JoinedStr* j);
  std::string str_sum(const ast::BinOp* b);  // "" unless a + b + ... of strs
  std::string formatted_value(const ast::FormattedValue* f);
  // str(x) (repr(x) with use_repr) of a value of any type, as an rt::Str;
  // boxed: the rt::Value of a value of any type.
  std::string str_of(const std::string& value, types::TypeId type, const ast::Node* where, bool use_repr = false);
  std::string boxed(const std::string& value, types::TypeId type, const ast::Node* where);
  std::string str_method(const ast::Call* c, const ast::Attribute* method);
  std::string str_format_call(const ast::Call* c, std::vector<std::pair<std::string, std::string>> operands);
  std::string str_maketrans_call(const ast::Call* c, std::vector<std::pair<std::string, std::string>> self);
  std::string str_spread_method(const ast::Call* c);  // fmt.format(*a), str.maketrans(*a)
  std::string bytes_method(const ast::Call* c, const ast::Attribute* method);
  std::string bytes_builtin(const ast::Call* c, std::string_view name);
  std::string bytes_class_method(const ast::Call* c, const ast::Attribute* method);
  std::string builtin_class_method(const ast::Call* c, const ast::Attribute* method);  // float.fromhex, str.maketrans
  std::string object_method_call(const ast::Call* c, std::string_view name);  // object.__repr__(x), ...
  std::string syntax_warnings() const;  // what main writes to stderr first (syntax_warnings.cpp)
  std::string unordered_compare(const ast::Node* where, ast::CmpOperator op, types::TypeId left_type,
                                const std::string& left, types::TypeId right_type, const std::string& right);  // containers.cpp
  // bytearray.cpp
  std::string bytes_source(const ast::Node* where, types::TypeId type, const std::string& value);
  std::string bytearray_method(const ast::Call* c, const ast::Attribute* method);
  std::string store_bytearray_item(const ast::Subscript* s, const std::string& value, types::TypeId value_type);
  std::optional<std::string> bytearray_augmented(const ast::Node* where, ast::Operator op, const std::string& target,
                                                 types::TypeId value_type, const std::string& value);
  std::string str_subscript(const ast::Subscript* s);
  // These return "" when the operands are not theirs (str * int, `in` on strs,
  // ord/chr/format/ascii/str()).
  std::string str_operation(const ast::Node* where, ast::Operator op, types::TypeId left_type, const std::string& left,
                            types::TypeId right_type, const std::string& right);
  std::string str_compare(ast::CmpOperator op, types::TypeId left_type, const std::string& left,
                          types::TypeId right_type, const std::string& right);
  std::string str_builtin(const ast::Call* c, std::string_view name);
  // Calls of builtins with Python's argument binding: the argument bound to
  // each parameter (nullptr when absent), then `({ T ai = ...; pos_ = K;
  // body; })` with the arguments evaluated in source order into a<param>.
  struct Operand {
    std::string type, value;  // an empty type: nothing to evaluate
  };
  std::vector<const ast::Expr*> bind_arguments(const ast::Call* c, const std::vector<std::string_view>& params,
                                               size_t required, size_t positional_only = 0);
  std::string with_arguments(const ast::Call* c, const std::vector<const ast::Expr*>& bound,
                             std::vector<std::pair<std::string, std::string>> operands,
                             const std::function<Operand(size_t, const ast::Expr*)>& operand, int position,
                             const std::string& body);
  Operand typed_operand(const ast::Expr* e, types::TypeId to);
  Operand index_operand(const ast::Expr* e);  // int64_t with clamping, kNone for None
  Operand ssize_operand(const ast::Expr* e);  // int64_t, OverflowError beyond
  Operand str_tuple_operand(const ast::Expr* e);

  // Builtins on numbers (numbers.cpp): pow, round, divmod, hash, abs, min/max
  // of numbers, hex/oct/bin, int(x, base), float(), bool(), input();
  // "" when the call is not one of theirs.
  std::string number_builtin(const ast::Call* c, std::string_view name);
  std::string number_method(const ast::Call* c, const ast::Attribute* method);  // x.bit_length(), ...
  std::string builtin_dunder_method(const ast::Call* c);  // builtin_dunders.cpp: s.__len__(), a.__lt__(b), ...
  std::string number_attribute(const ast::Attribute* a);                        // x.real, ...
  std::string not_an_integer(const ast::Call* c);
  std::string int_from_bytes(const ast::Call* c);

  // complex (complex.cpp): operators with ints and floats, comparisons,
  // complex(), abs()/int()/float() of one, .real/.imag/.conjugate(); ""
  // when the operands are not theirs.
  std::string complex_binary(const ast::Node* where, ast::Operator op, types::TypeId left_type, const std::string& left,
                             types::TypeId right_type, const std::string& right, types::TypeId result);
  std::string complex_unary(const ast::UnaryOp* u);
  std::string complex_compare(const ast::Node* where, ast::CmpOperator op, types::TypeId left_type,
                              const std::string& left, types::TypeId right_type, const std::string& right);
  std::string complex_builtin(const ast::Call* c, std::string_view name);
  std::string complex_method(const ast::Call* c, const ast::Attribute* method);
  std::string complex_attribute(const ast::Attribute* a);

  // The program's modules (imports.cpp): one init function per module, its
  // globals (`gM_name`, the main module's `g_name`), import statements,
  // `m.x` reads and stores. The code written belongs to one module at a
  // time: enter_module switches the names, source and path it sees.
  void enter_module(sema::ModuleId module);
  bool is_module_body(types::SpecId spec) const { return spec < modules_.modules.size(); }
  std::string global_variable(sema::ModuleId module, std::string_view name) const;
  std::string module_object(sema::ModuleId module) const;  // the rt::ModuleObject's C++ name
  std::optional<sema::ModuleId> program_module(types::TypeId type) const;
  std::string module_declarations();  // before the functions: state, init, body declarations
  void module_definitions();          // after them: bodies, objects, inits
  // false: not an import of the program's modules
  bool program_import(const ast::Alias* alias, const ast::Stmt* s);
  bool program_import(const ast::ImportFrom* from);
  void bind_import(const ast::Alias* alias, std::string_view bound, const std::string& value, types::TypeId type);
  std::string import_chain(const sema::ImportPath& path, const ast::Node* where);
  // m.x; `evaluated`: the module expression's value already computed. "" when not a module of the program.
  std::string read_module_attribute(const ast::Attribute* a, const std::string& evaluated = "");
  std::string store_module_attribute(const ast::Attribute* target, const std::string& value, types::TypeId value_type,
                                     const std::string& evaluated = "");
  std::string module_attribute_raising(const ast::Attribute* a);  // m.missing as a statement
  std::string module_dunder(const ast::Name* name);
  // A global bound to something without a C++ value (a module or function
  // of the runtime): only its flag is set, for dir().
  void mark_bound(std::string_view name);
  // `name in globals()`: the only use of globals() so far (a dict whose
  // stores reach the module's variables is still to come); "" if not that.
  std::string globals_membership(const ast::Compare* c);
  std::string module_builtin(const ast::Call* c);  // dir(m), dir() of a module, getattr/hasattr(m, 'x'); "" if not one  // __name__, __file__ of the module; "" for other names

  // Native modules (modules.cpp): import statements of math, time, sys and
  // their functions and constants; "" when not theirs.
  void import_statement(const ast::Stmt* s);
  // Methods of strs, builtins of numbers and strings, the modules'
  // functions: the first stop of Emitter::call ("" when not theirs).
  std::string native_call(const ast::Call* c);
  std::string module_call(const ast::Call* c, std::string_view name);
  std::string module_attribute(const ast::Attribute* a);
  std::string module_constant(std::string_view module, std::string_view name);  // "" if unknown
  // sys.stdout and sys.stderr once the program assigns them (std_streams.cpp).
  bool std_stream_replaced(std::string_view name) const;
  std::string std_stream(std::string_view module, std::string_view name);  // "" if not one
  std::string store_std_stream(const ast::Attribute* target, const std::string& value, types::TypeId value_type);  // "" if not one
  std::string call_result(const ast::Call* c, const std::string& value, types::TypeId from);
  std::string rejected_argument(const ast::Call* c, const std::string& raise);
  Operand float_vector(const ast::Expr* e);

  // Statements (statements.cpp).
  void block(const ast::Seq<ast::Stmt*>& body);
  void statement(const ast::Stmt* s);
  // An expression statement (or `return e` in a function without result).
  void discard(const ast::Expr* e);
  void assign(const ast::Expr* target, const std::string& value, types::TypeId value_type);
  void for_range(const ast::For* f);
  std::string range_value(const ast::Expr* iter);  // an rt::Range for `range(...)`
  void line(const std::string& text);
  void line_directive(const ast::Node* node);

  // Functions (functions.cpp).
  std::string function_name(types::SpecId spec) const;
  std::string frame_name(types::SpecId spec) const;
  std::string return_type(types::SpecId spec) const;
  // The declaration gives a depth-passing function (depth_passing.cpp) its default depth;
  // `suffix` names a variant of the function (`_g`: int_speculation.cpp).
  std::string signature(types::SpecId spec, bool declaration = false, const std::string& suffix = "");
  bool passes_depth(types::SpecId spec) const;
  // Speculation on machine integers (int_speculation.cpp): the int64_t
  // clone of a pure self-recursive int function (null: none), and the entry
  // that tries it before the rt::Int body `fK_name_g`.
  const SpeculativeClone* int64_clone(types::SpecId spec) const;
  void speculative_entry(types::SpecId spec);
  void function(types::SpecId spec);
  void body(types::SpecId spec, const ast::Seq<ast::Stmt*>& statements, const std::string& name);
  void frame_info(types::SpecId spec, const std::string& name);
  // `static const rt::SourcePosition name[] = {...};` of the function being written.
  std::string positions_table(const std::string& name) const;

  // Closures (closures.cpp): cells in a per-call environment struct.
  struct Cell {
    std::string lvalue;  // `cells_->v_x`, `env_->up->v_x`
    types::TypeId type;
  };
  bool needs_env(const types::FunctionInfo& function) const;  // it reads free variables: takes `env_`
  std::string narrowed_read(const ast::Name* name);  // expressions.cpp: isinstance() narrowing
  // A class or module body's read that may fall back to the global or builtin, as `to` ("" for other reads: class_reads.cpp).
  std::string read_fallback(const ast::Name* name, types::TypeId to);
  bool dead(const ast::Node* region) const;          // statements.cpp: never runs here (types::Spec::dead)
  bool class_body_env(types::SpecId body) const;  // a class body in a function reading its cells: takes `env_`
  bool reads_outside(const sema::SymbolTable& symbols, const sema::Scope& root) const;
  bool has_env_struct(types::SpecId spec) const;
  std::string env_struct(types::SpecId spec) const;
  std::vector<const sema::Symbol*> cells_of(types::SpecId spec) const;
  std::string cell_member(const sema::Symbol& cell) const;
  std::string env_structs();
  void open_cells(types::SpecId spec);
  Cell find_cell(const sema::Symbol& symbol, const ast::Node* where) const;
  bool body_comprehension_cell(const sema::Symbol& symbol) const;  // a local of the class body
  // The `b` flag beside a variable or cell.
  static std::string flag(const std::string& lvalue);

  // Function values (function_values.cpp): a `def f` value is a pointer to
  // a generated struct deriving from rt::FunctionObject (runtime/function.h)
  // holding the closure environment and the default values.
  std::string function_struct(types::FunctionId function, types::SpecId env) const;
  std::string function_declarations();  // structs and signatures, before the functions
  void function_entries();              // the boxed entry points, after them
  types::FunctionId function_of(const ast::Node* node) const;
  types::SpecId dyn_spec_of(types::FunctionId function, types::SpecId env) const;
  std::string make_function(const ast::Node* node);  // the object a def or lambda makes
  void define_function(const ast::FunctionDef* def);
  // A call of a value of type `callee_type`; `callee` is its expression (a
  // direct call of a known function skips evaluating a name) or, with
  // callee null, `callee_code`. `leading` arguments come before the call's
  // own (a method's self, the function a decorator gets).
  struct Typed {
    std::string code;
    types::TypeId type;
  };
  Typed call_value(const ast::Node* where, types::TypeId callee_type, const ast::Expr* callee,
                   const std::string& callee_code, const CallArguments& arguments, const std::vector<Typed>& leading);
  std::string function_call(const ast::Call* c);
  // A call of function values (any callee with keywords or spreads that
  // is not a builtin or a method): function_call's.
  bool is_function_call(const ast::Call* c) const;
  bool spread_fits(types::SpecId spec, const CallArguments& arguments, size_t leading) const;
  // f.x and f.x = v on a `def f` value; "" for other receivers.
  std::string function_attribute(const ast::Attribute* a);
  std::string store_function_attribute(const ast::Attribute* target, const std::string& value,
                                       types::TypeId value_type);
  // The call of one function value whose arguments are evaluated into
  // `values` (`object`: the function object's C++ variable; empty for a
  // direct call that needs neither its environment nor its defaults).
  Typed invoke(const ast::Node* where, types::TypeId callee_type, const std::string& object,
               const CallArguments& arguments, const std::vector<Typed>& values, const std::vector<Typed>& leading);
  bool needs_object(types::TypeId callee_type, const CallArguments& arguments, const std::vector<Typed>& leading) const;
  // The call of a callable value held in `object` (a def, a union of them,
  // a builtin, else through its boxed entry) on evaluated arguments.
  Typed call_evaluated(const ast::Node* where, types::TypeId callee_type, const std::string& object,
                       const CallArguments& arguments, const std::vector<Typed>& values, const std::vector<Typed>& lead);
  // A call bound at run time (`binding`: the statements filling p_) that
  // runs the candidate whose parameter types the bound Values have
  // (spec_dispatch.cpp); value_fits: the C++ test that a Value has a type.
  Typed dispatch_specs(const ast::Node* where, const types::FunctionInfo& info, std::vector<types::SpecId> candidates,
                       const std::string& object, const std::string& binding);
  std::string value_fits(types::TypeId type, const std::string& v) const;
  std::string function_name_of(const types::FunctionInfo& function) const;  // __name__
  types::TypeId function_type(types::FunctionId function, types::SpecId env, const ast::Node* where) const;
  types::TypeId type_of_function_value(const ast::FunctionDef* def) const;
  types::SpecId closure_env() const;  // the env a function made here closes over
  std::string class_object_getattr(types::ClassId cls);  // dunders.cpp: C.name on a class Value
  std::string class_object_construct(types::ClassId cls);  // dunders.cpp: C(...) on a class Value
  // Bound methods (bound_methods.cpp): `p.norm` as a value is an
  // rt::MethodObject* (runtime/method.h); the analysis' type names its
  // function and receiver type, so a call runs the specialisation directly.
  // `self` is the receiver's C++ value of type `self_type`; `result` the
  // type the expression has.
  Typed method_value(types::TypeId function, const std::string& self, types::TypeId self_type,
                     const std::string& function_object, types::TypeId result, const ast::Node* where);
  Typed call_bound_method(const ast::Node* where, types::TypeId callee_type, const std::string& object,
                          const CallArguments& arguments, const std::vector<Typed>& values, const std::vector<Typed>& lead);
  // A class attribute of type `attribute` whose Value is `value`, read
  // through an instance: one of several plain defs (`@deco` returning one
  // of two wrappers) bound to it, a dyn one bound where it is a function
  // (a Value); "" for an attribute of another type.
  bool binds_at_run_time(types::TypeId attribute) const;
  std::string bound_class_attribute(types::TypeId attribute, const std::string& value, const std::string& self,
                                    types::TypeId self_type, const ast::Node* where);
  // setattr(obj, name, value); `raw`: object.__setattr__ (introspection.cpp).
  std::string setattr_call(const ast::Call* c, bool raw);
  // delattr(obj, name); `raw`: object.__delattr__, past the class's own.
  std::string delattr_call(const ast::Call* c, bool raw = false);
  // Namespaces as dicts (namespaces.cpp): vars(obj) of an instance, locals()
  // in a function; "" when the call is not one of these.
  std::string namespace_call(const ast::Call* c, std::string_view name);
  std::string instance_vars(const ast::Call* c);
  std::string value_vars(const ast::Call* c);
  // namespaces.cpp: vars(C) and C.__dict__ (`where`), C evaluated as `object`.
  std::string class_vars(const ast::Expr* where, const std::string& object, types::ClassId cls);
  // C's own names in the order its body bound them, then those stored later (C.x = ...).
  std::vector<std::string> namespace_order(types::ClassId cls) const;
  std::string namespace_entries(const ast::Node* where, types::ClassId cls, const std::string& run, bool qualname);
  std::optional<std::string_view> class_docstring(types::ClassId cls) const;
  std::string class_doc_value(types::ClassId cls) const;
  std::string class_module(types::ClassId cls) const;  // C.__module__
  // Instance dicts (instance_dicts.cpp): the attributes a class does not
  // declare, kept per instance where a run-time-named store may reach it.
  bool has_instance_dict(types::ClassId cls) const;
  bool declares_instance_dict(types::ClassId cls) const;  // its struct has the field (no primary base has it)
  static std::string instance_dict_field();               // the member's name
  std::string instance_namespace(types::ClassId cls, const std::string& self, const ast::Node* where);  // vars(obj)
  std::string class_dir_names(types::ClassId cls);        // a static array of its names and its bases'
  std::string dir_call(const ast::Call* c);               // dir(obj), dir(C); "" if not one of these
  std::string delattr_slot(types::ClassId cls);
  Typed instance_special_attribute(types::ClassId cls, const std::string& self, std::string_view name,
                                   const ast::Node* where);  // __dict__, __module__, __doc__; code "" if not one
  std::string delete_instance_attribute(const ast::Node* where, types::TypeId receiver, const std::string& object,
                                        std::string_view attr, bool raw = false);
  std::string locals_call(const ast::Call* c);
  std::string globals_call(const ast::Call* c);
  // A union of callables: the test that Value `value` holds member
  // `member` (a def, a bound method, an instance, a class, a builtin), and
  // the member's typed value; nullopt for other members.
  struct CallableMember {
    std::string test;
    Typed value;
  };
  std::optional<CallableMember> callable_member(const ast::Node* where, types::TypeId member,
                                               const std::string& value) const;
  // callable_unions.cpp: nullopt when the callee is no such union.
  std::optional<Typed> call_union(const ast::Node* where, types::TypeId callee_type, const std::string& object,
                                  const CallArguments& arguments, const std::vector<Typed>& values,
                                  const std::vector<Typed>& lead);
  // The call through the callee's boxed entry, arguments bound at run time.
  Typed boxed_call(const ast::Node* where, types::TypeId callee_type, const std::string& object,
                   const CallArguments& arguments, const std::vector<Typed>& values, const std::vector<Typed>& lead);
  // Arguments (arguments.cpp): the specialisation a statically bound call
  // runs, and the C++ arguments that bind it.
  types::SpecId select_spec(types::FunctionId function, types::SpecId env, const Binding& binding,
                            const CallArguments& arguments, const std::vector<Typed>& leading) const;
  types::TypeId param_type(types::SpecId spec, size_t index) const;
  types::TypeId default_type(const types::FunctionInfo& function, size_t index) const;
  std::string bound_arguments(types::SpecId spec, const Binding& binding, const CallArguments& arguments,
                              const std::vector<Typed>& values, const std::vector<Typed>& leading,
                              const std::string& function_object);
  // Run-time binding (f(*xs, **m), or a call Python rejects): `rt::CallArgs
  // args_` built from the evaluated values.
  std::string runtime_arguments(const ast::Node* where, const CallArguments& arguments,
                                const std::vector<Typed>& values, const std::vector<Typed>& leading,
                                const std::string& callee);
  const ast::Seq<ast::Stmt*>& lambda_body(const ast::Lambda* lambda);

  // Builtins as values (builtin_values.cpp): `len`, `math.sin` are static
  // rt::BuiltinFunction objects, `int`, `ValueError` the class objects of
  // their TypeObjects. A call of one whose identity the type says is
  // written as the call of the builtin itself on typed arguments; dynamic
  // code calls it through an entry written once per builtin on Values.
  bool is_builtin_value(types::TypeId type) const;  // a builtin function or class (not NotImplemented)
  // How many positional arguments builtin `id` takes (max ~0u: no bound),
  // and the statement raising CPython's TypeError for `given` of them.
  std::pair<uint32_t, uint32_t> builtin_arity(types::BuiltinId id) const;
  std::string builtin_arity_error(types::BuiltinId id, const std::string& given) const;
  // A builtin called with `*x` (spread_calls.cpp): the items gathered into
  // a list, then the call written for each count it may have; "" if not one.
  std::string spread_builtin_call(const ast::Call* c);
  std::string builtin_cxx_type(types::TypeId type, const ast::Node* where) const;
  std::string builtin_object(types::TypeId type, const ast::Node* where) const;
  std::string builtin_reference(const ast::Expr* e);  // `len`, `math.sin` read as a value; "" if not one
  // A call of a callee typed as a builtin (or a union with builtins) that
  // the builtin's own paths do not see: `f(2, 10)` with f = pow; "" if not one.
  std::string builtin_value_call(const ast::Call* c);
  std::string callable_call(const ast::Call* c);  // callable(x)
  std::string issubclass_call(const ast::Call* c);  // issubclass(a, b) of builtin classes and Values
  // introspection.cpp: type(x) of anything, getattr()/setattr()/hasattr()/
  // delattr() with names known at run time; "" if the call is none of those.
  std::string introspection_call(const ast::Call* c, std::string_view name);
  std::string dict_fromkeys(const ast::Call* c);
  // The builtin of type `callee` on evaluated arguments (`keywords`: one per
  // value, "" for a positional one); `result` the type the call has.
  Typed call_builtin(const ast::Node* where, types::TypeId callee, const std::string& object,
                     const std::vector<Typed>& values, const std::vector<std::string_view>& keywords,
                     types::TypeId result);
  // What the analysis found the builtin returns on these positional types.
  std::optional<types::TypeId> builtin_result(types::TypeId callee, const std::vector<Typed>& values) const;
  std::string builtin_declarations();  // the objects and their entries' declarations
  types::TypeId entry_result(types::BuiltinId id) const;
  void builtin_entries();              // the entries, after the functions
  // The part of a builtin's entry that takes keyword arguments
  // (builtin_keywords.cpp); false for a builtin whose keywords it does not know.
  bool builtin_keyword_entry(types::BuiltinId id, const ast::Node* where, const std::string& spelled);
  // Whether CPython refuses a call of builtin `id` by its shape alone
  // (`keywords`: one per argument, "" for a positional one): too few or too
  // many arguments, keywords it does not take (len(), abs(1, 2), int(x=1)).
  // `listed`: only where its arity is listed rather than assumed.
  bool builtin_refuses(types::BuiltinId id, const std::vector<std::string_view>& keywords, bool listed) const;

  // Generators (generators.cpp): bodies are C++20 coroutines returning
  // rt::Generator<T> (runtime/generator.h).
  // Declares the variable (of C++ type `type`) its value goes to.
  std::string hoisted_yield(const ast::Expr* y, const std::string& type = "rt::Value");
  std::string yield_expression(const ast::Yield* y);
  std::string yield_from(const ast::YieldFrom* y);
  std::string generator_expression(const ast::GeneratorExp* g);
  void generator_return(const ast::Return* r);
  bool loop_closes_generator(const ast::Expr* iter) const;
  std::string generator_call(const ast::Call* c);  // one of the two below, or ""
  std::string next_call(const ast::Call* c);  // next(g), next(g, default)
  std::string generator_method(const ast::Call* c, const ast::Attribute* method);  // g.send/close/throw

  // Coroutines and async generators (coroutines.cpp): generators of
  // Values underneath (runtime/coroutine.h).
  void coroutine_function(types::SpecId spec);
  std::string await_expression(const ast::Await* a);
  // Writes `await awaitable` (C++ code of a Value) into `result`.
  void await_into(const std::string& result, const std::string& awaitable, int at, const std::string& stopped = "");
  void async_for(const ast::AsyncFor* f);

  // Exceptions (exceptions.cpp): an exception value is rt::ExceptionObject*.
  void raise_statement(const ast::Raise* r);
  void assert_statement(const ast::Assert* a);
  template <class TryNode>  // ast::Try or ast::TryStar
  void try_statement(const TryNode* t);
  std::set<int> close_guarded_body(const std::string& exc, const std::string& id);  // exceptions.cpp
  void try_except(const ast::Try* t);
  void try_except(const ast::TryStar* t);  // except_star.cpp
  std::set<std::string> caught_body(const ast::Seq<ast::Stmt*>& body, const std::string& exc);
  void catch_recording(const std::string& take);
  void else_of_try(const ast::Seq<ast::Stmt*>& orelse, std::set<std::string> after_body);
  std::string bind_handler_name(const ast::ExceptHandler* h, const std::string& exc);
  // break, continue, return (with its C++ value) through the cleanups around it.
  void leave(const ast::Stmt* s, const std::string& value = "");
  void leave_from(const ast::Stmt* from, int reason, const std::string& value);
  bool return_slot(const std::string& id);
  bool is_exception_class(types::ClassId cls) const;
  std::string exception_call(const ast::Call* c);            // ValueError(...); "" if not one
  std::string exception_attribute(const ast::Attribute* a);  // e.args, type(e).__name__; "" if not one
  std::string to_exception(const std::string& value, types::TypeId from, const ast::Node* where);
  std::string from_exception(const std::string& value, types::TypeId to, const ast::Node* where);
  std::string raised_exception(const ast::Expr* e, bool cause);
  std::string handler_test(const ast::Expr* type, const std::string& exception);
  // The rt::TypeObject of an exception class (builtin or the program's); "" for another type.
  std::string exception_class(types::TypeId type) const;
  void delete_name(const ast::Name* name);  // `del x`
  // An operator or subscript the analysis found always raises ([][0],
  // 'a' + 1): run dynamically, it raises CPython's error; "" for others.
  std::string raising_operation(const ast::Expr* e);
  // An expression typed bottom because an operand never gives a value:
  // the operands up to that one, then SystemError; "" if not that (unreached.cpp).
  std::string unreached(const ast::Expr* e);
  std::string raising_builtin_call(const ast::Call* call);  // max([]): through the builtin's value
  std::string undefined_name(const ast::Name* name);  // NameError: a global nothing binds; else ""
  // Files (files.cpp): open(), file methods ("" when not one) and attributes.
  std::string open_call(const ast::Call* c);
  std::string file_method(const ast::Call* c, const ast::Attribute* method);
  std::string file_attribute(const ast::Attribute* a);
  bool is_open_call(const ast::Expr* e) const;
  // The os module (os_module.cpp): its functions and constants ("" when not one).
  std::string os_call(const ast::Call* c, std::string_view module, std::string_view name);
  std::string os_constant(std::string_view module, std::string_view name);
  // _ingot_re, the re module's engine (re_module.cpp): its calls ("" when not one).
  std::string re_call(const ast::Call* c, std::string_view name);
  // _ingot_hash and _ingot_zlib, the cores of hashlib and zlib (byte_cores.cpp).
  std::string byte_core_call(const ast::Call* c, std::string_view module, std::string_view name);
  // A call of warnings.warn: the note of its site that runs before it; ""
  // for other functions (warning_sites.cpp).
  std::string warning_site_note(const ast::Node* where, const types::FunctionInfo& info, const CallArguments& arguments);
  // _ingot_copy, the core of the copy module (copy_core.cpp).
  std::string copy_core_call(const ast::Call* c, std::string_view name);
  std::vector<types::ClassId> copied_classes(types::TypeId type) const;
  // with statements (with.cpp).
  void with_statement(const ast::Stmt* w);  // With or AsyncWith
  void with_items(const ast::Stmt* w, const ast::Seq<ast::WithItem*>& items, const ast::Seq<ast::Stmt*>& body,
                  size_t index);

  // Match statements (match.cpp).
  void match_statement(const ast::Match* m);
  const ast::Name* capture_name(const ast::MatchCase* c, std::string_view name);
  std::map<std::pair<const ast::Node*, std::string>, ast::Name> capture_names_;
  // The tests of one pattern against a boxed value: `break` where it fails.
  void pattern(const ast::Pattern* p, const std::string& value, int& temporaries);

  // Containers (containers.cpp): list, tuple, dict, set, range and
  // iterator values (rt::Iter<T>, runtime/iteration.h).
  bool is_container(types::TypeId type) const;  // list, dict, set, tuple, iterator
  std::string container_cxx_type(types::TypeId type, const ast::Node* where) const;
  bool container_representable(types::TypeId type) const;
  std::string element_cxx(types::TypeId element, const ast::Node* where) const;  // bottom: rt::Value
  std::string neutral(types::TypeId type) const;  // a placeholder value of a declared variable
  types::TypeId item_type(types::TypeId iterable, const ast::Node* where) const;  // what iterating gives
  std::string iteration(const std::string& iterable, types::TypeId type) const;  // rt::iterate(iterable), items as item_type says
  types::TypeId stored_item_type(types::TypeId iterable, const ast::Node* where) const;  // bottom as kDyn
  std::string convert_container(const std::string& value, types::TypeId from, types::TypeId to, const ast::Node* where);
  std::string convert_items(const std::string& value, types::TypeId type, types::TypeId element, const ast::Node* where);
  std::string expression_as(const ast::Expr* e, types::TypeId type);  // e converted to `type`
  std::string display(const ast::Expr* e);                             // [..], (..), {..}, {k: v}
  bool constant_display(std::span<ast::Expr* const> elements) const;
  std::string slice_bound(const ast::Expr* bound);
  std::vector<std::pair<std::string, std::string>> slice_operands(const ast::Slice* s);
  std::string slice_object(const ast::Slice* s);  // `a:b:c` as a value: obj[1:2], obj[1:2, 3] (dunders.cpp)
  std::optional<std::vector<std::pair<std::string, std::string>>> slice_of(const ast::Expr* index);
  // slice_copy.cpp: `a[i:j] = b[k:l]` without the middle list ("" when it does not apply).
  bool inert(const ast::Expr* e) const;
  std::string slice_copy(const ast::Expr* target, const ast::Expr* value);
  // scratch_lists.cpp: `v = src[a:b]` into the list a scratch variable v
  // already holds ("" when it does not apply).
  bool fresh_list(const ast::Expr* e) const;
  const std::set<std::string>& scratch_lists();  // of the function being written
  std::string scratch_slice(const ast::Expr* target, const ast::Expr* value);
  // bound_cells.cpp: whether a free variable of the function being written
  // is bound whenever the function can run (its reads need no check).
  bool bound_before_definition(const sema::Symbol& free);
  std::string index_value(const ast::Subscript* s);  // int64_t, IndexError beyond
  std::string store_subscript(const ast::Subscript* s, const std::string& value, types::TypeId value_type);
  void delete_statement(const ast::Delete* d);
  void aug_assign_subscript(const ast::AugAssign* a, const ast::Subscript* target);  // d[k] += v
  // One probe for `d[k] = d.get(k, c) OP x` and `d[k] OP= x` (dict_updates.cpp).
  bool scalar_kind(types::TypeId type) const;  // int, float, str or bool
  const types::Type* one_probe_dict(const ast::Subscript* s) const;
  std::optional<std::string> dict_update(const ast::Expr* target, const ast::Expr* value);
  bool dict_aug_update(const ast::AugAssign* a, const ast::Subscript* s);
  std::string membership(const ast::Node* where, const std::string& item, types::TypeId item_type_id,
                         const std::string& container, types::TypeId container_type);
  // These return nullopt when no operand is a container.
  std::optional<std::string> container_compare(const ast::Node* where, ast::CmpOperator op, types::TypeId left_type,
                                               const std::string& left, types::TypeId right_type,
                                               const std::string& right);
  std::optional<std::string> container_binary(const ast::Node* where, ast::Operator op, types::TypeId left_type,
                                              const std::string& left, types::TypeId right_type,
                                              const std::string& right, types::TypeId result);
  std::optional<std::string> container_augmented(const ast::Node* where, ast::Operator op, types::TypeId target_type,
                                                 const std::string& target, types::TypeId value_type,
                                                 const std::string& value);
  std::optional<std::string> container_truth(types::TypeId type, const std::string& value);
  std::optional<std::string> container_attribute(const ast::Attribute* a);  // r.start, s.step, ...
  // An expression statement the analysis saw always raise: `[].pop()`, `xs + 'a'`.
  std::optional<std::string> container_raising(const ast::Expr* e);
  // Iteration (iteration.cpp): statements binding a target (name, item,
  // tuple/list to unpack) to a value; for loops over any iterable.
  std::string bind(const ast::Expr* target, const std::string& value, types::TypeId type);
  void for_loop(const ast::For* f);
  void while_loop(const ast::While* w);
  void loop_else(const std::string& ended, const ast::Seq<ast::Stmt*>& orelse, const std::set<std::string>& before);
  void end_for(const std::string& ended, const ast::Seq<ast::Stmt*>& orelse, std::set<std::string> before);
  // Comprehensions (comprehensions.cpp).
  std::string comprehension(const ast::Expr* e);  // list, set and dict comprehensions
  std::string awaiting_comprehension(const ast::Expr* e);  // one that awaits, as statements
  std::string comprehension_loops(const ast::Expr* comprehension, const std::function<std::string()>& inner);
  std::string for_each_item(const ast::Expr* iterable, types::TypeId& item,
                            const std::function<std::string(const std::string&)>& inner);
  types::TypeId for_each_item_type(const ast::Expr* iterable) const;  // the `item` for_each_item sets
  // Container methods and builtins (container_methods.cpp); nullopt when not theirs.
  std::optional<std::string> container_method(const ast::Call* c);
  std::optional<std::string> container_builtin(const ast::Call* c, std::string_view name);
  std::string reverse_flag(const ast::Call* c);
  // `target.set(k, v)` for each item that dict(m), d.update(m) or {**m}
  // takes from an instance with keys() or a dyn (rt::mapping_items); "" for others.
  std::string mapping_update(const std::string& target, types::TypeId target_type, const ast::Expr* source,
                             const std::string& value);
  std::string key_sort(const ast::Call* c, std::vector<std::pair<std::string, std::string>>& operands);
  std::string key_function(const ast::Expr* key, types::TypeId item, types::TypeId& key_type,
                           std::vector<std::pair<std::string, std::string>>& operands);
  // A call of the function value `callable` (evaluated into `object`) on `values`.
  Typed call_callable(const ast::Expr* callable, const std::string& object, const std::vector<Typed>& values);
  types::TypeId tuple_var(types::TypeId element) const;
  types::TypeId list_of(types::TypeId element) const;

  // Classes (classes.cpp): structs, type objects, class bodies.
  std::string class_struct(types::ClassId cls) const;
  std::string class_attribute_variable(types::ClassId cls, std::string_view name) const;
  // The same read through `run`, the class object of cls or of a subclass
  // (a per-run class's attributes live in its run: run_classes.cpp).
  std::string class_attribute_variable(types::ClassId cls, std::string_view name, const std::string& run) const;
  // Classes made per run of their statement (run_classes.cpp).
  bool per_run(types::ClassId cls) const;
  std::string run_struct(types::ClassId cls) const;                 // `rcK_N`, its RunClass
  std::string class_object(types::ClassId cls, const std::string& run, const ast::Node* where) const;  // `&clsK` or the run
  std::string instance_run(types::ClassId cls, const std::string& self) const;  // self's class object, for a per-run cls
  std::string run_class_declarations(types::ClassId cls);
  void run_class_object(types::ClassId cls);
  std::string new_run(const ast::ClassDef* c, types::ClassId cls);  // the statement's class object, `crK_`
  void check_per_run(const ast::ClassDef* c, types::ClassId cls) const;
  types::ClassId class_of_scope(sema::ScopeId scope) const;
  types::ClassId primary_base(types::ClassId cls) const;
  std::vector<std::string> type_object_mro(types::ClassId cls) const;  // classes.cpp
  bool in_primary_chain(types::ClassId derived, types::ClassId base) const;
  std::vector<types::ClassId> subclasses(types::ClassId cls) const;  // itself included, and its live subclasses
  const types::Slot* instance_field(types::ClassId cls, std::string_view name) const;
  std::vector<std::pair<std::string, types::TypeId>> declared_fields(types::ClassId cls) const;
  // Fields every construction stores before anything can read them keep no
  // `bf_x` flag (definite_fields.cpp). `name` is a field of cls's struct.
  const DefiniteFieldFacts& definite_field_facts() const;
  bool field_has_flag(types::ClassId cls, std::string_view name) const;
  std::string field_is_set(const std::string& self, types::ClassId cls, std::string_view name) const;  // "true" without flag
  std::string mark_field_set(const std::string& self, types::ClassId cls, std::string_view name) const;  // "; self->bf_x = true" or ""
  std::string forget_field(const std::string& self, types::ClassId cls, std::string_view name) const;  // instance_dicts.cpp
  std::string instance_cxx_type(types::TypeId type, const ast::Node* where) const;
  std::string instance_upcast(const std::string& value, types::ClassId source, types::TypeId to) const;
  bool is_class_symbol(const sema::Symbol& symbol) const;  // a name bound in a class body
  types::TypeId class_attribute_type(types::ClassId cls, std::string_view name) const;
  std::string class_forwards() const;
  std::string class_declarations();
  void class_objects();
  std::string class_body_name(types::SpecId spec) const;
  std::string class_body_parameters(types::SpecId spec) const;  // `envE* env_` or none
  void class_body(types::SpecId spec);
  void class_definition(const ast::ClassDef* c);
  // Attributes (attributes.cpp); "" / false when the receiver is not an
  // instance or class of the program.
  struct ClassAttribute {
    types::ClassId owner;
    types::TypeId type;
    std::string object = {};  // the function object's variable; empty: the class attribute's
  };
  types::TypeId find_type(types::Kind kind, uint32_t a, uint32_t b = 0) const;  // kBottom if never made
  std::optional<ClassAttribute> find_class_attribute(types::ClassId cls, std::string_view name) const;
  // metaclasses.cpp: a class's attributes found on its metaclass.
  std::optional<ClassAttribute> metaclass_attribute(types::ClassId cls, std::string_view name) const;
  Typed metaclass_read(const ast::Node* where, types::ClassId cls, const std::string& object, std::string_view name,
                       types::TypeId result);
  std::string metaclass_method_call(const ast::Call* c, const ast::Attribute* method, types::ClassId cls);
  std::string metaclass_call(const ast::Call* c, types::ClassId cls, const std::string& class_value);
  std::optional<Typed> metaclass_invoke(const ast::Node* where, types::ClassId cls, const std::string& object,
                                        const CallArguments& arguments, const std::vector<Typed>& values,
                                        const std::vector<Typed>& lead);
  std::string metaclass_super_call(const ast::Call* c, const ast::Attribute* method, types::ClassId after, const std::string& self,
                                  types::ClassId cls, std::vector<std::pair<std::string, std::string>> operands);
  void run_metaclass(const ast::ClassDef* c, types::ClassId cls, const std::string& object);
  void check_metaclass_new(const ast::ClassDef* c, types::ClassId cls);
  Typed type_new(const ast::Call* c, const std::vector<Typed>& values);
  std::string metaclass_conflict(types::ClassId cls) const;
  std::string metaclass_slots(types::ClassId meta);
  // dunders.cpp: C(...) on the class object of an escaped class
  std::string escaped_class_construct(types::ClassId cls, const std::optional<ClassAttribute>& init);
  std::vector<types::ClassId> receiver_classes(types::TypeId type, bool* others) const;
  bool is_instance_receiver(types::TypeId type) const;
  // `op` once per class the receiver may have (on `self_`, that class's
  // struct), `fallback` for union members that are not instances.
  std::string dispatch(const ast::Node* where, types::TypeId receiver_type, const std::string& receiver,
                       types::TypeId result, const std::function<Typed(types::ClassId, const std::string&)>& op,
                       const std::function<Typed(const std::string&)>& fallback);
  // descriptors.cpp: user descriptors (__get__/__set__/__delete__/__set_name__).
  types::ClassId descriptor_class(types::TypeId type, std::string_view hook) const;
  bool is_data_descriptor(types::TypeId type) const;
  Typed descriptor_call(const ast::Node* where, const ClassAttribute& found, std::string_view name, std::string_view hook,
                        const std::vector<std::vector<Typed>>& choices, const std::string& run);
  std::optional<Typed> find_descriptor_call(const ast::Node* where, const ClassAttribute& found, std::string_view name,
                                            std::string_view hook, const std::vector<std::vector<Typed>>& choices,
                                            const std::string& run);
  std::string descriptor_getattr(types::ClassId cls, std::string_view name, const ClassAttribute& found);
  std::string descriptor_setattr(types::ClassId cls);
  std::vector<std::vector<Typed>> descriptor_objects(types::ClassId cls, const std::string& self,
                                                     const std::vector<Typed>& rest) const;
  Typed descriptor_get(const ast::Node* where, types::ClassId cls, const std::string& self, std::string_view name,
                       const ClassAttribute& found);
  Typed descriptor_set(const ast::Node* where, types::ClassId cls, const std::string& self, std::string_view name,
                       const ClassAttribute& found, const Typed& value);
  Typed descriptor_delete(const ast::Node* where, types::ClassId cls, const std::string& self, std::string_view name,
                          const ClassAttribute& found);
  Typed descriptor_class_get(const ast::Node* where, types::ClassId cls, std::string_view name, const ClassAttribute& found,
                             const std::string& run);
  void set_names(const ast::ClassDef* c, types::ClassId cls, const std::string& run);
  std::string class_getitem(const ast::Subscript* s);  // classes.cpp: C[x]
  void check_descriptors(const ast::ClassDef* c, types::ClassId cls);
  Typed read_instance_attribute(const ast::Node* where, types::ClassId cls, const std::string& self,
                                std::string_view name, types::TypeId result);
  // `evaluated`: the receiver's value already computed (x.a += 1).
  std::string class_attribute(const ast::Attribute* a, const std::string& evaluated = "");
  std::string store_attribute(const ast::Attribute* target, const std::string& value, types::TypeId value_type,
                              const std::string& evaluated = "");
  void aug_assign_attribute(const ast::AugAssign* a, const ast::Attribute* target);
  bool define_method(const ast::FunctionDef* def);  // a decorated def in a class body
  // A method of `cls` on `self`; `extra`: evaluated values bound after self.
  Typed call_method(const ast::Node* where, types::ClassId cls, const std::string& self, const ClassAttribute& method,
                    const CallArguments& arguments, const std::vector<Typed>& values, const std::vector<Typed>& extra = {});
  std::vector<Typed> evaluate_arguments(const CallArguments& arguments,
                                        std::vector<std::pair<std::string, std::string>>& operands);
  std::string construct(const ast::Call* c, types::ClassId cls, const std::string& class_value);
  // The statements making an instance of `cls` from evaluated arguments
  // (`lead`: values bound before them), ending in `self_`.
  // `run`: the class object (a per-run class's instance points to it).
  std::string construction(const ast::Node* where, types::ClassId cls, const CallArguments& arguments,
                           const std::vector<Typed>& values, const std::vector<Typed>& lead = {},
                           const std::string& run = "");
  std::string instance_from_new(const ast::Node* c, types::ClassId cls, const ClassAttribute& made, const CallArguments& arguments,
                                const std::vector<Typed>& values, const std::vector<Typed>& lead, const std::string& run,
                                types::TypeId* made_type);
  std::string class_call(const ast::Call* c);
  std::string class_union_call(const ast::Call* c);  // class_unions.cpp
  std::string holds_class(const std::string& value, types::ClassId k);
  std::vector<types::ClassId> union_classes(types::TypeId type, bool none_allowed);
  std::string instance_method_call(const ast::Call* c, const ast::Expr* object, std::string_view name);
  bool slots_allow(types::ClassId cls, std::string_view name) const;  // classes.cpp: __slots__
  std::string instance_store(const ast::Node* where, types::TypeId receiver, const std::string& object,
                             std::string_view attr, types::TypeId value_type, bool raw);
  std::string raw_setattr_call(const ast::Call* c);
  void init_subclass(const ast::ClassDef* c, types::ClassId cls);  // classes.cpp
  bool builtin_container_base(const ast::ClassDef* c, types::ClassId cls) const;
  // abstract_classes.cpp: abc.ABC subclasses with @abstractmethod methods left.
  std::vector<std::string> abstract_methods(types::ClassId cls) const;
  // Whether abc.ABC is among the class's bases: register() may give it
  // virtual subclasses, known at run time only.
  bool derives_abc(types::ClassId cls) const;
  std::string abstract_instantiation(types::ClassId cls) const;
  std::string class_builtin(const ast::Call* c, std::string_view name);
  // An expression that always raises AttributeError (obj.missing inside
  // it): what runs before, then the failing lookup; "" if not that.
  std::string attribute_raising(const ast::Expr* e);
  // x.name that the analysis typed dyn on a value of a builtin type (in a
  // specialisation where an isinstance() test rules it out): looked up at
  // run time, which raises CPython's AttributeError.
  std::string boxed_attribute(const ast::Attribute* a);
  std::string finish_call(const ast::Call* c, const std::string& code, types::TypeId type);
  std::string super_call(const ast::Call* c, const ast::Attribute* method);
  std::string object_init(const ast::Call* c, const CallArguments& arguments, const std::vector<Typed>& values);
  std::string explicit_exception_init(const ast::Call* c);  // exceptions.cpp: Exception.__init__(self, ...)
  std::string exception_init(const ast::Call* c, const std::string& self, const CallArguments& arguments,
                             const std::vector<Typed>& values);
  Typed object_new(const ast::Call* c, const CallArguments& arguments, const std::vector<Typed>& values);
  std::string builtin_super_method(const ast::Call* c, types::ClassId cls, const std::string& self, std::string_view name,
                                   const std::vector<Typed>& values);
  // Dunders (dunders.cpp): the type object slots; operators, truth, len,
  // str() on instances ("" when no operand is an instance).
  std::string type_slots(types::ClassId cls);
  std::string raw_setattr_body(types::ClassId cls);
  std::string raw_setattr_function(types::ClassId cls);
  std::string raw_setattr_definition(types::ClassId cls);
  std::string getattr_slot(types::ClassId cls);
  // `if (subject == name) { code }` per arm, as one switch (name_switch.cpp).
  std::string name_switch(const std::string& subject, const std::vector<std::pair<std::string, std::string>>& arms);
  std::string value_call(types::ClassId cls, std::string_view dunder, const std::vector<std::string>& args,
                         const std::function<std::string(const Typed&)>& on_result);
  std::optional<ClassAttribute> specialised_dunder(types::ClassId cls, std::string_view dunder) const;
  std::string value_test(const std::string& value, types::TypeId type) const;
  bool has_instances(types::TypeId type) const;
  std::string dunder_call(const ast::Node* where, types::TypeId receiver_type, const std::string& receiver,
                          std::string_view dunder, const std::vector<Typed>& arguments, types::TypeId result,
                          const std::function<Typed(const std::string&)>& missing);
  Typed call_method_values(const ast::Node* where, types::ClassId cls, const std::string& self,
                           const ClassAttribute& method, const std::vector<Typed>& values);
  std::string instance_binary(const ast::Node* where, ast::Operator op, types::TypeId left_type, const std::string& left,
                              types::TypeId right_type, const std::string& right, types::TypeId result);
  struct OperatorDunders {
    std::string forward, reflected, inplace, text;  // "__add__", "__radd__", "__iadd__" or "", "+="
  };
  std::string instance_operator(const ast::Node* where, const OperatorDunders& dunders, types::TypeId left_type,
                                const std::string& left, types::TypeId right_type, const std::string& right,
                                types::TypeId result, const std::string& dynamic);
  std::string instance_compare(const ast::Node* where, ast::CmpOperator op, types::TypeId left_type,
                               const std::string& left, types::TypeId right_type, const std::string& right);
  std::string subclass_first(const ast::Node* where, types::TypeId left_type, types::TypeId right_type,
                             std::string_view reflected, bool overridden, types::TypeId result, const std::string& code);
  std::string instance_truth(types::TypeId type, const std::string& value, const ast::Node* where);
  std::string instance_len(const ast::Call* c);
  // An instance where CPython wants an integer, through its __index__, as an
  // rt::Int (index_protocol.cpp); `dynamic(boxed)` is the run-time operation
  // raising the TypeError of a class without it. nullopt when `e` holds no
  // instance (or is a Value, which the run-time operations take as is).
  std::optional<std::string> instance_index(const ast::Expr* e, const std::function<std::string(const std::string&)>& dynamic);
  std::string instance_index(const ast::Node* where, types::TypeId type, const std::string& value,
                             const std::function<std::string(const std::string&)>& dynamic);
  std::optional<Typed> repetition(const ast::Node* where, types::TypeId left_type, const std::string& left,
                                  types::TypeId right_type, const std::string& right, types::TypeId result);
  std::string instance_unary(const ast::UnaryOp* u);
  bool is_not_implemented(types::TypeId type) const;  // the NotImplemented constant
  bool may_be_not_implemented(types::TypeId type) const;
  // obj[k], or obj[k] = *value (a statement) when value is set.
  std::string instance_subscript(const ast::Subscript* s, const std::string* value, types::TypeId value_type);
  // Iterating instances (class_iteration.cpp): an `iterate(cK_N*)`
  // overload per iterable class, beside the runtime's rt::iterate.
  enum class IterationKind { None, Next, Items, Boxed, Sequence };
  struct ClassIteration {
    IterationKind kind;
    types::TypeId iterator;  // what __iter__ returns
    types::TypeId item;
  };
  // self's types as the analysis specialises a method called on an instance
  // of exactly `cls`: the class itself, then each base along its MRO taken
  // with its subclasses (`B+`); the types the program never made are left out.
  std::vector<types::TypeId> self_types(types::ClassId cls) const;
  types::SpecId dunder_spec(types::ClassId cls, std::string_view dunder, size_t params,
                            types::TypeId first = types::kBottom) const;
  ClassIteration class_iteration(types::ClassId cls) const;
  std::optional<types::TypeId> instance_item_type(types::ClassId cls) const;
  std::string iterate_overload_signature(types::ClassId cls) const;
  std::string iterate_overload_declarations() const;
  std::string iterate_branch(types::ClassId cls, types::TypeId item);
  void iterate_overloads();
  std::string instance_iter(const ast::Call* c);  // iter(obj)
  std::string instance_next(const ast::Call* c);  // next(obj[, default]); "" when obj is no instance
  std::string instance_delete_item(const ast::Subscript* s);  // del obj[k] (dunders.cpp); "" when not an instance
  void instance_aug_assign_subscript(const ast::AugAssign* a, const ast::Subscript* s);  // obj[k] += v (dunders.cpp)
  // Properties (properties.cpp): setters, deleters, `del obj.x`.
  std::string accessor_variable(types::ClassId cls, std::string_view name, bool setter, const std::string& run) const;
  std::string accessor_declarations(types::ClassId cls) const;
  std::vector<std::pair<std::string, types::TypeId>> run_accessor_fields(types::ClassId cls) const;
  std::string property_object(types::ClassId owner, std::string_view name, const std::string& getter, types::TypeId type,
                              const std::string& run);
  void define_accessor(const ast::FunctionDef* def);
  std::optional<ClassAttribute> property_accessor(types::ClassId owner, std::string_view name, bool setter,
                                                  const std::string& run) const;
  std::string property_setattr(types::ClassId cls);
  Typed property_store(const ast::Node* where, types::ClassId cls, const std::string& self, const ClassAttribute& getter,
                       std::string_view name, const Typed& value);
  std::string delete_attribute(const ast::Attribute* a);
  // Class objects (class_introspection.cpp): C.__mro__, C.__bases__, C.__base__ ("" for others), C.mro().
  std::string class_introspection(const ast::Attribute* a, types::ClassId cls, const std::string& object);
  std::string class_mro_call(const ast::Call* c, types::ClassId cls, const std::string& object);
  std::string class_mro(types::ClassId cls, const std::string& object) const;
  std::string mro_conflict(types::ClassId cls) const;  // "" when the bases have a C3 order
  // Classes of imported modules nothing reaches are left out of the C++
  // (unreached_classes.cpp), and so is the body of each.
  bool class_left_out(types::ClassId cls) const;
  bool spec_left_out(types::SpecId spec) const;
  bool statement_left_out(const ast::Stmt* s) const;
  std::set<sema::ModuleId> modules_read_by_name() const;
  bool class_body_is_inert(const types::ClassInfo& cls) const;

  const sema::Program& modules_;
  const types::ProgramTypes& program_;
  // The module whose code is being written (enter_module).
  sema::ModuleId module_id_ = sema::kMainModule;
  const ast::Module* module_ = nullptr;
  const sema::SymbolTable* symbols_ = nullptr;
  const Source* source_ = nullptr;
  std::string path_;
  std::string out_;
  int indent_ = 0;
  mutable std::map<types::SpecId, std::optional<SpeculativeClone>> int64_clones_;  // int_speculation.cpp
  mutable std::shared_ptr<DefiniteFieldFacts> definite_fields_;  // definite_fields.cpp
  std::string class_receiver_;  // the class object of a call through a class receiver (`cv_`: run_classes.cpp)
  std::set<types::ClassId> raw_setattrs_;  // the classes whose raw_setattrK a call names (dunders.cpp)
  mutable std::optional<std::vector<bool>> unreached_classes_;  // unreached_classes.cpp
  std::map<types::SpecId, std::set<std::string>> scratch_lists_;  // scratch_lists.cpp
  std::map<std::pair<sema::ScopeId, std::string>, bool> bound_cells_;  // bound_cells.cpp
  FunctionState* current_ = nullptr;
  // Expressions read as one member of their union while the typed path for
  // that member is written (dynamic.cpp): their C++ value and type.
  struct Narrowed {
    std::string value;
    types::TypeId type;
  };
  std::map<const ast::Expr*, Narrowed> narrowed_;
  int narrowed_count_ = 0;
  int temporaries_ = 0;  // numbers C++ temporaries that nest (iteration.cpp)
  // The function structs cxx_type named so far (function_values.cpp).
  mutable std::set<std::pair<types::FunctionId, types::SpecId>> function_structs_;
  std::deque<ast::Return> lambda_returns_;  // the `return body` of each lambda
  std::deque<ast::Stmt*> lambda_statements_;
  std::deque<ast::Seq<ast::Stmt*>> lambda_seqs_;
  // Builtins as values (builtin_values.cpp): those the program named as
  // values, and the AST of the calls written for them.
  mutable std::set<types::BuiltinId> builtin_values_;
  mutable std::map<std::string, size_t> str_constants_;  // text -> id (str_constants.cpp)
  std::deque<ast::Name> synthetic_names_;
  std::deque<ast::Call> synthetic_calls_;
  std::deque<ast::Attribute> synthetic_attributes_;
  std::deque<ast::Keyword> synthetic_keywords_;
  std::deque<std::vector<ast::Expr*>> synthetic_args_;
  std::deque<std::vector<ast::Keyword*>> synthetic_keyword_lists_;
  std::map<const ast::Expr*, types::TypeId> synthetic_types_;
};

}  // namespace ingot::codegen
