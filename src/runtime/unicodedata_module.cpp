// unicodedata's natives over src/unicode (design: unicodedata_module.h).
#include "runtime/unicodedata_module.h"

#include "unicode/character_database.h"
#include "unicode/unicode.h"

namespace ingot::rt::unicodedata {
namespace {

// unicodedata.py passes ord() of a one-character str: always in range.
char32_t code_point(Int code) { return static_cast<char32_t>(code.small()); }

}  // namespace

Str text_property(Int code, Int which) {
  char32_t c = code_point(code);
  switch (which.small()) {
    case 0: return Str::from_ascii(unicode::category(c));
    case 1: return Str::from_ascii(unicode::bidirectional(c));
    case 2: return Str::from_ascii(unicode::east_asian_width(c));
    default: return Str::from_ascii(unicode::name(c));
  }
}

double number(Int code, Int which) {
  char32_t c = code_point(code);
  switch (which.small()) {
    case 0: return unicode::decimal_value(c);
    case 1: return unicode::digit_value(c);
    default: return unicode::numeric_value(c).value_or(0.0);
  }
}

Int combining(Int code) { return Int(unicode::combining_class(code_point(code))); }

Int mirrored(Int code) { return Int(unicode::mirrored(code_point(code)) ? 1 : 0); }

Int lookup(Str name) {
  auto found = unicode::lookup(name.view());
  return Int(found ? static_cast<int64_t>(*found) : -1);
}

Str normalize(Int form, Str text) {
  constexpr unicode::NormalForm kForms[] = {unicode::NormalForm::nfc, unicode::NormalForm::nfd,
                                            unicode::NormalForm::nfkc, unicode::NormalForm::nfkd};
  return Str::from_utf8(unicode::normalize(kForms[form.small()], text.view()));
}

}  // namespace ingot::rt::unicodedata
