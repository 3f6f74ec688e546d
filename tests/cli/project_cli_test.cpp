// SPDX-License-Identifier: MIT
// A project file on the command line: imported, used by every verb in place of a CSV pair,
// logged on every read, and refused in words when it is not a project.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "command_line.hpp"
#include "test_paths.hpp"
#include "wijknet/io/csv_pair.hpp"
#include "wijknet/io/network_file.hpp"
#include "wijknet/store/project.hpp"

namespace wijknet {
namespace {

using ::testing::HasSubstr;
using test::read_file;
using test::wijknet;

const std::string sample = std::string(WIJKNET_SAMPLE_DIR);

class ProjectCli : public ::testing::Test {
protected:
    test::ScratchDir dir;
    std::string project = (dir / "zonnedal.wijknet").string();
    void SetUp() override {
        std::string out;
        ASSERT_EQ(wijknet({"import", sample, project, "--user", "marieke"}, nullptr, &out), 0);
        ASSERT_THAT(out, HasSubstr("made " + project));
    }
    std::string output_of(const std::vector<std::string>& args) {
        std::string out, err;
        EXPECT_EQ(wijknet(args, &err, &out), 0) << err;
        return out;
    }
};

TEST_F(ProjectCli, EveryAnalysisGivesWhatItGivesForTheCsvPair) {
    for (const std::vector<std::string>& verb :
         {std::vector<std::string>{"isolated", "--format", "csv"}, {"structure", "--format", "json"},
          {"coordination", "--format", "csv"}, {"measures", "--format", "csv"}, {"info"},
          {"change", "--from", "2024-06-01", "--to", "2025-06-01", "--format", "csv"}}) {
        auto on_csv = verb, on_project = verb;
        on_csv.insert(on_csv.begin() + 1, sample);
        on_project.insert(on_project.begin() + 1, project);
        std::string csv_out = output_of(on_csv), project_out = output_of(on_project);
        if (verb[0] == "info") {  // its first line names the input
            csv_out = csv_out.substr(csv_out.find('\n'));
            project_out = project_out.substr(project_out.find('\n'));
        }
        EXPECT_EQ(project_out, csv_out) << verb[0];
    }
}

TEST_F(ProjectCli, EcomapsOnAnyDayAndComparedAreThoseOfTheCsvPair) {
    // Through the real binary, one process a picture: Cairo numbers its surfaces per process.
    const auto draw = [&](const std::string& network, const std::string& when, const std::string& file) {
        const std::string command = std::string("'") + WIJKNET_BINARY + "' ecomap '" + network + "' --ego c-carer " + when +
                                    " -o '" + (dir / file).string() + "' >/dev/null";
        EXPECT_EQ(std::system(command.c_str()), 0) << command;
        return read_file(dir / file);
    };
    for (const std::string when : {"--at 2025-06-01", "--compare 2024-03-01 2025-09-01"}) {
        const std::string from_csv = draw(sample, when, "csv.svg"), from_project = draw(project, when, "project.svg");
        EXPECT_GT(from_csv.size(), 1000u);
        EXPECT_TRUE(from_project == from_csv) << when << ": the pictures differ";
    }
}

TEST_F(ProjectCli, MapAndExportReadAProjectToo) {
    const std::string areas = sample + "/buurten.geojson";
    output_of({"map", project, "--areas", areas, "-o", (dir / "map.png").string()});
    output_of({"export", project, "--areas", areas, "-o", (dir / "town.gpkg").string()});
    EXPECT_GT(std::filesystem::file_size(dir / "map.png"), 10000u);
    EXPECT_GT(std::filesystem::file_size(dir / "town.gpkg"), 10000u);
}

TEST_F(ProjectCli, ConvertWritesItOutAgainWithoutLoss) {
    output_of({"convert", project, (dir / "back").string()});
    output_of({"convert", project, (dir / "back.graphml").string()});
    const Network original = load_network(sample);
    EXPECT_EQ(read_file(dir / "back" / "actors.csv"), actors_csv_text(original));
    EXPECT_EQ(read_file(dir / "back" / "ties.csv"), ties_csv_text(original));
    EXPECT_EQ(ties_csv_text(load_network(dir / "back.graphml")), ties_csv_text(original));
    // A project made by convert is the same as one made by import.
    output_of({"convert", (dir / "back").string(), (dir / "again.wijknet").string()});
    EXPECT_EQ(ties_csv_text(load_network(dir / "again.wijknet")), ties_csv_text(original));
}

TEST_F(ProjectCli, ReadsAreLoggedWithUserClientAndVerb) {
    output_of({"ecomap", project, "--ego", "c-carer", "-o", (dir / "c.pdf").string(), "--user", "joost"});
    output_of({"isolated", project, "--user", "joost"});
    const std::string log = output_of({"log", project, "--format", "csv"});
    EXPECT_THAT(log, HasSubstr(",marieke,,import,network,"));
    EXPECT_THAT(log, HasSubstr(",joost,,export,network,ecomap,c-carer,"));
    EXPECT_THAT(log, HasSubstr(",joost,,read,network,isolated,,"));
    const std::string carer = output_of({"log", project, "--client", "c-carer", "--format", "csv"});
    EXPECT_THAT(carer, HasSubstr("ecomap,c-carer"));
    EXPECT_THAT(carer, ::testing::Not(HasSubstr("isolated")));
    const std::string dutch = output_of({"log", project, "--dialect", "nl"});
    EXPECT_THAT(dutch, ::testing::StartsWith("\xEF\xBB\xBF""id;tijd;gebruiker;namens;gebeurtenis;object;object_id;client;wijziging;reden\n"));
    EXPECT_THAT(dutch, HasSubstr(";joost;;read;network;isolated;;"));
}

TEST_F(ProjectCli, APictureOfAProjectIsPseudonymisedWithTheProjectsOwnKey) {
    ::unsetenv("WIJKNET_PSEUDONYM_KEY");
    std::string err;
    EXPECT_EQ(wijknet({"ecomap", sample, "--ego", "c-carer", "--pseudonymise", "-o", (dir / "csv.svg").string()}, &err), 0);
    EXPECT_THAT(err, HasSubstr("hold for this run only")) << "a CSV pair has no key of its own";
    EXPECT_EQ(wijknet({"ecomap", project, "--ego", "c-carer", "--pseudonymise", "-o", (dir / "a.svg").string()}, &err), 0);
    EXPECT_THAT(err, ::testing::Not(HasSubstr("this run only"))) << "a project's own key";
    output_of({"ecomap", project, "--ego", "c-carer", "--pseudonymise", "-o", (dir / "b.svg").string()});
    EXPECT_GT(std::filesystem::file_size(dir / "a.svg"), 1000u);
}

TEST_F(ProjectCli, ImportingTheSameIdsAgainIsRefusedAndChangesNothing) {
    std::string err;
    EXPECT_EQ(wijknet({"import", sample, project}, &err), 2);
    EXPECT_THAT(err, HasSubstr(project + ": id 'org-wijkteam' is already in the project"));
    EXPECT_THAT(err, HasSubstr("more actors are already in the project too"));
    EXPECT_EQ(store::Project::open(project).network().actor_count(), load_network(sample).actor_count());
}

TEST_F(ProjectCli, ImportReportsEveryProblemOfTheFilesAndMakesNoProject) {
    std::string err;
    const std::string fresh = (dir / "fresh.wijknet").string();
    EXPECT_EQ(wijknet({"import", test::data_path("bad/unknown_actor").string(), fresh}, &err), 2);
    EXPECT_THAT(err, HasSubstr("ties.csv:"));
    EXPECT_FALSE(std::filesystem::exists(fresh));
    std::size_t left = 0;
    for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(dir.path())) ++left;
    EXPECT_EQ(left, 1u);  // only the project made in SetUp: no temporary file behind
}

TEST_F(ProjectCli, AFileThatIsNoProjectIsRefusedWithExitCodeTwo) {
    std::ofstream(dir / "notes.wijknet") << "not a project\n";
    std::string err;
    EXPECT_EQ(wijknet({"info", (dir / "notes.wijknet").string()}, &err), 2);
    EXPECT_THAT(err, HasSubstr("notes.wijknet: is not a wijknet project"));
    EXPECT_EQ(read_file(dir / "notes.wijknet"), "not a project\n");
    EXPECT_EQ(wijknet({"log", (dir / "missing.wijknet").string()}, &err), 2);
    EXPECT_THAT(err, HasSubstr("missing.wijknet: does not exist"));
}

}  // namespace
}  // namespace wijknet
