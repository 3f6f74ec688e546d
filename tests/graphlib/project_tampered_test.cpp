// SPDX-License-Identifier: MIT
// Projects changed by another tool, as the fuzzer made them (fuzz/project_file_fuzz.cpp): each
// is read, or refused as damaged in words, never a crash. The test changes the file through
// SQLite itself, as another tool would.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sqlite3.h>

#include "test_paths.hpp"
#include "wijknet/io/csv_pair.hpp"
#include "wijknet/io/diagnostic.hpp"
#include "wijknet/store/project.hpp"

namespace wijknet::store {
namespace {

using ::testing::HasSubstr;

class TamperedProject : public ::testing::Test {
protected:
    test::ScratchDir scratch;
    std::filesystem::path path = scratch / "tampered.wijknet";
    void SetUp() override {
        Project project = Project::create(path);
        project.add_actor({{"id", "c1"}, {"name", "Cor"}, {"client", "yes"}}, {});
        project.add_actor({{"id", "f1"}, {"name", "Fenna"}, {"hobby", "zingen"}}, {});
        project.add_tie({{"source", "c1"}, {"target", "f1"}, {"kind", "family"}}, {});
    }
    void change(const char* sql) {
        sqlite3* other = nullptr;
        ASSERT_EQ(sqlite3_open(path.c_str(), &other), SQLITE_OK);
        ASSERT_EQ(sqlite3_exec(other, sql, nullptr, nullptr, nullptr), SQLITE_OK) << sqlite3_errmsg(other);
        sqlite3_close(other);
    }
    std::string refusal() {
        try {
            Project::open(path);
        } catch (const InputError& error) {
            return error.diagnostics().front().to_string();
        }
        return "opened";
    }
};

TEST_F(TamperedProject, TextThatIsNotUtf8IsRefusedAsDamaged) {
    change("UPDATE actor SET name = CAST(x'46656EF2' AS TEXT) WHERE id = 'f1'");
    EXPECT_THAT(refusal(), HasSubstr("actor 'f1': column 'name' is not UTF-8 text"));
}

TEST_F(TamperedProject, AFreeAttributeThatIsNotUtf8IsRefusedAsDamaged) {
    change("UPDATE actor_attribute SET value = CAST(x'F2' AS TEXT)");
    EXPECT_THAT(refusal(), HasSubstr("column 'hobby' is not UTF-8 text"));
}

TEST_F(TamperedProject, ARevisionThatIsNotANumberIsRefusedAsDamaged) {
    change("UPDATE project SET value = 'lots' WHERE key = 'revision'");
    EXPECT_THAT(refusal(), HasSubstr("its revision is 'lots' (expected a whole number)"));
}

TEST_F(TamperedProject, RowsNumberedFarApartOrBelowZeroAreReadAsTheyAre) {
    change("PRAGMA foreign_keys = OFF; UPDATE actor SET row = -5 WHERE id = 'c1'; UPDATE tie SET source = -5;"
           "UPDATE actor SET row = 9000000000000000000 WHERE id = 'f1'; UPDATE tie SET target = 9000000000000000000;"
           "UPDATE actor_attribute SET actor = 9000000000000000000;");
    const Project project = Project::open(path);
    ASSERT_EQ(project.network().actor_count(), 2u);
    EXPECT_EQ(project.network().actor(ActorIndex{std::size_t{0}}).id, "c1");  // in the order of their rows
    EXPECT_EQ(project.network().actor(ActorIndex{std::size_t{1}}).attributes.at(0).value, "zingen");
    EXPECT_EQ(project.network().tie_count(), 1u);
}

TEST_F(TamperedProject, TieNumbersTooFarApartForATableAreRefused) {
    change("UPDATE tie SET id = 8000000000000000000; UPDATE tie_version SET tie = 8000000000000000000");
    EXPECT_THAT(refusal(), HasSubstr("is damaged: its tie numbers run from"));
}

}  // namespace
}  // namespace wijknet::store
