// SPDX-License-Identifier: MIT
#include "wijknet/store/project.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>

#include "test_paths.hpp"
#include "wijknet/analysis/change.hpp"
#include "wijknet/io/csv_pair.hpp"
#include "wijknet/io/diagnostic.hpp"
#include "wijknet/io/network_file.hpp"
#include "wijknet/model/ego_network.hpp"
#include "wijknet/samples/zonnedal.hpp"

namespace wijknet::store {
namespace {

using test::ScratchDir;
using ::testing::HasSubstr;

/// A clock the test moves from day to day, as a social worker's visits go.
struct TestClock {
    std::chrono::system_clock::time_point now = std::chrono::sys_days{std::chrono::year{2025} / 3 / 1} + std::chrono::hours{10};
    void next_day(int days = 1) { now += std::chrono::days{days}; }
    ProjectOptions options(std::string user = "marieke") {
        return {.user = std::move(user), .on_behalf_of = "", .clock = [this] { return now; }};
    }
};

Date day(int year, unsigned month, unsigned d) { return Date::from_ymd(year, month, d); }

std::string error_of(const std::function<void()>& open) {
    try {
        open();
    } catch (const InputError& error) {
        return error.diagnostics().front().to_string();
    }
    return "no error";
}

TEST(ProjectStore, SampleTownComesBackAsTheSameCsvPair) {
    ScratchDir scratch;
    const Network sample = samples::zonnedal_network();
    Project::create_from(sample, scratch / "zonnedal.wijknet", "the sample");
    const Network back = load_network(scratch / "zonnedal.wijknet");
    EXPECT_EQ(actors_csv_text(back), actors_csv_text(sample));
    EXPECT_EQ(ties_csv_text(back), ties_csv_text(sample));
}

TEST(ProjectStore, KeepsFreeAttributesCoordinatesAndDatesOfASpreadsheet) {
    ScratchDir scratch;
    const std::string actors =
        "id,naam,soort,x,y,buurt,client,hobby,lon,lat\n"
        "r1,Anna Appelboom,bewoner,151203.5,452110.25,BU99990101,ja,tuinieren,,\n"
        "r2,Zoë \"Zon\" Bloem,bewoner,,,,,,5.12,52.09\n"
        "o1,Wijkteam,organisatie,,,,,,,\n";
    const std::string ties =
        "van,naar,soort,sterkte,steun,sinds,tot,notitie\n"
        "r1,r2,vriend,sterk,PGE,2024-03-01,,\"koffie, elke\nmaandag\"\n"
        "r2,o1,lidmaatschap,,,2023-01-01,2024-12-31,\n";
    const Network original = read_csv_pair_text(actors, ties, "actors.csv", "ties.csv");
    save_network(original, scratch / "p.wijknet", "spreadsheet");
    save_network(load_network(scratch / "p.wijknet"), scratch / "out");
    const Network back = load_network(scratch / "out");
    EXPECT_EQ(actors_csv_text(back), actors_csv_text(original));
    EXPECT_EQ(ties_csv_text(back), ties_csv_text(original));
    EXPECT_EQ(back.actor(ActorIndex{std::size_t{1}}).name, "Zoë \"Zon\" Bloem");
}

/// The story of one client over three visits, told to a project and written as a dated CSV pair.
struct ThreeVisits {
    ScratchDir scratch;
    TestClock clock;
    Project project = Project::create(scratch / "client.wijknet", clock.options());
    TieId sister, neighbour, nurse;

    ThreeVisits() {
        project.add_actor({{"id", "c1"}, {"name", "Cor"}, {"kind", "resident"}, {"client", "yes"}}, {});
        project.add_actor({{"id", "s1"}, {"name", "Sanne"}, {"kind", "resident"}}, {});
        project.add_actor({{"id", "n1"}, {"name", "Nico"}, {"kind", "resident"}}, {});
        project.add_actor({{"id", "p1"}, {"name", "Pien"}, {"kind", "professional"}}, {});
        sister = project.add_tie({{"source", "c1"}, {"target", "s1"}, {"kind", "family"}, {"strength", "weak"}, {"support", "P"}}, {});
        neighbour = project.add_tie({{"source", "c1"}, {"target", "n1"}, {"kind", "neighbour"}, {"since", "2024-06-01"}}, {});
        clock.next_day(30);  // 31 March 2025: the sister comes more often now
        project.change_tie(sister, {{"strength", "strong"}, {"support", "PGE"}}, project.revision_of(sister), {"c1", "visits weekly"});
        clock.next_day(30);  // 30 April 2025: the neighbour moved away; a nurse started
        project.end_tie(neighbour, std::nullopt, project.revision_of(neighbour), {"c1", "moved"});
        nurse = project.add_tie({{"source", "p1"}, {"target", "c1"}, {"kind", "zorg"}, {"since", "2025-04-30"}}, {});
    }
};

constexpr std::string_view three_visits_actors =
    "id,name,kind,client\nc1,Cor,resident,yes\ns1,Sanne,resident,\nn1,Nico,resident,\np1,Pien,professional,\n";
constexpr std::string_view three_visits_ties =
    "source,target,kind,strength,support,since,until\n"
    "c1,s1,family,weak,P,,2025-03-30\n"
    "c1,n1,neighbour,,,2024-06-01,2025-04-30\n"
    "c1,s1,family,strong,PGE,2025-03-31,\n"
    "p1,c1,care,,,2025-04-30,\n";

std::vector<std::string> contacts_on(const Network& network, Date when) {
    std::vector<std::string> names;
    const auto view = ego_network(network, *network.find_actor("c1"), {.radius = 1, .at = when});
    for (const TieIndex tie : view.ties) {
        const Tie& t = network.tie(tie);
        names.push_back(network.actor(t.other(view.ego)).id + ":" +
                        std::string(t.strength ? name_of(*t.strength) : "-"));
    }
    std::sort(names.begin(), names.end());
    return names;
}

TEST(ProjectStore, HistoryOnAnyDayIsThatOfTheSameDatedCsvPair) {
    ThreeVisits visits;
    const Network& project = visits.project.network();
    const Network files = read_csv_pair_text(three_visits_actors, three_visits_ties, "actors.csv", "ties.csv");
    EXPECT_EQ(ties_csv_text(project), ties_csv_text(files));
    for (const Date when : {day(2025, 1, 1), day(2025, 3, 30), day(2025, 3, 31), day(2025, 4, 29), day(2025, 4, 30),
                            day(2025, 5, 1)})
        EXPECT_EQ(contacts_on(project, when), contacts_on(files, when)) << when.to_string();
    EXPECT_EQ(contacts_on(project, day(2025, 3, 30)), (std::vector<std::string>{"n1:-", "s1:weak"}));
    EXPECT_EQ(contacts_on(project, day(2025, 5, 1)), (std::vector<std::string>{"p1:-", "s1:strong"}));

    const auto change = change_between(project, day(2025, 3, 1), day(2025, 5, 1));
    const auto same = change_between(files, day(2025, 3, 1), day(2025, 5, 1));
    EXPECT_EQ(change.gained.size(), same.gained.size());
    EXPECT_EQ(change.lost.size(), same.lost.size());
}

TEST(ProjectStore, OpenedAgainHoldsTheSameHistory) {
    ThreeVisits visits;
    const std::string expected = ties_csv_text(visits.project.network());
    const Project reopened = Project::open(visits.project.path());
    EXPECT_EQ(ties_csv_text(reopened.network()), expected);
    EXPECT_EQ(reopened.versions_of(visits.sister).size(), 2u);
    EXPECT_EQ(reopened.revision(), visits.project.revision());
}

TEST(ProjectStore, AChangeOnTheDayItWasEnteredCorrectsIt) {
    ScratchDir scratch;
    TestClock clock;
    Project project = Project::create(scratch / "p.wijknet", clock.options());
    project.add_actor({{"id", "c1"}, {"name", "Cor"}, {"client", "yes"}}, {});
    project.add_actor({{"id", "f1"}, {"name", "Fenna"}}, {});
    const TieId tie = project.add_tie({{"source", "c1"}, {"target", "f1"}, {"kind", "friend"}, {"strength", "weak"}}, {});
    project.change_tie(tie, {{"strength", "strong"}}, project.revision_of(tie), {});
    ASSERT_EQ(project.versions_of(tie).size(), 1u);
    EXPECT_EQ(project.network().tie(project.versions_of(tie)[0]).strength, Strength::strong);
    EXPECT_FALSE(project.network().tie(project.versions_of(tie)[0]).until.has_value());
}

TEST(ProjectStore, AChangeBasedOnAnOldRevisionIsRefusedAndChangesNothing) {
    ThreeVisits visits;
    Project& project = visits.project;
    const Revision seen = project.revision_of(visits.sister);
    visits.clock.next_day();
    project.change_tie(visits.sister, {{"valence", "stressful"}}, seen, {});
    const std::string before = ties_csv_text(project.network());
    try {
        project.change_tie(visits.sister, {{"valence", "conflict"}}, seen, {});
        FAIL() << "expected StaleRevision";
    } catch (const StaleRevision& stale) {
        EXPECT_EQ(stale.current(), project.revision_of(visits.sister));
        EXPECT_EQ(stale.latest().user, "marieke");
        EXPECT_THAT(stale.what(), HasSubstr("tie " + std::to_string(visits.sister.value)));
    }
    EXPECT_EQ(ties_csv_text(project.network()), before);
    EXPECT_EQ(ties_csv_text(Project::open(project.path()).network()), before);
}

TEST(ProjectStore, TwoProgramsOnOneFileSeeEachOthersChanges) {
    ThreeVisits visits;
    Project other = Project::open(visits.project.path(), visits.clock.options("joost"));
    const Revision seen = other.revision_of(*other.network().find_actor("s1"));
    visits.project.change_actor("s1", {{"name", "Sanne de Wit"}}, seen, {});
    EXPECT_THROW(other.change_actor("s1", {{"name", "S. de Wit"}}, seen, {}), StaleRevision);
    EXPECT_EQ(other.network().actor(*other.network().find_actor("s1")).name, "Sanne de Wit");  // read again on the way
    EXPECT_FALSE(other.refresh());
    visits.project.add_actor({{"id", "v1"}, {"name", "Vera"}}, {});
    EXPECT_TRUE(other.refresh());
    EXPECT_TRUE(other.network().find_actor("v1").has_value());
}

TEST(ProjectStore, LogsEveryChangeWithBeforeAfterClientUserAndReason) {
    ThreeVisits visits;
    visits.project.record_read("read", "c1", "ecomap");
    const auto log = visits.project.log();
    ASSERT_EQ(log.size(), 10u);
    const LogEntry& changed = log[6];
    EXPECT_EQ(changed.event, "change");
    EXPECT_EQ(changed.object, "tie");
    EXPECT_EQ(changed.object_id, std::to_string(visits.sister.value));
    EXPECT_EQ(changed.client, "c1");
    EXPECT_EQ(changed.user, "marieke");
    EXPECT_EQ(changed.reason, "visits weekly");
    EXPECT_EQ(*find_attribute(changed.before, "strength"), "weak");
    EXPECT_EQ(*find_attribute(changed.after, "strength"), "strong");
    EXPECT_EQ(changed.time, "2025-03-31T10:00:00.000Z");
    EXPECT_EQ(log[7].event, "end");
    EXPECT_EQ(*find_attribute(log[7].after, "until"), "2025-04-30");
    EXPECT_EQ(log[8].event, "create");
    EXPECT_EQ(log[8].client, "c1");  // found from the tie's ends: c1 is the client
    EXPECT_EQ(log[9].event, "read");
    EXPECT_EQ(log[9].object_id, "ecomap");
    EXPECT_EQ(visits.project.log({.client = "c1"}).size(), 7u);  // c1, three ties made, one changed, one ended, a read
    EXPECT_EQ(visits.project.revision(), log[8].id);  // a read is no change
    // Following the log: the next entries after one, not the newest.
    const auto next = visits.project.log({.client = "", .after = log[2].id, .limit = 2});
    ASSERT_EQ(next.size(), 2u);
    EXPECT_EQ(next[0].id, log[3].id);
    EXPECT_EQ(next[1].id, log[4].id);
    const auto newest = visits.project.log({.client = "", .after = std::nullopt, .limit = 2});
    ASSERT_EQ(newest.size(), 2u);
    EXPECT_EQ(newest[1].id, log[9].id);
}

TEST(ProjectStore, ATieNumberIsNeverGivenTwice) {
    ThreeVisits visits;
    Project& project = visits.project;
    const TieId last = visits.nurse;
    project.delete_tie(last, project.revision_of(last), {"c1", "entered by mistake"});
    const TieId next = project.add_tie({{"source", "c1"}, {"target", "p1"}, {"kind", "care"}}, {});
    EXPECT_GT(next.value, last.value);
    const TieId after_reopening = Project::open(project.path()).add_tie({{"source", "s1"}, {"target", "n1"}}, {});
    EXPECT_GT(after_reopening.value, next.value);
}

TEST(ProjectStore, AProjectFileIsReadableByItsOwnerOnly) {
    ScratchDir scratch;
    Project::create_from(samples::zonnedal_network(), scratch / "own.wijknet", "sample");
    const auto permissions = std::filesystem::status(scratch / "own.wijknet").permissions();
    EXPECT_EQ(permissions & (std::filesystem::perms::group_all | std::filesystem::perms::others_all), std::filesystem::perms::none);
}

TEST(ProjectStore, DeletingAContactEnteredByMistakeRemovesItsTiesAndSaysSo) {
    ThreeVisits visits;
    Project& project = visits.project;
    const ActorIndex sanne = *project.network().find_actor("s1");
    project.delete_actor("s1", project.revision_of(sanne), {"c1", "entered twice"});
    EXPECT_FALSE(project.network().find_actor("s1"));
    EXPECT_EQ(project.network().tie_count(), 2u);
    const auto log = project.log();
    ASSERT_GE(log.size(), 2u);
    EXPECT_EQ(log[log.size() - 2].object, "tie");
    EXPECT_EQ(log.back().event, "delete");
    EXPECT_EQ(log.back().object_id, "s1");
    EXPECT_EQ(*find_attribute(log.back().before, "name"), "Sanne");
    EXPECT_EQ(Project::open(project.path()).network().tie_count(), 2u);
}

TEST(ProjectStore, EndingAnActorEndsEachOfItsTiesAndKeepsItsHistory) {
    ThreeVisits visits;
    Project& project = visits.project;
    const ActorIndex cor = *project.network().find_actor("c1");
    EXPECT_THROW(project.end_actor("c1", std::nullopt, project.revision_of(cor) - 1, {}), StaleRevision);
    visits.clock.next_day();
    project.end_actor("c1", std::nullopt, project.revision_of(cor), {"", "moved to a care home"});
    for (const TieId tie : {visits.sister, visits.nurse})
        EXPECT_EQ(project.network().tie(project.newest_version(tie)).until, day(2025, 5, 1));
    EXPECT_EQ(project.network().tie(project.newest_version(visits.neighbour)).until, day(2025, 4, 30));  // ended before
    EXPECT_EQ(project.network().actor_count(), 4u);
    EXPECT_EQ(project.log().back().reason, "moved to a care home");
}

TEST(ProjectStore, AContactAddedInOneStepIsTiedToTheClient) {
    ThreeVisits visits;
    const auto added = visits.project.add_contact("c1", {{"name", "Ria"}, {"kind", "volunteer"}},
                                                  {{"kind", "volunteer_help"}, {"closeness", "middle"}}, {});
    const Network& network = visits.project.network();
    const auto ria = network.find_actor(added.actor_id);
    ASSERT_TRUE(ria);
    EXPECT_EQ(network.actor(*ria).name, "Ria");
    const Tie& tie = network.tie(visits.project.versions_of(added.tie)[0]);
    EXPECT_EQ(network.actor(tie.source).id, "c1");
    EXPECT_EQ(tie.target, *ria);
    // An actor already in the project is picked, not typed again.
    const auto again = visits.project.add_contact("c1", {{"id", "n1"}}, {{"kind", "friend"}}, {});
    EXPECT_EQ(again.actor_id, "n1");
    EXPECT_EQ(network.actor_count(), 5u);
}

TEST(ProjectStore, RefusesChangesWithEveryProblemNamedByItsField) {
    ThreeVisits visits;
    try {
        visits.project.add_contact("c1", {{"name", ""}, {"kind", "alien"}}, {{"strength", "very"}}, {});
        FAIL() << "expected ChangeRefused";
    } catch (const ChangeRefused& refused) {
        std::vector<std::string> fields;
        for (const auto& problem : refused.problems()) fields.push_back(problem.field);
        EXPECT_THAT(fields, ::testing::UnorderedElementsAre("kind", "name", "tie.strength"));
    }
    try {
        visits.project.add_tie({{"source", "c1"}, {"target", "c1"}}, {});
        FAIL() << "expected ChangeRefused";
    } catch (const ChangeRefused& refused) {
        EXPECT_EQ(refused.problems().front().field, "target");
        EXPECT_THAT(refused.problems().front().message, HasSubstr("the source itself"));
    }
    EXPECT_THROW(visits.project.add_tie({{"source", "c1"}, {"target", "nobody"}}, {}), ChangeRefused);
    EXPECT_THROW(visits.project.end_tie(visits.nurse, day(2020, 1, 1), visits.project.revision_of(visits.nurse), {}),
                 ChangeRefused);
    EXPECT_EQ(visits.project.network().tie_count(), 4u);
}

TEST(ProjectStore, AVersionOneFileThatIsDamagedIsLeftInVersionOne) {
    ScratchDir scratch;
    std::filesystem::copy_file(test::data_path("store/version-1.wijknet"), scratch / "old.wijknet");
    {
        // Damage the rows so that only reading the contents finds it: an actor kind no one knows.
        std::string bytes = test::read_file(scratch / "old.wijknet");
        for (auto at = bytes.find("resident"); at != std::string::npos; at = bytes.find("resident", at)) bytes.replace(at, 8, "residenx");
        std::ofstream(scratch / "old.wijknet", std::ios::binary | std::ios::trunc) << bytes;
    }
    const std::string before = test::read_file(scratch / "old.wijknet");
    EXPECT_THAT(error_of([&] { Project::open(scratch / "old.wijknet"); }), HasSubstr("column 'kind' has unknown value 'residenx'"));
    EXPECT_EQ(test::read_file(scratch / "old.wijknet"), before);
}

TEST(ProjectStore, MigratesASchemaVersionOneFileForward) {
    ScratchDir scratch;
    std::filesystem::copy_file(test::data_path("store/version-1.wijknet"), scratch / "old.wijknet");
    Project project = Project::open(scratch / "old.wijknet");
    const Network& network = project.network();
    ASSERT_EQ(network.actor_count(), 2u);
    ASSERT_EQ(network.tie_count(), 2u);
    EXPECT_EQ(*find_attribute(network.actor(ActorIndex{std::size_t{0}}).attributes, "geboortejaar"), "1951");
    EXPECT_EQ(network.tie(TieIndex{std::size_t{1}}).support.letters(), "PGE");
    EXPECT_EQ(*find_attribute(network.tie_attributes(TieIndex{std::size_t{1}}), "notitie"), "belt elke dag");
    EXPECT_EQ(project.revision(), 3);
    EXPECT_EQ(project.log().at(2).reason, "na het gesprek");
    // After migration it takes changes as a version-2 project does.
    const TieId tie = project.tie_of(TieIndex{std::size_t{1}});
    project.end_tie(tie, day(2025, 9, 1), project.revision_of(tie), {});
    EXPECT_EQ(Project::open(scratch / "old.wijknet").network().tie(TieIndex{std::size_t{1}}).until, day(2025, 9, 1));
}

/// Opening `path` is refused with `expected` in the message, and the file keeps every byte.
void expect_refused_unchanged(const std::filesystem::path& path, const std::string& expected) {
    const std::string bytes = test::read_file(path);
    EXPECT_THAT(error_of([&] { Project::open(path); }), HasSubstr(expected));
    EXPECT_THAT(error_of([&] { load_network(path); }), HasSubstr(expected));
    EXPECT_EQ(test::read_file(path), bytes);
    EXPECT_FALSE(std::filesystem::exists(path.string() + "-wal"));
}

TEST(ProjectStore, RefusesFilesThatAreNoProjectAndLeavesThemAlone) {
    ScratchDir scratch;
    {
        std::ofstream(scratch / "notes.wijknet") << "id,name\nr1,Anna\n";
        std::ofstream(scratch / "empty.wijknet");
    }
    std::filesystem::copy_file(test::data_path("store/other-program.sqlite"), scratch / "other.wijknet");
    expect_refused_unchanged(scratch / "notes.wijknet", "is not a wijknet project");
    expect_refused_unchanged(scratch / "empty.wijknet", "is empty");
    expect_refused_unchanged(scratch / "other.wijknet", "an SQLite database of another program");
    EXPECT_THAT(error_of([&] { Project::open(scratch / "missing.wijknet"); }), HasSubstr("does not exist"));
}

TEST(ProjectStore, RefusesAProjectOfANewerWijknet) {
    ScratchDir scratch;
    Project::create_from(samples::zonnedal_network(), scratch / "new.wijknet", "sample");
    {
        std::fstream file(scratch / "new.wijknet", std::ios::in | std::ios::out | std::ios::binary);
        file.seekp(60);
        const char version_9[4] = {0, 0, 0, 9};
        file.write(version_9, 4);
    }
    expect_refused_unchanged(scratch / "new.wijknet", "was written by a newer wijknet (project schema version 9");
}

TEST(ProjectStore, RefusesATruncatedProject) {
    ScratchDir scratch;
    Project::create_from(samples::zonnedal_network(), scratch / "cut.wijknet", "sample");
    std::filesystem::resize_file(scratch / "cut.wijknet", std::filesystem::file_size(scratch / "cut.wijknet") / 2);
    expect_refused_unchanged(scratch / "cut.wijknet", "is cut short");
    std::filesystem::resize_file(scratch / "cut.wijknet", 50);
    expect_refused_unchanged(scratch / "cut.wijknet", "ends inside its header");
}

TEST(ProjectStore, RefusesADamagedProject) {
    ScratchDir scratch;
    Project::create_from(samples::zonnedal_network(), scratch / "bad.wijknet", "sample");
    {
        // Overwrite the pages after the first with noise, as a failing disk might.
        std::fstream file(scratch / "bad.wijknet", std::ios::in | std::ios::out | std::ios::binary);
        file.seekp(4096);
        std::string noise(4096 * 20, '\0');
        for (std::size_t i = 0; i < noise.size(); ++i) noise[i] = static_cast<char>((i * 7919) % 251);
        file.write(noise.data(), static_cast<std::streamsize>(noise.size()));
    }
    expect_refused_unchanged(scratch / "bad.wijknet", "is damaged");
}

TEST(ProjectStore, ANewProjectNeverReplacesAFile) {
    ScratchDir scratch;
    std::ofstream(scratch / "mine.wijknet") << "precious";
    EXPECT_THAT(error_of([&] { Project::create(scratch / "mine.wijknet"); }), HasSubstr("exists already"));
    EXPECT_EQ(test::read_file(scratch / "mine.wijknet"), "precious");
    std::size_t files = 0;
    for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(scratch.path())) ++files;
    EXPECT_EQ(files, 1u);
}

}  // namespace
}  // namespace wijknet::store
