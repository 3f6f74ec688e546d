// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>
#include <string>

namespace wijknet::test {

inline std::filesystem::path data_path(const std::string& relative) {
    return std::filesystem::path(WIJKNET_TEST_DATA_DIR) / relative;
}

/// ../shared/data next to the checkout; absent on a new user's machine, so tests skip without it.
inline std::filesystem::path shared_data_path(const std::string& relative) {
    return std::filesystem::path(WIJKNET_SHARED_DATA_DIR) / relative;
}

}  // namespace wijknet::test
