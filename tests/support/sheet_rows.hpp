// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

#include "wijknet/io/workbook.hpp"

namespace wijknet::test {

/// A sheet as a spreadsheet reader hands it over, its rows numbered from 1 without gaps.
inline Sheet sheet(std::string name, std::vector<std::vector<std::string>> rows) {
    Sheet made{std::move(name), {}};
    for (std::size_t i = 0; i < rows.size(); ++i) made.rows.push_back({i + 1, std::move(rows[i])});
    return made;
}

}  // namespace wijknet::test
