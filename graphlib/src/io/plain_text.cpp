// SPDX-License-Identifier: MIT
#include "plain_text.hpp"

#include <algorithm>

#include "wijknet/io/diagnostic.hpp"
#include "wijknet/text/ascii.hpp"

namespace wijknet {
namespace {

std::size_t line_at(std::string_view text, std::size_t offset) {
    return static_cast<std::size_t>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset), '\n')) + 1;
}

}  // namespace

void expect_plain_text(std::string_view text, const std::string& file, std::string_view format) {
    std::size_t bad = 0;
    if (!text::is_utf8(text, &bad))
        throw InputError(file, line_at(text, bad),
                         text::byte_named(text[bad]) + " is not UTF-8 (expected " + std::string(format) + " saved as UTF-8)");
    if (const std::size_t control = text::find_control_character(text); control != std::string_view::npos)
        throw InputError(file, line_at(text, control), text::control_character_named(text, control) + " (expected text)");
}

}  // namespace wijknet
