// `with` statements on instances of the program's classes (CPython 3.11's
// SETUP_WITH): __enter__'s value is bound, the body runs, and __exit__ is
// called with (None, None, None) however the body is left (break, continue
// and return included, through exceptions.cpp's cleanups), or with the
// exception's class, the exception and None when the body raised; a true
// result swallows the exception. Several items nest, left to right. A file
// (files.cpp) enters as itself and closes on exit, swallowing nothing.
// Anything else (a memoryview, a union) is boxed and entered through the
// run-time lookup of runtime/context_manager.h. `async with` is written the
// same way, awaiting what __aenter__ and __aexit__ return.
#include "codegen/emitter.h"

namespace ingot::codegen {

using types::Kind;

void Emitter::with_statement(const ast::Stmt* w) {
  if (auto* async = ast::as<ast::AsyncWith>(w)) return with_items(w, async->items, async->body, 0);
  auto* with = static_cast<const ast::With*>(w);
  with_items(w, with->items, with->body, 0);
}

void Emitter::with_items(const ast::Stmt* w, const ast::Seq<ast::WithItem*>& items, const ast::Seq<ast::Stmt*>& body,
                         size_t index) {
  if (index == items.size()) return block(body);
  const ast::WithItem* item = items[index];
  types::TypeId manager = type_of(item->context_expr);
  const types::Type& t = program_.table.get(manager);
  // `async with` awaits what __aenter__ and __aexit__ return, looked up at
  // run time (runtime/coroutine.h).
  bool async = w->kind == ast::Kind::AsyncWith;
  bool file = t.kind == Kind::File && !async;
  // Anything else is boxed and looked up at run time (runtime/context_manager.h).
  bool dynamic = (t.kind != Kind::Instance && !file) || async;
  bool typed = !file && !dynamic;
  std::optional<ClassAttribute> enter = typed ? find_class_attribute(t.a, "__enter__") : std::nullopt;
  std::optional<ClassAttribute> exit = typed ? find_class_attribute(t.a, "__exit__") : std::nullopt;
  if (typed && (!enter || !exit || kind_of(enter->type) != Kind::Function || kind_of(exit->type) != Kind::Function))
    unsupported(item->context_expr, "a with statement on a class without __enter__ and __exit__ methods");

  std::string id = std::to_string(current_->labels++);
  std::string why = "why" + id, exc = "exc" + id, mgr = "mgr" + id;
  line("{");
  ++indent_;
  line("[[maybe_unused]] int " + why + " = 0;");
  line("rt::ExceptionObject* " + exc + " = nullptr;");
  bool returns = return_slot(id);
  int position_at = position(item->context_expr);
  std::string at = std::to_string(position_at);
  Typed entered;
  if (dynamic) {
    line("rt::Value " + mgr + " = " + convert(expression(item->context_expr), manager, types::kDyn, item) + ";");
    line("rt::Value exit" + id + ";");
    if (async) {
      line("rt::Value aentered" + id + ";");
      await_into("aentered" + id, "rt::async_enter(" + mgr + ", &exit" + id + ")", position_at);
      entered = {"aentered" + id, types::kDyn};
    } else {
      entered = {"({ pos_ = " + at + "; rt::with_enter(" + mgr + ", &exit" + id + "); })", types::kDyn};
    }
  } else {
    line(cxx_type(manager, item) + " " + mgr + " = " + expression(item->context_expr) + ";");
    entered = file ? Typed{"(rt::file_enter(" + mgr + "), " + mgr + ")", manager} : call_method_values(item, t.a, mgr, *enter, {});
  }
  if (item->optional_vars) {
    line("auto entered" + id + " = " + entered.code + ";");
  } else {
    line("(void)" + entered.code + ";");
  }
  std::set<std::string> before = current_->bound;
  Cleanup cleanup{w, current_->labels - 1, "", {}, {}};
  collect_leaving(body, cleanup.leaving);
  current_->cleanups.push_back(std::move(cleanup));
  line("try {");
  ++indent_;
  if (item->optional_vars) assign(item->optional_vars, "entered" + id, entered.type);
  with_items(w, items, body, index + 1);
  std::set<int> reasons = close_guarded_body(exc, id);
  current_->bound = std::move(before);
  Typed none{"rt::Value::none()", types::kNone};
  line("pos_ = " + at + ";");
  line("if (" + exc + ") {");
  ++indent_;
  line("rt::HandlingScope handling" + id + "(" + exc + ");");
  if (file) {
    line("rt::file_close(" + mgr + ");");
    line("rt::rethrow(" + exc + ");");
  } else if (async) {
    line("rt::Value swallow" + id + ";");
    await_into("swallow" + id, "rt::async_exit(exit" + id + ", " + exc + ")", position_at);
    line("if (!rt::truth(swallow" + id + ")) rt::rethrow(" + exc + ");");
  } else if (dynamic) {
    line("if (!rt::with_exit(exit" + id + ", " + exc + ")) rt::rethrow(" + exc + ");");
  } else {
    // The exception goes on as it came to __exit__: frames it passed
    // through inside (a contextmanager's generator) leave no entries, as
    // CPython's contextmanager puts the traceback back.
    line("rt::TracebackEntry* tb" + id + " = " + exc + "->traceback;");
    std::string reraise = "{ " + exc + "->traceback = tb" + id + "; " + exc + "->frame_recorded = true; rt::rethrow(" +
                          exc + "); }";
    Typed raised = call_method_values(
        item, t.a, mgr, *exit, {{"rt::exception_class_value(" + exc + ")", types::kDyn}, {"rt::box(" + exc + ")", types::kDyn}, none});
    if (kind_of(raised.type) == Kind::None) {  // an __exit__ without result: a C++ void call
      line("(void)" + raised.code + ";");
      line(reraise);
    } else {
      line("if (!" + truth_of(raised.type, raised.code, item) + ") " + reraise);
    }
  }
  --indent_;
  line("} else {");
  if (file) {
    line("  rt::file_close(" + mgr + ");");
  } else if (async) {
    ++indent_;
    line("rt::Value ignored" + id + ";");
    await_into("ignored" + id, "rt::async_exit(exit" + id + ", nullptr)", position_at);
    --indent_;
  } else if (dynamic) {
    line("  (void)rt::with_exit(exit" + id + ", nullptr);");
  } else {
    Typed left = call_method_values(item, t.a, mgr, *exit, {none, none, none});
    line("  (void)" + left.code + ";");
  }
  line("}");
  for (int reason : reasons) {
    line("if (" + why + " == " + std::to_string(reason) + ") {");
    ++indent_;
    leave_from(w, reason, reason == kLeaveReturn && returns ? "ret" + id : "");
    --indent_;
    line("}");
  }
  --indent_;
  line("}");
}

}  // namespace ingot::codegen
