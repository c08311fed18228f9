#include "runtime/sequence.h"

#include <algorithm>
#include <vector>

namespace ingot::rt {
namespace {

// The objects whose repr is in progress (a short stack; repr nests only as
// deep as the containers do).
thread_local std::vector<const void*> repr_in_progress;

}  // namespace

ReprGuard::ReprGuard(const void* object)
    : reentered_(std::find(repr_in_progress.begin(), repr_in_progress.end(), object) != repr_in_progress.end()) {
  if (!reentered_) repr_in_progress.push_back(object);
}

ReprGuard::~ReprGuard() {
  if (!reentered_) repr_in_progress.pop_back();
}

Str sequence_repr(const SequenceObject* s, char open, char close) {
  if (s->size == 0) return Str::from_ascii(open == '[' ? "[]" : "()");
  ReprGuard guard(s);
  if (guard.reentered()) return Str::from_ascii(open == '[' ? "[...]" : "(...)");
  StrBuilder out;
  out.append_ascii(std::string_view(&open, 1));
  // The size is read each time: an item's repr may shrink a list.
  for (int64_t i = 0; i < s->size; ++i) {
    if (i > 0) out.append_ascii(", ");
    out.append(repr(s->ops->item(s, i)));
  }
  if (open == '(' && s->size == 1) out.append_ascii(",");
  out.append_ascii(std::string_view(&close, 1));
  return out.finish();
}

bool sequence_equal(const SequenceObject* a, const SequenceObject* b) {
  if (a->size != b->size) return false;
  for (int64_t i = 0; i < a->size && i < b->size; ++i)
    if (!same_or_equal(a->ops->item(a, i), b->ops->item(b, i))) return false;
  return a->size == b->size;
}

bool sequence_compare(const SequenceObject* a, const SequenceObject* b, CompareOp op) {
  auto get_a = [a](int64_t i) { return a->ops->item(a, i); };
  auto get_b = [b](int64_t i) { return b->ops->item(b, i); };
  return lexicographic_compare(a->size, b->size, get_a, get_b, op);
}

}  // namespace ingot::rt
