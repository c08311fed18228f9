// Exceptions: raise, try/except/else/finally, assert, and the exception
// values they handle (docs/runtime.md, "Exceptions"). An exception is an
// rt::ExceptionObject*; an instance of a user exception class is its
// struct, which derives from rt::ExceptionObject (classes.cpp).
//
// A try statement's C++ catch block only takes the exception object and
// records the frame's traceback entry (PyException::record_frame: CPython
// adds a frame's entry when the exception arrives there, so a re-raise
// keeps the line it came from). Handlers, else and finally run after the
// catch block, so that they may jump and yield; a handler that does not
// match rethrows the object unchanged.
//
// break, continue and return leaving a finally (`leave`) go through it:
// `whyN = reason; goto finN;`, and after the finally block the jump goes
// on from the try statement. The finally is written once, as CPython
// compiles it for every exit. An `except ... as name` handler deletes the
// name on every exit too.
#include <algorithm>

#include "codegen/emitter.h"
#include "types/builtins.h"

namespace ingot::codegen {
namespace {

using types::Kind;

constexpr int kReturn = kLeaveReturn, kBreak = kLeaveBreak, kContinue = kLeaveContinue;

}  // namespace

// The break/continue statements in `body` that leave it for a loop
// around it, and the try and with statements (whose cleanups continue a
// jump from where they are) that are not inside a loop of `body`.
void collect_leaving(const ast::Seq<ast::Stmt*>& body, std::set<const ast::Stmt*>& out) {
  for (const ast::Stmt* s : body) {
    switch (s->kind) {
      case ast::Kind::Break:
      case ast::Kind::Continue: out.insert(s); break;
      case ast::Kind::If: {
        auto* i = static_cast<const ast::If*>(s);
        collect_leaving(i->body, out);
        collect_leaving(i->orelse, out);
        break;
      }
      case ast::Kind::For: collect_leaving(static_cast<const ast::For*>(s)->orelse, out); break;
      case ast::Kind::AsyncFor: collect_leaving(static_cast<const ast::AsyncFor*>(s)->orelse, out); break;
      case ast::Kind::While: collect_leaving(static_cast<const ast::While*>(s)->orelse, out); break;
      case ast::Kind::With:
        out.insert(s);
        collect_leaving(static_cast<const ast::With*>(s)->body, out);
        break;
      case ast::Kind::AsyncWith:
        out.insert(s);
        collect_leaving(static_cast<const ast::AsyncWith*>(s)->body, out);
        break;
      case ast::Kind::Try:
      case ast::Kind::TryStar: {
        auto parts = [&](const auto* t) {
          collect_leaving(t->body, out);
          for (const ast::ExceptHandler* h : t->handlers) collect_leaving(h->body, out);
          collect_leaving(t->orelse, out);
          collect_leaving(t->finalbody, out);
        };
        out.insert(s);
        if (s->kind == ast::Kind::Try) parts(static_cast<const ast::Try*>(s));
        else parts(static_cast<const ast::TryStar*>(s));
        break;
      }
      case ast::Kind::Match:
        for (const ast::MatchCase* c : static_cast<const ast::Match*>(s)->cases) collect_leaving(c->body, out);
        break;
      default: break;
    }
  }
}

namespace {

// IOError and EnvironmentError are OSError.
std::string builtin_exception_class(types::BuiltinId id) {
  std::string_view name = types::builtin_name(id);
  if (name == "IOError" || name == "EnvironmentError") name = "OSError";
  return "rt::exc::" + std::string(name);
}

bool is_builtin_exception(const types::Type& t) {
  return t.kind == Kind::Builtin && types::builtin_info(t.a).kind == types::BuiltinKind::Exception;
}

// CPython reports a failed assert at the last comparison its test jumps
// on (through not/and/or/if-else), else at the statement.
const ast::Node* assert_location(const ast::Expr* test, const ast::Node* statement) {
  switch (test->kind) {
    case ast::Kind::Compare: return test;
    case ast::Kind::UnaryOp: {
      auto* u = static_cast<const ast::UnaryOp*>(test);
      return u->op == ast::UnaryOperator::Not ? assert_location(u->operand, statement) : statement;
    }
    case ast::Kind::BoolOp: {
      const ast::Node* found = statement;
      for (const ast::Expr* value : static_cast<const ast::BoolOp*>(test)->values)
        found = assert_location(value, found);
      return found;
    }
    case ast::Kind::IfExp: {
      auto* e = static_cast<const ast::IfExp*>(test);
      return assert_location(e->orelse, assert_location(e->body, assert_location(e->test, statement)));
    }
    default: return statement;
  }
}

}  // namespace

// (A class with a builtin base that is no exception, `class C(dict)`, is
// unknown_base: its instances are refused, classes.cpp.)
bool Emitter::is_exception_class(types::ClassId cls) const {
  return !program_.classes[cls].builtin_base.empty() && !program_.classes[cls].unknown_base;
}

// --- Exception values --------------------------------------------------------

// ValueError.__init__(self, ...) (any builtin exception class's, which is
// BaseException's) on an instance of the program's exception classes:
// what super().__init__(...) reaching it does (attributes.cpp).
std::string Emitter::explicit_exception_init(const ast::Call* c) {
  auto* a = ast::as<ast::Attribute>(c->func);
  if (!a || a->attr != "__init__" || !is_builtin_exception(program_.table.get(type_of(a->value)))) return "";
  if (c->args.empty() || c->args[0]->kind == ast::Kind::Starred) return "";
  const types::Type& self = program_.table.get(type_of(c->args[0]));
  if (self.kind != Kind::Instance || !is_exception_class(self.a)) return "";
  CallArguments arguments = call_arguments(c);
  arguments.values.erase(arguments.values.begin());
  arguments.keywords.erase(arguments.keywords.begin());
  std::vector<std::pair<std::string, std::string>> operands{{"[[maybe_unused]] auto cls_", expression(a->value)},
                                                            {cxx_type(type_of(c->args[0]), c) + " self_", expression(c->args[0])}};
  std::vector<Typed> values = evaluate_arguments(arguments, operands);
  return convert(sequenced(position(c), operands, "(" + exception_init(c, "self_", arguments, values) + ", rt::Value::none())"),
                 types::kDyn, type_of(c), c);
}

std::string Emitter::exception_call(const ast::Call* c) {
  // e.with_traceback(tb) is e (tracebacks are not values yet: tb is None).
  if (auto* method = ast::as<ast::Attribute>(c->func); method && method->attr == "with_traceback") {
    types::TypeId owner = type_of(method->value);
    bool exceptions = true;
    for (types::TypeId m : program_.table.members(owner)) {
      const types::Type& t = program_.table.get(m);
      exceptions = exceptions && (t.kind == Kind::Exception || (t.kind == Kind::Instance && is_exception_class(t.a) &&
                                                                !find_class_attribute(t.a, "with_traceback")));
    }
    if (!exceptions || c->args.size() != 1 || !c->keywords.empty()) return "";
    if (kind_of(type_of(c->args[0])) != Kind::None) unsupported(c->args[0], "a traceback object");
    std::string e = to_exception(expression(method->value), owner, method->value);
    return from_exception(sequenced(-1, {{"rt::ExceptionObject* e_", e}, {"rt::Value tb_", expression(c->args[0])}}, "e_"),
                          type_of(c), c);
  }
  const types::Type& t = program_.table.get(type_of(c->func));
  if (!is_builtin_exception(t) || c->func->kind != ast::Kind::Name) return "";
  if (!c->keywords.empty()) unsupported(c->keywords[0], "keyword arguments of an exception");
  std::string args;
  for (const ast::Expr* argument : c->args) {
    if (argument->kind == ast::Kind::Starred) unsupported(argument, "a *argument");
    // A braced list is evaluated left to right.
    args += (args.empty() ? "" : ", ") + boxed(expression(argument), type_of(argument), argument);
  }
  return "rt::make_exception(" + builtin_exception_class(t.a) + ", {" + args + "})";
}

std::string Emitter::exception_attribute(const ast::Attribute* a) {
  // type(e).__name__: the class name of any object.
  auto* call = ast::as<ast::Call>(a->value);
  if (call && (a->attr == "__name__" || a->attr == "__qualname__") && call->args.size() == 1 &&
      call->keywords.empty() && call->func->kind == ast::Kind::Name &&
      static_cast<const ast::Name*>(call->func)->id == "type" && kind_of(type_of(call->func)) == Kind::Builtin) {
    types::TypeId type = type_of(call->args[0]);
    if (kind_of(type) == Kind::Exception || is_value(type) || program_module(type)) {
      // The TypeObject's name is the qualname (`make.<locals>.E`).
      std::string object = boxed(expression(call->args[0]), type, call);
      if (a->attr == "__qualname__") return "rt::Str::from_utf8(rt::class_qualname(" + object + ".type()))";
      std::string name = "std::string_view n_ = " + object + ".type().name; ";
      return "({ " + name + "rt::Str::from_utf8(n_.substr(n_.rfind('.') + 1)); })";
    }
    return "";
  }
  types::TypeId owner = type_of(a->value);
  const types::Type& t = program_.table.get(owner);
  bool instance = t.kind == Kind::Instance && is_exception_class(t.a) && !instance_field(t.a, a->attr) &&
                  !find_class_attribute(t.a, a->attr);
  if (t.kind != Kind::Exception && !instance) return "";
  std::string value = to_exception(expression(a->value), owner, a->value);
  if (a->attr == "args") return convert("rt::exception_args(" + value + ")", tuple_var(types::kDyn), type_of(a), a);
  std::string read = sequenced(position(a), {{"rt::ExceptionObject* o_", value}},
                               "rt::getattr(rt::box(o_), " + str_constant(a->attr) + ")");
  return convert(read, types::kDyn, type_of(a), a);
}

std::string Emitter::to_exception(const std::string& value, types::TypeId from, const ast::Node* where) {
  const types::Type& t = program_.table.get(from);
  if (t.kind == Kind::Exception) return value;
  if (t.kind == Kind::Instance && is_exception_class(t.a)) return "static_cast<rt::ExceptionObject*>(" + value + ")";
  if (is_value(from)) return "rt::exception_of(" + value + ")";
  unsupported(where, "a '" + program_.table.format(from) + "' used as an exception");
}

std::string Emitter::from_exception(const std::string& value, types::TypeId to, const ast::Node* where) {
  const types::Type& t = program_.table.get(to);
  if (t.kind == Kind::Exception) return value;
  if (t.kind == Kind::Instance && is_exception_class(t.a)) return "static_cast<" + class_struct(t.a) + "*>(" + value + ")";
  if (is_value(to)) return "rt::box(" + value + ")";
  unsupported(where, "an exception used as '" + program_.table.format(to) + "'");
}

// `raise e` and `raise ... from e`: the rt::ExceptionObject* (null for
// `from None`), instantiating a class with no arguments.
std::string Emitter::raised_exception(const ast::Expr* e, bool cause) {
  types::TypeId type = type_of(e);
  const types::Type& t = program_.table.get(type);
  if (is_builtin_exception(t) && e->kind == ast::Kind::Name)
    return "rt::make_exception(" + builtin_exception_class(t.a) + ", {})";
  switch (t.kind) {
    case Kind::Exception: return expression(e);
    case Kind::Instance:
      if (!is_exception_class(t.a)) break;
      return "static_cast<rt::ExceptionObject*>(" + expression(e) + ")";
    case Kind::Class: {
      if (!is_exception_class(t.a) || e->kind != ast::Kind::Name) break;
      if (find_class_attribute(t.a, "__init__") || find_class_attribute(t.a, "__new__"))
        unsupported(e, "raising a class with its own __init__");
      if (per_run(t.a))  // the run's class object the name holds (run_classes.cpp)
        return "({ auto* self_ = rt::new_instance<" + class_struct(t.a) + ">(); self_->run_ = " + expression(e) +
               "; static_cast<rt::ExceptionObject*>(self_); })";
      return "static_cast<rt::ExceptionObject*>(rt::new_instance<" + class_struct(t.a) + ">())";
    }
    case Kind::None:
      if (cause) return "static_cast<rt::ExceptionObject*>(nullptr)";
      break;
    case Kind::Union:
    case Kind::Dyn:
      return std::string(cause ? "rt::cause_of(" : "rt::exception_of(") + expression(e) + ")";
    default: break;
  }
  unsupported(e, "raising a '" + program_.table.format(type) + "'");
}

// The test of an `except` clause against the caught `exception`.
std::string Emitter::handler_test(const ast::Expr* type, const std::string& exception) {
  auto* classes = ast::as<ast::Tuple>(type);
  bool known = classes ? std::all_of(classes->elts.begin(), classes->elts.end(),
                                     [&](const ast::Expr* e) { return !exception_class(type_of(e)).empty(); })
                       : !exception_class(type_of(type)).empty();
  // Classes known at run time only (a name bound to a tuple of them), which
  // CPython checks all before matching any.
  if (!known) return "rt::handler_matches(rt::box(" + exception + "), " + boxed(expression(type), type_of(type), type) + ")";
  if (classes) {
    std::string out;
    for (const ast::Expr* cls : classes->elts) out += (out.empty() ? "" : " || ") + handler_test(cls, exception);
    return "(" + out + ")";
  }
  return "rt::exception_matches(" + exception + ", " + exception_class(type_of(type)) + ")";
}

std::string Emitter::exception_class(types::TypeId type) const {
  const types::Type& t = program_.table.get(type);
  if (is_builtin_exception(t)) return builtin_exception_class(t.a);
  // A class made per run of its statement: which run's class object it is
  // is known at run time only (run_classes.cpp), as rt::handler_matches tests.
  if (t.kind == Kind::Class && is_exception_class(t.a) && !per_run(t.a)) return class_struct(t.a) + "::type";
  return "";
}

// --- Statements --------------------------------------------------------------

void Emitter::raise_statement(const ast::Raise* r) {
  if (!r->exc) {
    line("pos_ = " + std::to_string(position(r)) + "; rt::reraise();");
    return;
  }
  std::string e = raised_exception(r->exc, false);
  if (!r->cause) {
    line("{ rt::ExceptionObject* e_ = " + e + "; pos_ = " + std::to_string(position(r)) + "; rt::raise(e_); }");
    return;
  }
  std::string cause = raised_exception(r->cause, true);
  line("{ rt::ExceptionObject* e_ = " + e + "; rt::ExceptionObject* c_ = " + cause +
       "; pos_ = " + std::to_string(position(r)) + "; rt::raise_from(e_, c_); }");
}

void Emitter::assert_statement(const ast::Assert* a) {
  line("if (!(" + truth(a->test) + ")) {");
  std::string at = std::to_string(position(assert_location(a->test, a)));
  if (a->msg)
    line("  rt::Value m_ = " + boxed(expression(a->msg), type_of(a->msg), a->msg) + "; pos_ = " + at +
         "; rt::raise_assertion(m_);");
  else
    line("  pos_ = " + at + "; rt::raise_assertion();");
  line("}");
}

template <class TryNode>
void Emitter::try_statement(const TryNode* t) {
  if (t->finalbody.empty()) return try_except(t);
  std::string id = std::to_string(current_->labels++);
  std::string why = "why" + id, exc = "exc" + id;
  line("{");
  ++indent_;
  line("[[maybe_unused]] int " + why + " = 0;");
  line("rt::ExceptionObject* " + exc + " = nullptr;");
  bool returns = return_slot(id);
  std::set<std::string> before = current_->bound;
  Cleanup cleanup{t, current_->labels - 1, "", {}, {}};
  collect_leaving(t->body, cleanup.leaving);
  for (const ast::ExceptHandler* h : t->handlers) collect_leaving(h->body, cleanup.leaving);
  collect_leaving(t->orelse, cleanup.leaving);
  current_->cleanups.push_back(std::move(cleanup));
  line("try {");
  ++indent_;
  if (t->handlers.empty()) block(t->body);
  else try_except(t);
  std::set<int> reasons = close_guarded_body(exc, id);
  // The finally runs after any prefix of the try: only what was bound
  // before is known to be bound in it.
  std::set<std::string> after_try = std::move(current_->bound);
  current_->bound = std::move(before);
  line("{");
  ++indent_;
  line("rt::HandlingScope handling" + id + "(" + exc + " ? " + exc + " : rt::handled_exception());");
  block(t->finalbody);
  --indent_;
  line("}");
  current_->bound.insert(after_try.begin(), after_try.end());
  line("if (" + exc + ") rt::rethrow(" + exc + ");");
  for (int reason : reasons) {
    line("if (" + why + " == " + std::to_string(reason) + ") {");
    ++indent_;
    leave_from(t, reason, reason == kReturn && returns ? "ret" + id : "");
    --indent_;
    line("}");
  }
  --indent_;
  line("}");
}

template void Emitter::try_statement(const ast::Try* t);
template void Emitter::try_statement(const ast::TryStar* t);

// Declares `exc` and runs `body` in a C++ try that leaves what it raised
// there. Returns the names the body bound, which only code that knows the
// body finished may count on.
std::set<std::string> Emitter::caught_body(const ast::Seq<ast::Stmt*>& body, const std::string& exc) {
  line("rt::ExceptionObject* " + exc + " = nullptr;");
  line("try {");
  ++indent_;
  block(body);
  --indent_;
  catch_recording(exc + " = e.object();");
  return std::move(current_->bound);
}

// Closes a C++ try: an exception gets this frame's traceback entry once,
// then `take` (a statement reading `e`) runs.
void Emitter::catch_recording(const std::string& take) {
  line("} catch (const rt::PyException& e) {");
  line("  e.record_frame(" + frame_name(current_->spec) + ", pos_);");
  line("  " + take);
  line("}");
}

// Closes `if (exc) { handlers }` with the try's else, which runs with the
// names the whole body bound, and leaves those bound.
void Emitter::else_of_try(const ast::Seq<ast::Stmt*>& orelse, std::set<std::string> after_body) {
  current_->bound = std::move(after_body);
  if (!orelse.empty()) {
    line("} else {");
    ++indent_;
    block(orelse);
    --indent_;
  }
  line("}");
}

// Binds `except ... as name` to the exception `exc`; returns the C++
// variable, or "" for a clause without a name.
std::string Emitter::bind_handler_name(const ast::ExceptHandler* h, const std::string& exc) {
  if (!h->name.data()) return "";
  const sema::Symbol* symbol = symbols_->lookup(*current_->scope, h->name);
  if (!symbol) unsupported(h, "this except clause's name");
  line(store_symbol(*symbol, h, from_exception(exc, symbol_type(*symbol, h), h)));
  return symbol_variable(*symbol, h);
}

void Emitter::try_except(const ast::Try* t) {
  std::string id = std::to_string(current_->labels++);
  std::string exc = "exc" + id;
  line("{");
  ++indent_;
  std::set<std::string> before = current_->bound;
  std::set<std::string> after_body = caught_body(t->body, exc);
  std::vector<std::set<std::string>> exits;
  bool caught_all = false;
  for (size_t i = 0; i < t->handlers.size(); ++i) {
    const ast::ExceptHandler* h = t->handlers[i];
    std::string test = h->type ? handler_test(h->type, exc) : "true";
    caught_all = !h->type;
    line((i ? "} else if (" : "if (" + exc + ") {\n" + std::string(2 * indent_ + 2, ' ') + "if (") + test + ") {");
    indent_ += 2;
    line("rt::HandlingScope handling" + id + "(" + exc + ");");
    current_->bound = before;
    if (std::string variable = bind_handler_name(h, exc); !variable.empty()) {
      Cleanup unbind{h, -1, flag(variable) + " = false;", {}, {}};
      collect_leaving(h->body, unbind.leaving);
      current_->cleanups.push_back(std::move(unbind));
      block(h->body);
      current_->cleanups.pop_back();
      line(flag(variable) + " = false;");
      current_->bound.erase(variable);
    } else {
      block(h->body);
    }
    exits.push_back(std::move(current_->bound));
    indent_ -= 2;
  }
  if (!caught_all) line("  } else {\n" + std::string(2 * indent_ + 4, ' ') + "rt::rethrow(" + exc + ");");
  line("  }");
  else_of_try(t->orelse, std::move(after_body));
  for (const std::set<std::string>& handled : exits)
    std::erase_if(current_->bound, [&](const std::string& name) { return !handled.count(name); });
  --indent_;
  line("}");
}

std::string Emitter::raising_operation(const ast::Expr* e) {
  // A variable that never holds a value here: reading it is reading an
  // unbound variable (or the code never runs).
  if (auto* name = ast::as<ast::Name>(e)) {
    const sema::Symbol& found = symbol(name);
    if (found.is_free()) return "";
    return "({ pos_ = " + std::to_string(position(name)) + "; " + raise_unbound(found) + "; rt::Value(); })";
  }
  auto operand = [&](const ast::Expr* x) { return boxed(expression(x), type_of(x), x); };
  if (auto* b = ast::as<ast::BinOp>(e)) {
    std::string left = operand(b->left), right = operand(b->right);
    return sequenced(binary_position(b), {{"rt::Value a_", left}, {"rt::Value b_", right}},
                     "rt::binary(rt::BinaryOp(" + std::to_string(int(b->op)) + "), a_, b_)");
  }
  if (auto* s = ast::as<ast::Subscript>(e)) {
    std::vector<std::pair<std::string, std::string>> operands{{"rt::Value c_", operand(s->value)}};
    if (auto* slice = ast::as<ast::Slice>(s->slice)) {
      for (auto& bound : slice_operands(slice)) operands.push_back(std::move(bound));
      return sequenced(position(s), operands, "rt::getslice(c_, b0_, b1_, b2_)");
    }
    operands.emplace_back("rt::Value k_", operand(s->slice));
    return sequenced(position(s), operands, "rt::getitem(c_, k_)");
  }
  if (auto* u = ast::as<ast::UnaryOp>(e); u && u->op != ast::UnaryOperator::Not)
    return sequenced(position(u), {{"rt::Value a_", operand(u->operand)}},
                     "rt::unary(rt::UnaryOp(" + std::to_string(int(u->op)) + "), a_)");
  // A builtin given arguments it refuses (abs(x=1)): its TypeError (builtin_values.cpp).
  if (auto* c = ast::as<ast::Call>(e); c && is_builtin_value(type_of(c->func)) &&
                                         builtin_refuses(program_.table.get(type_of(c->func)).a, call_arguments(c).keywords, false))
    return builtin_value_call(c);
  return "";
}

// `del x` raises what reading an unbound x raises, then unbinds it.
void Emitter::delete_name(const ast::Name* name) {
  line("(void)" + read(name) + ";");
  std::string variable = this->variable(name);
  line(flag(variable) + " = false;");
  current_->bound.erase(variable);
}

// --- Leaving try statements ----------------------------------------------------

// `retN`, where a return through finally N keeps its value; false when
// the function returns nothing.
bool Emitter::return_slot(const std::string& id) {
  if (current_->generator) {
    line("[[maybe_unused]] rt::Value ret" + id + ";");  // what StopIteration carries
    return true;
  }
  if (return_type(current_->spec) == "void") return false;
  line("[[maybe_unused]] " + declaration(program_.spec(current_->spec).result.type, "ret" + id));
  return true;
}

void Emitter::leave(const ast::Stmt* s, const std::string& value) {
  int reason = s->kind == ast::Kind::Break ? kBreak : s->kind == ast::Kind::Continue ? kContinue : kReturn;
  if (current_->cleanups.empty() || value.empty()) return leave_from(s, reason, value);
  // The value is computed before any cleanup runs (it may read the name a
  // handler deletes).
  line("{");
  ++indent_;
  line("auto rv_ = " + value + ";");
  leave_from(s, reason, "rv_");
  --indent_;
  line("}");
}

void Emitter::leave_from(const ast::Stmt* from, int reason, const std::string& value) {
  auto& cleanups = current_->cleanups;
  for (size_t i = cleanups.size(); i-- > 0;) {
    Cleanup& c = cleanups[i];
    if (reason != kReturn && !c.leaving.count(from)) break;
    if (c.id < 0) {
      line(c.unbind);
      continue;
    }
    std::string id = std::to_string(c.id);
    if (!value.empty()) line("ret" + id + " = " + value + ";");
    line("why" + id + " = " + std::to_string(reason) + "; goto fin" + id + ";");
    c.reasons.insert(reason);
    return;
  }
  if (reason == kBreak) return line("break;");
  if (reason == kContinue) return line("continue;");
  if (current_->generator) return line("co_return " + value + ";");
  line(value.empty() ? "return;" : "return " + value + ";");
}

// Ends the C++ try around a body whose cleanup (a finally, a with's
// __exit__) must run however it is left: an exception is kept in `exc`,
// with this frame recorded once, for the cleanup to re-raise. Returns the
// jumps (return, break, continue) that left the body for label fin<id>.
std::set<int> Emitter::close_guarded_body(const std::string& exc, const std::string& id) {
  --indent_;
  catch_recording(exc + " = e.object();");
  std::set<int> reasons = std::move(current_->cleanups.back().reasons);
  current_->cleanups.pop_back();
  if (!reasons.empty()) line("fin" + id + ":;");
  return reasons;
}

}  // namespace ingot::codegen
