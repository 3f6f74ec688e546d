// SPDX-License-Identifier: MIT
#include "ucinet_dl_words.hpp"

#include <charconv>
#include <cmath>

namespace wijknet::ucinet_dl {

std::optional<std::size_t> split_words(std::string_view text, std::vector<Word>& words) {
    std::size_t line = 1;
    for (std::size_t i = 0; i < text.size();) {
        const char c = text[i];
        if (c == '\n' || (c == '\r' && text.substr(i, 2) != "\r\n")) ++line;
        if (c == ' ' || c == '\t' || c == ',' || c == '\r' || c == '\n') {
            ++i;
        } else if (c == '=') {
            words.push_back({text.substr(i, 1), line});
            ++i;
        } else if (c == '"') {
            const std::size_t end = text.find('"', i + 1);
            if (end == std::string_view::npos || text.substr(i, end - i).find_first_of("\r\n") != std::string_view::npos) return line;
            // Trimmed, as the CSV pair trims its fields, so what is read is what a CSV pair holds.
            words.push_back({text::trim(text.substr(i + 1, end - i - 1)), line, false, true});
            i = end + 1;
        } else {
            std::size_t end = text.find_first_of(" \t,=\r\n", i);
            if (end == std::string_view::npos) end = text.size();
            Word word{text.substr(i, end - i), line};
            if (word.text.size() > 1 && word.text.back() == ':') {
                word.text.remove_suffix(1);
                word.colon = true;
            }
            words.push_back(word);
            i = end;
        }
    }
    return std::nullopt;
}

std::optional<double> number_of(std::string_view word) {
    if (word.starts_with('+')) word.remove_prefix(1);
    double value = 0;
    const auto [end, error] = std::from_chars(word.data(), word.data() + word.size(), value);
    if (error != std::errc{} || end != word.data() + word.size() || !std::isfinite(value)) return std::nullopt;
    return value;
}

std::optional<std::size_t> whole_number(std::string_view word) {
    std::size_t value = 0;
    const auto [end, error] = std::from_chars(word.data(), word.data() + word.size(), value);
    if (error != std::errc{} || end != word.data() + word.size()) return std::nullopt;
    return value;
}

}  // namespace wijknet::ucinet_dl
