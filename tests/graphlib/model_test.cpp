// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include <latch>
#include <thread>
#include <vector>

#include "wijknet/analysis/network_summary.hpp"
#include "wijknet/memory/huge_page_allocator.hpp"
#include "wijknet/io/csv_pair.hpp"
#include "wijknet/model/ego_network.hpp"
#include "wijknet/model/network.hpp"
#include "wijknet/model/vocabulary.hpp"
#include "wijknet/text/ascii.hpp"

namespace wijknet {
namespace {

// A client (c) with a partner, a friend whose tie ended, a neighbour who joined later, and a
// professional; the friend knows a second friend (distance 2). One actor (x) has no tie.
Network small_network() {
    return read_csv_pair_text(
        "id,name,kind,client\n"
        "c,Clara Client,resident,yes\n"
        "h,Hans Huisgenoot,resident,\n"
        "f,Frits Vriend,resident,\n"
        "g,Gerda Vriendin,resident,\n"
        "n,Nel Buur,resident,\n"
        "p,Pim Professional,professional,\n"
        "o,Wijkteam,organisation,\n"
        "x,Xander Alleen,resident,\n",
        "source,target,kind,since,until\n"
        "c,h,household,2020-01-01,\n"
        "c,f,friend,2020-01-01,2024-12-31\n"
        "f,g,friend,,\n"
        "c,n,neighbour,2025-06-01,\n"
        "p,c,care,2024-01-01,\n"
        "p,o,employment,,\n"
        "h,n,neighbour,2025-06-01,\n",
        "a", "t");
}

std::vector<std::string> member_ids(const Network& network, const EgoNetwork& view) {
    std::vector<std::string> ids;
    for (const auto& member : view.members) ids.push_back(network.actor(member.actor).id);
    return ids;
}

TEST(Network, RefusesDuplicatesAndSelfTies) {
    Network network;
    const auto a = network.add_actor({.id = "a", .name = "A"});
    EXPECT_THROW(network.add_actor({.id = "a", .name = "again"}), std::invalid_argument);
    EXPECT_THROW(network.add_actor({.id = "", .name = "nobody"}), std::invalid_argument);
    Tie self;
    self.source = a;
    self.target = a;
    EXPECT_THROW(network.add_tie(self), std::invalid_argument);
    EXPECT_EQ(network.find_actor("a"), a);
    EXPECT_FALSE(network.find_actor("b"));
}

TEST(Network, FindsIdsShortAndLongThatShareTheirStart) {
    // Ids of up to 8 bytes live whole in the id index; longer ones are checked against the actors.
    Network network;
    const std::vector<std::string> ids{"r1", "r10000001", "r1000000", "r10000002", "client-0042", "client-0042b", "é"};
    for (const auto& id : ids) network.add_actor({.id = id, .name = id});
    for (std::size_t i = 0; i < ids.size(); ++i) EXPECT_EQ(network.find_actor(ids[i]), ActorIndex{i}) << ids[i];
    for (const std::string_view missing : {"r", "r100000", "r10000003", "client-004", "client-0042c", ""})
        EXPECT_FALSE(network.find_actor(missing)) << missing;
    EXPECT_THROW(network.add_actor({.id = "r10000002", .name = "again"}), std::invalid_argument);
}

TEST(Network, AddsAListOfActorsLeavingOutIdsTaken) {
    Network network;
    network.add_actor({.id = "a", .name = "A"});
    const auto refused = network.add_actors({{.id = "b", .name = "B"},
                                             {.id = "a", .name = "again"},
                                             {.id = "c", .name = "C"},
                                             {.id = "b", .name = "B again"},
                                             {.id = "d", .name = "D"}});
    ASSERT_EQ(refused.size(), 2u);
    EXPECT_EQ(refused[0].position, 1u);
    EXPECT_EQ(refused[0].id_taken_by, ActorIndex{std::size_t{0}});
    EXPECT_EQ(refused[1].position, 3u);
    EXPECT_EQ(refused[1].id_taken_by, ActorIndex{std::size_t{1}});
    // The actors after a refused one move up, and are found where they are.
    ASSERT_EQ(network.actor_count(), 4u);
    for (const auto& [id, index] : {std::pair{"a", 0}, {"b", 1}, {"c", 2}, {"d", 3}}) {
        EXPECT_EQ(network.find_actor(id), ActorIndex{static_cast<std::size_t>(index)}) << id;
        EXPECT_EQ(network.actor(ActorIndex{static_cast<std::size_t>(index)}).id, id);
    }
    EXPECT_EQ(network.actor(*network.find_actor("b")).name, "B");
    EXPECT_THROW(network.add_actors({{.id = "e"}, {.id = ""}}), std::invalid_argument);
    EXPECT_EQ(network.actor_count(), 4u) << "nothing added";
}

// Ids are hashed a word at a time, with the last word overlapping the one before: every length
// from 0 to 40 bytes is found, and an id one letter off, one letter short or one longer is not.
TEST(Network, IdsOfEveryLengthAreFoundAndNothingOneLetterOff) {
    const std::string letters = "bewoner-0123456789-abcdefghijklmnopqrstuvwxyz";
    Network network;
    for (std::size_t length = 1; length <= 40; ++length) network.add_actor({.id = letters.substr(0, length)});
    for (std::size_t length = 1; length <= 40; ++length) {
        const std::string id = letters.substr(0, length);
        ASSERT_EQ(network.find_actor(id), ActorIndex{length - 1}) << id;
        for (std::size_t k = 0; k < length; ++k) {
            std::string changed = id;
            changed[k] = 'Z';
            EXPECT_FALSE(network.find_actor(changed)) << changed;
        }
        EXPECT_FALSE(network.find_actor(id + "Z")) << id;
        EXPECT_FALSE(network.find_actor("Z" + id.substr(1))) << id;
    }
    EXPECT_FALSE(network.find_actor(""));
    EXPECT_FALSE(network.find_actor(letters.substr(0, 41)));
}


// Big tables start on a 2 MB boundary (so that Linux can give them 2 MB pages) and hold what is
// put in them; small ones come from the ordinary allocator and work the same.
TEST(HugePageAllocator, BigTablesStartOnA2MbBoundaryAndAllTablesHoldTheirValues) {
    for (const std::size_t size : {std::size_t{3}, std::size_t{1} << 17, (std::size_t{1} << 20) + 5}) {
        std::vector<std::uint64_t, HugePageAllocator<std::uint64_t>> table(size);
        for (std::size_t k = 0; k < size; ++k) table[k] = k * 7;
        if (size * sizeof(std::uint64_t) >= HugePageAllocator<std::uint64_t>::huge_page) {
            EXPECT_EQ(reinterpret_cast<std::uintptr_t>(table.data()) % HugePageAllocator<std::uint64_t>::huge_page, 0u);
        }
        auto copy = table;
        table.clear();
        table.shrink_to_fit();
        for (std::size_t k = 0; k < size; k += 4099) ASSERT_EQ(copy[k], k * 7);
        EXPECT_EQ(copy.back(), (size - 1) * 7);
    }
}


// A list as long as a town's residents, with ids short and long, many repeated (right after
// their first use and far from it): each id is found at its first actor, and every repeat is
// refused, in order, naming that actor.
TEST(Network, ALongListRefusesEachRepeatNamingItsFirstActor) {
    constexpr std::size_t unique = 300'000;
    std::vector<Actor> actors;
    std::vector<std::size_t> expected_refused;  // positions in the list
    for (std::size_t i = 0; i < unique; ++i) {
        const std::string id = i % 3 == 0 ? "bewoner-met-een-lang-id-" + std::to_string(i) : "r" + std::to_string(i);
        actors.push_back({.id = id, .name = "first"});
        if (i % 997 == 5 || i % 50'021 == 7) {  // again at once, and again much later
            expected_refused.push_back(actors.size());
            actors.push_back({.id = i % 997 == 5 ? id : actors[i / 2].id, .name = "again"});
        }
    }
    actors.push_back({.id = "al-bekend", .name = "again"});
    expected_refused.push_back(actors.size() - 1);
    Network network;
    network.add_actor({.id = "al-bekend", .name = "first"});
    const auto refused = network.add_actors(actors);
    ASSERT_EQ(refused.size(), expected_refused.size());
    for (std::size_t k = 0; k < refused.size(); ++k) {
        const std::string& id = actors[expected_refused[k]].id;
        EXPECT_EQ(refused[k].position, expected_refused[k]) << k;
        EXPECT_EQ(network.find_actor(id), refused[k].id_taken_by) << id;
    }
    ASSERT_EQ(network.actor_count(), 1 + unique);
    for (std::size_t i = 0; i < network.actor_count(); ++i) {
        const Actor& actor = network.actor(ActorIndex{i});
        EXPECT_EQ(actor.name, "first") << actor.id;
        EXPECT_EQ(network.find_actor(actor.id), ActorIndex{i}) << actor.id;
    }
    EXPECT_FALSE(network.find_actor("r300000"));
    EXPECT_FALSE(network.find_actor("bewoner-met-een-lang-id-1"));
}

TEST(Network, KeepsEachTiesFreeAttributes) {
    Network network;
    const auto a = network.add_actor({.id = "a"}), b = network.add_actor({.id = "b"}), c = network.add_actor({.id = "c"});
    network.add_tie({.source = a, .target = b});  // none yet
    network.add_ties({{.source = b, .target = c}, {.source = a, .target = c}}, {{{"note", "bc"}}, {}});
    network.add_tie({.source = c, .target = a}, {{"note", "ca"}});
    network.add_ties({{.source = a, .target = b}});  // none again
    ASSERT_EQ(network.tie_count(), 5u);
    const auto note = [&network](std::size_t t) {
        const auto* value = find_attribute(network.tie_attributes(TieIndex{t}), "note");
        return value ? *value : std::string("-");
    };
    EXPECT_EQ(note(0) + note(1) + note(2) + note(3) + note(4), "-bc-ca-");
    EXPECT_THROW(network.add_ties({{.source = a, .target = b}}, {{}, {}}), std::invalid_argument);
}

TEST(Network, EachActorsTiesComeInTheOrderTheyWereAdded) {
    Network network = small_network();
    std::vector<std::string> others;
    const ActorIndex clara = *network.find_actor("c");
    network.for_each_tie_of(clara, [&](TieIndex tie) { others.push_back(network.actor(network.tie(tie).other(clara)).id); });
    EXPECT_EQ(others, (std::vector<std::string>{"h", "f", "n", "p"}));
    network.add_ties({});  // adding nothing leaves the graph as it was
    EXPECT_EQ(network.ties_of(clara).size(), 4u);
}

// Ecomaps are drawn on every core from one network: the threads that ask for the graph first,
// at the same time, get one graph, built once (run under ThreadSanitizer to see a race).
TEST(Network, ThreadsAskingForTheGraphAtOnceShareOneGraph) {
    Network network;
    constexpr std::size_t actors = 20'000;
    for (std::size_t i = 0; i < actors; ++i) network.add_actor({.id = "a" + std::to_string(i)});
    std::vector<Tie> ties;
    for (std::size_t i = 0; i + 1 < actors; ++i)
        for (std::size_t step : {1, 7, 101})
            if (i + step < actors) ties.push_back({.source = ActorIndex{i}, .target = ActorIndex{i + step}});
    network.add_ties(ties);
    constexpr std::size_t threads = 4;
    std::latch start(threads);
    std::vector<const SupportGraph*> seen(threads);
    std::vector<std::thread> askers;
    for (std::size_t t = 0; t < threads; ++t)
        askers.emplace_back([&, t] {
            start.arrive_and_wait();
            seen[t] = &network.graph();
        });
    for (auto& asker : askers) asker.join();
    for (const auto* graph : seen) EXPECT_EQ(graph, seen.front());
    EXPECT_EQ(boost::num_edges(*seen.front()), 2 * ties.size());
    EXPECT_EQ(network.ties_of(ActorIndex{std::size_t{500}}).size(), 6u);
}

TEST(EgoNetwork, RadiusOneOverAllDates) {
    const Network network = small_network();
    const auto view = ego_network(network, *network.find_actor("c"));
    EXPECT_EQ(member_ids(network, view), (std::vector<std::string>{"c", "h", "f", "n", "p"}));
    // c-h, c-f, c-n, p-c, and h-n between two contacts.
    EXPECT_EQ(view.ties.size(), 5u);
}

TEST(EgoNetwork, AsTheNetworkStoodOnADate) {
    const Network network = small_network();
    const auto c = *network.find_actor("c");
    const auto in_2024 = ego_network(network, c, {.radius = 1, .at = Date::parse("2024-06-01")});
    EXPECT_EQ(member_ids(network, in_2024), (std::vector<std::string>{"c", "h", "f", "p"}));
    const auto in_2025 = ego_network(network, c, {.radius = 1, .at = Date::parse("2025-07-01")});
    EXPECT_EQ(member_ids(network, in_2025), (std::vector<std::string>{"c", "h", "n", "p"}));
    EXPECT_EQ(in_2025.ties.size(), 4u) << "c-h, c-n, p-c and h-n";
}

TEST(EgoNetwork, RadiusTwoReachesFriendsOfFriends) {
    const Network network = small_network();
    const auto view = ego_network(network, *network.find_actor("c"), {.radius = 2});
    const auto ids = member_ids(network, view);
    EXPECT_EQ(ids, (std::vector<std::string>{"c", "h", "f", "n", "p", "g", "o"}));
    EXPECT_EQ(view.members.back().distance, 2);
    EXPECT_EQ(view.ties.size(), 7u);
    EXPECT_THROW(ego_network(network, *network.find_actor("c"), {.radius = 0}), std::invalid_argument);
}

TEST(NetworkSummary, CountsKindsFormalityComponentsAndDates) {
    const auto summary = summarise(small_network());
    EXPECT_EQ(summary.actors, 8u);
    EXPECT_EQ(summary.clients, 1u);
    EXPECT_EQ(summary.actors_by_kind.at(ActorKind::resident), 6u);
    EXPECT_EQ(summary.ties_by_kind.at(TieKind::neighbour), 2u);
    EXPECT_EQ(summary.ties_by_formality.at(Formality::informal), 5u);
    EXPECT_EQ(summary.ties_by_formality.at(Formality::formal), 2u);
    EXPECT_EQ(summary.components, 2u);
    EXPECT_EQ(summary.largest_component, 7u);
    ASSERT_EQ(summary.actors_without_ties.size(), 1u);
    EXPECT_EQ(summary.first_date, Date::parse("2020-01-01"));
    EXPECT_EQ(summary.last_date, Date::parse("2025-06-01"));
}

TEST(Vocabulary, EnglishAndDutchTermsInAnyCase) {
    EXPECT_EQ(parse_term<ActorKind>("Bewoner"), ActorKind::resident);
    EXPECT_EQ(parse_term<ActorKind>(" ORGANISATION "), ActorKind::organisation);
    EXPECT_EQ(parse_term<TieKind>("vrijwilligershulp"), TieKind::volunteer_help);
    EXPECT_EQ(parse_term<Strength>("sterk"), Strength::strong);
    EXPECT_EQ(parse_term<Closeness>("2"), Closeness::middle);
    EXPECT_FALSE(parse_term<TieKind>("kennis"));
    EXPECT_EQ(name_of(TieKind::friendship), "friend");
    EXPECT_EQ(dutch_name_of(TieKind::friendship), "vriend");
    EXPECT_EQ(formality_of(TieKind::care), Formality::formal);
    EXPECT_EQ(formality_of(TieKind::volunteer_help), Formality::informal);
}

// Each name of a vocabulary, upper-cased letter by letter, is read as its term, and a name one
// letter off (its first, middle or last letter changed, shortened, lengthened, or with a letter
// outside ASCII) is not a term.
template <class Enum>
void expect_every_spelling_read() {
    for (const auto& term : vocabulary<Enum>()) {
        for (const std::string_view name : {term.english, term.dutch}) {
            const std::string lower(name);
            for (std::size_t k = 0; k <= lower.size(); ++k) {
                std::string mixed = lower;
                for (std::size_t i = 0; i < k; ++i) mixed[i] = text::to_upper(mixed[i]);
                EXPECT_EQ(parse_term<Enum>(mixed), term.value) << mixed;
            }
            EXPECT_FALSE(parse_term<Enum>(lower + "s")) << lower;
            EXPECT_FALSE(parse_term<Enum>(lower.substr(0, lower.size() - 1))) << lower;
            EXPECT_FALSE(parse_term<Enum>(lower.substr(0, lower.size() - 1) + "\xC3\xA9")) << lower;  // é
            for (const std::size_t at : {std::size_t{0}, lower.size() / 2, lower.size() - 1}) {
                std::string off = lower;
                off[at] = static_cast<char>(lower[at] + 1);
                EXPECT_FALSE(parse_term<Enum>(off)) << off;
            }
        }
    }
}

TEST(Vocabulary, EveryNameInAnyCaseAndNothingOneLetterOff) {
    expect_every_spelling_read<ActorKind>();
    expect_every_spelling_read<TieKind>();
    expect_every_spelling_read<Strength>();
    expect_every_spelling_read<Valence>();
    expect_every_spelling_read<SupportDirection>();
    expect_every_spelling_read<Frequency>();
    expect_every_spelling_read<Closeness>();
    expect_every_spelling_read<SupportType>();
    // Letters next to A and Z, and bytes outside ASCII, are not folded into letters.
    EXPECT_FALSE(parse_term<Strength>("@eak"));
    EXPECT_FALSE(parse_term<Strength>("[eak"));
    EXPECT_FALSE(parse_term<Strength>("w\xC5\x81" "ak"));
    EXPECT_FALSE(parse_term<TieKind>(std::string(40, 'f')));
    EXPECT_EQ(parse_term<TieKind>("\tVRIJWILLIGERSHULP \r"), TieKind::volunteer_help);
}

TEST(Vocabulary, SupportLetters) {
    EXPECT_EQ(SupportTypes::parse("e, p")->letters(), "PE");
    EXPECT_EQ(SupportTypes::parse("GAPE")->count(), 4);
    EXPECT_TRUE(SupportTypes::parse("")->empty());
    EXPECT_FALSE(SupportTypes::parse("PX"));
}

}  // namespace
}  // namespace wijknet
