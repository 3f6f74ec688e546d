// SPDX-License-Identifier: MIT
// What the readers' fuzz targets found (docs/robustness.md), each as the case a user would meet.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <string>
#include <vector>

#include "io/csv_pair_pieces.hpp"
#include "test_paths.hpp"
#include "wijknet/io/csv_pair.hpp"
#include "wijknet/io/diagnostic.hpp"
#include "wijknet/io/graphml.hpp"
#include "wijknet/model/vocabulary.hpp"
#include "wijknet/text/ascii.hpp"

namespace wijknet {
namespace {

using namespace std::string_literals;

std::vector<Diagnostic> problems_of(auto read) {
    try {
        read();
    } catch (const InputError& error) {
        return error.diagnostics();
    }
    return {};
}

std::vector<Diagnostic> csv_problems(const std::string& actors, const std::string& ties, std::size_t min_piece_bytes) {
    return problems_of([&] { read_csv_pair_text_in_pieces(actors, ties, "actors.csv", "ties.csv", min_piece_bytes); });
}

std::vector<std::string> messages(const std::vector<Diagnostic>& problems) {
    std::vector<std::string> lines;
    for (const auto& problem : problems) lines.push_back(problem.to_string());
    return lines;
}

const std::string actors = "id,name,kind\nr1,Anna,resident\nr2,Bram,resident\n";

// A ties file saved in Windows-1252, header included: read in pieces on every core or front to
// back, the same ten lines are named and the rest counted, in the same order.
TEST(ReaderFindings, PiecesAndFrontToBackNameTheSameBadlyEncodedLines) {
    std::string ties = "source,target,kind,opmerking\xE9\nr1,r9,frend,\xEB\n";
    for (int i = 0; i < 14; ++i) ties += "r1,r2,friend,caf\xE9\n";
    const auto whole = csv_problems(actors, ties, std::size_t{16} << 20);
    const auto pieces = csv_problems(actors, ties, 8);
    EXPECT_EQ(messages(pieces), messages(whole));
    ASSERT_EQ(whole.size(), 13u);
    EXPECT_EQ(whole[0].to_string(), "ties.csv: and 6 more lines that are not UTF-8 text");
    EXPECT_EQ(whole[1].to_string(), "ties.csv:1: byte 0xE9 is not UTF-8 (expected a UTF-8 file; save it as 'CSV UTF-8' in your spreadsheet)");
    // A line's bad byte comes before what it did to the line's values.
    EXPECT_EQ(whole[2].to_string(), "ties.csv:2: byte 0xEB is not UTF-8 (expected a UTF-8 file; save it as 'CSV UTF-8' in your spreadsheet)");
    EXPECT_EQ(whole[3].line, 2u);
    EXPECT_EQ(whole[4].line, 2u);
    EXPECT_EQ(whole[12].line, 10u);
}

TEST(ReaderFindings, PiecesAndFrontToBackKeepOneOrderWithinALine) {
    const std::string bad_actors = "id,naam;soort\xE4\n";  // no usable header: three missing columns
    EXPECT_EQ(messages(csv_problems(bad_actors, "source,target\n", 8)), messages(csv_problems(bad_actors, "source,target\n", 1 << 24)));
}

// A NUL byte or a form feed in a name: no text holds one, and GraphML cannot write it.
TEST(ReaderFindings, AControlCharacterInAValueIsRefusedWithItsLine) {
    const auto problems = csv_problems("id,name,kind\nr1,An\fna,resident\nr2,Bram\0x,resident\n"s, "source,target,kind\n", 1 << 24);
    ASSERT_EQ(problems.size(), 2u);
    EXPECT_EQ(problems[0].to_string(), "actors.csv:2: byte 0x0C is a control character (expected text; is this the CSV export of the spreadsheet?)");
    EXPECT_EQ(problems[1].line, 3u);
}

TEST(ReaderFindings, ControlCharactersAreFoundAtEveryOffsetAndLineEndsAreNot) {
    const std::string text = "Anna\tvan\r\nDijk, Bré\n café \x7F\n";
    EXPECT_EQ(text::find_control_character(text), std::string_view::npos);
    for (std::size_t at = 0; at < text.size(); ++at)
        for (const char control : {'\0', '\f', '\x1B', '\x1F'}) {
            std::string damaged = text;
            damaged[at] = control;
            EXPECT_EQ(text::find_control_character(damaged), at) << "at " << at;
        }
}

TEST(ReaderFindings, MessagesShowStrayBytesInsteadOfPrintingThem) {
    const Diagnostic problem{"ties.csv", 4, "column 'soort' has unknown value 'f\0\xA8x'"s};
    EXPECT_EQ(problem.to_string(), "ties.csv:4: column 'soort' has unknown value 'f\\x00\\xA8x'");
}

// Spaces around ids are trimmed in GraphML as in the CSV pair: "22" and "22 " are one id.
TEST(ReaderFindings, GraphmlIdsAreTrimmedAsInTheCsvPair) {
    const std::string xml = R"(<graphml><graph edgedefault="undirected">
<node id="22"/><node id="22 "/><node id=" 23"/><edge source="22" target="23 "/></graph></graphml>)";
    const auto problems = problems_of([&] { read_graphml_text(xml, "g.graphml"); });
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].to_string(), "g.graphml:2: duplicate actor id '22' (first used on line 2; expected every id once)");
    const Network network = read_graphml_text(R"(<graphml><graph><node id=" 22"/><node id="23"/><edge source="22 " target="23"/></graph></graphml>)", "g.graphml");
    EXPECT_EQ(network.actor(ActorIndex{std::size_t{0}}).id, "22");
    EXPECT_EQ(network.tie_count(), 1u);
}

TEST(ReaderFindings, AGraphmlKeyWithAnEmptyNameIsNamedByItsId) {
    const Network network = read_graphml_text(R"(<graphml><key id="d7" for="node" attr.name=" "/><graph>
<node id="a"><data key="d7">blauw</data></node></graph></graphml>)", "g.graphml");
    ASSERT_EQ(network.actor(ActorIndex{std::size_t{0}}).attributes.size(), 1u);
    EXPECT_EQ(network.actor(ActorIndex{std::size_t{0}}).attributes[0].name, "d7");
}

// An actor without a name keeps none through GraphML, instead of being named by its id.
TEST(ReaderFindings, AnEmptyNameComesBackEmptyThroughGraphml) {
    const Network network = read_csv_pair_text("id,name,kind\nr1,,resident\nr2,Bram,resident\n", "source,target,kind\n", "a", "t");
    const Network back = read_graphml_text(graphml_text(network), "g.graphml");
    EXPECT_EQ(back.actor(ActorIndex{std::size_t{0}}).name, "");
    EXPECT_EQ(actors_csv_text(back), actors_csv_text(network));
}

// An empty GraphML value is no value, as an empty cell of the CSV pair: a column of empty values
// written to the CSV pair was not there when read back (found by graphml_fuzz).
TEST(ReaderFindings, AnEmptyGraphmlValueIsNoValue) {
    const Network network = read_graphml_text(R"(<graphml><key id="d1" for="node" attr.name="note"/><key id="d2" for="edge" attr.name="w"/>
<graph><node id="a"><data key="d1"></data></node><node id="b"/><edge source="a" target="b"><data key="d2"/></edge></graph></graphml>)", "g.graphml");
    EXPECT_TRUE(network.actor(ActorIndex{std::size_t{0}}).attributes.empty());
    EXPECT_TRUE(network.tie_attributes(TieIndex{std::size_t{0}}).empty());
    EXPECT_EQ(actors_csv_text(read_csv_pair_text(actors_csv_text(network), ties_csv_text(network), "a", "t")), actors_csv_text(network));
}

// A node written inside another node's <data> (well-formed XML) ended that node early; the data's
// end then found neither a node nor a Network Canvas ego to belong to, and the reader crashed.
TEST(ReaderFindings, ANodeInsideANodesDataDoesNotCrashTheReader) {
    const auto read = [] {
        return read_graphml_text(R"(<graphml><key id="k" for="node" attr.name="club"/>
<graph><node id="a"><data key="k">x<node id="b"/></data></node></graph></graphml>)", "g.graphml");
    };
    ASSERT_NO_THROW(read());
    EXPECT_TRUE(read().find_actor("b"));
}

// A name ending in a space came back from the CSV pair without it: values are trimmed as the
// CSV pair trims its fields.
TEST(ReaderFindings, GraphmlValuesAreTrimmedAsInTheCsvPair) {
    const Network network = read_graphml_text(R"(<graphml><key id="n" for="node" attr.name="name"/><key id="a" for="node" attr.name="note"/>
<graph><node id="a"><data key="n">Erin &lt;&amp;&gt; </data><data key="a">  een notitie </data></node></graph></graphml>)", "g.graphml");
    const Actor& erin = network.actor(ActorIndex{std::size_t{0}});
    EXPECT_EQ(erin.name, "Erin <&>");
    EXPECT_EQ(*find_attribute(erin.attributes, "note"), "een notitie");
    EXPECT_EQ(actors_csv_text(read_csv_pair_text(actors_csv_text(network), ties_csv_text(network), "a", "t")), actors_csv_text(network));
}

/// A GraphML document of a few megabytes whose names hold two-byte letters.
std::string large_graphml(std::size_t nodes) {
    std::string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml>\n<key id=\"n\" for=\"node\" attr.name=\"name\"/>\n<graph>\n";
    for (std::size_t i = 0; i < nodes; ++i)
        xml += "<node id=\"n" + std::to_string(i) + "\"><data key=\"n\">Zo\xC3\xAB van Br\xC3\xA9 " + std::to_string(i) + "</data></node>\n";
    return xml + "</graph>\n</graphml>\n";
}

// GraphML is read from its file in pieces (a file of gigabytes at bounded memory): a letter cut
// between two pieces reads as one, and a bad byte is still named with its line.
TEST(ReaderFindings, GraphmlReadInPiecesReadsAsWhole) {
    test::ScratchDir scratch;
    std::string xml = large_graphml(60000);
    ASSERT_GT(xml.size(), std::size_t{3} << 20);
    // Pad the start so that the piece boundary at 1 MiB falls inside a two-byte letter.
    constexpr std::size_t boundary = std::size_t{1} << 20;
    const auto letter = xml.rfind("\xC3\xAB", boundary - 1);
    xml.insert(xml.find("<graphml>"), std::string(boundary - 1 - letter, ' '));
    ASSERT_EQ(xml.substr(boundary - 1, 2), "\xC3\xAB");
    const auto path = scratch.path() / "large.graphml";
    std::ofstream(path, std::ios::binary) << xml;
    const Network from_file = read_graphml(path);
    EXPECT_EQ(from_file.actor_count(), 60000u);
    EXPECT_EQ(actors_csv_text(from_file), actors_csv_text(read_graphml_text(xml, path.string())));

    std::string bad = xml;
    const auto at = bad.find("Zo", std::size_t{5} << 19);
    bad[at] = '\xFF';
    const auto line = 1 + static_cast<std::size_t>(std::count(bad.begin(), bad.begin() + static_cast<std::ptrdiff_t>(at), '\n'));
    std::ofstream(path, std::ios::binary | std::ios::trunc) << bad;
    const auto problems = problems_of([&] { read_graphml(path); });
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].line, line);
    EXPECT_NE(problems[0].message.find("byte 0xFF is not UTF-8"), std::string::npos);
}

// A worker who types the Dutch plural, a feminine form or a typo gets the term they meant.
TEST(ReaderFindings, AnUnknownValueNamesTheTermItMostLikelyIs) {
    const auto problem_with = [](const std::string& kind) {
        try {
            read_csv_pair_text("id,name,kind\na,A,resident\nb,B,resident\n", "source,target,kind\na,b," + kind + "\n",
                               "actors.csv", "ties.csv");
        } catch (const InputError& error) {
            return error.diagnostics().front().message;
        }
        return std::string("read without a problem");
    };
    EXPECT_TRUE(problem_with("collegas").starts_with("column 'kind' has unknown value 'collegas' (did you mean 'collega'? expected "));
    EXPECT_TRUE(problem_with("buurtjes").starts_with("column 'kind' has unknown value 'buurtjes' (did you mean 'buur'?"));
    EXPECT_TRUE(problem_with("famlie").starts_with("column 'kind' has unknown value 'famlie' (did you mean 'familie'?"));
    EXPECT_TRUE(problem_with("kennis").starts_with("column 'kind' has unknown value 'kennis' (expected ")) << "nothing near";
    EXPECT_TRUE(problem_with("xyz").starts_with("column 'kind' has unknown value 'xyz' (expected ")) << "too short to guess";
    EXPECT_EQ(closest_term<Strength>("zwak"), std::optional<std::string_view>("zwak"));
    // The everyday words of Dutch practice that mean one kind only are read as that kind.
    EXPECT_EQ(problem_with("buren"), "read without a problem");
    EXPECT_EQ(problem_with("Vriendin"), "read without a problem");
}

// pajek_fuzz: a label holding U+FFFF (valid UTF-8, but no character XML 1.0 may hold) was read,
// and the GraphML written from it refused by wijknet's own reader.
TEST(ReaderFindings, TheNoncharactersXmlCannotHoldAreRefusedWithTheirLine) {
    EXPECT_EQ(text::find_control_character("An\xEF\xBF\xBFna"), 2u);
    EXPECT_EQ(text::find_control_character("An\xEF\xBF\xBEna\f"), 2u);
    EXPECT_EQ(text::find_control_character("\xC3\xABn \xEF\xBF\xBD"), std::string_view::npos) << "U+FFFD is a character";
    const auto problems = problems_of([] {
        return read_csv_pair_text("id,name,kind\nr1,Anna,resident\nr2,A\xEF\xBF\xBF,resident\n", "source,target,kind\n", "actors.csv", "ties.csv");
    });
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems.front().to_string(), "actors.csv:3: U+FFFF is no character (expected text; is this the CSV export of the spreadsheet?)");
}

TEST(ReaderFindings, ATwoDigitYearIsRefusedWithAHint) {
    const auto problems = problems_of([] {
        return read_csv_pair_text("id,name,kind\na,A,resident\nb,B,resident\n", "source,target,kind,since\na,b,friend,1-3-24\n",
                                  "actors.csv", "ties.csv");
    });
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems.front().to_string(), "ties.csv:2: column 'since' has '1-3-24', whose year has two digits (expected "
                                            "the whole year, e.g. 1-3-2024: '24' could be 1924 or 2024)");
}

TEST(ReaderFindings, EverydayDutchWordsAreTheKindsTheyMean) {
    EXPECT_EQ(parse_term<TieKind>("buurman"), TieKind::neighbour);
    EXPECT_EQ(parse_term<TieKind>("Buurvrouw"), TieKind::neighbour);
    EXPECT_EQ(parse_term<TieKind>("vriendin"), TieKind::friendship);
    EXPECT_EQ(parse_term<TieKind>("hulpverlener"), TieKind::care);
    EXPECT_EQ(parse_term<ActorKind>("hulpverlener"), ActorKind::professional);
    EXPECT_EQ(parse_term<ActorKind>("buurman"), std::nullopt) << "a neighbour is a tie, not a kind of actor";
}

// What a worker's spreadsheet holds: a tab-separated paste from Excel, a Cliënt header, rows of
// separators only, and empty columns without a header.
TEST(ReaderFindings, SpreadsheetsAsPeopleFillThemIn) {
    const Network pasted = read_csv_pair_text("id\tnaam\tsoort\tCli\xC3\xABnt\nr1\tAnna\tbewoner\tja\nr2\tJan\tinwoner\t\n",
                                              "van\tnaar\tsoort\nr1\tr2\tbuurman\n", "actors.csv", "ties.csv");
    EXPECT_TRUE(pasted.actor(ActorIndex{std::size_t{0}}).is_client);
    EXPECT_EQ(pasted.tie(TieIndex{std::size_t{0}}).kind, TieKind::neighbour);
    const Network emptied = read_csv_pair_text("id;naam;soort;;\nr1;Anna;bewoner;;\n;;;;\nr2;Jan;bewoner;;\n",
                                               "van;naar;soort;\nr1;r2;vriendin;\n;;;\n", "actors.csv", "ties.csv");
    EXPECT_EQ(emptied.actor_count(), 2u);
    EXPECT_EQ(emptied.tie_count(), 1u);
    const auto problems = problems_of([] {
        return read_csv_pair_text("id;naam;soort;\nr1;Anna;bewoner;x\n", "van;naar;soort\n", "actors.csv", "ties.csv");
    });
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems.front().to_string(),
              "actors.csv:2: has a value in column 4, which has no name (expected a header above every column that holds values)");
}

}  // namespace
}  // namespace wijknet
