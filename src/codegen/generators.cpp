// Generators: generator functions and generator expressions as C++20
// coroutines returning rt::Generator<T> (runtime/generator.h), `yield`,
// `yield from`, `return` in a generator, next(), and the send/close/throw
// methods.
//
// A generator function is written like any function (functions.cpp), with
// three differences: its result is rt::Generator<T>, it has no CallDepth
// guard (resuming counts as the call, in the runtime), and it ends with
// `co_return None`. Its catch adds its frame to a traceback while the
// exception leaves a resume, before the caller's frame, as in CPython.
//
// A generator expression is a coroutine lambda called on the spot with the
// first iterable (evaluated outside, as in Python) and the variables it
// shares with the function around it; it has its own traceback frame
// `<genexpr>` and its own positions.
#include <algorithm>
#include <functional>

#include "ast/children.h"

#include "codegen/emitter.h"

namespace ingot::codegen {

using types::Kind;

namespace {

// Whether `target` lies below `node` where it may not run: in a comparison
// of a chain past the first (`a < b < (yield)`), in an assert's message.
// (`and`, `or`, `x if c else y` and while conditions that pause are
// written as statements: bool_op, if_expression, while_loop.)
bool conditional_yield(const ast::Node* node, const ast::Node* target, bool conditional) {
  if (node == target) return conditional;
  bool found = false;
  auto visit = [&](const ast::Node* child, bool c) {
    if (!found) found = conditional_yield(child, target, c);
  };
  if (auto* c = ast::as<ast::Compare>(node)) {
    visit(c->left, conditional);
    for (size_t i = 0; i < c->comparators.size(); ++i) visit(c->comparators[i], conditional || i > 0);
  } else if (auto* a = ast::as<ast::Assert>(node)) {
    visit(a->test, conditional);
    if (a->msg) visit(a->msg, true);
  } else {
    ast::for_each_child(node, [&](const auto* child) { visit(child, conditional); });
  }
  return found;
}

}  // namespace

// Generator expressions and nested functions pause their own frames, but a
// generator expression's first iterable is evaluated here.
bool pauses(const ast::Node* node) {
  switch (node->kind) {
    case ast::Kind::Yield:
    case ast::Kind::YieldFrom:
    case ast::Kind::Await: return true;
    case ast::Kind::Lambda: return false;
    case ast::Kind::GeneratorExp: return pauses(static_cast<const ast::GeneratorExp*>(node)->generators[0]->iter);
    default: break;
  }
  if (auto* c = ast::as<ast::Comprehension>(node); c && c->is_async) return true;
  bool found = false;
  ast::for_each_child(node, [&](const auto* child) { found = found || pauses(child); });
  return found;
}

// g++ 12 fails (an internal compiler error) on a co_yield inside a GNU
// statement expression that declares variables, which is how operands are
// sequenced (expressions.cpp), or whose operand holds one. So co_yield only
// ever yields a variable, and a yield is written as statements of its
// own before the statement that holds it, its value in a variable `yK_`.
// That runs the yield before the operands to its left (in `f(x, (yield))`,
// before reading f and x), which only matters if reading them raises.
// `and`, `or`, `x if c else y` and while conditions that pause are written
// as statements, so that their yields land in the branch that runs them;
// a yield that may not run elsewhere (conditional_yield) is refused.
std::string Emitter::hoisted_yield(const ast::Expr* y, const std::string& type) {
  const types::Spec& spec = program_.spec(current_->spec);
  if (!current_->generator || spec.function == types::kNoFunction) unsupported(y, "a yield outside a generator");
  if (conditional_yield(program_.functions[spec.function].node, y, false))
    unsupported(y, "a yield that runs only on some paths of its statement");
  int at = position(y);
  std::string result = "y" + std::to_string(at) + "_";
  line(type + " " + result + ";");
  return result;
}

std::string Emitter::yield_expression(const ast::Yield* y) {
  std::string value = !y->value || is_none_constant(y->value)
                          ? convert("rt::Value::none()", types::kNone, current_->yields, y)
                          : convert(expression(y->value), type_of(y->value), current_->yields, y->value);
  // An async generator's own yields are told from its awaits' (runtime/coroutine.h).
  if (current_->async) value = "rt::async_yielded(" + value + ")";
  std::string result = hoisted_yield(y);
  // The value first, then the position: a traceback through a paused
  // generator (throw(), close()) names the yield.
  line("{");
  line("  " + cxx_type(current_->yields, y) + " y_ = " + value + ";");
  line("  pos_ = " + std::to_string(current_->positions.size() - 1) + ";");
  line("  " + result + " = co_yield y_;");
  line("}");
  return convert(result, types::kDyn, type_of(y), y);
}

std::string Emitter::yield_from(const ast::YieldFrom* y) {
  types::TypeId source = type_of(y->value);
  std::string inner = expression(y->value);
  std::string result = hoisted_yield(y);
  std::string at = std::to_string(current_->positions.size() - 1);
  std::string yielded = cxx_type(current_->yields, y);
  line("{");
  ++indent_;
  if (kind_of(source) == Kind::Generator || is_value(source)) {
    // PEP 380: what the caller sends or throws goes to the inner generator;
    // its return value is the value of the expression.
    types::TypeId element = is_value(source) ? types::kDyn : program_.table.get(source).args[0];
    if (is_value(source))
      line("rt::ValueDelegation inner_(" + inner + ");");
    else
      line("auto inner_ = " + inner + ";");
    line(cxx_type(element, y) + " item_{};");
    line("rt::Resumption r_{rt::Value::none(), nullptr};");
    line("while (({ pos_ = " + at + "; inner_.step(r_, item_); })) {");
    line("  rt::Delegated<" + yielded + "> y_{" + convert("item_", element, current_->yields, y) + "};");
    line("  r_ = co_yield y_;");
    line("}");
    line(result + " = inner_.returned();");
  } else {
    // Any other iterable has no send() or throw(): its items are yielded.
    types::TypeId element = item_type(source, y->value);
    line("for (auto item_ : " + iteration(inner, source) + ") {");
    line("  " + yielded + " y_ = " + convert("item_", element, current_->yields, y) + ";");
    line("  co_yield y_;");
    line("}");
    line(result + " = rt::Value::none();");
  }
  --indent_;
  line("}");
  return convert(result, types::kDyn, type_of(y), y);
}

void Emitter::generator_return(const ast::Return* r) {
  // The value StopIteration carries: boxed, whatever its type.
  // leave(): co_return, through the finally blocks around it (exceptions.cpp).
  if (!r->value || is_none_constant(r->value)) return leave(r, "rt::Value::none()");
  leave(r, convert(expression(r->value), type_of(r->value), types::kDyn, r->value));
}

// Whether `iter`, iterated by a for loop, makes a generator that only the
// loop refers to and whose body has cleanups (try, with) that closing it
// early would run: then the loop closes it when it ends (rt::CloseOnExit).
bool Emitter::loop_closes_generator(const ast::Expr* iter) const {
  auto* c = ast::as<ast::Call>(iter);
  if (!c || kind_of(type_of(iter)) != Kind::Generator) return false;
  const types::Type& callee = program_.table.get(type_of(c->func));
  if (callee.kind != Kind::Function && callee.kind != Kind::BoundMethod) return false;
  bool cleanups = false;
  std::function<void(const ast::Node*)> visit = [&](const ast::Node* n) {
    if (n->kind == ast::Kind::Try || n->kind == ast::Kind::With || n->kind == ast::Kind::TryStar) cleanups = true;
    if (!cleanups) ast::for_each_child(n, visit);
  };
  visit(program_.functions[callee.a].node);
  return cleanups;
}

std::string Emitter::generator_call(const ast::Call* c) {
  if (auto* method = ast::as<ast::Attribute>(c->func); method && kind_of(type_of(method->value)) == Kind::Generator)
    return generator_method(c, method);
  auto* name = ast::as<ast::Name>(c->func);
  if (name && name->id == "next" && kind_of(type_of(name)) == Kind::Builtin && !c->args.empty() &&
      (kind_of(type_of(c->args[0])) == Kind::Generator || is_value(type_of(c->args[0]))))
    return next_call(c);
  if (name && name->id == "next" && kind_of(type_of(name)) == Kind::Builtin && !c->args.empty())
    return instance_next(c);  // class_iteration.cpp; "" when not an instance
  return "";
}

std::string Emitter::next_call(const ast::Call* c) {
  if (c->args.empty() || c->args.size() > 2 || !c->keywords.empty()) unsupported(c, "this call of next()");
  types::TypeId source = type_of(c->args[0]);
  // A boxed iterator (a generator or not) goes through the runtime.
  bool boxed = is_value(source);
  types::TypeId element = boxed ? types::kDyn : program_.table.get(source).args[0];
  std::string generator = expression(c->args[0]);
  if (c->args.size() == 1)
    return sequenced(position(c), {{"auto g_", generator}},
                     convert(boxed ? "rt::next_boxed(g_)" : "g_.next()", element, type_of(c), c));
  // next(g, default): both arguments are evaluated before the generator runs.
  const ast::Expr* fallback = c->args[1];
  std::string element_cxx = cxx_type(element, c);
  return sequenced(position(c),
                   {{"auto g_", generator}, {"auto d_", expression(fallback)}, {element_cxx + " item_", "{}"}},
                   std::string(boxed ? "rt::next_boxed(g_, item_)" : "g_.next(item_)") + " ? " +
                       convert("item_", element, type_of(c), c) + " : " +
                       convert("d_", type_of(fallback), type_of(c), fallback));
}

std::string Emitter::generator_method(const ast::Call* c, const ast::Attribute* method) {
  types::TypeId source = type_of(method->value);
  types::TypeId element = program_.table.get(source).args[0];
  std::string generator = expression(method->value);
  if (!c->keywords.empty()) unsupported(c, "keyword arguments to a generator method");
  if (method->attr == "send" && c->args.size() == 1) {
    std::string value = convert(expression(c->args[0]), type_of(c->args[0]), types::kDyn, c->args[0]);
    return sequenced(position(c), {{"auto g_", generator}, {"rt::Value v_", value}},
                     convert("g_.send(v_)", element, type_of(c), c));
  }
  if (method->attr == "throw" && c->args.size() == 1) {
    std::string value = convert(expression(c->args[0]), type_of(c->args[0]), types::kDyn, c->args[0]);
    return sequenced(position(c), {{"auto g_", generator}, {"rt::Value e_", value}},
                     convert("g_.throw_in(e_)", element, type_of(c), c));
  }
  if (method->attr == "close" && c->args.empty())
    return sequenced(position(c), {{"auto g_", generator}},
                     "g_.close(); " + convert("rt::Value::none()", types::kNone, type_of(c), c));
  // A generator has no other attributes: CPython's AttributeError, raised
  // where it is reached (often a branch for other types the analysis kept:
  // `if isinstance(it, dict): it.items()`).
  constexpr std::string_view kGeneratorAttributes[] = {
#define GENERATOR_METHOD(kind, name) name,
#define GENERATOR_ATTRIBUTE(name) name,
#include "runtime/generator_methods.def"
#undef GENERATOR_ATTRIBUTE
#undef GENERATOR_METHOD
  };
  if (std::find(std::begin(kGeneratorAttributes), std::end(kGeneratorAttributes), method->attr) ==
      std::end(kGeneratorAttributes))
    return sequenced(position(method), {{"auto g_", generator}},
                     "(void)g_; rt::raise(rt::exc::AttributeError, " +
                         quoted("'generator' object has no attribute '" + std::string(method->attr) + "'") +
                         "); rt::unreachable<" +
                         (type_of(c) == types::kBottom ? std::string("void") : cxx_type(type_of(c), c)) + ">()");
  unsupported(c, "this generator method");
}

std::string Emitter::generator_expression(const ast::GeneratorExp* g) {
  if (symbols_->scope_of(g)->coroutine) unsupported(g, "an asynchronous generator expression");
  types::TypeId type = type_of(g);
  types::TypeId yields = program_.table.get(type).args[0];
  std::string result = cxx_type(type, g);
  const sema::Scope* scope = symbols_->scope_of(g);
  // The first iterable is evaluated here, outside the generator.
  const ast::Comprehension* first = g->generators[0];
  std::string first_value = expression(first->iter);
  if (kind_of(type_of(first->iter)) == Kind::None)  // a branch the analysis could not rule out: iter(None) raises
    return "[&]() -> " + result + " { (void)(" + first_value + "); pos_ = " + std::to_string(position(first->iter)) +
           "; rt::raise(rt::exc::TypeError, \"'NoneType' object is not iterable\"); }()";
  std::string first_type = cxx_type(type_of(first->iter), first->iter);
  // iter() of it too, as CPython's GET_ITER before the generator is made:
  // a value that cannot be iterated raises where the expression is, and an
  // object's __iter__ runs there. The variables it shares with the
  // function around it are cells (closures.cpp): it takes that function's
  // environments along.
  types::TypeId first_iterable = type_of(first->iter);
  std::string parameters = "decltype(" + iteration("std::declval<" + first_type + ">()", first_iterable) + ") it_",
              arguments = iteration(first_value, first_iterable);
  {
    const types::Spec& around = program_.spec(current_->spec);
    if (has_env_struct(current_->spec)) {
      parameters += ", decltype(cells_) cells_";
      arguments += ", cells_";
    }
    if (around.function != types::kNoFunction && needs_env(program_.functions[around.function])) {
      parameters += ", decltype(env_) env_";
      arguments += ", env_";
    }
  }

  // The body, written with its own positions and bound variables.
  FunctionState state;
  state.spec = current_->spec;
  state.scope = scope;
  state.scope_id = scope->id;
  state.generator = true;
  state.yields = yields;
  FunctionState* outer = current_;
  current_ = &state;
  position(g);  // position 0: the generator expression, before it runs
  std::string saved_out = std::move(out_);
  out_.clear();
  int saved_indent = indent_;
  indent_ = 2;
  // Its variables (those of nested comprehensions too) are the lambda's.
  const auto& variables = program_.spec(state.spec).variables;
  std::vector<std::pair<std::string, types::TypeId>> locals;
  for (const auto& [symbol_id, slot] : variables) {
    const sema::Symbol& symbol = symbols_->symbol(symbol_id);
    bool inside = false;
    for (std::optional<sema::ScopeId> at = symbol.scope; at; at = symbols_->scope(*at).parent)
      if (*at == scope->id) inside = true;
    // Cells stay in the environment of the function around it.
    if (inside && !symbol.is_cell() && !symbol.is_free() && representable(slot.type))
      locals.emplace_back(local_name(symbol), slot.type);
  }
  std::sort(locals.begin(), locals.end());
  for (const auto& [local, local_type] : locals) {
    line(declaration(local_type, local));
    line("bool b" + local + " = false;");
  }
  line("try {");
  ++indent_;
  size_t depth = 0;
  // Over an empty container (`(x for x in [])`) it never yields: there
  // is no item to write a loop for.
  bool empty = kind_of(item_type(type_of(first->iter), first->iter)) == Kind::Bottom;
  if (!empty && kind_of(yields) == Kind::Bottom) unsupported(g->elt, "a generator expression that always raises");
  for (size_t i = 0; i < g->generators.size() && !empty; ++i) {
    const ast::Comprehension* clause = g->generators[i];
    std::string source = i == 0 ? "it_" : iteration(expression(clause->iter), type_of(clause->iter));
    std::string item = "item" + std::to_string(i) + "_";
    line("for (auto " + item + " : " + source + ") {");
    ++indent_;
    line(bind(clause->target, item, item_type(type_of(clause->iter), clause->iter)));
    ++depth;
    for (const ast::Expr* test : clause->ifs) line("if (!(" + truth(test) + ")) continue;");
  }
  if (!empty) {
    std::string element = convert(expression(g->elt), type_of(g->elt), yields, g->elt);
    // The operand of co_yield is a plain variable: see yield_expression.
    line("{");
    line("  " + cxx_type(yields, g->elt) + " y_ = " + element + ";");
    line("  co_yield y_;");
    line("}");
  }
  for (; depth > 0; --depth) {
    --indent_;
    line("}");
  }
  --indent_;
  line("} catch (const rt::PyException& e) {");
  line("  e.add_frame(frame_, pos_);");
  line("  throw;");
  line("}");
  line("co_return rt::Value::none();");
  std::string body = std::move(out_);
  out_ = std::move(saved_out);
  indent_ = saved_indent;

  std::string positions = positions_table("positions_");
  current_ = outer;
  std::string lambda = "[](" + parameters + ") -> " + result + " {\n    " + positions +
                       "\n    static const rt::FrameInfo frame_{" + quoted(path_) +
                       ", \"<genexpr>\", positions_};\n    int32_t pos_ = 0;\n" + body + "}";
  return "(" + lambda + "(" + arguments + "))";
}

}  // namespace ingot::codegen
