// SPDX-License-Identifier: MIT
// A file that another program changes while wijknet reads it gives a clear error, never SIGBUS
// or a message made of the zeros that replaced its lost end.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>

#include "io/mapped_text.hpp"
#include "test_paths.hpp"
#include "wijknet/io/csv_pair.hpp"
#include "wijknet/io/diagnostic.hpp"

namespace wijknet {
namespace {

void write_file(const std::filesystem::path& path, const std::string& text) {
    std::ofstream(path, std::ios::binary) << text;
}

// A modification time well in the past, so that a write right after opening shows as a change
// even where the clock's steps are coarse.
void backdate(const std::filesystem::path& path) {
    const timespec long_ago[2] = {{1'000'000, 0}, {1'000'000, 0}};
    ASSERT_EQ(::utimensat(AT_FDCWD, path.c_str(), long_ago, 0), 0);
}

TEST(MappedText, AFileShortenedWhileMappedReadsAsZerosAndSaysItChanged) {
    test::ScratchDir dir;
    const auto path = dir / "ties.csv";
    write_file(path, std::string(1 << 20, 'x'));
    MappedText text(path);
    std::filesystem::resize_file(path, 100);
    // Without the guard, touching the lost pages ends the process with SIGBUS.
    const auto lost = text.text().substr(1 << 19);
    EXPECT_TRUE(std::all_of(lost.begin(), lost.end(), [](char c) { return c == '\0'; }));
    EXPECT_TRUE(text.changed());
    try {
        text.expect_unchanged();
        FAIL() << "a shortened file was taken as unchanged";
    } catch (const InputError& error) {
        EXPECT_EQ(error.diagnostics().front().to_string(), path.string() + ": " + std::string(changed_while_read_message));
    }
}

TEST(MappedText, AFileWrittenInPlaceWhileMappedSaysItChanged) {
    test::ScratchDir dir;
    const auto path = dir / "actors.csv";
    write_file(path, "id,kind\nr1,resident\n");
    backdate(path);
    MappedText text(path);
    EXPECT_FALSE(text.changed());
    write_file(path, "id,kind\nr2,resident\n");  // same size, other text
    EXPECT_TRUE(text.changed());
}

TEST(MappedText, AnUntouchedFileIsUnchangedAndReadWhole) {
    test::ScratchDir dir;
    const auto path = dir / "actors.csv";
    write_file(path, "id,kind\nr1,resident\n");
    MappedText text(path);
    EXPECT_EQ(text.text(), "id,kind\nr1,resident\n");
    EXPECT_FALSE(text.changed());
    EXPECT_NO_THROW(text.expect_unchanged());
}

// Several mappings shortened at once, from threads, each report their own change; an access
// outside every guarded mapping is no business of the guard (not tested: it ends the process).
TEST(MappedText, EveryGuardKnowsItsOwnMapping) {
    test::ScratchDir dir;
    const auto cut = dir / "cut.csv";
    const auto kept = dir / "kept.csv";
    write_file(cut, std::string(1 << 16, 'a'));
    write_file(kept, std::string(1 << 16, 'b'));
    MappedText cut_text(cut);
    MappedText kept_text(kept);
    std::filesystem::resize_file(cut, 0);
    EXPECT_EQ(cut_text.text().back(), '\0');
    EXPECT_EQ(kept_text.text().back(), 'b');
    EXPECT_TRUE(cut_text.changed());
    EXPECT_FALSE(kept_text.changed());
}

}  // namespace
}  // namespace wijknet
