// str % args, after CPython's PyUnicode_Format (unicode_format_arg_parse,
// _format, _output): the conversion spec grammar, argument consumption
// (one value, a tuple, or a mapping for %(key)s), and the padding rules
// (zeros go after the sign and the 0x prefix, and only for numbers).
// bytes % args (_PyBytes_FormatEx) is the same machine on bytes: %s and %b
// take bytes-like objects, %r and %a are ascii(), %c makes one byte.
#include <string>

#include "runtime/bool.h"
#include "runtime/bytearray.h"
#include "runtime/bytes.h"
#include "runtime/dict.h"
#include "runtime/exception.h"
#include "runtime/float.h"
#include "runtime/format.h"
#include "runtime/instance_dunders.h"
#include "runtime/list.h"
#include "runtime/str_format.h"
#include "runtime/tuple.h"
#include "unicode/unicode.h"

namespace ingot::rt {
namespace {

struct Flags {
  bool left = false, sign = false, blank = false, alternate = false, zero = false;
};

class PercentFormatter {
 public:
  PercentFormatter(std::string_view fmt, Value args, bool binary) : fmt_(fmt), args_(args), binary_(binary) {
    const TypeObject& t = args.type();
    if (&t == &tuple_type) {
      tuple_ = reinterpret_cast<const SequenceObject*>(args.object());
      arg_count_ = tuple_->size;
      next_arg_ = 0;
    }
    mapping_args_ = args;
    // PyMapping_Check: anything with __getitem__ that is not a tuple or str.
    if (&t == &dict_type || &t == &list_type) mapping_ = true;
  }

  std::string run() {
    for (size_t at = 0; at < fmt_.size();) {
      size_t percent = fmt_.find('%', at);
      out_.append(fmt_.substr(at, percent == std::string_view::npos ? std::string_view::npos : percent - at));
      if (percent == std::string_view::npos) break;
      at_ = percent + 1;
      convert_one();
      at = at_;
    }
    if (next_arg_ < arg_count_ && !mapping_)
      raise(exc::TypeError, std::string("not all arguments converted during ") + (binary_ ? "bytes" : "string") + " formatting");
    return out_;
  }

 private:
  [[noreturn]] void incomplete() { raise(exc::ValueError, "incomplete format"); }

  // unicode_format_getnextarg: a count below zero means "args_ is the one
  // argument" (next_arg_ -2: not taken yet, -1: taken).
  Value next_arg() {
    if (next_arg_ < arg_count_) {
      int64_t index = next_arg_++;
      return arg_count_ < 0 ? args_ : tuple_->ops->item(tuple_, index);
    }
    raise(exc::TypeError, "not enough arguments for format string");
  }
  int64_t star_arg() {
    Value v = next_arg();
    if (&v.type() != &int_type && &v.type() != &bool_type) raise(exc::TypeError, "* wants int");
    std::optional<int64_t> n = (&v.type() == &bool_type ? as_int(v.as_bool()) : v.as_int()).to_int64();
    if (!n || *n > INT32_MAX || *n < -INT32_MAX) raise(exc::ValueError, "width too big");
    return *n;
  }
  int64_t digits(const char* too_big) {
    int64_t n = 0;
    while (at_ < fmt_.size() && fmt_[at_] >= '0' && fmt_[at_] <= '9') {
      n = n * 10 + (fmt_[at_++] - '0');
      if (n > INT32_MAX) raise(exc::ValueError, too_big);
    }
    return n;
  }

  void convert_one() {
    if (at_ >= fmt_.size()) incomplete();
    if (fmt_[at_] == '%') {
      out_ += '%';
      ++at_;
      return;
    }
    if (fmt_[at_] == '(') {
      size_t key_begin = ++at_;
      for (int depth = 1; depth > 0; ++at_) {
        if (at_ >= fmt_.size()) raise(exc::ValueError, "incomplete format key");
        depth += fmt_[at_] == '(' ? 1 : fmt_[at_] == ')' ? -1 : 0;
      }
      if (!mapping_) raise(exc::TypeError, "format requires a mapping");
      // The key's value becomes the one argument the rest of this spec takes.
      std::string_view key = fmt_.substr(key_begin, at_ - 1 - key_begin);
      args_ = lookup(binary_ ? box(Bytes::from(key)) : Value(Str::from_utf8(key)));
      tuple_ = nullptr;
      arg_count_ = -1;
      next_arg_ = -2;
    }
    Flags flags;
    for (; at_ < fmt_.size(); ++at_) {
      char c = fmt_[at_];
      if (c == '-') flags.left = true;
      else if (c == '+') flags.sign = true;
      else if (c == ' ') flags.blank = true;
      else if (c == '#') flags.alternate = true;
      else if (c == '0') flags.zero = true;
      else break;
    }
    int64_t width = -1, precision = -1;
    if (at_ < fmt_.size() && fmt_[at_] == '*') {
      ++at_;
      width = star_arg();
      if (width < 0) flags.left = true, width = -width;
    } else if (at_ < fmt_.size() && fmt_[at_] >= '0' && fmt_[at_] <= '9') {
      width = digits("width too big");
    }
    if (at_ < fmt_.size() && fmt_[at_] == '.') {
      ++at_;
      if (at_ < fmt_.size() && fmt_[at_] == '*') {
        ++at_;
        precision = std::max<int64_t>(star_arg(), 0);
      } else {
        precision = digits("precision too big");
      }
    }
    if (at_ >= fmt_.size()) incomplete();
    size_t type_at = at_;
    char32_t type = binary_ ? static_cast<unsigned char>(fmt_[at_++]) : unicode::next_utf8(fmt_, at_);
    Value arg = next_arg();  // taken before the type is checked, as CPython does
    std::string body;
    bool numeric = true;
    switch (type) {
      case 'b':
        if (!binary_) goto unsupported;
        [[fallthrough]];
      case 's':
        if (binary_) {
          numeric = false;
          body = bytes_like(arg);
          if (precision >= 0 && precision < static_cast<int64_t>(body.size())) body.resize(static_cast<size_t>(precision));
          break;
        }
        [[fallthrough]];
      case 'r': case 'a': {
        numeric = false;
        Str text = type == 's' ? str(arg) : type == 'r' && !binary_ ? repr(arg) : ascii(arg);
        if (precision >= 0 && precision < text.length()) text = slice(text, 0, precision);
        body = text.view();
        break;
      }
      case 'c': numeric = false, body = binary_ ? byte(arg) : character(arg); break;
      case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
        body = integer(arg, static_cast<char>(type), flags.alternate, precision);
        break;
      case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
        std::string spec = std::string(flags.alternate ? "#" : "") + "." + std::to_string(precision < 0 ? 6 : precision);
        body = format(real(arg), Str::from_ascii(spec + static_cast<char>(type))).view();
        break;
      }
      default:
      unsupported: {
        char text[96];
        int64_t index = binary_ ? static_cast<int64_t>(type_at) : count_code_points(fmt_.substr(0, type_at));
        std::snprintf(text, sizeof text, "unsupported format character '%c' (0x%x) at index %lld",
                      type >= 32 && type < 127 ? static_cast<char>(type) : '?', static_cast<unsigned>(type),
                      static_cast<long long>(index));
        raise(exc::ValueError, text);
      }
    }
    output(body, numeric, flags, width, static_cast<char>(type));
    if (mapping_ && next_arg_ < arg_count_)
      raise(exc::TypeError, std::string("not all arguments converted during ") + (binary_ ? "bytes" : "string") + " formatting");
  }

  Value lookup(Value key) {
    if (&mapping_args_.type() == &dict_type) {
      auto d = reinterpret_cast<const DictHeader*>(mapping_args_.object());
      Value found;
      if (!d->ops->lookup(d, key, &found)) raise_with_arg(exc::KeyError, key);
      return found;
    }
    raise(exc::TypeError, "list indices must be integers or slices, not str");
  }

  static double real(Value v) {
    const TypeObject& t = v.type();
    if (&t == &float_type) return v.as_float();
    if (&t == &int_type) return to_double(v.as_int());
    if (&t == &bool_type) return v.as_bool();
    if (Value plain; builtin_base_value(v, float_type, &plain) || builtin_base_value(v, int_type, &plain)) return real(plain);
    raise(exc::TypeError, "must be real number, not " + std::string(t.name));
  }

  // %s and %b of bytes % args.
  static std::string bytes_like(Value v) {
    const TypeObject& t = v.type();
    if (&t == &bytes_type) return std::string(unbox<Bytes>(v).view());
    if (&t == &bytearray_type) return std::string(unbox<ByteArray>(v).view());
    raise(exc::TypeError, "%b requires a bytes-like object, or an object that implements __bytes__, not '" +
                              std::string(t.name) + "'");
  }

  // %c of bytes % args: an int in range(256) or a bytes of length 1.
  static std::string byte(Value v) {
    const TypeObject& t = v.type();
    if (&t == &bytes_type && unbox<Bytes>(v).size() == 1) return std::string(unbox<Bytes>(v).view());
    if (&t == &bytearray_type && unbox<ByteArray>(v).size() == 1) return std::string(unbox<ByteArray>(v).view());
    if (&t != &int_type && &t != &bool_type) raise(exc::TypeError, "%c requires an integer in range(256) or a single byte");
    std::optional<int64_t> c = (&t == &bool_type ? as_int(v.as_bool()) : v.as_int()).to_int64();
    if (!c || *c < 0 || *c > 255) raise(exc::OverflowError, "%c arg not in range(256)");
    return std::string(1, static_cast<char>(*c));
  }

  static std::string character(Value v) {
    const TypeObject& t = v.type();
    if (&t == &str_type && v.as_str().length() == 1) return std::string(v.as_str().view());
    if (&t != &int_type && &t != &bool_type) raise(exc::TypeError, "%c requires int or char");
    Int i = &t == &bool_type ? as_int(v.as_bool()) : v.as_int();
    std::optional<int64_t> c = i.to_int64();
    if (!c || *c < 0 || *c > 0x10FFFF) raise(exc::OverflowError, "%c arg not in range(0x110000)");
    std::string out;
    unicode::append_utf8(out, static_cast<char32_t>(*c));
    return out;
  }

  // _PyUnicode_FormatLong: sign, prefix (alternate o/x/X), digits zero-padded to the precision.
  static std::string integer(Value v, char type, bool alternate, int64_t precision) {
    const TypeObject& t = v.type();
    Int i;
    if (&t == &int_type) i = v.as_int();
    else if (&t == &bool_type) i = as_int(v.as_bool());
    else if (&t == &float_type && (type == 'd' || type == 'i' || type == 'u')) i = int_from_float(v.as_float());
    else if (Value plain; builtin_base_value(v, int_type, &plain) || builtin_base_value(v, float_type, &plain))
      return integer(plain, type, alternate, precision);
    else if (type == 'd' || type == 'i' || type == 'u')
      raise(exc::TypeError, std::string("%") + type + " format: a real number is required, not " + std::string(t.name));
    else
      raise(exc::TypeError, std::string("%") + type + " format: an integer is required, not " + std::string(t.name));
    bool negative = i.is_negative();
    std::string digits = type == 'o' ? to_base_string(abs(i), 8)
                         : type == 'x' || type == 'X' ? to_base_string(abs(i), 16)
                                                      : to_decimal_string(abs(i));
    if (type == 'X')
      for (char& c : digits) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (precision > static_cast<int64_t>(digits.size())) digits.insert(0, precision - digits.size(), '0');
    std::string prefix = alternate && type == 'o' ? "0o" : alternate && type == 'x' ? "0x" : alternate && type == 'X' ? "0X" : "";
    return (negative ? "-" : "") + prefix + digits;
  }

  // unicode_format_arg_output: sign from the flags, then padding.
  void output(std::string body, bool numeric, const Flags& flags, int64_t width, char type) {
    std::string sign;
    if (numeric) {
      if (!body.empty() && body[0] == '-') sign = "-", body.erase(0, 1);
      else if (flags.sign) sign = "+";
      else if (flags.blank) sign = " ";
    }
    std::string prefix;
    if (numeric && flags.alternate && (type == 'o' || type == 'x' || type == 'X')) prefix = body.substr(0, 2), body.erase(0, 2);
    int64_t length = (binary_ ? static_cast<int64_t>(body.size()) : count_code_points(body)) +
                     static_cast<int64_t>(sign.size() + prefix.size());
    int64_t pad = width > length ? width - length : 0;
    if (flags.left) {
      out_ += sign + prefix + body + std::string(pad, ' ');
    } else if (numeric && flags.zero) {
      out_ += sign + prefix + std::string(pad, '0') + body;
    } else {
      out_ += std::string(pad, ' ') + sign + prefix + body;
    }
  }

  std::string_view fmt_;
  Value args_;
  bool binary_;          // bytes % args
  Value mapping_args_;  // the original args, for %(key)s
  const SequenceObject* tuple_ = nullptr;
  bool mapping_ = false;
  int64_t arg_count_ = -1;  // a single non-tuple argument
  int64_t next_arg_ = -2;
  size_t at_ = 0;
  std::string out_;
};

}  // namespace

Str str_percent(Str fmt, Value args) { return Str::from_utf8(PercentFormatter(fmt.view(), args, false).run()); }
Bytes bytes_percent(Bytes fmt, Value args) { return Bytes::from(PercentFormatter(fmt.view(), args, true).run()); }

}  // namespace ingot::rt
