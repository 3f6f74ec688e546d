// SPDX-License-Identifier: MIT
// The analyses on small networks drawn as text, where every answer can be worked out by hand.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>

#include "wijknet/analysis/change.hpp"
#include "wijknet/analysis/contact_graph.hpp"
#include "wijknet/analysis/coordination.hpp"
#include "wijknet/analysis/ego_measures.hpp"
#include "wijknet/analysis/isolation.hpp"
#include "wijknet/analysis/structure.hpp"
#include "wijknet/io/csv_pair.hpp"
#include "wijknet/samples/zonnedal.hpp"

namespace wijknet {
namespace {

// Clara (client) with her partner Hans (strong, mutual P/G/E), her friend Frits (weak, gives A),
// neighbour Nel (stressful, gives P), and two professionals from two organisations who do not
// work together. Hans and Frits know each other. Xander has only a professional; Yvonne has no one;
// Wim cares alone for Vera (P/E from him only).
Network clara() {
    return read_csv_pair_text(
        "id,name,kind,client,organisation,area\n"
        "c,Clara,resident,yes,,BU1\n"
        "h,Hans,resident,,,BU1\n"
        "f,Frits,resident,,,BU1\n"
        "n,Nel,resident,,,BU2\n"
        "p1,Pim,professional,,o1,\n"
        "p2,Paula,professional,,o2,\n"
        "o1,Wijkteam,organisation,,,\n"
        "o2,Thuiszorg,organisation,,,\n"
        "x,Xander,resident,yes,,BU2\n"
        "y,Yvonne,resident,,,BU2\n"
        "w,Wim,resident,,,BU1\n"
        "v,Vera,resident,yes,,BU1\n",
        "source,target,kind,strength,valence,direction,support,frequency,since,until\n"
        "c,h,household,strong,supportive,both,PGE,daily,2020-01-01,\n"
        "f,c,friend,weak,,to_target,A,monthly,2020-01-01,2024-12-31\n"
        "n,c,neighbour,normal,stressful,to_target,P,weekly,2025-03-01,\n"
        "h,f,friend,normal,,,,,,\n"
        "p1,c,care,,,to_target,A,weekly,2024-01-01,\n"
        "p2,c,care,,,to_target,P,daily,2024-01-01,\n"
        "p1,x,care,,,to_target,A,monthly,2024-01-01,\n"
        "p2,x,care,,,to_target,P,monthly,2024-01-01,\n"
        "w,v,family,strong,,to_target,PE,daily,2020-01-01,\n",
        "actors.csv", "ties.csv");
}

ActorIndex at(const Network& network, const char* id) { return *network.find_actor(id); }

TEST(EgoMeasures, SupportCompositionAndFlags) {
    const Network network = clara();
    EgoMeter meter(network, {});
    const auto m = meter.measure(at(network, "c"));
    EXPECT_EQ(m.contacts, 5u);
    EXPECT_EQ(m.informal_contacts, 3u);
    EXPECT_EQ(m.formal_contacts, 2u);
    EXPECT_EQ(m.by_domain.at(LifeDomain::household_family), 1u);
    EXPECT_EQ(m.by_domain.at(LifeDomain::formal_care), 2u);
    EXPECT_EQ(m.givers[static_cast<int>(SupportType::practical)].size(), 3u) << "Hans, Nel, Paula";
    EXPECT_EQ(m.givers[static_cast<int>(SupportType::emotional)].size(), 1u) << "Hans only";
    EXPECT_EQ(m.missing_support(), std::vector<SupportType>{});
    EXPECT_EQ(m.single_source_support(),
              (std::vector<SupportType>{SupportType::company, SupportType::emotional}));
    EXPECT_EQ(m.supported_by, 5u);
    EXPECT_EQ(m.supports, 1u) << "only Hans is supported back";
    EXPECT_EQ(m.mutual, 1u);
    EXPECT_EQ(m.good_contacts, 1u) << "Frits is weak, Nel stressful";
    EXPECT_TRUE(m.few_good_contacts);
    EXPECT_FALSE(m.only_professionals);
    EXPECT_DOUBLE_EQ(m.density, 1.0 / 10.0) << "Hans-Frits among 5 contacts";
    EXPECT_EQ(m.contact_components, 4u);
    // Burt on the contact graph: 5 contacts, one pair tied: effective size 5 - 2*1/5.
    EXPECT_DOUBLE_EQ(m.holes.effective_size, 4.6);
}

TEST(EgoMeasures, OnADateAndOnlyProfessionals) {
    const Network network = clara();
    EgoMeter in_2024(network, {.at = Date::parse("2024-06-01")});
    const auto m = in_2024.measure(at(network, "c"));
    EXPECT_EQ(m.contacts, 4u) << "Nel came in 2025";
    EgoMeter meter(network, {});
    const auto x = meter.measure(at(network, "x"));
    EXPECT_TRUE(x.only_professionals);
    EXPECT_EQ(x.missing_support(), (std::vector<SupportType>{SupportType::company, SupportType::emotional}));
    const auto y = meter.measure(at(network, "y"));
    EXPECT_EQ(y.contacts, 0u);
    EXPECT_FALSE(y.only_professionals);
    EXPECT_TRUE(std::isnan(y.density));
}

// A plain imported graph has ties of unspecified kind. Counted as formal, they made every
// contact in networkx's karate club a professional ("only professionals", 16 formal contacts).
Network resident_with_unknown_ties() {
    return read_csv_pair_text("id,name,kind\nr,R,resident\na,A,unspecified\nb,B,unspecified\np,P,professional\nq,Q,resident\n",
                              "source,target,kind\nr,a,\nr,b,\nq,p,care\nq,a,\n", "actors.csv", "ties.csv");
}

TEST(EgoMeasures, ContactsOfUnspecifiedKindAreNeitherFormalNorInformal) {
    const Network network = resident_with_unknown_ties();
    EgoMeter meter(network, {.min_good_contacts = 2});
    const auto r = meter.measure(at(network, "r"));
    EXPECT_EQ(r.contacts, 2u);
    EXPECT_EQ(r.informal_contacts, 0u);
    EXPECT_EQ(r.formal_contacts, 0u);
    EXPECT_EQ(r.unknown_kind_contacts, 2u);
    EXPECT_FALSE(r.only_professionals);
    EXPECT_FALSE(r.few_good_contacts) << "both contacts may be good ones";
    const auto q = meter.measure(at(network, "q"));
    EXPECT_EQ(q.formal_contacts, 1u) << "a care tie is formal";
    EXPECT_EQ(q.unknown_kind_contacts, 1u);
    EXPECT_FALSE(q.only_professionals) << "one contact may be informal";
}

TEST(Isolation, NoFlagIsRaisedOnAGuessAboutUnspecifiedTies) {
    const Network network = resident_with_unknown_ties();
    const auto flags = isolated_residents(network, {.min_good_contacts = 2});
    for (const auto& flag : flags) {
        const auto& reasons = flag.reasons;
        const auto has = [&reasons](IsolationReason reason) { return std::find(reasons.begin(), reasons.end(), reason) != reasons.end(); };
        EXPECT_FALSE(has(IsolationReason::no_informal_tie)) << network.actor(flag.resident).id;
        EXPECT_FALSE(has(IsolationReason::only_professional_contacts)) << network.actor(flag.resident).id;
        // r's two contacts may both be good; q has one that may be, and a professional.
        const bool is_r = network.actor(flag.resident).id == "r";
        EXPECT_EQ(has(IsolationReason::few_good_contacts), !is_r) << network.actor(flag.resident).id;
        EXPECT_EQ(flag.unknown_kind_contacts, is_r ? 2u : 1u);
    }
}

TEST(Isolation, ReasonsAndRanking) {
    const Network network = clara();
    const auto flags = isolated_residents(network, {.inactive_since = Date::parse("2025-01-01")});
    const auto find = [&](const char* id) {
        for (const auto& flag : flags)
            if (network.actor(flag.resident).id == id) return flag;
        ADD_FAILURE() << id << " not flagged";
        return IsolationFlag{};
    };
    using R = IsolationReason;
    EXPECT_EQ(find("x").reasons,
              (std::vector<R>{R::no_informal_tie, R::only_professional_contacts, R::few_good_contacts, R::no_emotional_support}));
    EXPECT_EQ(find("y").reasons,
              (std::vector<R>{R::no_informal_tie, R::no_recent_tie, R::few_good_contacts, R::no_emotional_support}));
    const auto wim = find("w");
    EXPECT_EQ(wim.sole_carer_of, at(network, "v"));
    EXPECT_NE(std::find(wim.reasons.begin(), wim.reasons.end(), R::sole_carer), wim.reasons.end());
    EXPECT_EQ(network.actor(flags.front().resident).id, "x") << "no informal tie and only professionals ranks first";
    EXPECT_EQ(network.actor(flags[1].resident).id, "y");
}

TEST(Isolation, EqualRanksAreListedById) {
    // Residents without ties rank alike; ids that share their first eight characters or more,
    // or are shorter, still come in the order of the text.
    const std::vector<std::string> ids{"bewoner-0010", "bewoner-0002", "bewoner", "b", "bewoner-00021", "Z", "bewoner-0001"};
    std::string actors = "id,name,kind\n";
    for (const auto& id : ids) actors += id + ",Iemand,resident\n";
    const Network network = read_csv_pair_text(actors, "source,target,kind\n", "a", "t");
    std::vector<std::string> listed;
    for (const auto& flag : isolated_residents(network)) listed.push_back(network.actor(flag.resident).id);
    auto expected = ids;
    std::sort(expected.begin(), expected.end());
    EXPECT_EQ(listed, expected);
}

TEST(Isolation, CountsPerAreaSuppressSmallNumbersButNotZero) {
    const Network network = clara();
    const auto flags = isolated_residents(network);
    const auto areas = isolation_by_area(network, flags, {.min_cell = 3});
    ASSERT_EQ(areas.size(), 2u) << "professionals and organisations are not counted";
    const auto& bu1 = areas[0];
    EXPECT_EQ(bu1.area, "BU1");
    EXPECT_EQ(bu1.residents.value(), 5u);
    EXPECT_TRUE(bu1.without_informal_tie.value() == 0u) << "zero points at no one and is shown";
    const auto& bu2 = areas[1];
    EXPECT_EQ(bu2.residents.value(), 3u);
    EXPECT_TRUE(bu2.without_informal_tie.suppressed()) << "2 residents without informal ties is below 3";
    EXPECT_FALSE(bu2.share_without_informal_tie);
}

// A quarter of a million residents are counted in pieces on every core: runs of one area (as
// files list a household or a street together), areas coming back later, and professionals
// between them, add up to the counts one by one.
TEST(Isolation, CountsPerAreaOfManyResidentsAddUpAcrossPieces) {
    const std::vector<std::string> areas{"BU01", "BU02", "", "BU03", "BU0300", "BU04"};
    std::vector<Actor> actors;
    std::map<std::string, std::size_t> expected;
    for (std::size_t i = 0; actors.size() < 250'000; ++i) {
        const std::string& area = areas[(i * 7 + i / 13) % areas.size()];
        for (std::size_t k = 0; k < 1 + i % 9; ++k) {
            const bool professional = (actors.size() % 17) == 0;
            actors.push_back({.id = "a" + std::to_string(actors.size()),
                              .kind = professional ? ActorKind::professional : ActorKind::resident,
                              .location = {.point = std::nullopt, .area_code = area}});
            if (!professional) ++expected[area];
        }
    }
    Network network;
    ASSERT_TRUE(network.add_actors(std::move(actors)).empty());
    const auto flags = isolated_residents(network);
    const auto counted = isolation_by_area(network, flags, {.min_cell = 1});
    ASSERT_EQ(counted.size(), expected.size());
    for (const auto& area : counted) {
        EXPECT_EQ(area.residents.value(), expected.at(area.area)) << area.area;
        EXPECT_EQ(area.without_informal_tie.value(), expected.at(area.area)) << "no one has a tie";
        EXPECT_EQ(area.flagged.value(), expected.at(area.area)) << area.area;
    }
}


TEST(SmallNumbers, SuppressionAndRounding) {
    const CountPolicy policy{.min_cell = 10, .round_to_5 = true};
    EXPECT_TRUE(PublishedCount::publish(9, policy).suppressed());
    EXPECT_EQ(PublishedCount::publish(0, policy).value(), 0u);
    EXPECT_EQ(PublishedCount::publish(12, policy).value(), 10u);
    EXPECT_EQ(PublishedCount::publish(13, policy).value(), 15u);
    EXPECT_FALSE(published_share(3, 50, policy));
    EXPECT_DOUBLE_EQ(*published_share(10, 50, policy), 0.2);
}

TEST(Coordination, FragmentedCareAndTheAgenda) {
    const Network network = clara();
    const auto care = coordinate_care(network, at(network, "c"));
    EXPECT_EQ(care.professionals.size(), 2u);
    EXPECT_EQ(care.organisations, (std::vector<std::string>{"o1", "o2"}));
    EXPECT_EQ(care.connected_pairs, 0u);
    EXPECT_DOUBLE_EQ(care.fragmentation, 1.0);
    EXPECT_EQ(care.groups, 2u);
    EXPECT_EQ(care.suggested_coordinator, at(network, "p2")) << "sees Clara daily";
    const auto agenda = coordination_agenda(network);
    ASSERT_EQ(agenda.size(), 1u);
    EXPECT_EQ(agenda[0].first, "o1");
    EXPECT_EQ(agenda[0].second, "o2");
    EXPECT_EQ(agenda[0].shared_clients, 2u) << "Clara and Xander";
}

TEST(Coordination, TheSampleManWithFiveProfessionals) {
    const Network network = samples::zonnedal_network();
    const auto care = coordinate_care(network, at(network, "c-five-pros"));
    EXPECT_EQ(care.professionals.size(), 5u);
    EXPECT_EQ(care.organisations.size(), 5u);
    EXPECT_DOUBLE_EQ(care.fragmentation, 1.0);
    EXPECT_EQ(care.groups, 5u);
    ASSERT_TRUE(care.suggested_coordinator);
    EXPECT_NE(care.reason.find("none of the 5 professionals work together"), std::string::npos) << care.reason;
}

TEST(Change, GainedLostAndTheFormalInformalShift) {
    const Network network = clara();
    const auto change = change_between(network, *Date::parse("2024-06-01"), *Date::parse("2025-06-01"));
    EXPECT_EQ(change.whole.gained, 1u) << "Nel";
    EXPECT_EQ(change.whole.lost, 1u) << "Frits";
    EXPECT_EQ(change.by_client.at(at(network, "c")).gained, 1u);
    EXPECT_EQ(change.whole.formal_before, 4u);
    EXPECT_EQ(change.whole.formal_after, 4u);
    EXPECT_EQ(change.whole.informal_before, 4u) << "Clara-Hans, Frits-Clara, Hans-Frits, Wim-Vera";
    EXPECT_EQ(change.whole.informal_after, 4u) << "Frits gone, Nel came";
    EXPECT_EQ(change.by_area.at("BU2").gained, 1u) << "Nel lives in BU2";
}

TEST(Gatekeepers, TheOnePersonOnEveryPathToAProfessional) {
    // r1 - v - r2 - p ; r3 - p and r3 - r4 - p (two routes); r5 alone.
    const Network network = read_csv_pair_text(
        "id,name,kind\nr1,R1,resident\nv,V,volunteer\nr2,R2,resident\np,P,professional\nr3,R3,resident\n"
        "r4,R4,resident\nr5,R5,resident\n",
        "source,target,kind\nr1,v,volunteer_help\nv,r2,friend\nr2,p,care\nr3,p,care\nr3,r4,friend\nr4,p,care\n",
        "a", "t");
    const auto result = gatekeepers_to_professionals(network, contact_graph(network));
    EXPECT_EQ(result.of_actor[at(network, "r1").value()], at(network, "v"));
    EXPECT_EQ(result.of_actor[at(network, "v").value()], at(network, "r2"));
    EXPECT_FALSE(result.of_actor[at(network, "r2").value()]) << "tied to the professional directly";
    EXPECT_FALSE(result.of_actor[at(network, "r3").value()]);
    EXPECT_FALSE(result.of_actor[at(network, "r4").value()]);
    EXPECT_EQ(result.no_route, std::vector<ActorIndex>{at(network, "r5")});
}

}  // namespace
}  // namespace wijknet
