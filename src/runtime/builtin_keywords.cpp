// Binding a dynamic builtin call's keywords (builtin_keywords.h).
#include "runtime/builtin_keywords.h"

#include <string>

#include "runtime/exception.h"

namespace ingot::rt {

BoundKeywords bind_builtin_keywords(const BuiltinKeywords& params, const CallArgs& args) {
  BoundKeywords bound;
  bound.positional.assign(args.values, args.values + args.positional);
  bound.keyword_only.resize(params.keyword_only.size());
  std::vector<Value> named(params.named.size());
  std::vector<bool> named_given(params.named.size());
  std::string function(params.name);
  // Argument Clinic's first check where every parameter may come by
  // position: more arguments in all than parameters.
  size_t given = args.positional + args.keywords.size(), most = params.first_named + params.named.size();
  if (params.keyword_only.empty() && given > most)
    raise(exc::TypeError, function + "() takes at most " + std::to_string(most) + (args.positional ? " " : " keyword ") +
                              "argument" + (most == 1 ? "" : "s") + " (" + std::to_string(given) + " given)");
  for (size_t k = 0; k < args.keywords.size(); ++k) {
    std::string_view key = args.keywords[k].view();
    Value value = args.values[args.positional + k];
    bool found = false;
    for (size_t i = 0; i < params.named.size() && !found; ++i) {
      if (params.named[i] != key) continue;
      found = true;
      size_t position = params.first_named + i;
      if (position < args.positional)
        raise(exc::TypeError, "argument for " + function + "() given by name ('" + std::string(key) +
                                  "') and position (" + std::to_string(position + 1) + ")");
      named[i] = value;
      named_given[i] = true;
    }
    for (size_t i = 0; i < params.keyword_only.size() && !found; ++i) {
      if (params.keyword_only[i] != key) continue;
      found = true;
      bound.keyword_only[i] = value;
      if (!(params.none_is_absent >> i & 1) || !value.is_none()) bound.given |= uint64_t{1} << i;
    }
    if (!found) raise(exc::TypeError, "'" + std::string(key) + "' is an invalid keyword argument for " + function + "()");
  }
  // Named parameters given by keyword extend the positional ones, with no gap.
  if (args.positional < params.first_named) {
    for (bool given : named_given)
      if (given) raise(exc::SystemError, "ingot: " + function + "() with these keywords is not supported yet");
    return bound;
  }
  size_t next = args.positional - params.first_named;
  for (; next < params.named.size() && named_given[next]; ++next) bound.positional.push_back(named[next]);
  for (size_t i = next; i < params.named.size(); ++i)
    if (named_given[i])
      raise(exc::TypeError, function + "() missing required argument '" + std::string(params.named[next]) + "' (pos " +
                                std::to_string(params.first_named + next + 1) + ")");
  return bound;
}

}  // namespace ingot::rt
