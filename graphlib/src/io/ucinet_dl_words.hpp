// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "wijknet/text/ascii.hpp"

namespace wijknet::ucinet_dl {

/// A word of a DL file: separated by spaces, tabs, commas, `=` and line ends; a word in double
/// quotes may hold any of these. A keyword's colon (`DATA:`) is taken off and remembered.
struct Word {
    std::string_view text;
    std::size_t line = 0;
    bool colon = false;
    bool quoted = false;
    bool is(std::string_view keyword) const { return !quoted && text::iequals(text, keyword); }
};

/// The words of `text`; the line of a quote that is not closed on its line, if there is one.
std::optional<std::size_t> split_words(std::string_view text, std::vector<Word>& words);

/// A value as programs write them: `3`, `-1`, `0.5`, also `1e-5` (igraph, Gephi).
std::optional<double> number_of(std::string_view word);

/// A count or an actor's number: digits only.
std::optional<std::size_t> whole_number(std::string_view word);

}  // namespace wijknet::ucinet_dl
