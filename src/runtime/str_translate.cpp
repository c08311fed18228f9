// str.maketrans() and str.translate(): CPython's tables are dicts from code
// points to code points, strs or None.
#include <string>

#include "runtime/dict.h"
#include "runtime/dynamic_access.h"
#include "runtime/dynamic_boxed.h"
#include "runtime/dynamic_methods.h"
#include "runtime/exception.h"
#include "runtime/str_methods.h"

namespace ingot::rt {

Value str_maketrans(Value mapping) {
  if (!is_a(mapping, dict_type))
    raise(exc::TypeError, "if you give only one argument to maketrans it must be a dict");
  const DictHeader* d = dict_of(mapping);
  Dict<Value, Value> table;
  Value key, value;
  for (int64_t i = 0; i < d->nentries; ++i) {
    if (!d->ops->entry(d, i, &key, &value)) continue;
    if (is_a(key, str_type)) {
      Str s = key.as_str();
      if (s.length() != 1) raise(exc::ValueError, "string keys in translate table must be of length 1");
      table.set(Int(int64_t(s.code_point_at(0))), value);
    } else if (key.is_small_int() || is_a(key, int_type) || is_a(key, bool_type)) {
      table.set(is_a(key, bool_type) ? Value(Int(int64_t(key.as_bool()))) : key, value);
    } else {
      raise(exc::TypeError, "keys in translate table must be strings or integers");
    }
  }
  return box(table);
}

Value str_maketrans(Str from, Str to, Str deleted) {
  if (from.length() != to.length()) raise(exc::ValueError, "the first two maketrans arguments must have equal length");
  Dict<Value, Value> table;
  for (int64_t i = 0; i < from.length(); ++i) table.set(Int(int64_t(from.code_point_at(i))), Int(int64_t(to.code_point_at(i))));
  for (int64_t i = 0; i < deleted.length(); ++i) table.set(Int(int64_t(deleted.code_point_at(i))), Value::none());
  return box(table);
}

Value str_maketrans_values(std::span<const Value> args) {
  check_arguments("maketrans", args, 1, 3);
  if (args.size() == 1) return str_maketrans(args[0]);
  // Checked in order, with the argument parser's TypeErrors.
  Str parts[3];
  for (size_t i = 0; i < args.size(); ++i) {
    if (i == 0 && !is_a(args[0], str_type))
      raise(exc::TypeError, "first maketrans argument must be a string if there is a second argument");
    if (!is_a(args[i], str_type))
      raise(exc::TypeError,
            "maketrans() argument " + std::to_string(i + 1) + " must be str, not " + std::string(type_name(args[i])));
    parts[i] = args[i].as_str();
  }
  return str_maketrans(parts[0], parts[1], parts[2]);
}

// Each code point looked up in the table (table[ord(c)], through its
// __getitem__): None deletes it, an int or a str replaces it, a
// LookupError keeps it.
Str str_translate(Str s, Value table) {
  StrBuilder out;
  bool dict = is_a(table, dict_type);
  for (int64_t i = 0; i < s.length(); ++i) {
    char32_t c = s.code_point_at(i);
    Value mapped;
    if (dict) {
      if (!dict_of(table)->ops->lookup(dict_of(table), Int(int64_t(c)), &mapped)) {
        out.append_code_point(c);
        continue;
      }
    } else {
      try {
        mapped = getitem(table, Int(int64_t(c)));
      } catch (const PyException& e) {
        if (!e.matches(exc::LookupError)) throw;
        out.append_code_point(c);
        continue;
      }
    }
    if (mapped.is_none()) continue;
    if (is_a(mapped, str_type)) {
      out.append(mapped.as_str());
    } else if (mapped.is_small_int() || is_a(mapped, int_type)) {
      auto code = mapped.as_int().to_int64();
      if (!code || *code < 0 || *code > 0x10FFFF) raise(exc::ValueError, "character mapping must be in range(0x110000)");
      out.append_code_point(static_cast<char32_t>(*code));
    } else {
      raise(exc::TypeError, "character mapping must return integer, None or str");
    }
  }
  return out.finish();
}

}  // namespace ingot::rt
