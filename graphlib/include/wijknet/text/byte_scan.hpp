// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

/// Finding a few kinds of byte in big texts 16 bytes at a time (SSE2, which every x86-64 has;
/// a plain loop elsewhere): the CSV readers look at every byte of files of hundreds of megabytes.
namespace wijknet::text {

/// How many bytes marks_ahead() looks at.
inline constexpr std::ptrdiff_t marks_span = 64;

/// \brief Where `a`, `b` and `c` are among the 64 bytes from `p` (fewer at `end`): bit k is set
/// when byte p[k] is one of them. Then a caller goes from one to the next by counting bits.
/// None of `a`, `b`, `c` may be zero: the bytes after `end` are read as zeros.
std::uint64_t marks_ahead(const char* p, const char* end, char a, char b, char c);

/// How many times `c` occurs in `text`.
std::size_t count_byte(std::string_view text, char c);

}  // namespace wijknet::text
