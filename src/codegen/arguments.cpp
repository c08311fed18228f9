// Argument binding at call sites. A call whose arguments are all written
// out is bound here, at compile time, with Python's rules (positional
// arguments fill positional parameters, the rest go to *args, keywords find
// their parameter or **kwargs, defaults fill the gaps); the specialisation
// is then the one whose parameter types those arguments have, as the
// analysis chose it. A call with `*x` or `**m`, or one Python rejects, is
// bound at run time by rt::bind_arguments, which raises CPython's TypeError.
#include <algorithm>

#include "codegen/emitter.h"

namespace ingot::codegen {

using types::Kind;
using types::ParamKind;

CallArguments call_arguments(const ast::Call* c) {
  CallArguments out;
  for (const ast::Expr* argument : c->args) {
    if (auto* starred = ast::as<ast::Starred>(argument)) {
      out.values.push_back(starred->value);
      out.keywords.push_back("*");
      out.spread = true;
    } else {
      out.values.push_back(argument);
      out.keywords.push_back("");
    }
  }
  for (const ast::Keyword* keyword : c->keywords) {
    out.values.push_back(keyword->value);
    out.keywords.push_back(keyword->arg.empty() ? "**" : keyword->arg);
    if (keyword->arg.empty()) out.spread = true;
  }
  return out;
}

Binding bind_call(const CallArguments& arguments, const types::FunctionInfo& function, size_t leading) {
  Binding binding;
  const auto& params = function.params;
  binding.params.resize(params.size());
  if (arguments.spread) return binding;
  std::vector<bool> filled(params.size(), false);
  auto find = [&](ParamKind kind) {
    auto it = std::find_if(params.begin(), params.end(), [&](const types::Param& p) { return p.kind == kind; });
    return it == params.end() ? -1 : int(it - params.begin());
  };
  int varargs = find(ParamKind::VarArgs), varkeywords = find(ParamKind::VarKeywords);
  // Positional sources: the leading ones (index -1-k in *args), then the
  // call's positional arguments.
  std::vector<ArgumentSource> positional;
  for (size_t k = 0; k < leading; ++k) positional.push_back({ArgumentSource::Kind::Leading, int(k), {}});
  for (size_t i = 0; i < arguments.values.size(); ++i)
    if (arguments.keywords[i].empty()) positional.push_back({ArgumentSource::Kind::Argument, int(i), {}});
  size_t next = 0;
  std::vector<int> extra;
  for (const ArgumentSource& source : positional) {
    if (next < params.size() &&
        (params[next].kind == ParamKind::PositionalOnly || params[next].kind == ParamKind::Positional)) {
      binding.params[next] = source, filled[next] = true, ++next;
    } else {
      extra.push_back(source.kind == ArgumentSource::Kind::Leading ? -1 - source.index : source.index);
    }
  }
  if (varargs >= 0) {
    binding.params[varargs] = {ArgumentSource::Kind::VarArgs, -1, extra};
    filled[varargs] = true;
  } else if (!extra.empty()) {
    return binding;
  }
  std::vector<int> keywords;
  for (size_t i = 0; i < arguments.values.size(); ++i) {
    std::string_view keyword = arguments.keywords[i];
    if (keyword.empty()) continue;
    auto it = std::find_if(params.begin(), params.end(), [&](const types::Param& p) {
      return p.name == keyword && (p.kind == ParamKind::Positional || p.kind == ParamKind::KeywordOnly);
    });
    if (it == params.end()) {
      if (varkeywords < 0) return binding;
      keywords.push_back(int(i));
      continue;
    }
    size_t p = it - params.begin();
    if (filled[p]) return binding;
    binding.params[p] = {ArgumentSource::Kind::Argument, int(i), {}}, filled[p] = true;
  }
  if (varkeywords >= 0) binding.params[varkeywords] = {ArgumentSource::Kind::VarKeywords, -1, keywords};
  for (size_t p = 0; p < params.size(); ++p) {
    if (filled[p] || params[p].kind == ParamKind::VarKeywords) continue;
    if (params[p].default_index < 0) return binding;
    binding.params[p] = {ArgumentSource::Kind::Default, params[p].default_index, {}};
  }
  binding.ok = true;
  return binding;
}

// Whether a specialisation's parameter of type `wide` takes an argument
// of type `narrow` (a union or dyn parameter joined several calls).
bool covers(const types::TypeTable& table, types::TypeId wide, types::TypeId narrow) {
  if (wide == narrow || wide == types::kDyn) return true;
  auto members = table.members(wide);
  for (types::TypeId m : table.members(narrow))
    if (std::find(members.begin(), members.end(), m) == members.end()) return false;
  return true;
}

types::SpecId Emitter::select_spec(types::FunctionId function, types::SpecId env, const Binding& binding,
                                   const CallArguments& arguments, const std::vector<Typed>& leading) const {
  const types::FunctionInfo& info = program_.functions[function];
  auto source_type = [&](int index) {
    return index < 0 ? leading[-1 - index].type : type_of(arguments.values[index]);
  };
  // Exact parameter types first: the analysis made the specialisation from
  // exactly these; a wider one only where calls joined into it.
  for (bool exact : {true, false}) {
    for (types::SpecId id : info.specs) {
      const types::Spec& spec = program_.spec(id);
      if (spec.env != env || spec.on_dyn || !spec.live) continue;  // a dead one is never written
      bool match = true;
      for (size_t p = 0; p < binding.params.size() && match; ++p) {
        const ArgumentSource& source = binding.params[p];
        types::TypeId param = spec.args[p];
        auto fits = [&](types::TypeId t) { return exact ? param == t : covers(program_.table, param, t); };
        switch (source.kind) {
          case ArgumentSource::Kind::Leading: match = fits(leading[source.index].type); break;
          case ArgumentSource::Kind::Argument: match = fits(type_of(arguments.values[source.index])); break;
          case ArgumentSource::Kind::Default: match = fits(info.defaults[source.index].type); break;
          case ArgumentSource::Kind::VarArgs: {
            const types::Type& tuple = program_.table.get(param);
            match = tuple.kind == Kind::Tuple && tuple.args.size() == source.items.size();
            for (size_t k = 0; match && k < source.items.size(); ++k)
              match = exact ? tuple.args[k] == source_type(source.items[k])
                            : covers(program_.table, tuple.args[k], source_type(source.items[k]));
            break;
          }
          case ArgumentSource::Kind::VarKeywords: {
            const types::Type& dict = program_.table.get(param);
            match = dict.kind == Kind::Dict;
            for (size_t k = 0; match && k < source.items.size(); ++k)
              match = covers(program_.table, dict.args[1], source_type(source.items[k]));
            break;
          }
        }
      }
      if (match) return id;
    }
  }
  return types::kNoSpec;
}

// A parameter's variable may have grown past the argument type the
// specialisation was made from (a container the body appends to): the
// C++ parameter has the variable's type, and callers convert to it.
types::TypeId Emitter::param_type(types::SpecId spec, size_t index) const {
  const types::Spec& s = program_.spec(spec);
  const auto& variables = s.variables;
  auto it = variables.find(program_.functions[s.function].params[index].symbol);
  return it == variables.end() || it->second.type == types::kBottom ? s.args[index] : it->second.type;
}

// A default as the function object stores it: a container default the
// body grows (`target=[]`, then `target.append(x)`) has the parameter's
// grown type, so that every call shares the one object, as in Python.
types::TypeId Emitter::default_type(const types::FunctionInfo& function, size_t index) const {
  types::TypeId slot = function.defaults[index].type;
  Kind kind = kind_of(slot);
  if (kind != Kind::List && kind != Kind::Dict && kind != Kind::Set) return slot;
  for (size_t p = 0; p < function.params.size(); ++p) {
    if (function.params[p].default_index != int(index)) continue;
    for (types::SpecId id : function.specs) {
      types::TypeId grown = param_type(id, p);
      if (program_.spec(id).live && grown != slot && kind_of(grown) == kind) return grown;
    }
  }
  return slot;
}

std::string Emitter::bound_arguments(types::SpecId spec, const Binding& binding, const CallArguments& arguments,
                                     const std::vector<Typed>& values, const std::vector<Typed>& leading,
                                     const std::string& function_object) {
  const types::Spec& s = program_.spec(spec);
  const types::FunctionInfo& info = program_.functions[s.function];
  const ast::Node* where = info.node;
  auto source = [&](int index) -> const Typed& { return index < 0 ? leading[-1 - index] : values[index]; };
  std::string out;
  for (size_t p = 0; p < binding.params.size(); ++p) {
    const ArgumentSource& from = binding.params[p];
    types::TypeId to = param_type(spec, p);
    std::string value;
    switch (from.kind) {
      case ArgumentSource::Kind::Leading:
        value = convert(leading[from.index].code, leading[from.index].type, to, where);
        break;
      case ArgumentSource::Kind::Argument:
        value = convert(values[from.index].code, values[from.index].type, to, where);
        break;
      case ArgumentSource::Kind::Default:
        value = convert(function_object + "->d" + std::to_string(from.index), default_type(info, from.index), to,
                        where);
        break;
      case ArgumentSource::Kind::VarArgs: {
        const types::Type& tuple = program_.table.get(to);
        if (tuple.kind == Kind::Tuple && tuple.args.size() == from.items.size()) {
          for (size_t k = 0; k < from.items.size(); ++k) {
            const Typed& item = source(from.items[k]);
            value += (k ? ", " : "") + convert(item.code, item.type, tuple.args[k], where);
          }
          value = cxx_type(to, where) + "(" + value + ")";
          break;
        }
        // A specialisation widened past the call's arity (`*args: dyn`, or
        // tuple[T, ...]): the tuple of the items' own types, converted.
        std::vector<types::TypeId> items;
        for (int index : from.items) items.push_back(source(index).type);
        types::TypeId made = const_cast<types::TypeTable&>(program_.table).tuple_of(items);
        for (size_t k = 0; k < from.items.size(); ++k) value += (k ? ", " : "") + source(from.items[k]).code;
        value = convert(cxx_type(made, where) + "(" + value + ")", made, to, where);
        break;
      }
      case ArgumentSource::Kind::VarKeywords: {
        // The dyn specialisation's **kwargs is a Value: a dict of Values.
        types::TypeId made = kind_of(to) == Kind::Dict ? to
                                                        : const_cast<types::TypeTable&>(program_.table).dict_of(types::kStr, types::kDyn);
        types::TypeId element = program_.table.get(made).args[1];
        for (size_t k = 0; k < from.items.size(); ++k) {
          const Typed& item = values[from.items[k]];
          value += std::string(k ? ", " : "") + "{rt::Str::from_utf8(" + quoted(arguments.keywords[from.items[k]]) +
                   "), " + convert(item.code, item.type, element, where) + "}";
        }
        value = convert(cxx_type(made, where) + "{" + value + "}", made, to, where);
        break;
      }
    }
    out += (p ? ", " : "") + value;
  }
  return out;
}

std::string Emitter::runtime_arguments(const ast::Node* where, const CallArguments& arguments,
                                       const std::vector<Typed>& values, const std::vector<Typed>& leading,
                                       const std::string& callee) {
  std::string out = "rt::ArgumentList args_(" + callee + "); ";
  for (const Typed& l : leading) out += "args_.add(" + convert(l.code, l.type, types::kDyn, where) + "); ";
  for (size_t i = 0; i < values.size(); ++i) {
    std::string_view keyword = arguments.keywords[i];
    std::string v = convert(values[i].code, values[i].type, types::kDyn, arguments.values[i]);
    if (keyword.empty()) out += "args_.add(" + v + "); ";
    else if (keyword == "*") out += "args_.add_star(" + v + "); ";
    else if (keyword == "**") out += "args_.add_double_star(" + v + "); ";
    else out += "args_.add_keyword(rt::Str::from_utf8(" + quoted(keyword) + "), " + v + "); ";
  }
  return out;
}

}  // namespace ingot::codegen
