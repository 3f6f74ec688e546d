// SPDX-License-Identifier: MIT
#pragma once

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace wijknet::test {

inline std::filesystem::path data_path(const std::string& relative) {
    return std::filesystem::path(WIJKNET_TEST_DATA_DIR) / relative;
}

/// ../shared/data next to the checkout; absent on a new user's machine, so tests skip without it.
inline std::filesystem::path shared_data_path(const std::string& relative) {
    return std::filesystem::path(WIJKNET_SHARED_DATA_DIR) / relative;
}

/// A file's bytes; empty when it cannot be read.
inline std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream content;
    content << in.rdbuf();
    return content.str();
}

/// \brief An empty folder of the running test's own, removed afterwards. CTest runs tests in
/// parallel processes, so a folder is named by process and test.
class ScratchDir {
public:
    ScratchDir() {
        const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
        std::string name = std::string(info ? info->test_suite_name() : "suite") + "-" + (info ? info->name() : "test");
        for (char& c : name)
            if (c == '/') c = '-';
        path_ = std::filesystem::temp_directory_path() / ("wijknet-" + std::to_string(::getpid()) + "-" + name);
        std::filesystem::remove_all(path_);
        std::filesystem::create_directories(path_);
    }
    ~ScratchDir() {
        std::error_code ignored;
        std::filesystem::remove_all(path_, ignored);
    }
    ScratchDir(const ScratchDir&) = delete;
    ScratchDir& operator=(const ScratchDir&) = delete;

    [[nodiscard]] const std::filesystem::path& path() const { return path_; }
    std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

private:
    std::filesystem::path path_;
};

}  // namespace wijknet::test
