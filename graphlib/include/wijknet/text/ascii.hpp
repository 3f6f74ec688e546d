// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <string_view>

/// Locale-independent text helpers for reading files: the user's locale must never change how
/// "Bewoner" or "52,1" is read.
namespace wijknet::text {

constexpr char to_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
constexpr char to_upper(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; }

// Inline, as they run on every field of every file read (a million-line file: tens of millions
// of calls).

/// `text` without the spaces, tabs and line ends around it. A loop rather than
/// find_first_not_of, which calls memchr once per character.
constexpr std::string_view trim(std::string_view text) {
    const auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    std::size_t first = 0, last = text.size();
    while (first < last && is_space(text[first])) ++first;
    while (last > first && is_space(text[last - 1])) --last;
    return text.substr(first, last - first);
}

/// Whether `a` and `b` are equal, ignoring the case of ASCII letters.
constexpr bool iequals(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (to_lower(a[i]) != to_lower(b[i])) return false;
    return true;
}

std::string lower(std::string_view text);

/// Parses a decimal number written with a point or a decimal comma ("52,0907"); no thousands
/// separators. Returns nothing for anything else, including "nan" and "inf".
std::optional<double> parse_decimal(std::string_view text);

/// The shortest text that reads back as the same double.
std::string format_decimal(double value);

/// `text` as a JSON string, quotes included: `"`, `\\` and control characters escaped.
std::string json_quoted(std::string_view text);

/// Whether `text` is valid UTF-8; when not, `bad_offset` is the offset of the first bad byte.
bool is_utf8(std::string_view text, std::size_t* bad_offset = nullptr);

/// The offset of the first control character in `text` other than tab, line feed and carriage
/// return, or of the noncharacters U+FFFE and U+FFFF, or npos: no name or value holds one, and
/// XML cannot.
std::size_t find_control_character(std::string_view text);

/// `text` as a terminal can show it: control characters and bytes that are not UTF-8 written as
/// `\xNN`, so a message quoting a damaged file neither hides part of itself nor garbles the screen.
std::string printable(std::string_view text);

/// "byte 0x0C": how a message names one byte of a damaged file.
std::string byte_named(char byte);
/// What find_control_character() found at `offset` of `text`, in words: "byte 0x0C is a control
/// character", or "U+FFFF is no character" for the noncharacters.
std::string control_character_named(std::string_view text, std::size_t offset);

}  // namespace wijknet::text
