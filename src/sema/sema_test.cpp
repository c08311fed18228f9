#include "sema/sema.h"

#include <gtest/gtest.h>

#include "parse/parse.h"

namespace ingot::sema {
namespace {

TEST(Sema, Placeholder) { SUCCEED(); }

}  // namespace
}  // namespace ingot::sema
