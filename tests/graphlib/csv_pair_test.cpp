// SPDX-License-Identifier: MIT
#include "wijknet/io/csv_pair.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "reader_problems.hpp"
#include "test_paths.hpp"
#include "wijknet/io/diagnostic.hpp"
#include "wijknet/text/ascii.hpp"

namespace wijknet {
namespace {

// As a Dutch spreadsheet saves it: BOM, semicolons, decimal commas, Dutch headers and values,
// columns in an unusual order, a column wijknet does not know, a quoted note with a newline.
constexpr std::string_view dutch_actors =
    "\xEF\xBB\xBFsoort;naam;id;x;y;buurt;client;hobby;pseudoniem\r\n"
    "bewoner;Anna Appelboom;r1;151203,5;452110,25;BU99990101;ja;tuinieren;Bewoner 1\r\n"
    "bewoner;Zoë Zonnebloem;r2;;;BU99990102;nee;;\r\n"
    "professional;Piet Paraplu;p1;;;;;;\r\n"
    "organisatie;Wijkteam Zonnedal;o1;;;;;;\r\n";
constexpr std::string_view dutch_ties =
    "van;naar;soort;sterkte;lading;richting;steun;frequentie;sinds;tot;nabijheid;notitie\r\n"
    "r1;r2;vriend;sterk;steunend;beide;pge;wekelijks;01-03-2024;;dichtbij;\"koffie; elke\nmaandag\"\r\n"
    "p1;r1;zorg;zwak;belastend;naar_doel;A,E;maandelijks;2024-06-01;2025-05-31;3;\r\n"
    "p1;o1;dienstverband;;;;;;;;;\r\n";

Network dutch_network() { return read_csv_pair_text(dutch_actors, dutch_ties, "actors.csv", "ties.csv"); }

TEST(CsvPair, ReadsDutchSpreadsheetExport) {
    const Network network = dutch_network();
    ASSERT_EQ(network.actor_count(), 4u);
    ASSERT_EQ(network.tie_count(), 3u);

    const Actor& anna = network.actor(*network.find_actor("r1"));
    EXPECT_EQ(anna.name, "Anna Appelboom");
    EXPECT_EQ(anna.kind, ActorKind::resident);
    EXPECT_TRUE(anna.is_client);
    EXPECT_EQ(anna.pseudonym, "Bewoner 1");
    ASSERT_TRUE(anna.location.point);
    EXPECT_DOUBLE_EQ(anna.location.point->x, 151203.5);
    EXPECT_DOUBLE_EQ(anna.location.point->y, 452110.25);
    EXPECT_EQ(anna.location.point->epsg, 28992);
    EXPECT_EQ(anna.location.area_code, "BU99990101");
    ASSERT_NE(find_attribute(anna.attributes, "hobby"), nullptr);
    EXPECT_EQ(*find_attribute(anna.attributes, "hobby"), "tuinieren");

    EXPECT_EQ(network.actor(*network.find_actor("r2")).name, "Zoë Zonnebloem");
    EXPECT_EQ(network.actor(*network.find_actor("o1")).kind, ActorKind::organisation);

    const Tie& friends = network.tie(TieIndex{std::size_t{0}});
    EXPECT_EQ(friends.kind, TieKind::friendship);
    EXPECT_EQ(friends.strength, Strength::strong);
    EXPECT_EQ(friends.valence, Valence::supportive);
    EXPECT_EQ(friends.direction, SupportDirection::both);
    EXPECT_EQ(friends.support.letters(), "PGE");
    EXPECT_EQ(friends.frequency, Frequency::weekly);
    EXPECT_EQ(friends.since, Date::parse("2024-03-01"));
    EXPECT_FALSE(friends.until);
    EXPECT_EQ(friends.closeness, Closeness::close);
    EXPECT_EQ(*find_attribute(network.tie_attributes(TieIndex{std::size_t{0}}), "notitie"), "koffie; elke\nmaandag");

    const Tie& care = network.tie(TieIndex{std::size_t{1}});
    EXPECT_EQ(care.kind, TieKind::care);
    EXPECT_EQ(care.formality(), Formality::formal);
    EXPECT_EQ(care.support.letters(), "AE");
    EXPECT_EQ(care.closeness, Closeness::far);
    EXPECT_TRUE(care.active_on(*Date::parse("2025-05-31")));
    EXPECT_FALSE(care.active_on(*Date::parse("2025-06-01")));
    EXPECT_FALSE(care.active_on(*Date::parse("2024-05-31")));
}

TEST(CsvPair, WritesEnglishCommaSeparatedAndReadsBackTheSame) {
    const Network network = dutch_network();
    const std::string actors = actors_csv_text(network);
    const std::string ties = ties_csv_text(network);
    EXPECT_TRUE(actors.starts_with("id,name,kind,pseudonym,x,y,crs,lon,lat,area,sector,organisation,client,hobby\n"));
    EXPECT_TRUE(ties.starts_with("source,target,kind,strength,valence,direction,support,frequency,since,until,closeness,notitie\n"));
    EXPECT_NE(ties.find("\"koffie; elke\nmaandag\""), std::string::npos) << "the newline is quoted";

    const Network again = read_csv_pair_text(actors, ties, "actors.csv", "ties.csv");
    ASSERT_EQ(again.actor_count(), network.actor_count());
    ASSERT_EQ(again.tie_count(), network.tie_count());
    for (std::size_t i = 0; i < network.actor_count(); ++i)
        EXPECT_EQ(again.actor(ActorIndex{i}), network.actor(ActorIndex{i})) << i;
    for (std::size_t i = 0; i < network.tie_count(); ++i)
        EXPECT_EQ(again.tie(TieIndex{i}), network.tie(TieIndex{i})) << i;
}

TEST(CsvPair, ATiesFileThatNamesPeopleInsteadOfIdsSaysWhoHasThatName) {
    const std::string actors = "id,name,kind\nr1,Anna de Vries,resident\nr2,Henk,resident\nr3,henk,resident\nw1,Wijkteam,organisation\n";
    const std::string ties = "source,target,kind\nAnna de Vries,r2,friend\nr1,Henk,neighbour\nr1,Wim,friend\n";
    EXPECT_EQ(test::problems_shown([&] { read_csv_pair_text(actors, ties, "actors.csv", "ties.csv"); }),
              (std::vector<std::string>{
                  "ties.csv:2: tie names unknown actor 'Anna de Vries' as its source (expected an id from the actors; actor 'r1' has "
                  "that name: ties name actors by their id)",
                  "ties.csv:3: tie names unknown actor 'Henk' as its target (expected an id from the actors; actors 'r2', 'r3' have "
                  "that name: ties name actors by their id)",
                  "ties.csv:4: tie names unknown actor 'Wim' as its target (expected an id from the actors)"}));
}

TEST(CsvPair, TheDutchExcelDialectReadsBackAsTheSameNetwork) {
    const Network network = dutch_network();
    const std::string actors = actors_csv_text(network, CsvDialect::dutch_excel);
    EXPECT_TRUE(actors.starts_with("\xEF\xBB\xBFid;naam;soort;pseudoniem;x;y;crs;lon;lat;buurt;sector;organisatie;client;hobby\n"));
    EXPECT_NE(actors.find("r1;Anna Appelboom;bewoner;Bewoner 1;\"151203,5\";\"452110,25\";EPSG:28992;;;BU99990101;;;ja;tuinieren\n"), std::string::npos)
        << actors;
    EXPECT_NE(actors.find("p1;Piet Paraplu;professional;;;;;;;;;;nee;\n"), std::string::npos);
    const std::string ties = ties_csv_text(network, CsvDialect::dutch_excel);
    EXPECT_NE(ties.find("r1;r2;vriend;sterk;steunend;beide;PGE;wekelijks;2024-03-01;;dichtbij;\"koffie; elke\nmaandag\""), std::string::npos) << ties;
    const Network again = read_csv_pair_text(actors, ties, "actors.csv", "ties.csv");
    EXPECT_EQ(actors_csv_text(again), actors_csv_text(network));
    EXPECT_EQ(ties_csv_text(again), ties_csv_text(network));
}

TEST(CsvPair, ReadsLonLatAsWgs84) {
    const Network network = read_csv_pair_text("id,name,kind,lon,lat\nr1,A,resident,\"5,38721\",52.15517\n",
                                               "source,target,kind\n", "a", "t");
    const auto& point = network.actor(ActorIndex{std::size_t{0}}).location.point;
    ASSERT_TRUE(point);
    EXPECT_EQ(point->epsg, 4326);
    EXPECT_DOUBLE_EQ(point->x, 5.38721);
    EXPECT_DOUBLE_EQ(point->y, 52.15517);
}

TEST(CsvPair, FolderWriteLeavesNoTemporaryFilesAndReplacesOldOnes) {
    test::ScratchDir scratch;
    const auto& folder = scratch.path();
    std::ofstream(folder / "actors.csv") << "old";
    write_csv_pair(dutch_network(), folder);
    std::size_t files = 0;
    for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(folder)) ++files;
    EXPECT_EQ(files, 2u);
    EXPECT_EQ(read_csv_pair(folder).actor_count(), 4u);
}

}  // namespace
}  // namespace wijknet

namespace wijknet {
namespace {

// Found by the fuzzing run of 665ccac: 100000 was written as 1e+05, which the reader refuses.
TEST(CsvPair, NumbersAreWrittenAsTheReaderReadsThem) {
    EXPECT_EQ(text::format_decimal(100000), "100000");
    EXPECT_EQ(text::format_decimal(463000.25), "463000.25");
    EXPECT_EQ(text::format_decimal(0.0000001), "0.0000001");
    const Network original = read_csv_pair_text("id,name,kind,x,y\nr1,Anna,resident,100000,400000\n", "source,target,kind\n", "actors.csv", "ties.csv");
    const std::string written = actors_csv_text(original);
    EXPECT_NE(written.find(",100000,400000,"), std::string::npos) << written;
    const Network back = read_csv_pair_text(written, ties_csv_text(original), "actors.csv", "ties.csv");
    EXPECT_EQ(back.actor(ActorIndex{std::size_t{0}}).location, original.actor(ActorIndex{std::size_t{0}}).location);
}

}  // namespace
}  // namespace wijknet
