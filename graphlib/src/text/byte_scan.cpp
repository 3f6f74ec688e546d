// SPDX-License-Identifier: MIT
#include "byte_scan.hpp"

#include <bit>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace wijknet::text {
namespace {

std::uint64_t marks_in_span(const char* bytes, char a, char b, char c) {
#if defined(__SSE2__)
    const __m128i as = _mm_set1_epi8(a), bs = _mm_set1_epi8(b), cs = _mm_set1_epi8(c);
    std::uint64_t marks = 0;
    for (int k = 0; k < 4; ++k) {
        const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + 16 * k));
        const __m128i hits =
            _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(chunk, as), _mm_cmpeq_epi8(chunk, bs)), _mm_cmpeq_epi8(chunk, cs));
        marks |= std::uint64_t{static_cast<std::uint16_t>(_mm_movemask_epi8(hits))} << (16 * k);
    }
    return marks;
#else
    std::uint64_t marks = 0;
    for (std::ptrdiff_t k = 0; k < marks_span; ++k)
        if (bytes[k] == a || bytes[k] == b || bytes[k] == c) marks |= std::uint64_t{1} << k;
    return marks;
#endif
}

}  // namespace

std::uint64_t marks_ahead(const char* p, const char* end, char a, char b, char c) {
    if (end - p >= marks_span) return marks_in_span(p, a, b, c);
    char tail[marks_span] = {};
    std::memcpy(tail, p, static_cast<std::size_t>(end - p));
    return marks_in_span(tail, a, b, c);
}

std::size_t count_byte(std::string_view text, char c) {
    const char* p = text.data();
    const char* const end = p + text.size();
    std::size_t count = 0;
#if defined(__SSE2__)
    const __m128i cs = _mm_set1_epi8(c);
    for (; end - p >= 16; p += 16) {
        const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
        count += static_cast<std::size_t>(std::popcount(static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(chunk, cs)))));
    }
#endif
    for (; p < end; ++p) count += *p == c ? 1 : 0;
    return count;
}

}  // namespace wijknet::text
