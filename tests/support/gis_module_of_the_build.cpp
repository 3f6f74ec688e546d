// SPDX-License-Identifier: MIT
// Test programs live in tests/, away from the program and its GIS module: they name the build's
// module the way a user can name one, so the program itself needs no path of the build.
#include <cstdlib>

namespace {

const bool named = [] { return ::setenv("WIJKNET_GIS_MODULE", WIJKNET_GIS_MODULE_OF_THE_BUILD, 0) == 0; }();

}  // namespace
