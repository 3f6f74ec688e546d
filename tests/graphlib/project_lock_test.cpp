// SPDX-License-Identifier: MIT
// A project another program holds locked. The test takes the lock through SQLite itself, as
// another program would; the store under test never sees this connection.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sqlite3.h>

#include "test_paths.hpp"
#include "wijknet/io/diagnostic.hpp"
#include "wijknet/samples/zonnedal.hpp"
#include "wijknet/store/project.hpp"

namespace wijknet::store {
namespace {

TEST(ProjectStore, RefusesAProjectLockedByAnotherProgramUntilItIsFree) {
    test::ScratchDir scratch;
    const auto path = scratch / "held.wijknet";
    Project::create_from(samples::zonnedal_network(), path, "sample");
    const std::string bytes = test::read_file(path);

    sqlite3* other = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &other), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(other, "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; "
                                  "UPDATE project SET value = value WHERE key = 'revision';",
                           nullptr, nullptr, nullptr),
              SQLITE_OK);
    try {
        Project::open(path);
        ADD_FAILURE() << "expected the locked project to be refused";
    } catch (const InputError& error) {
        EXPECT_THAT(error.diagnostics().front().to_string(), ::testing::HasSubstr("is locked by another program"));
    }
    sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(other);

    EXPECT_EQ(test::read_file(path), bytes);
    EXPECT_EQ(Project::open(path).network().actor_count(), samples::zonnedal_network().actor_count());
}

}  // namespace
}  // namespace wijknet::store
