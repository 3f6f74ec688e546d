// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>

namespace wijknet::mapped_region_guard {

/// Guards a mapping of a file: a page of it that the file no longer backs (the file was
/// shortened) reads as zeros instead of raising SIGBUS. Returns the guard's slot, or -1 when
/// every slot is taken (then the caller reads the file into memory instead).
int guard(const void* begin, std::size_t size);
/// Whether a page of the mapping in `slot` read as zeros because the file was shortened.
bool was_cut(int slot);
/// Ends the guard; call before the mapping is unmapped.
void unguard(int slot);

}  // namespace wijknet::mapped_region_guard
