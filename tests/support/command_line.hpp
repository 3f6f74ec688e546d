// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "cli/run.hpp"
#include "test_paths.hpp"

// The command line as the end-to-end tests drive it: in-process, with its streams captured.

namespace wijknet::test {

/// Runs `wijknet ARGS...`; returns the exit code and, when asked, what went to stderr and stdout.
inline int wijknet(const std::vector<std::string>& args, std::string* err_text = nullptr,
                   std::string* out_text = nullptr) {
    std::ostringstream out, err;
    const int code = cli::run(args, out, err);
    if (err_text) *err_text = err.str();
    if (out_text) *out_text = out.str();
    return code;
}

}  // namespace wijknet::test
