// Interval bounds for the speculative int64_t clones (codegen/int_ranges.cpp):
// at the entry, a clone's bounds function runs the body on ranges, level by
// level of the recursion, to show that no value the clone computes can leave
// int64_t; the clone then runs without overflow checks. Any bound that
// itself overflows, or any doubt, makes the proof fail and the checked clone
// runs as before, so a failed proof only costs the few range operations.
#pragma once

#include <algorithm>
#include <cstdint>
#include <initializer_list>

namespace ingot::rt::speculation {

// The values an expression may take, or none (lo > hi): code that never
// gives a value, such as a self-call at the recursion's last level.
struct Range {
  int64_t lo = 1, hi = 0;
  static Range exactly(int64_t v) { return {v, v}; }
  bool none() const { return lo > hi; }
  friend bool operator==(const Range&, const Range&) = default;
};

// The range operations of one proof; `ok` turns false when a bound leaves
// int64_t, which fails the proof.
class Ranges {
 public:
  bool ok = true;

  Range add(Range a, Range b) {
    if (a.none() || b.none()) return {};
    return {sum(a.lo, b.lo), sum(a.hi, b.hi)};
  }
  Range sub(Range a, Range b) {
    if (a.none() || b.none()) return {};
    return {difference(a.lo, b.hi), difference(a.hi, b.lo)};
  }
  Range neg(Range a) { return sub(Range::exactly(0), a); }
  Range mul(Range a, Range b) {
    if (a.none() || b.none()) return {};
    int64_t p[] = {product(a.lo, b.lo), product(a.lo, b.hi), product(a.hi, b.lo), product(a.hi, b.hi)};
    return {*std::min_element(p, p + 4), *std::max_element(p, p + 4)};
  }
  // |a // b| <= |a| for every b the clone divides by (b == 0 abandons).
  Range floordiv(Range a, Range b) {
    if (a.none() || b.none()) return {};
    int64_t m = magnitude(a);
    return {-m, m};
  }
  // a % b lies strictly between -|b| and |b|.
  Range mod(Range a, Range b) {
    if (a.none() || b.none()) return {};
    int64_t m = magnitude(b);
    return m == 0 ? Range{} : Range{1 - m, m - 1};
  }
  // Counts outside 0..62 abandon the clone: a << k is a * 2**k for the rest.
  Range lshift(Range a, Range b) {
    Range counts{std::max<int64_t>(b.lo, 0), std::min<int64_t>(b.hi, 62)};
    if (a.none() || counts.none()) return {};
    return mul(a, Range{int64_t{1} << counts.lo, int64_t{1} << counts.hi});
  }
  // Shifting right moves a value toward 0 or -1.
  Range rshift(Range a, Range b) {
    if (a.none() || b.none()) return {};
    return {std::min<int64_t>(a.lo, 0), std::max<int64_t>(a.hi, 0)};
  }
  // &, |, ^ of values in [-2**k, 2**k) stay there: their bits above k are
  // copies of the sign bit.
  Range bits(Range a, Range b) {
    if (a.none() || b.none()) return {};
    int k = 0;
    while (k < 63 && !(fits(a, k) && fits(b, k))) ++k;
    if (k == 63) return {INT64_MIN, INT64_MAX};
    return {-(int64_t{1} << k), (int64_t{1} << k) - 1};
  }
  Range invert(Range a) { return a.none() ? Range{} : Range{~a.hi, ~a.lo}; }
  // A comparison or `not`: 0 or 1 once all its operands have values.
  Range truth(std::initializer_list<Range> operands) { return when(operands, Range{0, 1}); }
  // `value` once all of `operands` have values (a call's arguments, a test).
  Range when(std::initializer_list<Range> operands, Range value) {
    for (const Range& r : operands)
      if (r.none()) return {};
    return value;
  }
  // Any of the values: a variable's assignments, the operands of and/or.
  Range join(std::initializer_list<Range> ranges) {
    Range out;
    for (const Range& r : ranges) {
      if (r.none()) continue;
      out = out.none() ? r : Range{std::min(out.lo, r.lo), std::max(out.hi, r.hi)};
    }
    return out;
  }
  // A parameter that each level passes on changed by at most `down` below
  // or `up` above, over `levels` levels.
  Range stepped(int64_t v, int64_t levels, int64_t down, int64_t up) {
    return {difference(v, product(levels, down)), sum(v, product(levels, up))};
  }
  Range at_least(Range a, int64_t lo) { return a.none() ? a : Range{std::max(a.lo, lo), a.hi}; }
  // The clone's accumulator adds at most `count` terms, each in `terms`,
  // and then a result in `results`.
  bool accumulates(Range terms, int64_t count, Range results) {
    Range each = join({terms, Range::exactly(0)});
    Range total{product(each.lo, count), product(each.hi, count)};
    add(total, join({results, Range::exactly(0)}));
    return ok;
  }

 private:
  int64_t sum(int64_t a, int64_t b) {
    int64_t r;
    if (__builtin_add_overflow(a, b, &r)) ok = false;
    return r;
  }
  int64_t difference(int64_t a, int64_t b) {
    int64_t r;
    if (__builtin_sub_overflow(a, b, &r)) ok = false;
    return r;
  }
  int64_t product(int64_t a, int64_t b) {
    int64_t r;
    if (__builtin_mul_overflow(a, b, &r)) ok = false;
    return r;
  }
  int64_t magnitude(Range a) { return std::max(difference(0, a.lo), a.hi); }
  static bool fits(Range a, int k) { return a.lo >= -(int64_t{1} << k) && a.hi < (int64_t{1} << k); }
};

}  // namespace ingot::rt::speculation
