// The GMP side of Int, shared by the int*.cpp files only: generated code
// never sees GMP.
#pragma once

#include <gmp.h>

#include "runtime/int.h"
#include "runtime/object.h"

namespace ingot::rt {

// An immutable int outside the small range. The struct is scanned by the
// collector (it points to its limbs); the limbs are atomic.
struct BigIntObject {
  Object header;
  mpz_t value;
};

// Any Int as a read-only mpz. A small value borrows a limb inside the view,
// so the view must outlive every use of get().
class MpzView {
 public:
  explicit MpzView(Int i) {
    if (!i.is_small()) {
      pointer_ = i.big()->value;
      return;
    }
    int64_t v = i.small();
    limb_ = v < 0 ? -static_cast<mp_limb_t>(v) : static_cast<mp_limb_t>(v);
    mpz_roinit_n(small_, &limb_, v < 0 ? -1 : v > 0 ? 1 : 0);
    pointer_ = small_;
  }
  MpzView(const MpzView&) = delete;
  MpzView& operator=(const MpzView&) = delete;

  mpz_srcptr get() const { return pointer_; }

 private:
  mp_limb_t limb_;
  mpz_t small_;
  mpz_srcptr pointer_;
};

// An mpz_t that clears itself (a temporary of a slow path).
class Mpz {
 public:
  Mpz() { mpz_init(value_); }
  ~Mpz() { mpz_clear(value_); }
  Mpz(const Mpz&) = delete;
  Mpz& operator=(const Mpz&) = delete;
  mpz_ptr get() { return value_; }

 private:
  mpz_t value_;
};

// The canonical Int of a computed value: small if it fits, else a new
// BigIntObject that takes over the limbs (the Mpz is left empty).
Int take_mpz(Mpz& value);

}  // namespace ingot::rt
