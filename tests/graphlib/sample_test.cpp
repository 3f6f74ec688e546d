// SPDX-License-Identifier: MIT
// The sample town carries the seeds' stories; the demo and the docs rely on them being there.
#include <gtest/gtest.h>

#include <set>

#include "wijknet/analysis/network_summary.hpp"
#include "wijknet/model/ego_network.hpp"
#include "wijknet/samples/zonnedal.hpp"

namespace wijknet {
namespace {

class Sample : public ::testing::Test {
protected:
    static inline const Network network = samples::zonnedal_network();

    ActorIndex actor(const char* id) const {
        const auto index = network.find_actor(id);
        EXPECT_TRUE(index) << id;
        return index.value_or(ActorIndex{std::size_t{0}});
    }
    std::vector<ActorIndex> contacts(ActorIndex ego) const {
        std::vector<ActorIndex> result;
        for (const auto& member : ego_network(network, ego).members)
            if (member.distance == 1) result.push_back(member.actor);
        return result;
    }
};

TEST_F(Sample, IsATownOfTheRequiredSize) {
    const auto summary = summarise(network);
    EXPECT_GE(summary.actors_by_kind.at(ActorKind::resident), 300u);
    EXPECT_GE(summary.actors_by_kind.at(ActorKind::professional), 12u);
    EXPECT_EQ(summary.actors_by_kind.at(ActorKind::organisation), 5u);
    EXPECT_GE(summary.actors_by_kind.at(ActorKind::volunteer), 5u);
    EXPECT_GE(summary.actors_by_kind.at(ActorKind::place), 1u);
    EXPECT_GE(summary.actors_by_kind.at(ActorKind::group), 1u);
    ASSERT_TRUE(summary.first_date && summary.last_date);
    EXPECT_GE(summary.last_date->days_since_epoch() - summary.first_date->days_since_epoch(), 600)
        << "ties dated over about two years";
}

TEST_F(Sample, ManWithFiveProfessionalsFromFiveOrganisationsWhoDoNotKnowEachOther) {
    std::set<std::string> organisations;
    std::vector<ActorIndex> professionals;
    for (const auto contact : contacts(actor("c-five-pros"))) {
        const Actor& a = network.actor(contact);
        if (a.kind != ActorKind::professional) continue;
        professionals.push_back(contact);
        organisations.insert(a.organisation);
    }
    EXPECT_EQ(professionals.size(), 5u);
    EXPECT_EQ(organisations.size(), 5u);
    for (const auto p : professionals)
        for (const auto index : network.ties_of(p)) {
            const Tie& tie = network.tie(index);
            if (tie.kind != TieKind::collaboration) continue;
            EXPECT_EQ(std::count(professionals.begin(), professionals.end(), tie.other(p)), 0)
                << network.actor(p).id << " collaborates with " << network.actor(tie.other(p)).id;
        }
}

TEST_F(Sample, YoungPersonWhoseOnlyContactsAreProfessionals) {
    const auto young = actor("c-young-pros-only");
    ASSERT_FALSE(network.ties_of(young).empty());
    for (const auto index : network.ties_of(young)) EXPECT_EQ(network.tie(index).formality(), Formality::formal);
}

TEST_F(Sample, CarerHelpedByRotatingNeighbours) {
    std::size_t ended = 0, later = 0;
    for (const auto index : network.ties_of(actor("c-carer"))) {
        const Tie& tie = network.tie(index);
        if (tie.kind != TieKind::neighbour && tie.kind != TieKind::volunteer_help) continue;
        if (tie.until) ++ended;
        if (tie.since && *tie.since > Date::from_ymd(2024, 6, 1)) ++later;
    }
    EXPECT_GE(ended, 2u) << "helpers who stopped";
    EXPECT_GE(later, 2u) << "helpers who came later";
}

TEST_F(Sample, SeveralResidentsWithoutAnyInformalTie) {
    std::size_t without_informal = 0;
    for (std::size_t i = 0; i < network.actor_count(); ++i) {
        const ActorIndex index{i};
        if (network.actor(index).kind != ActorKind::resident) continue;
        bool informal = false;
        for (const auto tie : network.ties_of(index)) informal = informal || network.tie(tie).formality() == Formality::informal;
        without_informal += informal ? 0 : 1;
    }
    EXPECT_GE(without_informal, 5u);
}

}  // namespace
}  // namespace wijknet
