// SPDX-License-Identifier: MIT
// Sheets made of fuzzed bytes, as GDAL hands a workbook's sheets over (wijknet/io/workbook.hpp):
// rows at line ends, cells at tabs, a 0x1f byte a line break inside a cell; an empty line is a
// row the reader left out, so row numbers have gaps.
#pragma once

#include <algorithm>
#include <string>
#include <string_view>

#include "wijknet/io/workbook.hpp"

namespace wijknet::fuzz {

inline Sheet sheet_of(std::string name, std::string_view text) {
    Sheet sheet{std::move(name), {}};
    std::size_t number = 0;
    while (!text.empty()) {
        const std::size_t end = std::min(text.find('\n'), text.size());
        const std::string_view line = text.substr(0, end);
        text.remove_prefix(std::min(end + 1, text.size()));
        ++number;
        if (line.empty()) continue;
        SheetRow row{number, {""}};
        for (const char c : line) {
            if (c == '\t') row.cells.emplace_back();
            else row.cells.back() += c == '\x1f' ? '\n' : c;
        }
        sheet.rows.push_back(std::move(row));
    }
    return sheet;
}

/// Whether `message` starts with `sheet 'NAME'` and, if a row follows, one the sheet has.
inline bool names_a_row_there(const std::string& message, const Sheet& sheet) {
    const std::string place = "sheet '" + sheet.name + "'";
    if (!message.starts_with(place)) return false;
    constexpr std::string_view row_mark = ", row ";
    if (message.compare(place.size(), row_mark.size(), row_mark) != 0) return message.compare(place.size(), 2, ": ") == 0;
    const std::size_t number = std::stoul(message.substr(place.size() + row_mark.size()));
    return std::ranges::any_of(sheet.rows, [&](const SheetRow& row) { return row.number == number; });
}

}  // namespace wijknet::fuzz
