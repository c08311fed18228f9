// The type table and the join: interning, the lattice laws, and the rules
// docs/types.md promises (element-wise containers, bool apart from int,
// optional, bounded unions and nesting).
#include "types/type_table.h"

#include <gtest/gtest.h>

namespace ingot::types {
namespace {

TEST(TypeTable, EqualTypesHaveEqualIds) {
  TypeTable t;
  EXPECT_EQ(t.list_of(kInt), t.list_of(kInt));
  EXPECT_NE(t.list_of(kInt), t.list_of(kFloat));
  EXPECT_EQ(t.dict_of(kStr, t.list_of(kInt)), t.dict_of(kStr, t.list_of(kInt)));
  TypeId pair[] = {kInt, kStr};
  TypeId swapped[] = {kStr, kInt};
  EXPECT_NE(t.tuple_of(pair), t.tuple_of(swapped));
  EXPECT_EQ(t.instance_of(3), t.instance_of(3));
  EXPECT_NE(t.instance_of(3), t.class_object(3));
}

TEST(TypeTable, Formats) {
  TypeTable t;
  t.name_class(0, "Node");
  TypeId pair[] = {kInt, kStr};
  EXPECT_EQ(t.format(t.dict_of(kStr, t.list_of(kFloat))), "dict[str, list[float]]");
  EXPECT_EQ(t.format(t.tuple_of(pair)), "tuple[int, str]");
  EXPECT_EQ(t.format(t.tuple_of({})), "tuple[()]");
  EXPECT_EQ(t.format(t.tuple_var(kInt)), "tuple[int, ...]");
  EXPECT_EQ(t.format(t.join(kNone, t.instance_of(0))), "Node | None");
  EXPECT_EQ(t.format(t.class_object(0)), "type[Node]");
}

TEST(Join, BottomIsTheIdentityAndDynAbsorbs) {
  TypeTable t;
  for (TypeId x : {kInt, kStr, t.list_of(kInt), kNone}) {
    EXPECT_EQ(t.join(x, kBottom), x);
    EXPECT_EQ(t.join(kBottom, x), x);
    EXPECT_EQ(t.join(x, kDyn), kDyn);
    EXPECT_EQ(t.join(x, x), x);
  }
}

TEST(Join, IsCommutativeAndAssociative) {
  TypeTable t;
  std::vector<TypeId> samples = {kInt, kBool, kFloat, kNone, kStr, t.list_of(kInt), t.list_of(kStr),
                                 t.dict_of(kStr, kInt), t.instance_of(1), t.tuple_var(kInt)};
  TypeId pair[] = {kInt, kInt};
  samples.push_back(t.tuple_of(pair));
  for (TypeId a : samples)
    for (TypeId b : samples) {
      EXPECT_EQ(t.join(a, b), t.join(b, a)) << t.format(a) << " / " << t.format(b);
      for (TypeId c : samples) EXPECT_EQ(t.join(t.join(a, b), c), t.join(a, t.join(b, c)));
    }
}

TEST(Join, BoolIsNotSilentlyAnInt) {
  TypeTable t;
  TypeId both = t.join(kInt, kBool);
  EXPECT_EQ(t.kind(both), Kind::Union);
  EXPECT_EQ(t.format(both), "bool | int");
  EXPECT_EQ(t.format(t.join(kInt, kFloat)), "int | float");
}

TEST(Join, OptionalIsAUnionWithNone) {
  TypeTable t;
  TypeId optional = t.join(kInt, kNone);
  EXPECT_EQ(t.format(optional), "int | None");
  EXPECT_EQ(t.join(optional, kInt), optional);
  EXPECT_EQ(t.join(optional, kNone), optional);
}

TEST(Join, ContainersJoinElementWise) {
  TypeTable t;
  EXPECT_EQ(t.format(t.join(t.list_of(kInt), t.list_of(kFloat))), "list[int | float]");
  EXPECT_EQ(t.join(t.list_of(kBottom), t.list_of(kStr)), t.list_of(kStr));
  EXPECT_EQ(t.format(t.join(t.dict_of(kStr, kInt), t.dict_of(kStr, t.list_of(kInt)))), "dict[str, int | list[int]]");
  // One list member per union: a list joins with a list, not beside it.
  TypeId mixed = t.join(t.join(t.list_of(kInt), kNone), t.list_of(kStr));
  EXPECT_EQ(t.format(mixed), "list[int | str] | None");
}

TEST(Join, TuplesKeepArityWhenItMatches) {
  TypeTable t;
  TypeId a[] = {kInt, kStr};
  TypeId b[] = {kFloat, kStr};
  TypeId c[] = {kInt, kStr, kStr};
  EXPECT_EQ(t.format(t.join(t.tuple_of(a), t.tuple_of(b))), "tuple[int | float, str]");
  EXPECT_EQ(t.format(t.join(t.tuple_of(a), t.tuple_of(c))), "tuple[int | str, ...]");
  EXPECT_EQ(t.format(t.join(t.tuple_of(a), t.tuple_var(kNone))), "tuple[int | str | None, ...]");
}

TEST(Join, UnionsAreBounded) {
  TypeTable t;
  TypeId u = kBottom;
  for (TypeId x : {kInt, kStr, kFloat, kNone}) u = t.join(u, x);
  EXPECT_EQ(t.members(u).size(), kMaxUnion);
  EXPECT_EQ(t.join(u, kBytes), kDyn);
}

TEST(Join, DistinctClassesStayApart) {
  TypeTable t;
  TypeId both = t.join(t.instance_of(0), t.instance_of(1));
  EXPECT_EQ(t.members(both).size(), 2u);
  EXPECT_EQ(t.join(both, t.instance_of(0)), both);
}

TEST(TypeTable, NestingIsBounded) {
  TypeTable t;
  TypeId nested = kInt;
  for (int i = 0; i < 10; ++i) nested = t.list_of(nested);
  EXPECT_EQ(t.format(nested).find("dyn") != std::string::npos, true) << t.format(nested);
  // The chain x = [x] reaches a fixpoint.
  TypeId x = t.list_of(kBottom);
  for (int i = 0; i < 20; ++i) x = t.join(x, t.list_of(x));
  EXPECT_EQ(t.join(x, t.list_of(x)), x);
}

TEST(TypeTable, LongTuplesBecomeVariadic) {
  TypeTable t;
  std::vector<TypeId> many(kMaxTupleArity + 1, kInt);
  EXPECT_EQ(t.tuple_of(many), t.tuple_var(kInt));
}

TEST(TypeTable, ElementOfContainers) {
  TypeTable t;
  TypeId pair[] = {kInt, kStr};
  EXPECT_EQ(t.element(t.list_of(kFloat)), kFloat);
  EXPECT_EQ(t.format(t.element(t.tuple_of(pair))), "int | str");
  EXPECT_EQ(t.element(t.generator_of(kStr)), kStr);
}

// make_tree's result grows one level per pass; past the nesting bound it
// folds into tuple[T | None, T | None] (recursive.cpp), which then absorbs
// the tuples of its shape, so the slot settles.
TEST(TypeTable, SelfSimilarTuplesFoldIntoARecursiveType) {
  TypeTable t;
  TypeId leaf[] = {kNone, kNone};
  TypeId tree = t.tuple_of(leaf);
  for (int i = 0; i < 6; ++i) {
    TypeId node[] = {tree, tree};
    tree = t.join(tree, t.tuple_of(node));
  }
  ASSERT_EQ(t.kind(tree), Kind::Recursive);
  EXPECT_EQ(t.format(tree), "rec[tuple[self | None, self | None]]");
  EXPECT_EQ(t.format(t.unfold(tree)), "tuple[" + t.format(tree) + " | None, " + t.format(tree) + " | None]");
  TypeId again[] = {tree, tree};
  EXPECT_EQ(t.join(tree, t.tuple_of(again)), tree);
  EXPECT_EQ(t.join(tree, t.tuple_of(leaf)), tree);
  EXPECT_EQ(t.join(tree, t.unfold(tree)), tree);
}

// A linked list (value, next) built in a loop: the variable's type.
TEST(TypeTable, LinkedListsFoldWithTheirValues) {
  TypeTable t;
  TypeId node = kNone;
  for (int i = 0; i < 6; ++i) {
    TypeId cell[] = {kInt, node};
    node = t.join(node, t.tuple_of(cell));
  }
  EXPECT_EQ(t.format(node), "rec[tuple[int, self | None]] | None");
}

// Where the recursion meets another tuple in one union, the bound applies as before.
TEST(TypeTable, IllFormedRecursionStaysBounded) {
  TypeTable t;
  TypeId node = kNone;
  for (int i = 0; i < 6; ++i) {
    TypeId triple[] = {kInt, kInt, kInt};
    TypeId cell[] = {t.join(node, t.tuple_of(triple)), kInt};
    node = t.join(node, t.tuple_of(cell));
  }
  EXPECT_NE(t.format(node).find("dyn"), std::string::npos);
}

}  // namespace
}  // namespace ingot::types
