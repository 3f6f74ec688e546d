// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <filesystem>
#include <string_view>

namespace wijknet {

/// \brief A file's text mapped into memory, so that a reader can hand out views into it instead
/// of copying every field, and a file of hundreds of megabytes costs no buffer of its own.
///
/// Pages already read can be given back with release(), which keeps the process's
/// resident memory at the network being built rather than the network plus the file.
class MappedText {
public:
    /// \throws InputError when the file cannot be opened or mapped.
    explicit MappedText(const std::filesystem::path& path);
    ~MappedText();
    MappedText(const MappedText&) = delete;
    MappedText& operator=(const MappedText&) = delete;

    [[nodiscard]] std::string_view text() const { return {data_, size_}; }
    /// Lets the system drop the whole pages between the offsets; the text stays readable (pages
    /// come back from the file if touched again). Safe to call from several threads.
    void release(std::size_t from, std::size_t to);

private:
    const char* data_ = nullptr;
    std::size_t size_ = 0;
};

}  // namespace wijknet
