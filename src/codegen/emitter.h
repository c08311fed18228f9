// The code generator's state while it writes one program, shared by the
// files that each emit one family of constructs (expressions.cpp,
// calls.cpp, statements.cpp, functions.cpp, module.cpp).
//
// Values have one C++ representation per type: bool, rt::Int, double,
// rt::Str. A construct or type outside this slice throws UnsupportedError,
// which generate_program turns into an Unsupported report: the generator
// never writes C++ it is not sure compiles.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "codegen/codegen.h"

namespace ingot::codegen {

struct UnsupportedError {
  Unsupported detail;
};
// A Python identifier as a C++ one (ASCII letters and digits kept, every
// other byte as _xx).
std::string mangle(std::string_view name);

[[noreturn]] void unsupported(const ast::Node* node, std::string construct);

// A traceback position (rt::SourcePosition in the generated program); the
// compiler does not link the runtime, so it keeps its own copy of the fields.
struct Position {
  int32_t line, end_line, column, end_column, anchor_begin, anchor_end;
};

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
};

class Emitter {
 public:
  Emitter(const ast::Module& module, const sema::SymbolTable& symbols, const types::ProgramTypes& program,
          const Source& source)
      : module_(module), symbols_(symbols), program_(program), source_(source), path_(source.filename()) {}

  std::string program();  // module.cpp

 private:
  // Types (emitter.cpp).
  types::Kind kind_of(types::TypeId type) const { return program_.table.kind(type); }
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
  std::string variable(const ast::Name* name);
  // Reading a name: checked (UnboundLocalError, NameError) unless bound on
  // every path here. Writing one: the store and its "bound" flag.
  std::string read(const ast::Name* name);
  std::string store(const ast::Name* name, const std::string& value);
  types::TypeId variable_type(const ast::Name* name) const;

  // Expressions (expressions.cpp). Every emitted expression has the C++
  // type cxx_type(type_of(e)).
  std::string expression(const ast::Expr* e);
  std::string constant(const ast::Constant* c);
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
  std::string if_expression(const ast::IfExp* e);
  std::string truth(const ast::Expr* e);  // a C++ bool: Python's truth value
  std::string truth_of(types::TypeId type, const std::string& value, const ast::Node* where);
  std::string convert(const std::string& value, types::TypeId from, types::TypeId to, const ast::Node* where);
  // A position for tracebacks: the index `pos_` holds while `e` runs.
  int position(const ast::Node* e, int anchor_begin = -1, int anchor_end = -1);

  // Calls (calls.cpp).
  std::string call(const ast::Call* c);
  std::string print_call(const ast::Call* c);
  std::string sum_call(const ast::Call* c);  // sum(E for x in range(...) if C)
  // str(), repr(), int(), float(), abs() and len() of one typed value.
  std::string conversion_call(const ast::Call* c, std::string_view name);
  std::string user_call(const ast::Call* c, types::FunctionId function);
  types::SpecId callee_spec(const ast::Call* c, types::FunctionId function) const;

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
  std::string signature(types::SpecId spec);
  void check_function(const types::FunctionInfo& function) const;
  void function(types::SpecId spec);
  void body(types::SpecId spec, const ast::Seq<ast::Stmt*>& statements, const std::string& name);
  void frame_info(types::SpecId spec, const std::string& name);

  const ast::Module& module_;
  const sema::SymbolTable& symbols_;
  const types::ProgramTypes& program_;
  const Source& source_;
  std::string path_;
  std::string out_;
  int indent_ = 0;
  FunctionState* current_ = nullptr;
};

}  // namespace ingot::codegen
