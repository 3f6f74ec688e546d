// SPDX-License-Identifier: MIT
// `wijknet ecomap` as a social worker uses it: files that open, pages that count, reference
// pictures that do not drift.
#include <gtest/gtest.h>

#include <boost/property_tree/ptree.hpp>
#include <boost/property_tree/xml_parser.hpp>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "command_line.hpp"
#include "reference_picture.hpp"
#include "test_paths.hpp"
#include "wijknet/io/csv_pair.hpp"

namespace wijknet {
namespace {

const std::string sample = std::string(WIJKNET_SAMPLE_DIR);

using test::read_file;
using test::wijknet;

std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

TEST(EcomapCli, SvgIsWellFormedA4Landscape) {
    test::ScratchDir dir;
    ASSERT_EQ(wijknet({"ecomap", sample, "--ego", "c-five-pros", "-o", (dir / "e.svg").string()}), 0);
    boost::property_tree::ptree svg;
    ASSERT_NO_THROW(boost::property_tree::read_xml((dir / "e.svg").string(), svg));
    EXPECT_EQ(svg.get<std::string>("svg.<xmlattr>.width"), "842pt");
    EXPECT_EQ(svg.get<std::string>("svg.<xmlattr>.height"), "595pt");
}

TEST(EcomapCli, AllClientsMakeOnePdfPageEach) {
    test::ScratchDir dir;
    ASSERT_EQ(wijknet({"ecomap", sample, "--all-clients", "-o", (dir / "caseload.pdf").string(), "--at", "2025-06-01"}), 0);
    const auto pdf = read_file(dir / "caseload.pdf");
    EXPECT_TRUE(pdf.starts_with("%PDF-"));
    EXPECT_EQ(count(pdf, "/Type /Page\n") + count(pdf, "/Type /Page "), 39u) << "the sample's 39 clients";
}

TEST(EcomapCli, CompareTwoDays) {
    test::ScratchDir dir;
    std::string err;
    EXPECT_EQ(wijknet({"ecomap", sample, "--ego", "c-carer", "--compare", "2024-03-01", "2025-09-01", "-o",
                       (dir / "change.pdf").string()}, &err), 0) << err;
    EXPECT_EQ(wijknet({"ecomap", sample, "--ego", "c-carer", "--compare", "2025-09-01", "2024-03-01", "-o",
                       (dir / "wrong.pdf").string()}, &err), 2);
    EXPECT_NE(err.find("expected the earlier day first"), std::string::npos) << err;
    EXPECT_EQ(wijknet({"ecomap", sample, "--ego", "c-carer", "--compare", "2024-03-01", "--at", "2025-01-01", "-o",
                       (dir / "x.pdf").string()}, &err), 2);
}

TEST(EcomapCli, PngSizeFollowsDpi) {
    test::ScratchDir dir;
    ASSERT_EQ(wijknet({"ecomap", sample, "--ego", "c-carer", "-o", (dir / "e.png").string(), "--dpi", "72", "--portrait"}), 0);
    const auto png = read_file(dir / "e.png");
    const auto be32 = [&png](std::size_t at) {
        return (static_cast<unsigned char>(png[at]) << 24) | (static_cast<unsigned char>(png[at + 1]) << 16) |
               (static_cast<unsigned char>(png[at + 2]) << 8) | static_cast<unsigned char>(png[at + 3]);
    };
    EXPECT_EQ(be32(16), 595u);
    EXPECT_EQ(be32(20), 842u);
}

TEST(EcomapCli, BadRequestsAreUsageErrorsAndWriteNothing) {
    test::ScratchDir dir;
    std::string err;
    EXPECT_EQ(wijknet({"ecomap", sample, "--ego", "c-carer", "-o", (dir / "e.bmp").string()}, &err), 2);
    EXPECT_NE(err.find("expected .svg, .png or .pdf"), std::string::npos) << err;
    EXPECT_EQ(wijknet({"ecomap", sample, "--all-clients", "-o", (dir / "e.svg").string()}, &err), 2);
    EXPECT_EQ(wijknet({"ecomap", sample, "-o", (dir / "e.svg").string()}, &err), 2);
    EXPECT_NE(err.find(" clients (expected --ego ID, e.g. --ego "), std::string::npos) << err;
    EXPECT_TRUE(std::filesystem::is_empty(dir.path()));
}

// The one privacy policy (docs/privacy.md): without a key, pseudonyms hold for one run, and the
// user is told so. The sample's people carry pseudonyms of their own; an actor without one gets
// a code under the run's key.
TEST(EcomapCli, PseudonymsWithoutAKeyHoldForOneRun) {
    test::ScratchDir dir;
    ::unsetenv("WIJKNET_PSEUDONYM_KEY");
    const std::string folder = (dir / "pair").string();
    write_csv_pair(read_csv_pair_text("id,name,kind,client\nc,Carla,resident,yes\nb,Bert,resident,\n",
                                      "source,target,kind\nc,b,friend\n", "a", "t"),
                   folder);
    const auto draw = [&](const std::string& name, std::string* err) {
        return wijknet({"ecomap", folder, "--ego", "c", "--dpi", "50", "--pseudonymise", "-o", (dir / name).string()}, err);
    };
    std::string err;
    ASSERT_EQ(draw("a.png", &err), 0) << err;
    EXPECT_NE(err.find("these pseudonyms hold for this run only"), std::string::npos) << err;
    ASSERT_EQ(draw("b.png", &err), 0) << err;
    EXPECT_FALSE(read_file(dir / "a.png") == read_file(dir / "b.png")) << "another run, other pseudonyms";
}

TEST(EcomapCli, PseudonymisedPicturesAreTheSameForTheSameKey) {
    test::ScratchDir dir;
    std::ofstream(dir / "key") << "een geheime sleutel";
    const auto draw = [&](const std::string& name, bool pseudonymise) {
        std::vector<std::string> args{"ecomap", sample, "--ego", "c-mixed-elder", "--dpi", "50", "-o", (dir / name).string()};
        if (pseudonymise) args.insert(args.end(), {"--pseudonymise", "--key-file", (dir / "key").string()});
        ASSERT_EQ(wijknet(args), 0);
    };
    draw("a.png", true);
    draw("b.png", true);
    draw("named.png", false);
    EXPECT_TRUE(read_file(dir / "a.png") == read_file(dir / "b.png")) << "same key, same picture";
    EXPECT_FALSE(read_file(dir / "a.png") == read_file(dir / "named.png")) << "names replaced";
}

TEST(DrawCli, PseudonymisedDrawingsAreTheSameForTheSameKey) {
    test::ScratchDir dir;
    std::ofstream(dir / "key") << "een geheime sleutel";
    const auto draw = [&](const std::string& name, bool pseudonymise) {
        std::vector<std::string> args{"draw", sample, "--around", "c-carer", "--radius", "1", "--dpi", "50", "-o", (dir / name).string()};
        if (pseudonymise) args.insert(args.end(), {"--pseudonymise", "--key-file", (dir / "key").string()});
        std::string err;
        ASSERT_EQ(wijknet(args, &err), 0) << err;
        EXPECT_EQ(err.find("this run only"), std::string::npos) << err;
    };
    draw("a.png", true);
    draw("b.png", true);
    draw("named.png", false);
    EXPECT_TRUE(read_file(dir / "a.png") == read_file(dir / "b.png")) << "same key, same picture";
    EXPECT_FALSE(read_file(dir / "a.png") == read_file(dir / "named.png")) << "names replaced";
}

TEST(DrawCli, WholeNetworkAndNeighbourhoodOfOneActor) {
    test::ScratchDir dir;
    std::string err;
    ASSERT_EQ(wijknet({"draw", sample, "--around", "c-carer", "--radius", "1", "-o", (dir / "around.svg").string()}, &err), 0)
        << err;
    boost::property_tree::ptree svg;
    ASSERT_NO_THROW(boost::property_tree::read_xml((dir / "around.svg").string(), svg));
    ASSERT_EQ(wijknet({"draw", sample, "--engine", "sfdp", "-o", (dir / "all.pdf").string()}, &err), 0) << err;
    EXPECT_TRUE(read_file(dir / "all.pdf").starts_with("%PDF-"));
    EXPECT_EQ(wijknet({"draw", sample, "--engine", "circo", "-o", (dir / "x.svg").string()}, &err), 2);
    EXPECT_EQ(wijknet({"draw", sample, "--around", "nobody", "-o", (dir / "x.svg").string()}, &err), 2);
}

/// One reference picture per sector scheme. WIJKNET_UPDATE_REFERENCE=1 rewrites them on purpose.
class EcomapReference : public ::testing::TestWithParam<std::string> {};

TEST_P(EcomapReference, MatchesWithinTolerance) {
    test::ScratchDir dir;
    const auto reference = test::data_path("reference_png/ecomap_" + GetParam() + ".png");
    const auto drawn = dir / "drawn.png";
    ASSERT_EQ(wijknet({"ecomap", sample, "--ego", "c-mixed-family", "--scheme", GetParam(), "--at", "2025-06-01",
                       "--dpi", "72", "-o", drawn.string()}),
              0);
    test::expect_matches_reference(drawn, reference);
}

INSTANTIATE_TEST_SUITE_P(Schemes, EcomapReference, ::testing::Values("wijknet", "pantucek", "lensink"));

}  // namespace
}  // namespace wijknet
