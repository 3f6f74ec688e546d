// SPDX-License-Identifier: MIT
// The CSV pair is replaced in one step: whatever stops a writer, and whenever a reader looks,
// actors.csv and ties.csv are both the old ones or both the new ones.
#include <fcntl.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <utility>

#include "test_paths.hpp"
#include "wijknet/io/csv_pair.hpp"
#include "wijknet/io/diagnostic.hpp"

namespace wijknet {
namespace {

namespace fs = std::filesystem;

constexpr std::size_t actor_count = 2'000;

/// Version `tag` of one network: actor names start with the tag, and the tie count tells the
/// versions apart too, so a mixed pair (new actors, old ties) shows.
Network version(char tag, std::size_t ties) {
    Network network;
    for (std::size_t i = 0; i < actor_count; ++i)
        network.add_actor({.id = "r" + std::to_string(i), .name = std::string(1, tag) + std::to_string(i), .kind = ActorKind::resident});
    for (std::size_t k = 0; k < ties; ++k)
        network.add_tie({.source = ActorIndex{k % actor_count}, .target = ActorIndex{(k * 7 + 1) % actor_count}, .kind = TieKind::friendship});
    return network;
}

constexpr std::size_t old_ties = 40'000;
constexpr std::size_t new_ties = 60'000;

/// Which version the folder holds, failing the test when its two files disagree.
char version_in(const fs::path& folder) {
    const Network network = read_csv_pair(folder);
    const char tag = network.actor(ActorIndex{std::size_t{0}}).name.front();
    const std::size_t expected_ties = tag == 'A' ? old_ties : new_ties;
    EXPECT_EQ(network.tie_count(), expected_ties) << "actors.csv of version " << tag << " beside another ties.csv";
    return tag;
}

bool staging_left_beside(const fs::path& folder) {
    for (const auto& entry : fs::directory_iterator(folder.parent_path()))
        if (entry.path().filename().string().find(".wijknet-staging-") != std::string::npos) return true;
    return false;
}

/// Runs `wijknet convert FROM TO` and kills it with SIGKILL after `delay`, unless it ended;
/// returns its wait status.
int convert_killed_after(const fs::path& from, const fs::path& to, std::chrono::microseconds delay) {
    const pid_t child = ::fork();
    if (child == 0) {
        ::execl(WIJKNET_BINARY, WIJKNET_BINARY, "convert", from.c_str(), to.c_str(), static_cast<char*>(nullptr));
        ::_exit(127);
    }
    if (child < 0) return -1;
    int status = 0;
    for (const auto until = std::chrono::steady_clock::now() + delay; std::chrono::steady_clock::now() < until;) {
        if (::waitpid(child, &status, WNOHANG) == child) return status;
        std::this_thread::sleep_for(std::chrono::microseconds(100));
    }
    ::kill(child, SIGKILL);
    ::waitpid(child, &status, 0);
    return status;
}

TEST(PairWriting, AWriterKilledAtAnyMomentLeavesTheOldPairOrTheNew) {
    test::ScratchDir dir;
    write_csv_pair(version('A', old_ties), dir / "old");
    write_csv_pair(version('B', new_ties), dir / "new");
    const fs::path out = dir / "out";
    const auto started = std::chrono::steady_clock::now();
    const int whole_run = convert_killed_after(dir / "new", out, std::chrono::seconds(60));  // once whole, to time it
    ASSERT_TRUE(WIFEXITED(whole_run) && WEXITSTATUS(whole_run) == 0) << "wijknet convert did not run: " << WIJKNET_BINARY;
    const auto whole = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - started);
    ASSERT_EQ(version_in(out), 'B');
    int old_seen = 0;
    int new_seen = 0;
    // Kills come ever later, past the timed run's length: a loaded machine (tests in parallel)
    // makes later runs slower than the timed one, so the delays go on growing until a run ends.
    for (int attempt = 0; attempt < 48 && (attempt < 16 || new_seen == 0); ++attempt) {
        write_csv_pair(version('A', old_ties), out);
        convert_killed_after(dir / "new", out, whole * attempt / 10);
        (version_in(out) == 'A' ? old_seen : new_seen) += 1;
    }
    EXPECT_GT(old_seen, 0) << "no kill came before the new pair was in place";
    EXPECT_GT(new_seen, 0) << "no run got to put the new pair in place";
    write_csv_pair(version('A', old_ties), out);
    EXPECT_FALSE(staging_left_beside(out)) << "a killed run's staging folder was not cleared by the next write";
}

/// Runs `wijknet convert FROM TO` allowed to write files of at most `room` bytes, as on a disk
/// that fills up during the write (the write fails with EFBIG where a full disk gives ENOSPC);
/// returns its wait status, its standard error in `err`.
int convert_with_room_for(const fs::path& from, const fs::path& to, rlim_t room, const fs::path& err) {
    const pid_t child = ::fork();
    if (child == 0) {
        const rlimit limit{room, room};
        const int err_file = ::open(err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (err_file < 0 || ::dup2(err_file, STDERR_FILENO) < 0 || ::setrlimit(RLIMIT_FSIZE, &limit) != 0) ::_exit(126);
        ::signal(SIGXFSZ, SIG_IGN);  // kept across exec: a write past the limit fails instead of killing
        ::execl(WIJKNET_BINARY, WIJKNET_BINARY, "convert", from.c_str(), to.c_str(), static_cast<char*>(nullptr));
        ::_exit(127);
    }
    int status = -1;
    if (child > 0) ::waitpid(child, &status, 0);
    return status;
}

TEST(PairWriting, AWriteThatRunsOutOfRoomKeepsTheOldPairAndLeavesNothingBehind) {
    test::ScratchDir dir;
    write_csv_pair(version('B', new_ties), dir / "new");
    const fs::path out = dir / "out";
    // Room for the new actors.csv but not its ties.csv, then for neither.
    for (const auto& [room, failing] : {std::pair{rlim_t{200'000}, "ties.csv"}, std::pair{rlim_t{1'000}, "actors.csv"}}) {
        write_csv_pair(version('A', old_ties), out);
        const std::string before = test::read_file(out / "ties.csv");
        const int status = convert_with_room_for(dir / "new", out, room, dir / "err.txt");
        ASSERT_TRUE(WIFEXITED(status)) << "killed by signal " << WTERMSIG(status);
        EXPECT_EQ(WEXITSTATUS(status), 1) << "a failure while running, not bad input";
        const std::string err = test::read_file(dir / "err.txt");
        EXPECT_NE(err.find("cannot write into " + out.string() + ": " + failing + " could not be written whole (is the disk full?)"),
                  std::string::npos)
            << err;
        EXPECT_EQ(version_in(out), 'A');
        EXPECT_EQ(test::read_file(out / "ties.csv"), before);
        EXPECT_FALSE(staging_left_beside(out)) << "the failed write left its staging folder";
        std::size_t files = 0;
        for ([[maybe_unused]] const auto& entry : fs::directory_iterator(out)) ++files;
        EXPECT_EQ(files, 2u) << "a temporary file was left in the folder";
    }
}

/// Reads the pair in `out` for two seconds while another thread writes it over and over, each
/// read failing the test if the two files disagree.
void read_while_writing(const fs::path& out) {
    const Network old_version = version('A', old_ties);
    const Network new_version = version('B', new_ties);
    write_csv_pair(old_version, out);
    std::atomic<bool> done{false};
    std::atomic<int> rounds{0};
    std::thread writer([&] {
        for (; !done; ++rounds) write_csv_pair(rounds % 2 ? old_version : new_version, out);
    });
    int reads = 0;
    for (const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(2); std::chrono::steady_clock::now() < until; ++reads)
        version_in(out);
    done = true;
    writer.join();
    // Slow builds (ThreadSanitizer) read and write less often; the reads must overlap writes.
    EXPECT_GE(reads, 2);
    EXPECT_GE(rounds.load(), 2);
}

TEST(PairWriting, AReaderNeverSeesAMixedPair) {
    test::ScratchDir dir;
    read_while_writing(dir / "out");
}

TEST(PairWriting, AReaderNeverSeesAMixedPairInAFolderThatHoldsAFolder) {
    test::ScratchDir dir;
    fs::create_directories(dir / "out" / "maps");
    std::ofstream(dir / "out" / "maps" / "buurt.png") << "png";
    read_while_writing(dir / "out");
    EXPECT_EQ(test::read_file(dir / "out" / "maps" / "buurt.png"), "png");
}

TEST(PairWriting, AWriterKilledAtAnyMomentLosesNoFolderTheUserKeptInside) {
    test::ScratchDir dir;
    write_csv_pair(version('B', new_ties), dir / "new");
    const fs::path out = dir / "out";
    write_csv_pair(version('A', old_ties), out);
    fs::create_directory(out / "maps");
    std::ofstream(out / "maps" / "buurt.png") << "png";
    const auto started = std::chrono::steady_clock::now();
    convert_killed_after(dir / "new", out, std::chrono::seconds(60));
    const auto whole = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - started);
    for (int attempt = 0; attempt < 24; ++attempt) {
        write_csv_pair(version('A', old_ties), out);  // also brings back what a killed run left aside
        ASSERT_EQ(test::read_file(out / "maps" / "buurt.png"), "png") << "attempt " << attempt;
        convert_killed_after(dir / "new", out, whole * attempt / 10);
        version_in(out);
    }
    write_csv_pair(version('A', old_ties), out);
    EXPECT_EQ(test::read_file(out / "maps" / "buurt.png"), "png");
    EXPECT_FALSE(staging_left_beside(out));
}

TEST(PairWriting, OtherFilesAndFoldersInTheFolderAreKept) {
    test::ScratchDir dir;
    const fs::path out = dir / "out";
    write_csv_pair(version('A', 10), out);
    std::ofstream(out / "notes.txt") << "kept";
    write_csv_pair(version('B', 20), out);
    EXPECT_EQ(test::read_file(out / "notes.txt"), "kept");
    EXPECT_EQ(read_csv_pair(out).tie_count(), 20u);

    fs::create_directory(out / "maps");  // a folder inside: moved across after the swap
    std::ofstream(out / "maps" / "buurt.png") << "png";
    write_csv_pair(version('A', 10), out);
    EXPECT_EQ(test::read_file(out / "maps" / "buurt.png"), "png");
    EXPECT_EQ(test::read_file(out / "notes.txt"), "kept");
    EXPECT_EQ(read_csv_pair(out).tie_count(), 10u);
    EXPECT_FALSE(staging_left_beside(out));
}

TEST(PairWriting, AKilledRunsFolderThatCannotGoBackIsKeptNotRemoved) {
    test::ScratchDir dir;
    const fs::path out = dir / "out";
    write_csv_pair(version('A', 10), out);
    fs::create_directories(out / "maps");
    std::ofstream(out / "maps" / "new.png") << "new";
    // As a run killed after the swap leaves it (pid 999999 is no process): the old folder, with a
    // folder of the user's whose name the folder now has again.
    const fs::path stale = dir / ".out.wijknet-staging-999999-0";
    fs::create_directories(stale / "maps");
    std::ofstream(stale / "maps" / "old.png") << "old";
    std::ofstream(stale / "actors.csv") << "id\n";
    write_csv_pair(version('B', 20), out);
    EXPECT_EQ(test::read_file(out / "maps" / "new.png"), "new");
    EXPECT_EQ(test::read_file(stale / "maps" / "old.png"), "old") << "what could not go back stays where it is";
    EXPECT_FALSE(fs::exists(stale / "actors.csv")) << "the old pair is cleared";
    EXPECT_EQ(read_csv_pair(out).tie_count(), 20u);
}

TEST(PairWriting, AFolderNamedThroughALinkIsWrittenWhereTheLinkPoints) {
    test::ScratchDir dir;
    write_csv_pair(version('A', 10), dir / "real");
    fs::create_directory_symlink(dir / "real", dir / "link");
    write_csv_pair(version('B', 20), dir / "link");
    EXPECT_TRUE(fs::is_symlink(dir / "link"));
    EXPECT_EQ(read_csv_pair(dir / "real").tie_count(), 20u);
}

}  // namespace
}  // namespace wijknet
