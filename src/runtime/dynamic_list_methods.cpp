// list and tuple methods called on a Value: written once over boxed items,
// acting on the real List<T> through its ops table (sequence.h).
#include <algorithm>
#include <vector>

#include "runtime/dynamic_boxed.h"
#include "runtime/dynamic_iter.h"
#include "runtime/dynamic_methods.h"
#include "runtime/exception.h"

namespace ingot::rt {
namespace {

SequenceObject* mutable_sequence(Value v) { return const_cast<SequenceObject*>(sequence_of(v)); }

// The items of any iterable, taken before anything changes (l.extend(l)).
std::vector<Value> items_of(Value iterable) {
  std::vector<Value> items;
  ValueIterator it(iterable);
  for (Value x; it.next(x);) items.push_back(x);
  return items;
}

// list.index / tuple.index: the first equal item in [start, stop), or -1.
int64_t find(Value self, std::span<const Value> args) {
  const SequenceObject* s = sequence_of(self);
  int64_t size = s->size, start = 0, stop = size;
  if (args.size() > 1 && (start = index_argument(args[1])) < 0 && (start += size) < 0) start = 0;
  if (args.size() > 2 && (stop = index_argument(args[2])) < 0 && (stop += size) < 0) stop = 0;
  for (int64_t i = start; i < stop && i < s->size; ++i)
    if (same_or_equal(item_of(s, i), args[0])) return i;
  return -1;
}

Value count(Value self, std::span<const Value> args) {
  const SequenceObject* s = sequence_of(self);
  int64_t n = 0;
  for (int64_t i = 0; i < s->size; ++i) n += same_or_equal(item_of(s, i), args[0]);
  return Int(n);
}

Value list_append(Value self, std::span<const Value> args) {
  check_one_argument("list.append", args);
  SequenceObject* s = mutable_sequence(self);
  s->ops->insert(s, s->size, args[0]);
  return Value::none();
}

Value list_extend(Value self, std::span<const Value> args) {
  check_one_argument("list.extend", args);
  SequenceObject* s = mutable_sequence(self);
  for (Value x : items_of(args[0])) s->ops->insert(s, s->size, x);
  return Value::none();
}

Value list_insert(Value self, std::span<const Value> args) {
  check_arguments("insert", args, 2, 2);
  SequenceObject* s = mutable_sequence(self);
  int64_t i = index_argument(args[0]);
  if (i < 0 && (i += s->size) < 0) i = 0;
  s->ops->insert(s, std::min(i, s->size), args[1]);
  return Value::none();
}

Value list_pop(Value self, std::span<const Value> args) {
  check_arguments("pop", args, 0, 1);
  SequenceObject* s = mutable_sequence(self);
  int64_t i = args.empty() ? -1 : index_argument(args[0]);
  if (s->size == 0) detail::raise_pop_error(true);
  if (i < 0) i += s->size;
  if (i < 0 || i >= s->size) detail::raise_pop_error(false);
  Value item = item_of(s, i);
  s->ops->erase(s, i, i + 1);
  return item;
}

Value list_remove(Value self, std::span<const Value> args) {
  check_one_argument("list.remove", args);
  int64_t i = find(self, args);
  if (i < 0) detail::raise_remove_error();
  SequenceObject* s = mutable_sequence(self);
  s->ops->erase(s, i, i + 1);
  return Value::none();
}

Value list_index(Value self, std::span<const Value> args) {
  check_arguments("index", args, 1, 3);
  int64_t i = find(self, args);
  if (i < 0) detail::raise_not_in_list(args[0]);
  return Int(i);
}

Value list_count(Value self, std::span<const Value> args) {
  check_one_argument("list.count", args);
  return count(self, args);
}

// Writes `items` back over the list (sort, reverse).
void store_all(SequenceObject* s, const std::vector<Value>& items) {
  for (size_t i = 0; i < items.size() && static_cast<int64_t>(i) < s->size; ++i)
    s->ops->store(s, static_cast<int64_t>(i), items[i]);
}

Value list_reverse(Value self, std::span<const Value> args) {
  check_no_arguments("list.reverse", args);
  std::vector<Value> items = items_of(self);
  std::reverse(items.begin(), items.end());
  store_all(mutable_sequence(self), items);
  return Value::none();
}

// Stable, with Python's < (key= and reverse= are keywords, which dynamic
// calls do not pass); the list is unchanged when a comparison raises.
Value list_sort(Value self, std::span<const Value> args) {
  if (!args.empty()) raise(exc::TypeError, "sort() takes no positional arguments");
  std::vector<Value> items = items_of(self);
  std::stable_sort(items.begin(), items.end(), [](Value a, Value b) { return rich_compare(a, b, CompareOp::lt); });
  store_all(mutable_sequence(self), items);
  return Value::none();
}

Value list_clear(Value self, std::span<const Value> args) {
  check_no_arguments("list.clear", args);
  SequenceObject* s = mutable_sequence(self);
  s->ops->erase(s, 0, s->size);
  return Value::none();
}

Value list_copy(Value self, std::span<const Value> args) {
  check_no_arguments("list.copy", args);
  return box(boxed_list(sequence_of(self)));
}

Value tuple_index(Value self, std::span<const Value> args) {
  check_arguments("index", args, 1, 3);
  int64_t i = find(self, args);
  if (i < 0) detail::raise_not_in_tuple();
  return Int(i);
}

Value tuple_count(Value self, std::span<const Value> args) {
  check_one_argument("tuple.count", args);
  return count(self, args);
}

constinit const MethodDef list_table[] = {
    {"append", list_append}, {"extend", list_extend}, {"insert", list_insert}, {"pop", list_pop},
    {"remove", list_remove}, {"index", list_index},   {"count", list_count},   {"reverse", list_reverse},
    {"sort", list_sort},     {"clear", list_clear},   {"copy", list_copy}};
constinit const MethodDef tuple_table[] = {{"index", tuple_index}, {"count", tuple_count}};

}  // namespace

const std::span<const MethodDef> list_methods{list_table}, tuple_methods{tuple_table};

}  // namespace ingot::rt
