// `try ... except*` (PEP 654): the exception the body raised goes to an
// rt::StarHandling (runtime/exception_group.h), each clause takes the part
// its classes match as a group (running with that group as the exception
// being handled), what a clause raises is collected instead of leaving, and
// after the last clause the rest and what was raised are raised together.
// A clause cannot break, continue or return (sema rejects it), so the C++
// try around its body is left only at its end or by an exception.
#include "codegen/emitter.h"

namespace ingot::codegen {

void Emitter::try_except(const ast::TryStar* t) {
  std::string id = std::to_string(current_->labels++);
  std::string exc = "exc" + id, star = "star" + id;
  line("{");
  ++indent_;
  std::set<std::string> before = current_->bound;
  std::set<std::string> after_body = caught_body(t->body, exc);
  line("if (" + exc + ") {");
  ++indent_;
  line("rt::StarHandling " + star + "(" + exc + ");");
  for (const ast::ExceptHandler* h : t->handlers) {
    std::vector<const ast::Expr*> types{h->type};
    if (auto* tuple = ast::as<ast::Tuple>(h->type)) types.assign(tuple->elts.begin(), tuple->elts.end());
    std::string classes;
    for (const ast::Expr* type : types) {
      std::string cls = exception_class(type_of(type));
      if (cls.empty()) unsupported(type, "catching a '" + program_.table.format(type_of(type)) + "'");
      classes += (classes.empty() ? "&" : ", &") + cls;
    }
    line("if (rt::ExceptionObject* m_ = " + star + ".match({" + classes + "})) {");
    ++indent_;
    line("rt::HandlingScope handling" + id + "(m_);");
    current_->bound = before;
    line("try {");
    ++indent_;
    std::string variable = bind_handler_name(h, "m_");
    block(h->body);
    --indent_;
    catch_recording(star + ".raised(e.object());");
    if (!variable.empty()) line(flag(variable) + " = false;");
    --indent_;
    line("}");
  }
  line(star + ".finish();");
  --indent_;
  else_of_try(t->orelse, std::move(after_body));
  // What the body, or a prefix of it, bound before a clause ran is not
  // known to be bound after the statement.
  current_->bound = std::move(before);
  --indent_;
  line("}");
}

}  // namespace ingot::codegen
