// SPDX-License-Identifier: MIT
#include "wijknet/text/ascii.hpp"

#include <algorithm>

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdint>
#include <cstring>

namespace wijknet::text {

std::string lower(std::string_view text) {
    std::string out(text);
    for (char& c : out) c = to_lower(c);
    return out;
}

std::optional<double> parse_decimal(std::string_view text) {
    text = trim(text);
    if (text.empty()) return std::nullopt;
    std::string normalised(text);
    if (normalised.find('.') == std::string::npos) {
        const auto comma = normalised.find(',');
        if (comma != std::string::npos) {
            if (normalised.find(',', comma + 1) != std::string::npos) return std::nullopt;
            normalised[comma] = '.';
        }
    }
    if (normalised.front() == '+') normalised.erase(0, 1);
    double value = 0;
    const char* end = normalised.data() + normalised.size();
    auto [stop, error] = std::from_chars(normalised.data(), end, value, std::chars_format::fixed);
    if (error != std::errc{} || stop != end || !std::isfinite(value)) return std::nullopt;
    return value;
}

std::string format_decimal(double value) {
    // The shortest digits that read back as the same number, never in scientific notation:
    // parse_decimal() reads what people type, and 100000 written as 1e+05 was refused by it.
    char buffer[400];  // the largest double has 309 digits before the point
    auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed);
    return error == std::errc{} ? std::string(buffer, end) : std::string{};
}

std::string json_quoted(std::string_view text) {
    std::string out = "\"";
    for (const char c : text) {
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default:
                if (static_cast<unsigned char>(c) < 0x20) {
                    char escape[8];
                    std::snprintf(escape, sizeof escape, "\\u%04x", static_cast<unsigned>(c));
                    out += escape;
                } else {
                    out += c;
                }
        }
    }
    return out + "\"";
}

bool is_utf8(std::string_view text, std::size_t* bad_offset) {
    const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    std::size_t i = 0;
    while (i < n) {
        // Most text is plain ASCII, names with an é or ë among it: skip it eight bytes at a time
        // up to each letter outside ASCII, and again after it.
        for (std::uint64_t word = 0; i + sizeof word <= n; i += sizeof word) {
            std::memcpy(&word, bytes + i, sizeof word);
            if (word & 0x8080808080808080ULL) break;
        }
        while (i < n && bytes[i] < 0x80) ++i;
        if (i == n) break;
        const unsigned char c = bytes[i];
        std::size_t length = 0;
        std::uint32_t code = 0;
        if ((c & 0xE0) == 0xC0) { length = 2; code = c & 0x1F; }
        else if ((c & 0xF0) == 0xE0) { length = 3; code = c & 0x0F; }
        else if ((c & 0xF8) == 0xF0) { length = 4; code = c & 0x07; }
        else { if (bad_offset) *bad_offset = i; return false; }
        if (i + length > n) { if (bad_offset) *bad_offset = i; return false; }
        for (std::size_t k = 1; k < length; ++k) {
            if ((bytes[i + k] & 0xC0) != 0x80) { if (bad_offset) *bad_offset = i; return false; }
            code = (code << 6) | (bytes[i + k] & 0x3F);
        }
        // Overlong forms, surrogates and code points past U+10FFFF are not UTF-8.
        const bool overlong = (length == 2 && code < 0x80) || (length == 3 && code < 0x800) ||
                              (length == 4 && code < 0x10000);
        if (overlong || (code >= 0xD800 && code <= 0xDFFF) || code > 0x10FFFF) {
            if (bad_offset) *bad_offset = i;
            return false;
        }
        i += length;
    }
    return true;
}

namespace {

constexpr std::uint64_t each_byte(std::uint8_t byte) { return 0x0101010101010101ULL * byte; }
constexpr std::uint64_t high_bits = each_byte(0x80);

/// The high bit of each byte of `word` that is below 0x20 (exact, no carries between bytes).
constexpr std::uint64_t below_space(std::uint64_t word) {
    return ~(((word & ~high_bits) + each_byte(0x60)) | word) & high_bits;
}
/// The high bit of each byte of `word` that is `byte`.
constexpr std::uint64_t equal_to(std::uint64_t word, std::uint8_t byte) {
    const std::uint64_t x = word ^ each_byte(byte);
    return ~(((x & ~high_bits) + ~high_bits) | x) & high_bits;
}

bool is_control(unsigned char byte) { return byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r'; }

}  // namespace

std::size_t find_control_character(std::string_view text) {
    // Eight bytes at a time: every line holds a line end, so the test must let those through.
    std::size_t i = 0;
    for (std::uint64_t word = 0; i + sizeof word <= text.size(); i += sizeof word) {
        std::memcpy(&word, text.data() + i, sizeof word);
        if (below_space(word) & ~(equal_to(word, '\t') | equal_to(word, '\n') | equal_to(word, '\r'))) break;
    }
    std::size_t found = std::string_view::npos;
    for (; i < text.size(); ++i)
        if (is_control(static_cast<unsigned char>(text[i]))) {
            found = i;
            break;
        }
    // U+FFFE and U+FFFF are valid UTF-8 but no characters: XML 1.0 cannot hold them, so GraphML
    // written from them would be refused by wijknet's own reader.
    for (const std::string_view noncharacter : {std::string_view("\xEF\xBF\xBE"), std::string_view("\xEF\xBF\xBF")})
        found = std::min(found, text.substr(0, found == std::string_view::npos ? text.size() : found).find(noncharacter));
    return found;
}

std::string byte_named(char byte) {
    char hex[8];
    std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(byte));
    return std::string("byte ") + hex;
}

std::string control_character_named(std::string_view text, std::size_t offset) {
    if (text.substr(offset, 2) == "\xEF\xBF" && offset + 2 < text.size())
        return text[offset + 2] == '\xBE' ? "U+FFFE is no character" : "U+FFFF is no character";
    return byte_named(text[offset]) + " is a control character";
}

std::string printable(std::string_view text) {
    std::string shown;
    shown.reserve(text.size());
    const auto escape = [&shown](char c) {
        static constexpr char digits[] = "0123456789ABCDEF";
        const auto byte = static_cast<unsigned char>(c);
        shown += "\\x";
        shown += digits[byte >> 4];
        shown += digits[byte & 0xF];
    };
    while (!text.empty()) {
        std::size_t bad = text.size();
        is_utf8(text, &bad);
        for (const char c : text.substr(0, bad))
            if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) escape(c);
            else shown += c;
        if (bad == text.size()) break;
        escape(text[bad]);
        text.remove_prefix(bad + 1);
    }
    return shown;
}

}  // namespace wijknet::text
