// Iterating instances of the program's classes: `for x in obj`, list(obj),
// sum(obj), zip(obj, ...), `yield from obj`, comprehensions.
//
// Every place that iterates writes `rt::iterate(value)`, so an iterable
// class K gets an overload `iterate(cK_N*)` (global namespace, found by
// `rt::iterate(p)` through a using-declaration and by the runtime's
// templates through ADL) returning an rt::Iter<T> of the items. It
// dispatches on the object's class, which may be any subclass of K:
//  - __iter__ returning an instance: its __next__ until StopIteration;
//  - __iter__ returning a generator or container: that one's items;
//  - no __iter__ but __getitem__: obj[0], obj[1], ... until IndexError
//    (the old sequence protocol).
// T is the items' representation when every class gives the same type,
// else rt::Value. Boxed instances iterate through the TypeObject's
// iter/next/getitem slots instead (dunders.cpp, runtime/dynamic_iter.h).
#include <algorithm>

#include "codegen/emitter.h"

namespace ingot::codegen {
namespace {

using types::Kind;

}  // namespace

std::vector<types::TypeId> Emitter::self_types(types::ClassId cls) const {
  std::vector<types::TypeId> out;
  auto add = [&](types::TypeId t) {
    if (t != types::kBottom) out.push_back(t);
  };
  add(find_type(Kind::Instance, cls, 0));
  for (types::ClassId k : program_.classes[cls].mro) add(find_type(Kind::Instance, k, 1));
  return out;
}

// The specialisation of `dunder` that a call on an instance of exactly
// `cls` runs (as call_method chooses: self typed exactly cls, else a base
// `B+` along its MRO) with `params` arguments after self, the first of
// type `first` if given.
types::SpecId Emitter::dunder_spec(types::ClassId cls, std::string_view dunder, size_t params,
                                   types::TypeId first) const {
  std::optional<ClassAttribute> found = find_class_attribute(cls, dunder);
  if (!found || kind_of(found->type) != Kind::Function) return types::kNoSpec;
  const types::FunctionInfo& info = program_.functions[program_.table.get(found->type).a];
  for (types::TypeId self : self_types(cls)) {
    for (types::SpecId id : info.specs) {
      const types::Spec& s = program_.spec(id);
      if (!s.live || s.on_dyn || s.args.size() != params + 1 || s.args[0] != self) continue;
      if (first != types::kBottom && params > 0 && s.args[1] != first) continue;
      return id;
    }
  }
  return types::kNoSpec;
}

// How an instance of exactly `cls` iterates, and the type of its items.
Emitter::ClassIteration Emitter::class_iteration(types::ClassId cls) const {
  if (types::SpecId iter = dunder_spec(cls, "__iter__", 0); iter != types::kNoSpec) {
    types::TypeId result = program_.spec(iter).result.type;
    const types::Type& r = program_.table.get(result);
    if (r.kind == Kind::Generator || is_container(result) || r.kind == Kind::Str || r.kind == Kind::Range)
      return {IterationKind::Items, result, item_type(result, nullptr)};
    bool others = false;
    std::vector<types::ClassId> iterators = receiver_classes(result, &others);
    if (others || iterators.empty() || is_value(result)) return {IterationKind::Boxed, result, types::kDyn};
    types::TypeId item = types::kBottom;
    for (types::ClassId k : iterators) {
      types::SpecId next = dunder_spec(k, "__next__", 0);
      if (next == types::kNoSpec) continue;
      types::TypeId one = program_.spec(next).result.type;
      if (kind_of(one) == Kind::Bottom) continue;
      item = item == types::kBottom || item == one ? one : types::kDyn;
    }
    return {IterationKind::Next, result, item};
  }
  if (types::SpecId get = dunder_spec(cls, "__getitem__", 1, types::kInt); get != types::kNoSpec)
    return {IterationKind::Sequence, types::kInt, program_.spec(get).result.type};
  return {IterationKind::None, types::kBottom, types::kBottom};
}

// What iterating a `K` or `K+` gives: one type for all the classes that
// iterate, else dyn; nullopt when none of them iterates.
std::optional<types::TypeId> Emitter::instance_item_type(types::ClassId cls) const {
  std::optional<types::TypeId> item;
  for (types::ClassId k : subclasses(cls)) {
    ClassIteration how = class_iteration(k);
    if (how.kind == IterationKind::None) continue;
    types::TypeId one = kind_of(how.item) == Kind::Bottom ? types::kDyn : how.item;
    item = !item || *item == one ? one : types::kDyn;
  }
  return item;
}

std::string Emitter::iterate_overload_signature(types::ClassId cls) const {
  types::TypeId item = *instance_item_type(cls);
  return "static rt::Iter<" + element_cxx(item, nullptr) + "> iterate(" + class_struct(cls) + "* o_)";
}

std::string Emitter::iterate_overload_declarations() const {
  std::string out;
  for (const types::ClassInfo& cls : program_.classes)
    if (!class_left_out(cls.id) && instance_item_type(cls.id)) out += iterate_overload_signature(cls.id) + ";\n";
  if (!out.empty()) out += "namespace ingot::rt { using ::iterate; }\n";
  return out;
}

// One class's branch of the overload: returns the iterator of `self_`.
std::string Emitter::iterate_branch(types::ClassId cls, types::TypeId item) {
  ClassIteration how = class_iteration(cls);
  const ast::Node* where = program_.classes[cls].node;
  std::string t = element_cxx(item, where);
  // A StopIteration (IndexError too for the sequence protocol) out of the
  // step ends the iteration.
  auto step = [&](const std::string& capture, const std::string& produce, bool index_error) {
    std::string ends = "e_.matches(rt::exc::StopIteration)";
    if (index_error) ends += " || e_.matches(rt::exc::IndexError)";
    return "return rt::Iter<" + t + ">::from_step([" + capture + "](" + t + "& out_) mutable { int32_t pos_ = 0; (void)pos_; try { " +
           produce + " return true; } catch (const rt::PyException& e_) { if (!(" + ends + ")) throw; return false; } });";
  };
  switch (how.kind) {
    case IterationKind::None:
      return "rt::raise(rt::exc::TypeError, " + quoted("'" + program_.classes[cls].name + "' object is not iterable") + ");";
    case IterationKind::Sequence: {
      Typed got = call_method(where, cls, "self_", *find_class_attribute(cls, "__getitem__"), CallArguments{}, {},
                              {{"rt::Int(i_)", types::kInt}});
      return step("self_, i_ = int64_t(0)", "out_ = " + convert(got.code, got.type, item, where) + "; ++i_;", true);
    }
    default: break;
  }
  Typed iterator = call_method(where, cls, "self_", *find_class_attribute(cls, "__iter__"), CallArguments{}, {});
  std::string made = cxx_type(iterator.type, where) + " it_ = " + iterator.code + "; ";
  if (how.kind == IterationKind::Next) {
    std::string next = dunder_call(where, iterator.type, "it_", "__next__", {}, item, [&](const std::string&) -> Typed {
      return {"rt::raise(rt::exc::TypeError, \"iter() returned non-iterator of type '\" + std::string(rt::type_name(" +
                  box_value("it_", iterator.type) + ")) + \"'\")",
              types::kBottom};
    });
    return made + step("it_", "out_ = " + next + ";", false);
  }
  // A generator or container (Items), or a value iterated dynamically (Boxed).
  types::TypeId from = how.kind == IterationKind::Items ? how.item : types::kDyn;
  if (kind_of(from) == Kind::Bottom) from = types::kDyn;
  std::string source = how.kind == IterationKind::Items ? "it_" : box_value("it_", iterator.type);
  if (from == item) return made + "return rt::iter(" + source + ");";
  std::string f = element_cxx(from, where);
  return made + "auto in_ = rt::iter(" + source + "); return rt::Iter<" + t + ">::from_step([in_](" + t + "& out_) { " + f +
         " e_{}; if (!in_.next(e_)) return false; out_ = " + convert("e_", from, item, where) + "; return true; });";
}

// iter(obj): what its __iter__ returns, else an iterator over the
// sequence protocol.
std::string Emitter::instance_iter(const ast::Call* c) {
  types::TypeId type = type_of(c->args[0]);
  types::TypeId result = type_of(c);
  std::vector<std::pair<std::string, std::string>> operands{{cxx_type(type, c) + " n_", expression(c->args[0])}};
  const types::Type& r = program_.table.get(result);
  if (r.kind == Kind::Iterator) {
    // The sequence protocol (or an __iter__ the analysis joined into an iterator).
    std::optional<types::TypeId> item = kind_of(type) == Kind::Instance ? instance_item_type(program_.table.get(type).a) : std::nullopt;
    if (!item || element_cxx(*item, c) != element_cxx(r.args[0], c)) unsupported(c, "this call of iter()");
    return sequenced(position(c), operands, "rt::iter(n_)");
  }
  return sequenced(position(c), operands, dunder_call(c, type, "n_", "__iter__", {}, result, [&](const std::string&) -> Typed {
    return {"rt::raise(rt::exc::TypeError, \"'\" + std::string(rt::type_name(" + box_value("n_", type) +
                ")) + \"' object is not iterable\")",
            types::kBottom};
  }));
}

// next(obj) and next(obj, default) on an instance: its __next__ (with a
// default, StopIteration gives the default instead).
std::string Emitter::instance_next(const ast::Call* c) {
  types::TypeId type = type_of(c->args[0]);
  if (c->args.size() > 2 || !c->keywords.empty() || !has_instances(type) || is_value(type)) return "";
  types::TypeId result = type_of(c);
  std::vector<std::pair<std::string, std::string>> operands{{cxx_type(type, c) + " n_", expression(c->args[0])}};
  std::string next = dunder_call(c, type, "n_", "__next__", {}, result, [&](const std::string&) -> Typed {
    return {"rt::raise(rt::exc::TypeError, \"'\" + std::string(rt::type_name(" + box_value("n_", type) +
                ")) + \"' object is not an iterator\")",
            types::kBottom};
  });
  if (c->args.size() == 1) return sequenced(position(c), operands, next);
  const ast::Expr* fallback = c->args[1];
  operands.emplace_back(cxx_type(type_of(fallback), c) + " d_", expression(fallback));
  return sequenced(position(c), operands,
                   "[&]() -> " + cxx_type(result, c) + " { try { return " + next +
                       "; } catch (const rt::PyException& e_) { if (!e_.matches(rt::exc::StopIteration)) throw; } return " +
                       convert("d_", type_of(fallback), result, c) + "; }()");
}

// The overloads' bodies, after the functions they call.
void Emitter::iterate_overloads() {
  FunctionState state{0, &symbols_->module(), sema::kModuleScope, {}, {}};
  FunctionState* outer = current_;
  current_ = &state;
  for (const types::ClassInfo& cls : program_.classes) {
    std::optional<types::TypeId> item = instance_item_type(cls.id);
    if (!item || class_left_out(cls.id)) continue;
    std::string body;
    for (types::ClassId k : subclasses(cls.id))
      body += "  if (t_ == &" + class_struct(k) + "::type) { auto* self_ = rt::object_as<" + class_struct(k) +
              ">(reinterpret_cast<const rt::Object*>(o_)); (void)self_; " + iterate_branch(k, *item) + " }\n";
    out_ += iterate_overload_signature(cls.id) + " {\n  int32_t pos_ = 0; (void)pos_;\n" +
            "  const rt::TypeObject* t_ = reinterpret_cast<const rt::Object*>(o_)->type;\n" + body +
            "  rt::raise(rt::exc::TypeError, \"'\" + std::string(t_->name) + \"' object is not iterable\");\n}\n";
  }
  current_ = outer;
}

}  // namespace ingot::codegen
