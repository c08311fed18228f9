// Statements: assignment, if/elif/else, while, for over range(...),
// break/continue, return, and defs at module level (emitted as functions
// by functions.cpp, so the def statement itself does nothing here).
#include "codegen/emitter.h"

namespace ingot::codegen {

using types::Kind;

void Emitter::line(const std::string& text) {
  out_.append(2 * indent_, ' ');
  out_ += text;
  out_ += '\n';
}

void Emitter::line_directive(const ast::Node* node) {
  out_ += "#line " + std::to_string(node->loc.lineno) + " " + quoted(path_) + "\n";
}

void Emitter::block(const ast::Seq<ast::Stmt*>& body) {
  for (const ast::Stmt* s : body) {
    // What follows a statement that leaves, or a test no value passes, never runs (types/flow.cpp).
    if (s != body[0] && dead(s)) return line("rt::unreachable<void>();");
    statement(s);
  }
}

bool Emitter::dead(const ast::Node* region) const { return program_.spec(current_->spec).dead(region); }

void Emitter::assign(const ast::Expr* target, const std::string& value, types::TypeId value_type) {
  // A value that never comes (it raises): nothing to store.
  if (kind_of(value_type) == Kind::Bottom) return line("(void)" + value + ";");
  auto* name = ast::as<ast::Name>(target);
  if (!name) return line(bind(target, value, value_type));  // iteration.cpp: items and unpacking
  variable(name);  // first: a variable without a representation is the error to report
  line(store(name, convert(value, value_type, variable_type(name), target)));
}

// (name := value): the value, stored on the way. The name is not counted
// as bound after it: the expression may not run (`x and (n := f())`).
std::string Emitter::named_expression(const ast::NamedExpr* n) {
  auto* name = static_cast<const ast::Name*>(n->target);
  types::TypeId type = type_of(n->value);
  std::set<std::string> bound = current_->bound;
  std::string value = expression(n->value);
  variable(name);  // first: a variable without a representation is the error to report
  std::string w = "w" + std::to_string(++temporaries_) + "_";
  std::string stored = store(name, convert(w, type, variable_type(name), n));
  current_->bound = std::move(bound);
  return "({ " + cxx_type(type, n) + " " + w + " = " + value + "; " + stored + " " + w + "; })";
}

std::string Emitter::range_value(const ast::Expr* iter) {
  auto* call = ast::as<ast::Call>(iter);
  auto* callee = call ? ast::as<ast::Name>(call->func) : nullptr;
  if (!callee || callee->id != "range" || kind_of(type_of(callee)) != Kind::Builtin || !call->keywords.empty() ||
      call->args.empty() || call->args.size() > 3)
    unsupported(iter, "a for loop over anything but range(...)");
  // A zero step (ValueError) raises at the range() call; bounds of any
  // size are kept (rt::Range::of).
  std::vector<std::pair<std::string, std::string>> operands;
  std::string bounds;
  for (uint32_t i = 0; i < call->args.size(); ++i) {
    const ast::Expr* argument = call->args[i];
    types::TypeId type = type_of(argument);
    Kind kind = kind_of(type);
    std::string value;
    if (kind == Kind::Int || kind == Kind::Bool) {
      value = convert(expression(argument), type, types::kInt, argument);
    } else {
      // Anything else is operator.index()'s: an instance's __index__, a
      // Value holding an int, or CPython's TypeError ("'float' object
      // cannot be interpreted as an integer").
      auto index = [](const std::string& v) { return "rt::index_value(" + v + ")"; };
      std::optional<std::string> instance = instance_index(argument, index);
      value = instance ? *instance : index(box_value(expression(argument), type));
    }
    std::string name = "b" + std::to_string(i);
    operands.emplace_back("rt::Int " + name, value);
    bounds += (i ? ", " : "") + name;
  }
  return sequenced(position(call), operands, "rt::Range::of(" + bounds + ")");
}

void Emitter::for_range(const ast::For* f) {
  std::string range = range_value(f->iter);
  auto* target = ast::as<ast::Name>(f->target);
  if (!target) unsupported(f->target, "a for loop target that is not a name");
  line("{");
  ++indent_;
  line("rt::Range range_ = " + range + ";");
  line("for (rt::Int i_ : range_) {");
  std::set<std::string> before = current_->bound;  // the body may not run
  ++indent_;
  line(store(target, convert("i_", types::kInt, variable_type(target), target)));
  block(f->body);
  current_->bound = std::move(before);
  --indent_;
  line("}");
  --indent_;
  line("}");
}

void Emitter::discard(const ast::Expr* e) {
  if (kind_of(type_of(e)) != Kind::Bottom) {
    line("(void)" + expression(e) + ";");
    return;
  }
  // An expression that never produces a value: emit what runs until the
  // part that raises (a call that never returns, typically unbounded
  // recursion ending in RecursionError).
  if (auto* call = ast::as<ast::Call>(e)) {
    types::TypeId callee = type_of(call->func);
    const types::Type& type = program_.table.get(callee);
    if (type.kind == Kind::Function) {
      line(function_call(call) + ";");
      return;
    }
    // An instance whose __call__ always raises (attributes.cpp's dispatch
    // writes a result it never has as no value).
    if (is_instance_receiver(callee)) return line(instance_method_call(call, call->func, "__call__") + ";");
  }
  if (auto* b = ast::as<ast::BinOp>(e); b && kind_of(type_of(b->left)) == Kind::Bottom) {
    discard(b->left);
    return;
  }
  if (auto* call = ast::as<ast::Call>(e))  // g.send(v) of a generator that never yields
    if (std::string g = generator_call(call); !g.empty()) return line("(void)" + g + ";");  // generators.cpp
  if (auto raised = container_raising(e)) return line(*raised + ";");  // containers.cpp
  if (std::string raised = attribute_raising(e); !raised.empty()) return line(raised + ";");  // attributes.cpp
  if (std::string raised = unreached(e); !raised.empty()) return line("(void)" + raised + ";");  // unreached.cpp
  if (std::string raised = raising_operation(e); !raised.empty()) return line("(void)" + raised + ";");  // exceptions.cpp
  unsupported(e, "code that always raises");
}

void Emitter::statement(const ast::Stmt* s) {
  line_directive(s);
  switch (s->kind) {
    case ast::Kind::ExprStmt: {
      auto* e = static_cast<const ast::ExprStmt*>(s);
      if (statement_left_out(s)) return;  // unreached_classes.cpp
      discard(e->value);
      return;
    }
    case ast::Kind::Assign: {
      auto* a = static_cast<const ast::Assign*>(s);
      auto* targets = ast::as<ast::Tuple>(a->targets[0]);
      auto* values = ast::as<ast::Tuple>(a->value);
      // a, b = b, a pairs values with targets; other shapes unpack (iteration.cpp).
      bool pairs = targets && values && targets->elts.size() == values->elts.size();
      for (size_t i = 0; pairs && i < values->elts.size(); ++i)
        pairs = values->elts[i]->kind != ast::Kind::Starred && targets->elts[i]->kind != ast::Kind::Starred;
      if (a->targets.size() == 1 && !pairs) {
        if (std::string copy = slice_copy(a->targets[0], a->value); !copy.empty()) return line(copy);
        if (std::string refill = scratch_slice(a->targets[0], a->value); !refill.empty()) return line(refill);
        if (auto* name = ast::as<ast::Name>(a->targets[0]))
          if (auto append = str_append(a, name)) return line(store(name, *append));  // str_appends.cpp
        // A repeated display is made as the variable's type (expression_as).
        if (auto* name = ast::as<ast::Name>(a->targets[0]); name && a->value->kind == ast::Kind::BinOp)
          return assign(name, expression_as(a->value, variable_type(name)), variable_type(name));
        if (auto update = dict_update(a->targets[0], a->value)) return line(*update);  // dict_updates.cpp
        assign(a->targets[0], expression(a->value), type_of(a->value));
        return;
      }
      line("{");
      ++indent_;
      if (a->targets.size() == 1) {
        // a, b = b, a: every value first, then the stores, left to right.
        if (targets->elts.size() != values->elts.size()) unsupported(s, "unpacking a tuple of another length");
        for (uint32_t i = 0; i < values->elts.size(); ++i) {
          if (values->elts[i]->kind == ast::Kind::Starred) unsupported(values->elts[i], "a *value");
          line("auto t" + std::to_string(i) + "_ = " + expression(values->elts[i]) + ";");
        }
        for (uint32_t i = 0; i < targets->elts.size(); ++i)
          assign(targets->elts[i], "t" + std::to_string(i) + "_", type_of(values->elts[i]));
      } else {  // a = b = value: one value, stored into each target in order
        line("auto t_ = " + expression(a->value) + ";");
        for (const ast::Expr* target : a->targets) assign(target, "t_", type_of(a->value));
      }
      --indent_;
      line("}");
      return;
    }
    case ast::Kind::AnnAssign: {
      // `x: T = v` stores like `x = v`. The annotation is never evaluated:
      // CPython does not in functions; at module and class level it would
      // only fill __annotations__, which ingot does not model yet.
      auto* a = static_cast<const ast::AnnAssign*>(s);
      if (a->value) return assign(a->target, expression(a->value), type_of(a->value));
      if (a->target->kind != ast::Kind::Name) unsupported(s, "an annotation of an attribute or item without a value");
      return;
    }
    case ast::Kind::AugAssign: {
      auto* a = static_cast<const ast::AugAssign*>(s);
      if (auto* item = ast::as<ast::Subscript>(a->target)) return aug_assign_subscript(a, item);  // containers.cpp
      if (auto* attribute = ast::as<ast::Attribute>(a->target)) return aug_assign_attribute(a, attribute);  // attributes.cpp
      auto* name = ast::as<ast::Name>(a->target);
      if (!name) unsupported(a->target, "augmented assignment to " + construct_name(a->target->kind));
      if (auto append = str_append(a, name)) return line(store(name, *append));  // str_appends.cpp
      types::TypeId type = variable_type(name);
      // The operation's result type is the target's new type; the analysis
      // joined it into the variable. Containers change in place.
      std::string operand = expression(a->value);
      // In a class body the target may be read from the global (class_reads.cpp).
      types::TypeId read_type = type;
      std::string current = read_fallback(name, type_of(name));
      if (current.empty()) current = read(name);
      else read_type = type_of(name);
      auto in_place = container_augmented(s, a->op, read_type, current, type_of(a->value), operand);
      std::string value = in_place ? *in_place : binary_op(s, a->op, read_type, current, type_of(a->value), operand, type);
      line(store(name, value));
      return;
    }
    case ast::Kind::If: {
      auto* i = static_cast<const ast::If*>(s);
      line("if (" + truth(i->test) + ") {");
      // Bound after the if: what both branches bind (a dead one never ends).
      std::set<std::string> before = current_->bound;
      bool body_dead = dead(i->body[0]), orelse_dead = !i->orelse.empty() && dead(i->orelse[0]);
      ++indent_;
      body_dead ? line("rt::unreachable<void>();") : block(i->body);
      --indent_;
      std::set<std::string> after_body = std::move(current_->bound);
      current_->bound = std::move(before);
      if (!i->orelse.empty()) {
        line("} else {");
        ++indent_;
        orelse_dead ? line("rt::unreachable<void>();") : block(i->orelse);
        --indent_;
      }
      line("}");
      if (orelse_dead) current_->bound = std::move(after_body);
      else if (!body_dead) std::erase_if(current_->bound, [&](const std::string& name) { return !after_body.count(name); });
      return;
    }
    case ast::Kind::While: return while_loop(static_cast<const ast::While*>(s));  // iteration.cpp
    case ast::Kind::For: {
      for_loop(static_cast<const ast::For*>(s));  // iteration.cpp
      return;
    }
    case ast::Kind::Break:
    case ast::Kind::Continue: return leave(s);  // exceptions.cpp: through finally blocks
    case ast::Kind::Raise: return raise_statement(static_cast<const ast::Raise*>(s));  // exceptions.cpp
    case ast::Kind::Try: return try_statement(static_cast<const ast::Try*>(s));
    case ast::Kind::TryStar: return try_statement(static_cast<const ast::TryStar*>(s));
    case ast::Kind::Assert: return assert_statement(static_cast<const ast::Assert*>(s));
    case ast::Kind::With: return with_statement(s);  // with.cpp
    case ast::Kind::Pass: return;
    case ast::Kind::Delete: return delete_statement(static_cast<const ast::Delete*>(s));  // containers.cpp
    case ast::Kind::Global: return;  // sema resolved the names
    case ast::Kind::Nonlocal: return;
    case ast::Kind::Import:
    case ast::Kind::ImportFrom: return import_statement(s);  // modules.cpp
    case ast::Kind::Return: {
      auto* r = static_cast<const ast::Return*>(s);
      if (current_->generator) return generator_return(r);
      bool has_value = r->value && !(r->value->kind == ast::Kind::Constant &&
                                     static_cast<const ast::Constant*>(r->value)->value.kind == ast::Value::Kind::None);
      if (return_type(current_->spec) == "void") {
        if (has_value) discard(r->value);
        leave(s);
      } else {
        types::TypeId result = program_.spec(current_->spec).result.type;
        if (!has_value) leave(s, convert("rt::Value::none()", types::kNone, result, s));
        else leave(s, expression_as(r->value, result));
      }
      return;
    }
    case ast::Kind::ClassDef: return class_definition(static_cast<const ast::ClassDef*>(s));  // classes.cpp
    case ast::Kind::FunctionDef:
    case ast::Kind::AsyncFunctionDef: {
      if (define_method(def_of(s))) return;  // classes.cpp
      define_function(def_of(s));  // function_values.cpp
      return;
    }
    case ast::Kind::AsyncFor: return async_for(static_cast<const ast::AsyncFor*>(s));  // coroutines.cpp
    case ast::Kind::AsyncWith: return with_statement(s);  // with.cpp
    case ast::Kind::Match: return match_statement(static_cast<const ast::Match*>(s));
    default: unsupported(s, construct_name(s->kind));
  }
}

}  // namespace ingot::codegen
