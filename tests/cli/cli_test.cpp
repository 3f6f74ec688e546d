// SPDX-License-Identifier: MIT
// The command line as a user meets it: the real binary, its exit codes, stdout and stderr.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli/run.hpp"
#include "test_paths.hpp"
#include "wijknet/io/csv_pair.hpp"
#include "wijknet/io/graphml.hpp"
#include "wijknet/io/network_file.hpp"

namespace wijknet {
namespace {

namespace fs = std::filesystem;

struct Result {
    int exit_code = -1;
    std::string out;
    std::string err;
};

using test::read_file;

fs::path data(const std::string& relative) { return test::data_path(relative); }

class Cli : public ::testing::Test {
protected:
    test::ScratchDir scratch;
    const fs::path& dir = scratch.path();

    /// Runs the real binary through the shell, capturing both streams.
    Result wijknet(const std::string& arguments) {
        const auto out = dir / "stdout", err = dir / "stderr";
        const std::string command = std::string("'") + WIJKNET_BINARY + "' " + arguments + " >'" + out.string() +
                                    "' 2>'" + err.string() + "' </dev/null";
        const int status = std::system(command.c_str());
        return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, read_file(out), read_file(err)};
    }
};

TEST_F(Cli, HelpAndVersion) {
    auto help = wijknet("--help");
    EXPECT_EQ(help.exit_code, 0);
    for (const char* verb : {"validate", "info", "convert", "demo", "Exit codes"})
        EXPECT_NE(help.out.find(verb), std::string::npos) << verb;
    for (const char* verb : {"validate", "info", "convert", "demo"}) {
        auto verb_help = wijknet(std::string(verb) + " --help");
        EXPECT_EQ(verb_help.exit_code, 0) << verb;
        EXPECT_NE(verb_help.out.find(std::string("wijknet ") + verb), std::string::npos) << verb_help.out;
    }
    auto version = wijknet("--version");
    EXPECT_EQ(version.exit_code, 0);
    EXPECT_TRUE(version.out.starts_with("wijknet 0.")) << version.out;
}

// A full disk under standard output: a message and exit 1, never exit 0 with the output cut off.
TEST_F(Cli, AStandardOutputThatCannotBeWrittenIsAFailure) {
    const std::string karate = "'" + data("graphml/networkx_karate.graphml").string() + "'";
    for (const std::string verb : {"info", "validate", "measures --format csv", "measures --format json"}) {
        const auto err = dir / "stderr";
        const std::string command =
            std::string("'") + WIJKNET_BINARY + "' " + verb + " " + karate + " >/dev/full 2>'" + err.string() + "'";
        const int status = std::system(command.c_str());
        ASSERT_TRUE(WIFEXITED(status)) << verb;
        EXPECT_EQ(WEXITSTATUS(status), 1) << verb;
        EXPECT_NE(read_file(err).find("wijknet: cannot write to standard output"), std::string::npos) << verb << ": " << read_file(err);
    }
}

// Paths that are not files: each its own message and exit 2, none read without end or hanging.
TEST_F(Cli, SpecialFilesAreRefusedEachWithItsOwnMessage) {
    fs::create_directories(dir / "pair" / "actors.csv");
    std::ofstream(dir / "pair" / "ties.csv") << "source,target,kind\n";
    ASSERT_EQ(::mkfifo((dir / "pipe.graphml").c_str(), 0600), 0);
    fs::create_symlink("/dev/zero", dir / "zero.graphml");
    fs::create_symlink("loop-b.graphml", dir / "loop-a.graphml");
    fs::create_symlink("loop-a.graphml", dir / "loop-b.graphml");
    fs::create_symlink("nothing.graphml", dir / "dangling.graphml");
    const std::pair<std::string, std::string> cases[] = {
        {"pair", "pair/actors.csv: is a folder, not a file (expected actors.csv and ties.csv in "},
        {"pipe.graphml", "pipe.graphml: is a named pipe (FIFO), not a file"},
        {"zero.graphml", "zero.graphml: is a device, not a file"},
        {"loop-a.graphml", "loop-a.graphml: is a loop of symbolic links"},
        {"dangling.graphml", "dangling.graphml: is a symbolic link to something that does not exist"},
    };
    for (const auto& [name, message] : cases)
        for (const char* verb : {"info", "validate"}) {
            const auto result = wijknet(std::string(verb) + " '" + (dir / name).string() + "'");
            EXPECT_EQ(result.exit_code, 2) << verb << ' ' << name << ": " << result.err;
            EXPECT_NE(result.err.find(message), std::string::npos) << verb << ' ' << name << ": " << result.err;
        }
}

TEST_F(Cli, UsageErrorsExitTwo) {
    EXPECT_EQ(wijknet("").exit_code, 2);
    auto unknown = wijknet("frobnicate");
    EXPECT_EQ(unknown.exit_code, 2);
    EXPECT_TRUE(unknown.err.starts_with("wijknet: ")) << unknown.err;
    EXPECT_EQ(wijknet("info").exit_code, 2) << "NETWORK is required";
    EXPECT_EQ(wijknet("info --no-such-option x").exit_code, 2);
}

TEST_F(Cli, ValidateEveryBadFileExitsTwoNamingFileAndLine) {
    for (const auto& entry : fs::directory_iterator(data("bad"))) {
        if (entry.path().extension() == ".md") continue;
        const auto result = wijknet("validate '" + entry.path().string() + "'");
        EXPECT_EQ(result.exit_code, 2) << entry.path();
        EXPECT_TRUE(result.out.empty()) << entry.path();
        std::istringstream lines(result.err);
        std::string line;
        while (std::getline(lines, line)) {
            EXPECT_TRUE(line.starts_with("wijknet: ")) << line;
            if (line.find("problems found") != std::string::npos) continue;
            EXPECT_NE(line.find(entry.path().filename().string()), std::string::npos) << "names the file: " << line;
        }
    }
}

TEST_F(Cli, ValidateManyProblemsListsThemAll) {
    const auto result = wijknet("validate '" + data("bad/many_problems").string() + "'");
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_NE(result.err.find("many_problems/actors.csv:3: duplicate actor id 'r1'"), std::string::npos) << result.err;
    EXPECT_NE(result.err.find("many_problems/ties.csv:4: tie names unknown actor 'r9'"), std::string::npos);
    EXPECT_NE(result.err.find("wijknet: 7 problems found"), std::string::npos);
}

TEST_F(Cli, ValidateCleanNetworkExitsZero) {
    const auto result = wijknet("validate '" + data("graphml/networkx_florentine.graphml").string() + "'");
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_NE(result.out.find("15 actors, 20 ties, no problems found"), std::string::npos) << result.out;
}

TEST_F(Cli, InfoOnNetworkxKarateClub) {
    const auto result = wijknet("info '" + data("graphml/networkx_karate.graphml").string() + "'");
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_NE(result.out.find("Actors: 34"), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("Ties: 78"), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("components                       1"), std::string::npos) << result.out;
}

TEST_F(Cli, ANetworkCanvasExportIsReadWithItsWarningsOnStandardError) {
    const auto export_folder = dir / "export";
    fs::create_directory(export_folder);
    std::ofstream(export_folder / "case_7_s1_ego.csv") << "networkCanvasEgoUUID,networkCanvasCaseID\ne1,case_7\n";
    std::ofstream(export_folder / "case_7_s1_attributeList_Person.csv") << "nodeID,networkCanvasUUID,name\n1,u1,Ann\n2,u2,Bo\n";
    std::ofstream(export_folder / "case_7_s1_edgeList_Close.csv") << "edgeID,from,to\n1,1,2\n2,2,2\n";
    const auto result = wijknet("info '" + export_folder.string() + "'");
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_NE(result.out.find("Actors: 3 (1 client)"), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("Ties: 3"), std::string::npos) << result.out;
    EXPECT_EQ(result.err, "wijknet: warning: " + (export_folder / "case_7_s1_edgeList_Close.csv").string() +
                              ":3: ties alter 2 to itself; left out\n");
    const auto ecomap = wijknet("ecomap '" + export_folder.string() + "' --ego case_7 -o '" + (dir / "e.svg").string() + "'");
    EXPECT_EQ(ecomap.exit_code, 0) << ecomap.err;
    EXPECT_NE(read_file(dir / "e.svg").find("<svg"), std::string::npos);  // its layout: ecomap_layout_test
}

TEST_F(Cli, WithoutAMappingFileTypesInWijknetsWordsBecomeKindsAndTheUserIsTold) {
    const auto typed = dir / "typed.graphml";
    std::ofstream(typed) << "<?xml version=\"1.0\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
                            "<key id=\"t\" for=\"node\" attr.name=\"type\" attr.type=\"string\"/>\n"
                            "<key id=\"r\" for=\"edge\" attr.name=\"relationship\" attr.type=\"string\"/>\n"
                            "<graph edgedefault=\"undirected\">\n"
                            "<node id=\"a\"><data key=\"t\">Person</data></node>\n"
                            "<node id=\"b\"><data key=\"t\">Professional</data></node>\n"
                            "<edge source=\"a\" target=\"b\"><data key=\"r\">Friends</data></edge>\n"
                            "</graph>\n</graphml>\n";
    const auto info = wijknet("info '" + typed.string() + "'");
    EXPECT_EQ(info.exit_code, 0) << info.err;
    EXPECT_NE(info.out.find("professional                     1"), std::string::npos) << info.out;
    EXPECT_NE(info.out.find("friend                           1"), std::string::npos) << info.out;
    EXPECT_EQ(info.err, "wijknet: warning: " + typed.string() +
                            ": took actor kinds from column 'type' ('Professional' as professional); tie kinds from column "
                            "'relationship' ('Friends' as friend) (give --mapping FILE to read them otherwise, docs/formats.md)\n");
    const auto mapping = dir / "map.csv";
    std::ofstream(mapping) << "column,value,applies_to,field,becomes\ntype,Person,actor,kind,resident\n";
    const auto mapped = wijknet("info '" + typed.string() + "' --mapping '" + mapping.string() + "'");
    EXPECT_EQ(mapped.exit_code, 0) << mapped.err;
    EXPECT_NE(mapped.out.find("resident                         1"), std::string::npos) << mapped.out;
    EXPECT_EQ(mapped.out.find("professional"), std::string::npos) << "a mapping file given says all";
    EXPECT_EQ(mapped.err, "");
}

TEST_F(Cli, AMappingFileGivesAnImportedNetworkItsKinds) {
    const auto export_folder = dir / "export";
    fs::create_directory(export_folder);
    std::ofstream(export_folder / "c_ego.csv") << "networkCanvasEgoUUID,networkCanvasCaseID\ne1,case_7\n";
    std::ofstream(export_folder / "c_attributeList_Person.csv") << "nodeID,name,rol\n1,Ann,vriendin\n2,Bo,buurman\n";
    std::ofstream(dir / "map.csv") << "kolom,waarde,geldt_voor,veld,wordt\nrol,vriendin,relatie,soort,vriend\nrol,buurman,relatie,soort,buur\n";
    const std::string network = "'" + export_folder.string() + "'";
    const auto without = wijknet("measures " + network + " --format csv");
    EXPECT_NE(without.out.find("case_7,case_7,2,0,0,2,"), std::string::npos) << without.out;  // two contacts of unknown kind
    const auto with = wijknet("measures " + network + " --format csv --mapping '" + (dir / "map.csv").string() + "'");
    EXPECT_EQ(with.exit_code, 0) << with.err;
    EXPECT_NE(with.out.find("case_7,case_7,2,2,0,0,"), std::string::npos) << with.out;  // two informal contacts
    std::ofstream(dir / "bad.csv") << "column,value,applies_to,field,becomes\nrol,vriendin,tie,kind,vriendn\n";
    const auto bad = wijknet("measures " + network + " --mapping '" + (dir / "bad.csv").string() + "'");
    EXPECT_EQ(bad.exit_code, 2);
    EXPECT_NE(bad.err.find("bad.csv:2: field 'kind' has unknown value 'vriendn'"), std::string::npos) << bad.err;
}

TEST_F(Cli, ConvertRoundTripsTheSampleWithoutLoss) {
    ASSERT_EQ(wijknet("demo --out '" + (dir / "demo").string() + "'").exit_code, 0);
    const auto sample = dir / "demo" / "zonnedal";
    ASSERT_EQ(wijknet("convert '" + sample.string() + "' '" + (dir / "s.graphml").string() + "'").exit_code, 0);
    ASSERT_EQ(wijknet("convert '" + (dir / "s.graphml").string() + "' '" + (dir / "back").string() + "'").exit_code, 0);
    EXPECT_EQ(read_file(dir / "back" / "actors.csv"), read_file(sample / "actors.csv"));
    EXPECT_EQ(read_file(dir / "back" / "ties.csv"), read_file(sample / "ties.csv"));
    ASSERT_EQ(wijknet("convert '" + sample.string() + "' '" + (dir / "s.dot").string() + "'").exit_code, 0);
    EXPECT_TRUE(read_file(dir / "s.dot").starts_with("graph wijknet {"));
    ASSERT_EQ(wijknet("convert '" + sample.string() + "' '" + (dir / "s.gexf").string() + "'").exit_code, 0);
    ASSERT_EQ(wijknet("convert '" + (dir / "s.gexf").string() + "' '" + (dir / "from-gexf").string() + "'").exit_code, 0);
    EXPECT_EQ(read_file(dir / "from-gexf" / "actors.csv"), read_file(sample / "actors.csv"));
    EXPECT_EQ(read_file(dir / "from-gexf" / "ties.csv"), read_file(sample / "ties.csv"));
    const auto dot_info = wijknet("info '" + (dir / "s.dot").string() + "'");
    EXPECT_EQ(dot_info.exit_code, 0) << dot_info.err;
    const auto after_name = [](const std::string& text) { return text.substr(text.find('\n')); };
    EXPECT_EQ(after_name(dot_info.out), after_name(wijknet("info '" + sample.string() + "'").out));
}

TEST_F(Cli, ConvertForDutchExcelWritesColumnsExcelSplitsAndReadsBackTheSame) {
    ASSERT_EQ(wijknet("demo --out '" + (dir / "demo").string() + "'").exit_code, 0);
    const auto sample = dir / "demo" / "zonnedal";
    ASSERT_EQ(wijknet("convert '" + sample.string() + "' '" + (dir / "nl").string() + "' --dialect nl").exit_code, 0);
    const std::string actors = read_file(dir / "nl" / "actors.csv"), ties = read_file(dir / "nl" / "ties.csv");
    EXPECT_TRUE(actors.starts_with("\xEF\xBB\xBFid;naam;soort;pseudoniem;x;y;crs;lon;lat;buurt;sector;organisatie;client")) << actors.substr(0, 80);
    EXPECT_TRUE(ties.starts_with("\xEF\xBB\xBFvan;naar;soort;sterkte;lading;richting;steun;frequentie;sinds;tot;nabijheid"));
    EXPECT_NE(actors.find(";organisatie;;\"150857,3\";\"451085,5\";EPSG:28992;"), std::string::npos) << "a decimal comma";
    EXPECT_NE(actors.find(";nee;"), std::string::npos) << "a non-client says nee, not an empty cell";
    EXPECT_NE(ties.find(";dienstverband;normaal;neutraal;geen;"), std::string::npos) << "Dutch values";
    ASSERT_EQ(wijknet("convert '" + (dir / "nl").string() + "' '" + (dir / "back").string() + "'").exit_code, 0);
    EXPECT_EQ(read_file(dir / "back" / "actors.csv"), read_file(sample / "actors.csv"));
    EXPECT_EQ(read_file(dir / "back" / "ties.csv"), read_file(sample / "ties.csv"));
    const auto refused = wijknet("convert '" + sample.string() + "' '" + (dir / "s.graphml").string() + "' --dialect nl");
    EXPECT_EQ(refused.exit_code, 2);
    EXPECT_NE(refused.err.find("--dialect nl writes a CSV pair (expected an output folder)"), std::string::npos) << refused.err;
    EXPECT_FALSE(fs::exists(dir / "s.graphml"));
}

TEST_F(Cli, DotGmlAndGexfFromOtherToolsAreReadWithTheirWarnings) {
    const auto gml = wijknet("convert '" + data("gml/networkx_karate.gml").string() + "' '" + (dir / "karate").string() + "'");
    EXPECT_EQ(gml.exit_code, 0) << gml.err;
    EXPECT_EQ(load_network(dir / "karate").tie_count(), 78U);
    const auto gexf = wijknet("info '" + data("gexf/gephi_lesmiserables.gexf").string() + "'");
    EXPECT_EQ(gexf.exit_code, 0) << gexf.err;
    EXPECT_NE(gexf.out.find("Ties: 254"), std::string::npos) << gexf.out;
    const auto loop = dir / "loop.dot";
    std::ofstream(loop) << "digraph {\n  a -> b;\n  b -> b;\n}\n";
    const auto info = wijknet("info '" + loop.string() + "'");
    EXPECT_EQ(info.exit_code, 0) << info.err;
    EXPECT_EQ(info.err, "wijknet: warning: " + loop.string() + ": edge 'b' -> 'b': ties a node to itself; left out\n");
    const auto written = wijknet("convert '" + loop.string() + "' '" + (dir / "out.gml").string() + "'");
    EXPECT_EQ(written.exit_code, 2);
    EXPECT_NE(written.err.find("is a GML file, which wijknet reads but does not write"), std::string::npos) << written.err;
}

TEST_F(Cli, AWorkbookIsReadThroughTheGisModuleAndItsProblemsNameSheetAndRow) {
    const auto info = wijknet("info '" + data("workbook/werkmap-libreoffice.ods").string() + "'");
    EXPECT_EQ(info.exit_code, 0) << info.err;
    EXPECT_NE(info.out.find("Actors: 5 (1 client)"), std::string::npos) << info.out;
    EXPECT_NE(info.out.find("Ties: 4"), std::string::npos) << info.out;
    const auto converted = wijknet("convert '" + data("workbook/werkmap.xlsx").string() + "' '" + (dir / "pair").string() + "'");
    EXPECT_EQ(converted.exit_code, 0) << converted.err;
    EXPECT_EQ(read_file(dir / "pair" / "ties.csv"), ties_csv_text(read_csv_pair(data("workbook/expected"))));
    const auto bad = data("workbook/werkmap-met-fouten.xlsx").string();
    const auto validate = wijknet("validate '" + bad + "'");
    EXPECT_EQ(validate.exit_code, 2);
    EXPECT_NE(validate.err.find(bad + ": sheet 'Actoren', row 4: duplicate actor id 'a1'"), std::string::npos) << validate.err;
}

TEST_F(Cli, AnEasyNwkMapDrawsAsTheClientsEcomap) {
    const auto rosa = data("easynwk/rosa_two_versions.json");
    const auto info = wijknet("info '" + rosa.string() + "'");
    EXPECT_EQ(info.exit_code, 0) << info.err;
    EXPECT_NE(info.out.find("Actors: 11 (1 client)"), std::string::npos) << info.out;
    const auto picture = dir / "rosa.svg";
    const auto ecomap = wijknet("ecomap '" + rosa.string() + "' --scheme pantucek --at 2024-05-13 -o '" + picture.string() + "'");  // its one client, without --ego
    ASSERT_EQ(ecomap.exit_code, 0) << ecomap.err;
    EXPECT_NE(read_file(picture).find("<svg"), std::string::npos);  // who is drawn when: easynwk_test
    const auto before = dir / "rosa-before.svg";
    ASSERT_EQ(wijknet("ecomap '" + rosa.string() + "' --ego ego --scheme pantucek --at 2024-04-01 -o '" + before.string() + "'").exit_code, 0);
    EXPECT_NE(read_file(before), read_file(picture));  // the two versions are two different maps
    const auto written = wijknet("convert '" + rosa.string() + "' '" + (dir / "rosa.json").string() + "'");
    EXPECT_EQ(written.exit_code, 2);
    EXPECT_NE(written.err.find("is an easyNWK file, which wijknet reads but does not write"), std::string::npos) << written.err;
}

TEST_F(Cli, ConvertBadInputWritesNothing) {
    const auto out = dir / "out.graphml";
    const auto result = wijknet("convert '" + data("bad/self_tie").string() + "' '" + out.string() + "'");
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_FALSE(fs::exists(out));
    const auto unknown = wijknet("convert '" + data("graphml/networkx_karate.graphml").string() + "' '" +
                                 (dir / "out.pdf").string() + "'");
    EXPECT_EQ(unknown.exit_code, 2);
    EXPECT_NE(unknown.err.find("out.pdf: has extension '.pdf'"), std::string::npos) << unknown.err;
    const auto workbook = wijknet("convert '" + data("graphml/networkx_karate.graphml").string() + "' '" +
                                  (dir / "out.xlsx").string() + "'");
    EXPECT_EQ(workbook.exit_code, 2);
    EXPECT_NE(workbook.err.find("out.xlsx: is a spreadsheet file, which wijknet reads but does not write"), std::string::npos)
        << workbook.err;
    EXPECT_FALSE(fs::exists(dir / "out.xlsx"));
}

TEST_F(Cli, ConvertIntoUnwritableFolderExitsOneAndKeepsNothingHalfWritten) {
    const auto result = wijknet("convert '" + data("graphml/networkx_karate.graphml").string() +
                                "' /proc/wijknet-cannot-write-here.graphml");
    EXPECT_EQ(result.exit_code, 1) << result.err;
    EXPECT_TRUE(result.err.starts_with("wijknet: cannot write")) << result.err;
}

TEST_F(Cli, DemoSummarisesTheSampleAndWritesItsFiles) {
    const auto result = wijknet("demo --out '" + (dir / "demo").string() + "'");
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_NE(result.out.find("Zonnedal"), std::string::npos);
    EXPECT_NE(result.out.find("Residents at risk of isolation"), std::string::npos);
    EXPECT_NE(result.out.find("c-isolated-pro-1"), std::string::npos) << "the isolation list";
    EXPECT_NE(result.out.find("agenda"), std::string::npos) << "the coordination agenda";
    for (const char* file : {"zonnedal/actors.csv", "zonnedal/ties.csv", "zonnedal.graphml", "zonnedal.dot",
                             "ecomap-c-five-pros.png", "ecomap-c-carer.png", "ecomaps-caseload.pdf", "network-zonnedal.png"})
        EXPECT_TRUE(fs::is_regular_file(dir / "demo" / file)) << file;
    const Network network = load_network(dir / "demo" / "zonnedal.graphml");
    EXPECT_GE(network.actor_count(), 300u);
}

TEST(CliInProcess, RunReportsInputErrorsOnErrStream) {
    std::ostringstream out, err;
    const int code = cli::run({"validate", data("bad/self_tie").string()}, out, err);
    EXPECT_EQ(code, 2);
    EXPECT_EQ(out.str(), "");
    EXPECT_NE(err.str().find("self_tie/ties.csv:3: tie from 'r2' to itself"), std::string::npos) << err.str();
}

}  // namespace
}  // namespace wijknet
