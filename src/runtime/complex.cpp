// complex arithmetic after CPython 3.11's Objects/complexobject.c
// (_Py_c_quot, _Py_c_pow, c_powi, _Py_c_abs, complex_hash, complex_repr,
// complex_from_string_inner, complex_new_impl), step for step: the corner
// cases (signed zeros, infinities, errno-driven errors) are defined by
// that code.
#include "runtime/complex.h"

#include <cerrno>
#include <cmath>
#include <string>

#include "runtime/dynamic_boxed.h"
#include "runtime/exception.h"
#include "runtime/float_format.h"
#include "runtime/number_text.h"
#include "runtime/protocol.h"

namespace ingot::rt {
namespace {

struct ComplexObject {
  Object header;
  Complex value;
};

const ComplexObject* object_of(const Object* object) { return reinterpret_cast<const ComplexObject*>(object); }

Str repr_slot(const Object* object) { return repr(object_of(object)->value); }
int64_t hash_slot(const Object* object) { return hash(object_of(object)->value); }
bool truth_slot(const Object* object) { return truth(object_of(object)->value); }

// complex_richcompare's == (the ordering operators are TypeErrors, which
// protocol.cpp raises for a class without a compare slot).
bool equal_slot(const Object* object, Value other) {
  Complex z = object_of(object)->value;
  if (is_integer(other)) return equal(z, integer_of(other));
  if (is_a(other, float_type)) return equal(z, other.as_float());
  if (is_a(other, complex_type)) return z == as_complex(other);
  return false;
}

bool getattr_slot(const Object* object, Str name, Value* out) {
  Complex z = object_of(object)->value;
  if (name.view() == "real") *out = Value::of_float(z.real);
  else if (name.view() == "imag") *out = Value::of_float(z.imag);
  else return false;
  return true;
}

const TypeObject* const complex_mro[] = {&complex_type, &object_type};

const Complex kOne{1.0, 0.0};

// _Py_c_quot (Smith's method); `zero` is set where CPython sets EDOM.
Complex quotient(Complex a, Complex b, bool& zero) {
  double abs_real = std::fabs(b.real), abs_imag = std::fabs(b.imag);
  if (abs_real >= abs_imag) {
    if (abs_real == 0.0) {
      zero = true;
      return {0.0, 0.0};
    }
    double ratio = b.imag / b.real;
    double denominator = b.real + b.imag * ratio;
    return {(a.real + a.imag * ratio) / denominator, (a.imag - a.real * ratio) / denominator};
  }
  if (abs_imag >= abs_real) {
    double ratio = b.real / b.imag;
    double denominator = b.real * ratio + b.imag;
    return {(a.real * ratio + a.imag) / denominator, (a.imag * ratio - a.real) / denominator};
  }
  return {NAN, NAN};  // a NaN part in b
}

// c_powu: binary exponentiation by a positive exponent.
Complex power_unsigned(Complex x, long n) {
  Complex result = kOne, p = x;
  for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
    if (n & mask) result = result * p;
    p = p * p;
  }
  return result;
}

// _Py_c_pow: through polar form.
Complex power_polar(Complex a, Complex b, bool& zero) {
  if (b.real == 0.0 && b.imag == 0.0) return kOne;
  if (a.real == 0.0 && a.imag == 0.0) {
    if (b.imag != 0.0 || b.real < 0.0) zero = true;
    return {0.0, 0.0};
  }
  double magnitude = std::hypot(a.real, a.imag);
  double length = std::pow(magnitude, b.real);
  double angle = std::atan2(a.imag, a.real);
  double phase = angle * b.real;
  if (b.imag != 0.0) {
    length /= std::exp(angle * b.imag);
    phase += b.imag * std::log(magnitude);
  }
  return {length * std::cos(phase), length * std::sin(phase)};
}

// Gay's strtod prefix as PyOS_string_to_double(s, &end, NULL) reads it:
// [sign] (inf | infinity | nan | digits [. digits] [e [sign] digits]).
// The length read, 0 for none.
size_t float_prefix(std::string_view s) {
  size_t at = 0;
  if (at < s.size() && (s[at] == '+' || s[at] == '-')) ++at;
  auto word = [&](std::string_view w) {
    if (s.size() - at < w.size()) return false;
    for (size_t i = 0; i < w.size(); ++i)
      if ((s[at + i] | 0x20) != w[i]) return false;
    return true;
  };
  if (word("inf")) return at + (word("infinity") ? 8 : 3);
  if (word("nan")) return at + 3;
  auto digit = [&](size_t i) { return i < s.size() && s[i] >= '0' && s[i] <= '9'; };
  size_t digits = 0;
  while (digit(at)) ++at, ++digits;
  if (at < s.size() && s[at] == '.') {
    ++at;
    while (digit(at)) ++at, ++digits;
  }
  if (digits == 0) return 0;
  if (at < s.size() && (s[at] == 'e' || s[at] == 'E')) {
    size_t exponent = at + 1;
    if (exponent < s.size() && (s[exponent] == '+' || s[exponent] == '-')) ++exponent;
    if (digit(exponent)) {
      while (digit(exponent)) ++exponent;
      at = exponent;
    }
  }
  return at;
}

double parse_prefix(std::string_view text) { return std::strtod(std::string(text).c_str(), nullptr); }

[[noreturn]] void malformed() { raise(exc::ValueError, "complex() arg is a malformed string"); }

// complex_from_string_inner on ASCII text without underscores.
Complex parse_complex(std::string_view s) {
  size_t at = 0;
  auto skip_spaces = [&] {
    while (at < s.size() && is_ascii_space(s[at])) ++at;
  };
  auto is_j = [&] { return at < s.size() && (s[at] == 'j' || s[at] == 'J'); };
  auto sign_at = [&] { return at < s.size() && (s[at] == '+' || s[at] == '-'); };
  skip_spaces();
  bool bracket = at < s.size() && s[at] == '(';
  if (bracket) {
    ++at;
    skip_spaces();
  }
  double x = 0.0, y = 0.0;
  if (size_t n = float_prefix(s.substr(at))) {
    double z = parse_prefix(s.substr(at, n));
    at += n;
    if (sign_at()) {  // <float><signed-float>j or <float><sign>j
      x = z;
      if (size_t m = float_prefix(s.substr(at))) {
        y = parse_prefix(s.substr(at, m));
        at += m;
      } else {
        y = s[at++] == '+' ? 1.0 : -1.0;
      }
      if (!is_j()) malformed();
      ++at;
    } else if (is_j()) {
      ++at;
      y = z;
    } else {
      x = z;
    }
  } else {  // <sign>j or j
    if (sign_at()) y = s[at++] == '+' ? 1.0 : -1.0;
    else y = 1.0;
    if (!is_j()) malformed();
    ++at;
  }
  skip_spaces();
  if (bracket) {
    if (at >= s.size() || s[at] != ')') malformed();
    ++at;
    skip_spaces();
  }
  if (at != s.size()) malformed();
  return {x, y};
}

bool is_real_number(Value v) { return is_integer(v) || is_a(v, float_type); }
double real_of(Value v) { return is_a(v, float_type) ? v.as_float() : to_double(integer_of(v)); }

}  // namespace

const TypeObject complex_type{.name = "complex",
                              .module = "builtins",
                              .mro = complex_mro,
                              .str = repr_slot,
                              .repr = repr_slot,
                              .hash = hash_slot,
                              .equal = equal_slot,
                              .getattr = getattr_slot,
                              .truth = truth_slot};

Value box(Complex z) {
  auto object = static_cast<ComplexObject*>(gc_alloc_atomic(sizeof(ComplexObject)));
  object->header.type = &complex_type;
  object->value = z;
  return Value::of_object(&object->header);
}

Complex as_complex(Value v) { return object_of(v.object())->value; }
bool is_complex(Value v) { return is_a(v, complex_type); }

Complex complex_truediv(Complex a, Complex b) {
  bool zero = false;
  Complex q = quotient(a, b, zero);
  if (zero) raise(exc::ZeroDivisionError, "complex division by zero");
  return q;
}

Complex complex_pow(Complex a, Complex b) {
  bool zero = false;
  Complex p;
  // As in CPython, libm's errno decides the error: cos/sin of an infinite
  // phase set EDOM (a ZeroDivisionError there, oddly), overflow ERANGE.
  errno = 0;
  // A small integral exponent takes repeated multiplication: faster and
  // more accurate (CPython's c_powi).
  if (b.imag == 0.0 && b.real == std::floor(b.real) && std::fabs(b.real) <= 100.0) {
    auto n = static_cast<long>(b.real);
    p = n > 0 ? power_unsigned(a, n) : quotient(kOne, power_unsigned(a, -n), zero);
  } else {
    p = power_polar(a, b, zero);
  }
  // CPython's _Py_ADJUST_ERANGE2: an infinite part is an overflow, an underflow no error.
  if (std::isinf(p.real) || std::isinf(p.imag)) {
    if (errno == 0) errno = ERANGE;
  } else if (errno == ERANGE) {
    errno = 0;
  }
  if (zero || errno == EDOM) raise(exc::ZeroDivisionError, "0.0 to a negative or complex power");
  if (errno == ERANGE) raise(exc::OverflowError, "complex exponentiation");
  return p;
}

void raise_complex_modulo() { raise(exc::ValueError, "complex modulo"); }

double abs(Complex z) {
  // C99: an infinite part makes the result infinite, even beside a NaN.
  if (std::isinf(z.real)) return std::fabs(z.real);
  if (std::isinf(z.imag)) return std::fabs(z.imag);
  if (std::isnan(z.real) || std::isnan(z.imag)) return NAN;
  double result = std::hypot(z.real, z.imag);
  if (std::isinf(result)) raise(exc::OverflowError, "absolute value too large");
  return result;
}

Value float_power(double a, double b) {
  if (float_pow_is_complex(a, b)) return box(complex_pow(to_complex(a), to_complex(b)));
  return Value::of_float(float_pow(a, b));
}

int64_t hash(Complex z) {
  // Unsigned, as CPython combines them: the sum wraps.
  uint64_t combined = static_cast<uint64_t>(hash(z.real)) + 1000003u * static_cast<uint64_t>(hash(z.imag));
  auto h = static_cast<int64_t>(combined);
  return h == -1 ? -2 : h;
}

void raise_complex_order(const char* op, std::string_view left, std::string_view right) {
  raise(exc::TypeError, std::string("'") + op + "' not supported between instances of '" + std::string(left) +
                            "' and '" + std::string(right) + "'");
}

bool rich_compare(Complex, Complex, CompareOp op) { raise_complex_order(compare_op_text(op), "complex", "complex"); }

std::string complex_repr_string(Complex z) {
  // A real part of +0.0 is left out, and so are the parentheses.
  if (z.real == 0.0 && !std::signbit(z.real)) return double_to_string(z.imag, {.code = 'r'}) + "j";
  return "(" + double_to_string(z.real, {.code = 'r'}) + double_to_string(z.imag, {.code = 'r', .add_sign = true}) +
         "j)";
}

Str repr(Complex z) { return Str::from_ascii(complex_repr_string(z)); }
Str str(Complex z) { return repr(z); }

Complex complex_from_string(std::string_view utf8) {
  std::string ascii = decimal_and_space_to_ascii(utf8);
  if (ascii.find('_') == std::string::npos) return parse_complex(ascii);
  std::optional<std::string> digits = without_digit_underscores(ascii);
  if (!digits)
    raise(exc::ValueError, "could not convert string to complex: " + std::string(repr(Str::from_utf8(utf8)).view()));
  return parse_complex(*digits);
}

Complex complex_new(Value real, Value imag, bool has_imag) {
  if (is_a(real, complex_type) && !has_imag) return as_complex(real);
  if (is_a(real, str_type)) {
    if (has_imag) raise(exc::TypeError, "complex() can't take second arg if first is a string");
    return complex_from_string(real.as_str().view());
  }
  if (has_imag && is_a(imag, str_type)) raise(exc::TypeError, "complex() second arg can't be a string");
  bool real_complex = is_a(real, complex_type), imag_complex = has_imag && is_a(imag, complex_type);
  if (!real_complex && !is_real_number(real))
    raise(exc::TypeError, "complex() first argument must be a string or a number, not '" +
                              std::string(type_name(real)) + "'");
  if (has_imag && !imag_complex && !is_real_number(imag))
    raise(exc::TypeError, "complex() second argument must be a number, not '" + std::string(type_name(imag)) + "'");
  Complex r = real_complex ? as_complex(real) : to_complex(real_of(real));
  Complex i = imag_complex ? as_complex(imag) : has_imag ? to_complex(real_of(imag)) : Complex{r.imag, 0.0};
  // Parts that are themselves complex contribute across (real + imag*1j);
  // a real part adds nothing, not even the sign of a zero.
  if (imag_complex) r.real -= i.imag;
  if (real_complex && has_imag) i.real += r.imag;
  return {r.real, i.real};
}

}  // namespace ingot::rt
