// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

#include "wijknet/io/diagnostic.hpp"

namespace wijknet::test {

/// The problems `read()` throws, each as the user sees it (`FILE:LINE: message`); none when it
/// reads.
template <class Read>
std::vector<std::string> problems_shown(Read&& read) {
    std::vector<std::string> shown;
    try {
        read();
    } catch (const InputError& error) {
        for (const auto& problem : error.diagnostics()) shown.push_back(problem.to_string());
    }
    return shown;
}

}  // namespace wijknet::test
