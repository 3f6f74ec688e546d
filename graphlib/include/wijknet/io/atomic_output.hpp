// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>
#include <fstream>
#include <string>

namespace wijknet {

/// \brief An output file that appears complete or not at all: written under a temporary name in
/// the same folder and renamed over the target on commit(), so a failure never leaves a
/// half-written file and never destroys what the user had.
class AtomicOutput {
public:
    /// \throws RunError when the temporary file cannot be created.
    explicit AtomicOutput(std::filesystem::path target);
    ~AtomicOutput();
    AtomicOutput(const AtomicOutput&) = delete;
    AtomicOutput& operator=(const AtomicOutput&) = delete;

    std::ostream& stream() { return stream_; }
    [[nodiscard]] const std::filesystem::path& temporary_path() const { return temporary_; }
    /// Flushes, closes and renames onto the target. \throws RunError when writing failed.
    void commit();

private:
    std::filesystem::path target_;
    std::filesystem::path temporary_;
    std::ofstream stream_;
    bool committed_ = false;
};

/// Writes `content` to `target` atomically.
void write_file_atomically(const std::filesystem::path& target, const std::string& content);

}  // namespace wijknet
