// SPDX-License-Identifier: MIT
#pragma once

#include <sys/types.h>

#include <cstddef>
#include <ctime>
#include <filesystem>
#include <initializer_list>
#include <string>
#include <string_view>

#include "wijknet/io/diagnostic.hpp"

namespace wijknet {

/// \brief A file's text mapped into memory, so that a reader can hand out views into it instead
/// of copying every field, and a file of hundreds of megabytes costs no buffer of its own.
///
/// Pages already read can be given back with release(), which keeps the process's
/// resident memory at the network being built rather than the network plus the file.
///
/// A mapped file that another program shortens while it is read would end the process with
/// SIGBUS. A guard (mapped_region_guard.hpp) turns pages past the new end into zeros instead;
/// what was read from them is then worthless, so a reader asks changed() when it is done and
/// reports the file as changed rather than what it made of the zeros.
/// What a reader says of a file that changed under it.
inline constexpr std::string_view changed_while_read_message =
    "changed while it was read (expected a file that no program writes to meanwhile; read it again)";

class MappedText {
public:
    /// \throws InputError when the file cannot be opened or read.
    explicit MappedText(const std::filesystem::path& path);
    /// The file named path.filename() in the open folder `folder_descriptor`, so that two files
    /// come from one folder even if another folder takes its name meanwhile; `path` names it in
    /// messages.
    MappedText(int folder_descriptor, const std::filesystem::path& path);
    ~MappedText();
    MappedText(const MappedText&) = delete;
    MappedText& operator=(const MappedText&) = delete;

    [[nodiscard]] std::string_view text() const { return {data_, size_}; }
    /// Lets the system drop the whole pages between the offsets; the text stays readable (pages
    /// come back from the file if touched again). Safe to call from several threads.
    void release(std::size_t from, std::size_t to);
    /// Whether the file was shortened, grown or written to since it was opened: then text() no
    /// longer holds one state of the file.
    [[nodiscard]] bool changed() const;
    /// \throws InputError "changed while it was read" when changed().
    void expect_unchanged() const;

private:
    void read_into_memory();

    std::filesystem::path path_;
    int descriptor_ = -1;
    off_t opened_size_ = 0;
    timespec opened_modified_{};
    const char* data_ = nullptr;
    std::size_t size_ = 0;
    int guard_slot_ = -1;  // the guard's slot for the mapping, or -1 when the text is in memory
    std::string in_memory_;
};

/// What `read()` makes of `texts`, unless one of them changed meanwhile: then what was read,
/// problems included, is worthless and the file is reported as changed instead.
template <class Read>
auto read_unchanged(std::initializer_list<const MappedText*> texts, Read&& read) {
    const auto expect_unchanged = [&texts] {
        for (const MappedText* text : texts) text->expect_unchanged();
    };
    try {
        auto result = read();
        expect_unchanged();
        return result;
    } catch (const InputError&) {
        expect_unchanged();
        throw;
    }
}

}  // namespace wijknet
