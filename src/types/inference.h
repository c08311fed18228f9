// The whole-program type inference engine (docs/types.md, "Algorithm"):
// an abstract interpretation of every specialisation's body over the type
// lattice, flow-insensitive per variable, driven by a worklist until no
// type grows.
//
//   inference.cpp     the worklist, specialisations, variables and slots
//   statements.cpp    what each statement does to variables
//   expressions.cpp   the type of each expression
//   calls.cpp         binding arguments, choosing a specialisation, classes and dunders
//   attributes.cpp    instance / class attributes, MRO, super()
//   operators.cpp     binary, unary and comparison operators, iteration, subscripts
//   builtins.cpp, builtin_methods.cpp   the tables of builtins
//   control_flow.cpp  whether a body can end without `return`
//   live_classes.cpp  which classes can have instances: what a dyn value may be
//   properties.cpp    property getters and setters, also through a dyn
#pragma once

#include <deque>
#include <initializer_list>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "ast/ast.h"
#include "sema/symbol_table.h"
#include "types/builtins.h"
#include "types/program_types.h"

namespace ingot::types {

class Inference {
 public:
  explicit Inference(const sema::Program& program);
  ProgramTypes run();

  // What the builtin rules use.
  TypeTable& table() { return out_.table; }
  // The type of the values a for loop over `iterable` binds.
  TypeId iterate(TypeId iterable);
  // `site`: the call expression whose value this is, where there is one.
  TypeId call(TypeId callee, std::span<const Argument> args, const ast::Expr* site = nullptr);
  // The result of instance.name(args) when the instance's class defines
  // `name` (a dunder the builtin would call); nullopt when it does not.
  std::optional<TypeId> call_dunder(TypeId instance, std::string_view name, std::span<const Argument> args,
                                    const ast::Expr* site = nullptr);
  // Testing a value for truth: runs __bool__, else __len__, of instances.
  void test_truth(TypeId value);
  // A value where CPython wants an integer (an index, a slice bound, range()'s
  // bounds, hex()): runs __index__ of instances.
  void use_as_index(TypeId value);
  // str(value), print(value), f"{value}": runs __str__/__repr__ of instances.
  void stringify(TypeId value, bool repr = false);
  // A copy of the members of a union (or {t}): safe to hold while types are interned.
  // What `a, b = v` unpacks: v's one member besides None (unpacking None
  // raises), else v (a linked list's `value, node = node`).
  TypeId unpacked(TypeId t) {
    std::span<const TypeId> m = table().members(t);
    if (m.size() == 2 && m[1] == kNone) return m[0];
    return t;
  }
  // A recursive tuple type is seen as its unfolding (recursive.cpp).
  std::vector<TypeId> members_of(TypeId t) {
    std::vector<TypeId> out;
    for (TypeId m : table().members(t)) out.push_back(table().unfold(m));
    return out;
  }
  // The value of `target` (a name, attribute or subscript) may now also be
  // `type`: how a container grows when mutated in place.
  void refine(const ast::Expr* target, TypeId type);
  // The value of `source` (of type `value`) now also lives where values of
  // type `place` live: the containers in it take the place's types
  // (aliasing.cpp, docs/types.md "Aliasing").
  void share(const ast::Expr* source, TypeId value, TypeId place);
  // super() in the method running now: super(its class, self); dyn outside methods.
  TypeId super_object();
  ClassId metaclass_of(ClassId cls) const { return out_.classes[cls].metaclass; }  // metaclasses.cpp
  // `left_expr`, `right_expr`: the operands' source where there is one (the
  // literal exponent of int ** int, the sign of a float power's base).
  TypeId binary(ast::Operator op, TypeId left, TypeId right, const ast::Expr* right_expr, bool in_place = false,
                const ast::Expr* left_expr = nullptr);
  // An operator with an instance operand through its dunder pair
  // (`forward`, then the right operand's `reflected`); nullopt where
  // the builtin rules apply.
  std::optional<TypeId> instance_operator(TypeId left, TypeId right, std::string_view forward, std::string_view reflected);
  // `value` flows where the analysis cannot follow it (docs/types.md, "Escape").
  // A `lasting` escape keeps the dyn specialisations it asks for live.
  void escape(TypeId value, bool lasting = false);
  TypeId iterating(TypeId iterable, TypeId item);  // aliasing.cpp
  // getattr(object, name) with a name known at run time: any method of the
  // object's classes may be bound and called through a Value.
  void dynamic_attribute_read(TypeId object);
  void escape_classes_of(TypeId instance);  // live_classes.cpp: type(x) of a C+
  // getattr(object, 'name', default): what the name reads on the object's
  // instances leaves as a Value (a bound method called through it).
  void constant_getattr(TypeId object, const std::string& name);
  // obj.name(...) where the runtime binds `name` on the boxed `receiver`:
  // the method of that name on dyn arguments of each class the receiver
  // may be an instance of; a dyn one may be any boxed class's (live_classes.cpp).
  void dynamic_method_call(const std::string& name, TypeId receiver = kDyn);
  // receiver.name(args) on a builtin value (expressions.cpp): its method
  // table's rule, else the dunder's operation, else dyn; `receiver_expr`
  // (may be null) grows as the method grows the receiver.
  TypeId builtin_method_call(TypeId receiver, std::string_view name, std::span<const Argument> args,
                             const ast::Expr* receiver_expr, const ast::Node* site);
  // An operation on `value` that runs `dunders` of an instance: those of
  // every live class when the value is dyn.
  void dynamic_protocol(TypeId value, std::initializer_list<std::string_view> dunders);
  void boxed_instance_protocol(TypeId value, std::string_view dunder);  // live_classes.cpp
  // Instances of `cls` (and so of its bases) may exist: its methods may run through dyn values.
  void mark_class_live(ClassId cls);
  // Instances of `cls` (of its subclasses too for `subclasses`: a C+) may be held as dyn values.
  void mark_class_boxed(ClassId cls, bool subclasses);
  // dyn.name where a class has a property `name`: its getter may run on any of them (properties.cpp).
  void dynamic_property_read(const std::string& name);
  // dyn.name (every name for null): a container in a field of that name
  // may change where the analysis cannot see (live_classes.cpp).
  void dynamic_field_read(const std::string* name);
  // Whether the program assigns sys.<name> (stdout, stderr) anywhere reached (modules.cpp).
  bool std_stream_replaced(const std::string& name);
  void dynamic_property_store(const std::string& name);
  // An operation the runtime runs on `value` boxed (a dyn, or a union holding
  // an instance): an instance's `dunder`, bound through its class's getattr
  // slot, runs on its boxed entry (runtime/instance_dunders.h).
  void boxed_dunder(TypeId value, const std::string& dunder);
  // setattr(object, name, value): `object.name = value` for a constant
  // name (`name_expr` the argument's source). A name known only at run time
  // may pick any instance attribute of the object's classes, or their
  // __setattr__; `raw` (object.__setattr__) stores past that.
  void setattr_call(TypeId object, const ast::Expr* name_expr, TypeId value, bool raw = false);
  // copy.py's native core (copies.cpp): _ingot_copy.blank(x), an instance
  // of x's class made without __init__, and _ingot_copy.fill(y, x, copier,
  // arg), each attribute of x set on y as copier(value, arg).
  TypeId blank_instance(TypeId object);
  void copy_fields(TypeId object, TypeId copier, TypeId arg);
  // The keys and values that dict(m), d.update(m) and {**m} take from one
  // member of m's type: a dict's, or an instance's with keys() (mappings.cpp);
  // nullopt for anything else.
  std::optional<std::pair<TypeId, TypeId>> mapping_items(TypeId member);
  // d[key], key in d, d.get(key) on a dict or set (`container`, read from
  // `container_expr`) whose keys and `key` differ where one of the two is
  // an instance of a builtin's subclass: CPython finds a key equal to the
  // builtin's, so the container's keys widen to both (mappings.cpp).
  void probe_key(const ast::Expr* container_expr, TypeId container, TypeId key);

 private:
  // inference.cpp
  SpecId new_spec(const sema::Scope* scope, FunctionId function, ClassId class_body, SpecId env,
                  std::vector<TypeId> args);
  // The specialisation for these argument types (kNoSpec while new ones
  // are deferred); on_dyn asks for the dyn one.
  SpecId specialise(FunctionId function, SpecId env, std::vector<TypeId> args, bool on_dyn = false);
  std::vector<TypeId> dyn_arguments(const FunctionInfo& function, size_t count);
  void note_callee(SpecId callee);
  void enqueue(SpecId spec);
  void evaluate(SpecId spec);
  void exec_function_body(std::span<ast::Stmt* const> body);
  TypeId read(Slot& slot);
  void write(Slot& slot, TypeId type);
  void notify_readers(Slot& slot);  // what the slot's readers saw changed
  Slot* variable(std::string_view name);  // as written there; null: a builtin or unknown name
  Slot* global(const std::string& name);
  Slot* free_variable(const sema::Scope& scope, const std::string& name);
  const sema::Scope& owner_scope(const sema::Scope& scope) const;
  void record(const ast::Node* expr, TypeId type);
  void collect_definitions();
  static MethodKind method_kind(const ast::Node* def, bool method);
  static std::string display_name(const sema::Scope& scope);
  void mark_live();
  Spec& current() { return *out_.specs[current_]; }
  // Names are looked up in the module whose code runs now.
  void enter_module(sema::ModuleId module);

  // modules.cpp: import statements and the attributes of the program's modules.
  void collect_module_names();
  void exec_import(const ast::Import* import);
  void exec_import_from(const ast::ImportFrom* from);
  std::optional<sema::ModuleId> program_module(TypeId module) const;  // a Module type of the program's
  TypeId module_type(sema::ModuleId module);
  TypeId load_module_attribute(sema::ModuleId module, const std::string& name);
  // A runtime module's attribute (builtins.cpp's table), but sys.stdout and
  // sys.stderr, which are dyn once the program assigns them.
  TypeId native_module_attribute(std::string_view module, const std::string& name);
  // `sys.stdout = v`, `sys.stderr = v`: false for any other native attribute.
  bool store_std_stream(std::string_view module, const std::string& name, TypeId value);
  void run_module(sema::ModuleId module);  // an import statement runs its body

  // narrowing.cpp: tests narrow a local's reads (isinstance(), `is None`,
  // truth); flow.cpp carries what they established along the statements.
 public:
  struct Narrowing {
    const sema::Symbol* symbol;  // the tested local
    std::string_view name;       // as written
    TypeId classinfo;            // the type of isinstance's second argument; kNone: the test `x is None`
    bool positive;               // the reads see an instance (false: no instance)
    bool operator==(const Narrowing& o) const {
      return symbol == o.symbol && classinfo == o.classinfo && positive == o.positive;
    }
  };
  using Facts = std::vector<Narrowing>;
  struct Tested {
    Facts when_true, when_false;
  };

 private:
  TypeId narrow(TypeId type, TypeId classinfo, bool positive);  // kBottom: no member passes
  std::optional<Narrowing> tested_local(const ast::Expr* subject, TypeId classinfo, bool positive);
  std::optional<Narrowing> isinstance_test(const ast::Expr* test);
  Tested tested(const ast::Expr* test);
  TypeId narrowed_read(const ast::Name* name, TypeId type);
  bool possible(const Facts& added);
  bool reach(const ast::Node* region, const Facts& added);
  void forget(const sema::Symbol* symbol);
  void forget_bound(const ast::Node* node);
  static Facts common(const Facts& a, const Facts& b);  // flow.cpp: what both say
  void assume(const Facts& facts) { narrowings_.insert(narrowings_.end(), facts.begin(), facts.end()); }
  TypeId eval_bool_op(const ast::BoolOp* op);
  TypeId eval_if_expression(const ast::IfExp* n);
  Facts narrowings_;       // what holds of the locals here
  bool reachable_ = true;  // whether control reaches here (false after return, raise, ...)

  // flow.cpp: statements that branch, loop or leave.
  void exec_if(const ast::If* n);
  void exec_while(const ast::While* n);
  void exec_match(const ast::Match* n);
  void after_assignment(const ast::Expr* target, TypeId value);

  // statements.cpp
  void exec_body(std::span<ast::Stmt* const> body);  // flow.cpp
  void exec(const ast::Stmt* stmt);
  template <class Loop>
  void exec_for(const Loop* loop, bool async);
  template <class Try>
  void exec_try(const Try* n);
  template <class With>
  void exec_with(const With* n, bool async);
  Slot* variable_or_unknown(std::string_view name);
  SpecId closure_env();
  void evaluate_defaults(FunctionInfo& function, const ast::Arguments* args);
  // `source`: the expression whose value is assigned, where there is one.
  void assign(const ast::Expr* target, TypeId value, const ast::Expr* source = nullptr);
  // What a store into `target` holds now (bottom where the analysis does not say).
  TypeId place_of(const ast::Expr* target);
  void assign_target(const ast::Expr* target, TypeId value, const ast::Expr* source);
  void assign_iteration(const ast::Expr* target, const ast::Expr* iter, TypeId iterable, bool async);
  void define_function(const ast::Node* node);
  void define_class(const ast::ClassDef* node);
  void bind_parameters(const FunctionInfo& function, const Spec& spec);
  void add_return(TypeId value, const ast::Expr* source = nullptr);
  void add_yield(TypeId value);
  void exec_handler(const ast::ExceptHandler* handler, bool star);
  void exec_pattern(const ast::Pattern* pattern, TypeId subject);

  // expressions.cpp
  TypeId eval(const ast::Expr* expr);
  TypeId eval_uncached(const ast::Expr* expr);
  TypeId eval_name(const ast::Name* name);
  TypeId read_fallback(const ast::Name* name);
  TypeId eval_display(const ast::Expr* expr);
  TypeId eval_comprehension(const ast::Expr* expr);
  TypeId eval_call(const ast::Call* call);
  std::vector<Argument> eval_arguments(const ast::Call* call);
  // x.__len__() and the other dunders of builtin values (builtin_dunders.cpp).
  std::optional<TypeId> builtin_dunder_call(TypeId receiver, std::string_view name, std::span<const Argument> args);
  std::optional<TypeId> object_new(TypeId receiver, std::string_view name, std::span<const Argument> args);
  std::optional<TypeId> object_method(TypeId receiver, std::string_view name, std::span<const Argument> args);
  TypeId call_method(TypeId receiver, const ast::Attribute* attribute, std::span<const Argument> args,
                     const ast::Call* site = nullptr);
  bool is_builtin_value(TypeId t) const;

  // calls.cpp
  TypeId call_function(FunctionId function, SpecId env, std::span<const Argument> args, const ast::Expr* site = nullptr);
  bool bind_arguments(const FunctionInfo& function, std::span<const Argument> args, std::vector<TypeId>& out);
  TypeId instantiate(ClassId cls, std::span<const Argument> args);
  bool class_complete(ClassId cls) const;  // every class of its MRO has run its body
  TypeId call_member(TypeId callee, std::span<const Argument> args, const ast::Expr* site = nullptr);
  void escape_arguments(std::span<const Argument> args);
  void request_dyn_spec(FunctionId function, SpecId env);
  void escape_class(ClassId cls);
  void dynamic_class_call();
  void dyn_construct(ClassId cls);
  // live_classes.cpp
  void dyn_method_of(ClassId cls, const std::string& name);
  std::vector<bool> receivable_classes(const std::vector<TypeId>& members);
  void box_held_instances();
  void box_instances(TypeId value);
  void refine_arguments(const FunctionInfo& function, const Spec& spec, std::span<const Argument> args);

  // attributes.cpp
  TypeId load_attribute(TypeId object, const std::string& name);
  TypeId load_member(TypeId object, const std::string& name);
  bool number_lacks(TypeId object, TypeId member, const std::string& name);
  void store_attribute(TypeId object, const std::string& name, TypeId value);
  void raw_store_attribute(TypeId object, const std::string& name, TypeId value);
  void init_subclass(const ClassInfo& cls, const ast::ClassDef* node);
  // metaclasses.cpp
  bool is_metaclass(ClassId cls) const;
  void resolve_metaclass(ClassInfo& cls, const ast::ClassDef* node);
  std::optional<TypeId> metaclass_attribute(TypeId object, ClassId cls, const std::string& name);
  void run_metaclass(const ClassInfo& cls, const ast::ClassDef* node);
  std::optional<TypeId> metaclass_super(ClassId after, TypeId self, const std::string& name);
  std::optional<TypeId> metaclass_call(ClassId cls, std::span<const Argument> args);
  std::optional<TypeId> type_call(TypeId receiver, std::string_view name, std::span<const Argument> args);
  std::optional<TypeId> type_new(TypeId receiver, std::string_view name, std::span<const Argument> args);
  std::optional<TypeId> metaclass_dunder(TypeId object, std::string_view name, std::span<const Argument> args);
  bool user_setattr(ClassId cls);
  Slot* find_instance_attribute(ClassId cls, const std::string& name);
  Slot& hoist(ClassId cls, const std::string& name);
  void overrides(ClassId cls, const std::string& name, std::vector<TypeId>& out);
  std::vector<TypeId> instance_member(TypeId instance, const std::string& name);
  TypeId instance_dict_read(ClassId cls);
  Slot* find_class_attribute(ClassId cls, const std::string& name, ClassId* owner = nullptr);
  TypeId eval_base(const ast::Expr* base);  // statements.cpp
  TypeId bind(TypeId value, TypeId self, ClassId owner);
  void compute_mro(ClassInfo& cls);
  // properties.cpp: property setters and deleters, `del` of attributes and items.
  void define_accessor(const FunctionInfo& function, std::span<ast::Expr* const> decorators, TypeId value);
  bool store_property(TypeId instance, const std::string& name, TypeId value);
  // self.items.append(x) where items is a class attribute: the class's list grows.
  bool refine_class_attribute(TypeId instance, const std::string& name, TypeId value);
  void delete_target(const ast::Expr* target);
  // descriptors.cpp: user descriptors (__get__/__set__/__delete__/__set_name__).
  ClassId descriptor_class(TypeId member, const std::string& hook);
  bool is_data_descriptor(TypeId value);
  std::optional<TypeId> descriptor_get(TypeId descriptor, TypeId self);
  bool store_descriptor(TypeId instance, const std::string& name, TypeId value);
  void delete_descriptor(TypeId instance, const std::string& name);
  void dynamic_descriptor_access(ClassId cls, const std::string& name);
  void set_names(ClassId cls);
  // C.__mro__, C.__bases__, C.__base__, C.mro: nullopt for other names.
  std::optional<TypeId> class_introspection(ClassId cls, const std::string& name);
  bool is_subclass(ClassId derived, ClassId base) const;
  bool derives_from(TypeId r, TypeId l);  // operators.cpp

  // aliasing.cpp: one type for a container wherever it flows.
  bool holds_container(TypeId value);
  TypeId aligned(TypeId value, TypeId place);
  TypeId aligned_member(TypeId value, TypeId place);
  TypeId escaped_type(TypeId value);
  void dynamic_store(std::string_view method, std::span<const Argument> args);
  void dynamic_item_store(TypeId key, TypeId value);
  bool refine_source(const ast::Expr* source, TypeId type);
  void refine_display(const ast::Expr* display, TypeId type);
  bool refine_builtin_result(const ast::Call* call, TypeId type);
  TypeId recorded(const ast::Expr* expr);  // the type recorded for expr in the current specialisation
  void note_call_result(const ast::Expr* site, SpecId callee);
  void share_stored_arguments(TypeId receiver, std::string_view method, std::span<const Argument> args);

  // operators.cpp
  TypeId without_not_implemented(TypeId result, bool& declined);
  TypeId view_set_operation(ast::Operator op, TypeId left, TypeId right);
  TypeId binary_members(ast::Operator op, TypeId left, TypeId right, const ast::Expr* right_expr, bool in_place,
                        const ast::Expr* left_expr);
  TypeId unary(ast::UnaryOperator op, TypeId operand);
  TypeId condition(const ast::Expr* test);
  TypeId compare(ast::CmpOperator op, TypeId left, TypeId right);
  std::optional<TypeId> compare_dunder(TypeId self, std::string_view dunder, TypeId other);
  TypeId subscript(TypeId container, TypeId index, const ast::Expr* index_expr, const ast::Expr* site = nullptr);
  void store_subscript(const ast::Subscript* target, TypeId value);
  // refine() without its escape: false where the target cannot be followed.
  bool refine_value(const ast::Expr* target, TypeId type);

  const sema::Program& program_;
  sema::ModuleId module_ = sema::kMainModule;  // the module whose code runs now
  const sema::SymbolTable* symbols_ = nullptr;   // its names
  ProgramTypes out_;
  std::unordered_map<const ast::Node*, FunctionId> function_of_node_;
  std::unordered_map<const ast::Node*, ClassId> class_of_node_;
  // By ModuleId, then ScopeId: the nearest non-comprehension scope.
  std::vector<std::vector<const sema::Scope*>> owner_of_scope_;
  // By ModuleId: the names the module (or a `global`, or a star import) binds.
  std::vector<std::unordered_set<std::string>> module_names_bound_;
  std::map<std::pair<FunctionId, SpecId>, std::map<std::vector<TypeId>, SpecId>> spec_index_;

  std::deque<SpecId> queue_;
  size_t evaluations_ = 0;
  std::vector<bool> queued_;
  SpecId current_ = 0;
  const sema::Scope* scope_ = nullptr;  // the scope whose code runs now (a comprehension's inside its spec)
  bool current_changed_ = false;        // a slot the current spec reads grew during this pass
  bool defer_new_specs_ = false;
  struct Request {
    FunctionId function;
    SpecId env;
    std::vector<TypeId> args;
    bool on_dyn;  // the dyn specialisation, whatever the count
  };
  std::vector<Request> deferred_;
  std::unordered_set<TypeId> escaped_;  // already escaped during this pass
  // The functions (and envs) of lasting escapes: mark_live starts from their
  // dyn specialisations too.
  std::set<std::pair<FunctionId, SpecId>> lasting_escapes_;
  // Its readers dispatched over the live classes (live_classes.cpp) and
  // run again when one more is live.
  Slot live_classes_grew_;
  Slot unknown_;  // what an unresolvable variable reads: dyn, and writes go nowhere
  // What the program stores through dyn receivers (list items, set items,
  // dict keys, dict values): every container that escapes may come to hold it.
  Slot dyn_items_, dyn_set_items_, dyn_keys_, dyn_values_;
  // By caller, then call expression (or subscript, for __getitem__): the
  // specialisations whose result the site's value is (this pass), which a
  // shared result refines.
  std::unordered_map<SpecId, std::unordered_map<const ast::Expr*, std::vector<SpecId>>> call_results_;
};

}  // namespace ingot::types
