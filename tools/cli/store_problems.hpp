// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

#include "wijknet/io/diagnostic.hpp"
#include "wijknet/store/store_errors.hpp"

namespace wijknet::cli {

/// Runs a change to the project at `path`; a change the project refuses becomes an InputError
/// (exit code 2) naming the file and each field's problem.
template <class Change>
void refused_as_input(const std::string& path, Change&& change) {
    try {
        change();
    } catch (const store::ChangeRefused& refused) {
        std::vector<Diagnostic> diagnostics;
        for (const auto& problem : refused.problems())
            diagnostics.push_back({path, 0, problem.field + " " + problem.message});
        throw InputError(std::move(diagnostics));
    }
}

}  // namespace wijknet::cli
