// Function values: what a def or lambda evaluates to, and calls of them.
//
// A value of type `def f` (one FunctionInfo, one closure env spec E) is a
// pointer to `struct foF_E : rt::FunctionObject`, holding the closure's
// environment (closures.cpp) and the default values, which Python
// evaluates once, when the def runs. `sig_foF_E` is its rt::Signature, and
// where the analysis gave it a specialisation on dyn arguments,
// `entry_foF_E` is the boxed way in that binds Values at run time: any
// function value boxes to an rt::Value that dynamic code can call.
//
// A call whose callee has type `def f` runs the specialisation its bound
// argument types select directly; a callee that is a plain name is not even
// read when neither its environment nor its defaults are needed, so a call
// of a module-level function stays a direct C++ call (fib's speed).
#include <algorithm>

#include "codegen/emitter.h"

namespace ingot::codegen {
namespace {

using types::Kind;

// CPython's __qualname__: the analysis names lambdas `<lambda@LINE>`.
std::string python_qualname(std::string_view qualname) {
  std::string out;
  for (size_t i = 0; i < qualname.size();) {
    if (qualname.substr(i).starts_with("<lambda@")) {
      out += "<lambda>";
      i = qualname.find('>', i) + 1;
    } else {
      out += qualname[i++];
    }
  }
  return out;
}

// co_flags as CPython 3.11 sets them for a def or lambda.
uint32_t code_flags(const types::FunctionInfo& info) {
  enum : uint32_t { kOptimized = 0x1, kNewLocals = 0x2, kVarArgs = 0x4, kVarKeywords = 0x8, kNested = 0x10,
                    kGenerator = 0x20, kCoroutine = 0x80, kAsyncGenerator = 0x200 };
  uint32_t flags = kOptimized | kNewLocals;
  for (const types::Param& p : info.params) {
    if (p.kind == types::ParamKind::VarArgs) flags |= kVarArgs;
    if (p.kind == types::ParamKind::VarKeywords) flags |= kVarKeywords;
  }
  if (info.scope->nested) flags |= kNested;
  if (info.is_async) flags |= info.is_generator ? kAsyncGenerator : kCoroutine;
  else if (info.is_generator) flags |= kGenerator;
  return flags;
}

}  // namespace

std::string Emitter::function_struct(types::FunctionId function, types::SpecId env) const {
  function_structs_.insert({function, env});
  return "fo" + std::to_string(function) + "_" + (env == types::kNoSpec ? "m" : std::to_string(env));
}

types::FunctionId Emitter::function_of(const ast::Node* node) const {
  for (const types::FunctionInfo& f : program_.functions)
    if (f.node == node) return f.id;
  unsupported(node, "a function the type analysis did not see");
}

types::SpecId Emitter::dyn_spec_of(types::FunctionId function, types::SpecId env) const {
  for (types::SpecId id : program_.to_emit) {
    const types::Spec& s = program_.spec(id);
    if (s.function == function && s.env == env && s.on_dyn) return id;
  }
  return types::kNoSpec;
}

std::string Emitter::function_name_of(const types::FunctionInfo& function) const {
  if (auto* def = def_of(function.node)) return std::string(def->name);
  return "<lambda>";
}

std::string Emitter::function_declarations() {
  std::string environments = env_structs();
  std::string definitions;
  std::set<std::pair<types::FunctionId, types::SpecId>> done;
  // A struct's fields may name further function types.
  for (bool more = true; more;) {
    more = false;
    auto pending = function_structs_;
    for (const auto& [function, env] : pending) {
      if (!done.insert({function, env}).second) continue;
      more = true;
      const types::FunctionInfo& info = program_.functions[function];
      std::string name = function_struct(function, env);
      definitions += "struct " + name + " : rt::FunctionObject {\n  static const rt::Signature& def_signature;\n";
      if (needs_env(info) && env != types::kNoSpec) definitions += "  " + env_struct(env) + "* env;\n";
      for (size_t k = 0; k < info.defaults.size(); ++k)
        definitions += "  " + cxx_type(default_type(info, k), info.node) + " d" + std::to_string(k) + ";\n";
      definitions += "};\n";
      std::string names, defaults;
      uint32_t positional_only = 0, positional = 0, keyword_only = 0;
      bool varargs = false, varkeywords = false;
      for (const types::Param& p : info.params) {
        names += (names.empty() ? "" : ", ") + quoted(p.name);
        defaults += (defaults.empty() ? "" : ", ") + std::to_string(p.default_index);
        positional_only += p.kind == types::ParamKind::PositionalOnly;
        positional += p.kind == types::ParamKind::PositionalOnly || p.kind == types::ParamKind::Positional;
        keyword_only += p.kind == types::ParamKind::KeywordOnly;
        varargs |= p.kind == types::ParamKind::VarArgs;
        varkeywords |= p.kind == types::ParamKind::VarKeywords;
      }
      std::string spans = "{}, {}";
      if (!info.params.empty()) {
        definitions += "static constexpr std::string_view names_" + name + "[] = {" + names + "};\n";
        definitions += "static constexpr int32_t defaults_" + name + "[] = {" + defaults + "};\n";
        spans = "names_" + name + ", defaults_" + name;
      }
      std::string doc = "nullptr";
      if (auto* def = def_of(info.node); def && !def->body.empty())
        if (auto* e = ast::as<ast::ExprStmt>(def->body[0]))
          if (auto* c = ast::as<ast::Constant>(e->value); c && c->value.kind == ast::Value::Kind::Str)
            doc = quoted(c->value.text);
      // co_varnames: CPython's fast locals, the parameters first (in sema's order).
      const sema::SymbolTable& symbols = *modules_.modules[info.module].symbols;
      std::string varnames;
      for (sema::SymbolId id : info.scope->parameters) varnames += (varnames.empty() ? "" : ", ") + quoted(symbols.symbol(id).name);
      for (sema::SymbolId id : info.scope->symbols) {
        const sema::Symbol& local = symbols.symbol(id);
        if (local.resolution == sema::Resolution::Local && !local.is_parameter())
          varnames += (varnames.empty() ? "" : ", ") + quoted(local.name);
      }
      if (!varnames.empty()) definitions += "static constexpr std::string_view varnames_" + name + "[] = {" + varnames + "};\n";
      definitions += "static const rt::Signature sig_" + name + "{" + quoted(function_name_of(info)) + ", " +
                     quoted(python_qualname(info.qualname)) + ", " + spans + ", " + std::to_string(positional_only) +
                     ", " + std::to_string(positional) + ", " + std::to_string(keyword_only) + ", " +
                     (varargs ? "true" : "false") + ", " + (varkeywords ? "true" : "false") + ", " + doc + ", " +
                     (varnames.empty() ? "{}" : "varnames_" + name) + ", " +
                     quoted(modules_.modules[info.module].name) + ", " + std::to_string(code_flags(info)) + "};\n";
      definitions += "const rt::Signature& " + name + "::def_signature = sig_" + name + ";\n";
      if (dyn_spec_of(function, env) != types::kNoSpec)
        definitions += "static rt::Value entry_" + name + "(const rt::FunctionObject*, const rt::CallArgs&);\n";
    }
  }
  std::string forward;
  for (const auto& [function, env] : function_structs_) forward += "struct " + function_struct(function, env) + ";\n";
  return forward + environments + definitions + "\n";
}

void Emitter::function_entries() {
  std::set<std::pair<types::FunctionId, types::SpecId>> done;
  for (bool more = true; more;) {
    more = false;
    auto pending = function_structs_;
    for (const auto& [function, env] : pending) {
      if (!done.insert({function, env}).second) continue;
      more = true;
      types::SpecId spec = dyn_spec_of(function, env);
      if (spec == types::kNoSpec) continue;
      const types::Spec& s = program_.spec(spec);
      const types::FunctionInfo& info = program_.functions[function];
      std::string name = function_struct(function, env);
      FunctionState state{spec, s.scope, s.scope->id, {}, {}};
      current_ = &state;
      line("static rt::Value entry_" + name + "(const rt::FunctionObject* self_, const rt::CallArgs& args_) {");
      ++indent_;
      line("auto* fo_ = static_cast<const " + name + "*>(self_);");
      line("int32_t pos_ = 0;");
      line("(void)fo_, (void)pos_;");
      std::string defaults;
      for (size_t k = 0; k < info.defaults.size(); ++k)
        defaults += (k ? ", " : "") + convert("fo_->d" + std::to_string(k), default_type(info, k), types::kDyn, info.node);
      line(defaults.empty() ? "std::span<const rt::Value> defaults_;" : "const rt::Value defaults_[] = {" + defaults + "};");
      line("rt::Value p_[" + std::to_string(std::max<size_t>(1, info.params.size())) + "];");
      line("rt::bind_arguments(*self_->signature, defaults_, args_, p_);");
      std::string arguments = needs_env(info) ? "fo_->env" : "";
      for (size_t i = 0; i < info.params.size(); ++i)
        arguments += (arguments.empty() ? "" : ", ") +
                     convert("p_[" + std::to_string(i) + "]", types::kDyn, param_type(spec, i), info.node);
      std::string call = function_name(spec) + "(" + arguments + ")";
      if (return_type(spec) == "void") {
        line(call + ";");
        line("return rt::Value::none();");
      } else {
        line("return " + convert(call, s.result.type, types::kDyn, info.node) + ";");
      }
      --indent_;
      line("}");
      current_ = nullptr;
    }
  }
}

std::string Emitter::make_function(const ast::Node* node) {
  types::FunctionId function = function_of(node);
  const types::FunctionInfo& info = program_.functions[function];
  types::SpecId env = closure_env();
  // In a class body, the function around the class statement's cells,
  // which the body received (classes.cpp).
  bool in_class_body = program_.spec(current_->spec).class_body != types::kNoClass;
  if (needs_env(info) && (env == types::kNoSpec || (in_class_body ? !class_body_env(current_->spec) : env != current_->spec)))
    unsupported(node, "a closure defined outside a function");
  auto* lambda = ast::as<ast::Lambda>(node);
  const ast::Arguments* args = lambda ? lambda->args : static_cast<const ast::FunctionDef*>(node)->args;
  std::vector<const ast::Expr*> defaults(args->defaults.begin(), args->defaults.end());
  for (const ast::Expr* d : args->kw_defaults)
    if (d) defaults.push_back(d);
  std::vector<std::pair<std::string, std::string>> operands;
  for (size_t k = 0; k < defaults.size(); ++k) {
    types::TypeId slot = default_type(info, k);
    operands.emplace_back(cxx_type(slot, defaults[k]) + " d" + std::to_string(k),
                          convert(expression(defaults[k]), type_of(defaults[k]), slot, defaults[k]));
  }
  std::string name = function_struct(function, env);
  std::string entry = dyn_spec_of(function, env) != types::kNoSpec ? "&entry_" + name : "nullptr";
  std::string body = "auto* f_ = rt::new_function<" + name + ">(&sig_" + name + ", " + entry + "); ";
  if (needs_env(info)) body += in_class_body ? "f_->env = env_; " : "f_->env = cells_; ";
  for (size_t k = 0; k < defaults.size(); ++k) body += "f_->d" + std::to_string(k) + " = d" + std::to_string(k) + "; ";
  // __defaults__ and __kwdefaults__ share the default objects themselves.
  auto boxed = [&](size_t k) {
    return convert("d" + std::to_string(k), default_type(info, k), types::kDyn, defaults[k]);
  };
  std::string positional, keywords;
  for (size_t k = 0; k < args->defaults.size(); ++k) positional += (k ? ", " : "") + boxed(k);
  for (size_t i = 0, k = args->defaults.size(); i < args->kw_defaults.size(); ++i)
    if (args->kw_defaults[i])
      keywords += std::string(keywords.empty() ? "" : ", ") + "{rt::Str::from_utf8(" +
                  quoted(args->kwonlyargs[i]->arg) + "), " + boxed(k++) + "}";
  if (!positional.empty()) body += "f_->defaults = rt::box(rt::TupleOf<rt::Value>{" + positional + "}); ";
  if (!keywords.empty()) body += "f_->kwdefaults = rt::box(rt::Dict<rt::Str, rt::Value>{" + keywords + "}); ";
  return sequenced(-1, operands, body + "f_");
}

types::TypeId Emitter::function_type(types::FunctionId function, types::SpecId env, const ast::Node* where) const {
  for (types::TypeId t = 0; t < program_.table.size(); ++t) {
    const types::Type& type = program_.table.get(t);
    if (type.kind == Kind::Function && type.a == function && type.b == env) return t;
  }
  unsupported(where, "a function the type analysis did not see");
}

void Emitter::define_function(const ast::FunctionDef* def) {
  const sema::Symbol* symbol = symbols_->lookup(*current_->scope, def->name);
  if (!symbol) unsupported(def, "this def");
  line("{");
  ++indent_;
  // Decorators are evaluated first, then the defaults; the function is
  // made, then the decorators apply bottom-up.
  std::vector<Typed> decorators;
  for (size_t i = 0; i < def->decorator_list.size(); ++i) {
    const ast::Expr* d = def->decorator_list[i];
    std::string name = "dec" + std::to_string(i) + "_";
    line(cxx_type(type_of(d), d) + " " + name + " = " + expression(d) + ";");
    decorators.push_back({name, type_of(d)});
  }
  Typed value{make_function(def), type_of_function_value(def)};
  for (size_t i = decorators.size(); i-- > 0;) {
    value = call_value(def->decorator_list[i], decorators[i].type, nullptr, decorators[i].code, CallArguments{},
                       {value});
    if (kind_of(value.type) == Kind::None || kind_of(value.type) == Kind::Bottom)
      unsupported(def->decorator_list[i], "a decorator that returns None");
  }
  line(store_symbol(*symbol, def, convert(value.code, value.type, symbol_type(*symbol, def), def)));
  --indent_;
  line("}");
}

types::TypeId Emitter::type_of_function_value(const ast::FunctionDef* def) const {
  return function_type(function_of(def), closure_env(), def);
}

// Where the analysis says a function made here finds its free variables
// (Inference::closure_env): a class body's own env; in a comprehension of
// the module body, the module body's environment; else none at module
// level, and the function being written.
types::SpecId Emitter::closure_env() const {
  const types::Spec& here = program_.spec(current_->spec);
  if (here.class_body != types::kNoClass) return here.env;
  if (here.function == types::kNoFunction)
    return sema::is_comprehension(current_->scope->kind) ? current_->spec : types::kNoSpec;
  return current_->spec;
}

// Whether the analysis could have bound this call with `*x` to `spec`:
// the parameters the items of x may fill take the item type, and *args is
// a tuple of unknown length. The leading arguments (a method's self) fill
// the first parameters.
bool Emitter::spread_fits(types::SpecId spec, const CallArguments& arguments, size_t leading) const {
  const types::Spec& s = program_.spec(spec);
  const auto& params = program_.functions[s.function].params;
  size_t explicit_positional = leading;
  for (size_t i = 0; i < arguments.values.size(); ++i) {
    std::string_view keyword = arguments.keywords[i];
    if (keyword.empty()) {
      ++explicit_positional;
      continue;
    }
    if (keyword == "**") {
      for (size_t p = 0; p < params.size(); ++p)
        if (params[p].kind == types::ParamKind::VarKeywords &&
            program_.table.get(s.args[p]).args[0] != types::kStr)
          return false;
      continue;
    }
    if (keyword != "*") continue;
    const types::Type& iterable = program_.table.get(type_of(arguments.values[i]));
    if (iterable.kind == Kind::Tuple) {  // items of known types fill known parameters
      for (size_t k = 0; k < iterable.args.size(); ++k) {
        size_t p = explicit_positional + k;
        if (p >= params.size() || (params[p].kind != types::ParamKind::Positional &&
                                   params[p].kind != types::ParamKind::PositionalOnly))
          break;
        if (!covers(program_.table, s.args[p], iterable.args[k])) return false;
      }
      explicit_positional += iterable.args.size();
      continue;
    }
    // The types an item may have; of a union (`row` of rows of two
    // lengths), those of every member's items.
    std::vector<types::TypeId> items;
    auto add_items = [&](const types::Type& t) {
      // A member iteration rejects (`row` None) raises TypeError before
      // the call binds: it fills no parameter.
      if (t.kind == Kind::None || t.kind == Kind::Bool || t.kind == Kind::Int || t.kind == Kind::Float ||
          t.kind == Kind::Complex)
        return;
      if (t.kind == Kind::Tuple) items.insert(items.end(), t.args.begin(), t.args.end());
      else items.push_back(t.kind == Kind::Range ? types::kInt
                           : t.kind == Kind::Str  ? types::kStr
                           : t.args.size() == 1   ? t.args[0]
                                                  : types::kDyn);
    };
    if (iterable.kind == Kind::Union)
      for (types::TypeId m : program_.table.members(type_of(arguments.values[i]))) add_items(program_.table.get(m));
    else
      add_items(iterable);
    auto fits = [&](types::TypeId param) {
      return std::all_of(items.begin(), items.end(), [&](types::TypeId item) { return covers(program_.table, param, item); });
    };
    for (size_t p = explicit_positional; p < params.size(); ++p) {
      types::ParamKind kind = params[p].kind;
      if (kind == types::ParamKind::VarArgs) {
        const types::Type& tuple = program_.table.get(s.args[p]);
        if (tuple.kind != Kind::TupleOf || !fits(tuple.args[0])) return false;
      } else if ((kind == types::ParamKind::Positional || kind == types::ParamKind::PositionalOnly) &&
                 !fits(s.args[p])) {
        return false;
      }
    }
    break;
  }
  return true;
}

Emitter::Typed Emitter::invoke(const ast::Node* where, types::TypeId callee_type, const std::string& object,
                               const CallArguments& arguments, const std::vector<Typed>& values,
                               const std::vector<Typed>& leading) {
  const types::Type& type = program_.table.get(callee_type);
  types::FunctionId function = type.a;
  types::SpecId env = type.b;
  const types::FunctionInfo& info = program_.functions[function];
  Binding binding = bind_call(arguments, info, leading.size());
  types::SpecId spec = binding.ok ? select_spec(function, env, binding, arguments, leading) : types::kNoSpec;
  // Past kMaxSpecs argument tuples, a call runs the dyn specialisation.
  if (binding.ok && spec == types::kNoSpec) spec = dyn_spec_of(function, env);
  bool runtime = spec == types::kNoSpec;
  std::vector<types::SpecId> candidates;
  if (runtime) {
    // Bound at run time: the analysis ran such a call on the dyn
    // specialisation, or (spreads) on precise ones, chosen among at run
    // time when several fit (spec_dispatch.cpp).
    spec = dyn_spec_of(function, env);
    if (spec == types::kNoSpec)
      for (types::SpecId id : info.specs)
        if (program_.spec(id).env == env && program_.spec(id).live && spread_fits(id, arguments, leading.size()))
          candidates.push_back(id);
    if (spec == types::kNoSpec && candidates.empty()) unsupported(where, "a call the type analysis gave no specialisation");
    if (spec == types::kNoSpec) spec = candidates[0];
  }
  const types::Spec& s = program_.spec(spec);
  std::string name = function_struct(function, env);
  // The rt::Int body of a speculated function calls itself, not its entry
  // (int_speculation.cpp).
  bool self = current_ && current_->spec == spec;
  std::string call = function_name(spec) + (self && !runtime && int64_clone(spec) ? "_g(" : "(");
  std::string prefix;
  bool first = true;
  auto add = [&](const std::string& argument) {
    call += (first ? "" : ", ") + argument;
    first = false;
  };
  if (needs_env(info)) add(object + "->env");
  if (!runtime) {
    std::string bound = bound_arguments(spec, binding, arguments, values, leading, object);
    if (!bound.empty()) add(bound);
    if (self && passes_depth(spec)) add("depth_ + 1");
  } else {
    prefix = runtime_arguments(where, arguments, values, leading, convert(object, callee_type, types::kDyn, where));
    std::string defaults;
    for (size_t k = 0; k < info.defaults.size(); ++k)
      defaults += (k ? ", " : "") + convert(object + "->d" + std::to_string(k), default_type(info, k), types::kDyn, where);
    prefix += defaults.empty() ? "std::span<const rt::Value> defaults_; "
                               : "const rt::Value defaults_[] = {" + defaults + "}; ";
    prefix += "rt::Value p_[" + std::to_string(std::max<size_t>(1, info.params.size())) + "]; ";
    prefix += "rt::bind_arguments(sig_" + name + ", defaults_, args_.args(), p_); ";
    if (candidates.size() > 1) return dispatch_specs(where, info, candidates, object, prefix);
    for (size_t i = 0; i < info.params.size(); ++i)
      add(convert("p_[" + std::to_string(i) + "]", types::kDyn, param_type(spec, i), where));
  }
  // Bound at run time, the call is statements: one expression again.
  std::string code = prefix.empty() ? call + ")" : "({ " + prefix + call + "); })";
  if (std::string note = warning_site_note(where, info, arguments); !note.empty()) code = "(" + note + ", " + code + ")";
  return Typed{code, return_type(spec) == "void" ? types::kNone : s.result.type};
}

bool Emitter::needs_object(types::TypeId callee_type, const CallArguments& arguments,
                           const std::vector<Typed>& leading) const {
  const types::Type& type = program_.table.get(callee_type);
  const types::FunctionInfo& info = program_.functions[type.a];
  if (needs_env(info)) return true;
  Binding binding = bind_call(arguments, info, leading.size());
  if (!binding.ok) return true;
  if (select_spec(type.a, type.b, binding, arguments, leading) == types::kNoSpec &&
      dyn_spec_of(type.a, type.b) == types::kNoSpec)
    return true;  // bound at run time
  return std::any_of(binding.params.begin(), binding.params.end(),
                     [](const ArgumentSource& s) { return s.kind == ArgumentSource::Kind::Default; });
}

Emitter::Typed Emitter::call_value(const ast::Node* where, types::TypeId callee_type, const ast::Expr* callee,
                                   const std::string& callee_code, const CallArguments& arguments,
                                   const std::vector<Typed>& leading) {
  std::vector<std::pair<std::string, std::string>> operands;
  const types::Type& type = program_.table.get(callee_type);
  bool function = type.kind == Kind::Function;
  std::string object = "fo_";
  if (function) {
    if (callee && callee->kind == ast::Kind::Name && !needs_object(callee_type, arguments, leading)) {
      object.clear();  // a direct call: the name is not read
    } else {
      operands.emplace_back(function_struct(type.a, type.b) + "* fo_", callee ? expression(callee) : callee_code);
    }
  } else {
    operands.emplace_back(cxx_type(callee_type, where) + " fo_", callee ? expression(callee) : callee_code);
  }
  std::vector<Typed> lead, values;
  for (size_t k = 0; k < leading.size(); ++k) {
    std::string name = "l" + std::to_string(k) + "_";
    operands.emplace_back(cxx_type(leading[k].type, where) + " " + name, leading[k].code);
    lead.push_back({name, leading[k].type});
  }
  for (size_t i = 0; i < arguments.values.size(); ++i) {
    const ast::Expr* v = arguments.values[i];
    std::string name = "a" + std::to_string(i);
    operands.emplace_back(cxx_type(type_of(v), v) + " " + name, expression(v));
    values.push_back({name, type_of(v)});
  }
  // The arguments are evaluated before pos_ names this call, so a
  // traceback line points at the call, as CPython's does.
  Typed result = call_evaluated(where, callee_type, object, arguments, values, lead);
  return Typed{sequenced(position(where), operands, result.code), result.type};
}

Emitter::Typed Emitter::call_evaluated(const ast::Node* where, types::TypeId callee_type, const std::string& object,
                                       const CallArguments& arguments, const std::vector<Typed>& values,
                                       const std::vector<Typed>& lead) {
  if (kind_of(callee_type) == Kind::Function) return invoke(where, callee_type, object, arguments, values, lead);
  if (kind_of(callee_type) == Kind::BoundMethod)
    return call_bound_method(where, callee_type, object, arguments, values, lead);  // bound_methods.cpp
  if (kind_of(callee_type) == Kind::Class) {  // `@Memo`: a class called with the function
    types::ClassId cls = program_.table.get(callee_type).a;
    if (std::optional<Typed> made = metaclass_invoke(where, cls, object, arguments, values, lead)) return *made;  // metaclasses.cpp
    return {"({ (void)" + object + "; " + construction(where, cls, arguments, values, lead, object) + "; })", find_type(Kind::Instance, cls, 0)};
  }
  if (kind_of(callee_type) == Kind::Instance) {  // an instance of one class: its __call__, typed
    bool others = false;
    std::vector<types::ClassId> classes = receiver_classes(callee_type, &others);
    auto dunder = classes.size() == 1 ? find_class_attribute(classes[0], "__call__") : std::nullopt;
    if (dunder && kind_of(dunder->type) == Kind::Function)
      return call_method(where, classes[0], object, *dunder, arguments, values, lead);
  }
  // A union holding functions, bound methods or instances: each called typed.
  if (std::optional<Typed> called = call_union(where, callee_type, object, arguments, values, lead)) return *called;  // callable_unions.cpp
  bool spread = std::any_of(arguments.keywords.begin(), arguments.keywords.end(),
                            [](std::string_view k) { return k == "*" || k == "**"; });
  if (is_builtin_value(callee_type) && !spread)
    return call_builtin(where, callee_type, object, values, arguments.keywords,
                        builtin_result(callee_type, values).value_or(types::kDyn));
  // Anything else is called through its boxed entry.
  return boxed_call(where, callee_type, object, arguments, values, lead);
}

Emitter::Typed Emitter::boxed_call(const ast::Node* where, types::TypeId callee_type, const std::string& object,
                                   const CallArguments& arguments, const std::vector<Typed>& values,
                                   const std::vector<Typed>& lead) {
  std::string code = "rt::Value cv_ = " + convert(object, callee_type, types::kDyn, where) + "; " +
                     runtime_arguments(where, arguments, values, lead, "cv_") + "rt::call_args(cv_, args_.args())";
  return Typed{"({ " + code + "; })", types::kDyn};
}

// f.__name__, f.x: read through the function class's getattr slot.
std::string Emitter::function_attribute(const ast::Attribute* a) {
  types::TypeId type = type_of(a->value);
  if (kind_of(type) != Kind::Function) return "";
  std::string object = convert(expression(a->value), type, types::kDyn, a->value);
  std::string read = sequenced(position(a), {{"rt::Value o_", object}},
                               "rt::getattr(o_, rt::Str::from_utf8(" + quoted(a->attr) + "))");
  return convert(read, types::kDyn, type_of(a), a);
}

// f.x = value: the value first, then the function, as CPython evaluates it.
std::string Emitter::store_function_attribute(const ast::Attribute* target, const std::string& value,
                                              types::TypeId value_type) {
  types::TypeId type = type_of(target->value);
  if (kind_of(type) != Kind::Function) return "";
  return "{ rt::Value sv_ = " + convert(value, value_type, types::kDyn, target) + "; rt::Value o_ = " +
         convert(expression(target->value), type, types::kDyn, target->value) + "; pos_ = " +
         std::to_string(position(target)) + "; rt::setattr(o_, rt::Str::from_utf8(" + quoted(target->attr) +
         "), sv_); }";
}

bool Emitter::is_function_call(const ast::Call* c) const {
  types::TypeId callee = type_of(c->func);
  auto members = program_.table.members(callee);
  // obj.method(...) is a method call (attributes.cpp), not a call of the bound method it reads.
  auto* attribute = ast::as<ast::Attribute>(c->func);
  Kind receiver = attribute ? kind_of(type_of(attribute->value)) : Kind::Bottom;
  bool method_call = attribute && (is_instance_receiver(type_of(attribute->value)) || receiver == Kind::Class ||
                                   receiver == Kind::Super);
  if (receiver == Kind::Super) return false;  // super().__new__ (a staticmethod): attributes.cpp
  auto function = [&](types::TypeId m) {
    return kind_of(m) == Kind::Function || (kind_of(m) == Kind::BoundMethod && !method_call);
  };
  // Functions, possibly with instances (`f if callable(f) else Wrapper(f)`)
  // or anything else (None of `h = table.get(k)` tested before the call, the
  // str of `repl if callable(repl) else ...`): each function member called
  // typed (callable_unions.cpp), on the specialisation the analysis made for
  // it (it has no boxed entry unless it also escaped), the rest through
  // their boxed entry; instances alone are attributes.cpp's.
  if (!members.empty() && std::any_of(members.begin(), members.end(), function) &&
      std::none_of(members.begin(), members.end(), [&](types::TypeId m) {
        return method_call && kind_of(m) == Kind::Instance;
      }))
    return true;
  // A dyn callee with keywords or spreads (plain positional calls of dyn
  // values are dynamic.cpp's).
  bool spread = std::any_of(c->args.begin(), c->args.end(),
                            [](const ast::Expr* a) { return a->kind == ast::Kind::Starred; });
  return kind_of(callee) == Kind::Dyn && c->func->kind != ast::Kind::Attribute && (spread || !c->keywords.empty());
}

std::string Emitter::function_call(const ast::Call* c) {
  types::TypeId want = type_of(c);
  Typed result = call_value(c, type_of(c->func), c->func, "", call_arguments(c), {});
  Kind kind = kind_of(result.type);
  if (kind == Kind::None || kind == Kind::Bottom) {
    // A C++ void call; the None it gives is made only where it is used.
    if (kind_of(want) != Kind::None || !representable(types::kNone)) return result.code;
    return "({ " + result.code + "; " + convert("rt::Value::none()", types::kDyn, types::kNone, c) + "; })";
  }
  return convert(result.code, result.type, want, c);
}

const ast::Seq<ast::Stmt*>& Emitter::lambda_body(const ast::Lambda* lambda) {
  ast::Return& r = lambda_returns_.emplace_back();
  r.kind = ast::Kind::Return;
  r.loc = lambda->body->loc;
  r.value = lambda->body;
  lambda_statements_.push_back(&r);
  lambda_seqs_.push_back(ast::Seq<ast::Stmt*>{&lambda_statements_.back(), 1});
  return lambda_seqs_.back();
}

}  // namespace ingot::codegen
