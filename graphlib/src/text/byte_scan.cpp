// SPDX-License-Identifier: MIT
#include "wijknet/text/byte_scan.hpp"

#include <cstring>

#if defined(__x86_64__)
#include <emmintrin.h>
#endif

namespace wijknet::text {
namespace {

std::uint64_t marks_in_span(const char* bytes, char a, char b, char c) {
#if defined(__x86_64__)
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
#if defined(__x86_64__)
    // Each byte lane counts its matches, up to 255 rounds of 16 bytes; then the lanes are summed.
    // (std::popcount of a match mask is a library call on x86-64 without -mpopcnt.)
    const __m128i cs = _mm_set1_epi8(c), zero = _mm_setzero_si128();
    __m128i totals = zero;
    while (end - p >= 16) {
        __m128i lanes = zero;
        for (int round = 0; round < 255 && end - p >= 16; ++round, p += 16)
            lanes = _mm_sub_epi8(lanes, _mm_cmpeq_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p)), cs));
        totals = _mm_add_epi64(totals, _mm_sad_epu8(lanes, zero));
    }
    count = static_cast<std::size_t>(_mm_cvtsi128_si64(totals)) +
            static_cast<std::size_t>(_mm_cvtsi128_si64(_mm_unpackhi_epi64(totals, totals)));
#endif
    for (; p < end; ++p) count += *p == c ? 1 : 0;
    return count;
}

}  // namespace wijknet::text
