// SPDX-License-Identifier: MIT
// Layout invariants on generated ego networks of 0 to 80 contacts, in every sector scheme.
#include "wijknet/render/ecomap_layout.hpp"

#include <gtest/gtest.h>

#include <cmath>

#include "wijknet/model/ego_network.hpp"

namespace wijknet::render {
namespace {

constexpr double pi = 3.14159265358979323846;

/// A client with `contacts` contacts of every kind, strength and closeness, in a fixed mix.
Network generated_ego(int contacts) {
    Network network;
    network.add_actor({.id = "ego", .name = "Cliënt Centraal", .kind = ActorKind::resident, .is_client = true});
    const TieKind kinds[] = {TieKind::family, TieKind::friendship, TieKind::neighbour, TieKind::colleague,
                             TieKind::volunteer_help, TieKind::care, TieKind::household, TieKind::membership};
    const ActorKind actor_kinds[] = {ActorKind::resident, ActorKind::resident, ActorKind::resident, ActorKind::resident,
                                     ActorKind::volunteer, ActorKind::professional, ActorKind::resident, ActorKind::group};
    for (int i = 0; i < contacts; ++i) {
        const int k = (i * 5 + i / 3) % 8;
        Actor actor{.id = "c" + std::to_string(i),
                    .name = std::string(i % 4 == 0 ? "Mevrouw " : "") + "Contact" + std::to_string(i) + (i % 3 ? " Achternaam" : ""),
                    .kind = actor_kinds[k]};
        actor.is_client = i % 11 == 0;
        const auto index = network.add_actor(actor);
        Tie tie;
        tie.source = ActorIndex{std::size_t{0}};
        tie.target = index;
        tie.kind = kinds[k];
        tie.strength = static_cast<Strength>(i % 3);
        if (i % 7 == 0) tie.closeness = static_cast<Closeness>(i % 3);
        network.add_tie(tie);
        if (i > 0 && i % 4 == 0) {  // some contacts know each other
            Tie among;
            among.source = index;
            among.target = ActorIndex{static_cast<std::size_t>(i)};
            among.kind = TieKind::friendship;
            network.add_tie(among);
        }
    }
    return network;
}

EcomapLayoutOptions options_for(SectorScheme scheme) {
    EcomapLayoutOptions options;
    options.scheme = scheme;
    options.measure_label = [](std::string_view text) {
        return TextExtent{5.5 * static_cast<double>(text.size()), 11.0};
    };
    return options;
}

double normalised(double angle) {
    while (angle < 0) angle += 2 * pi;
    while (angle >= 2 * pi) angle -= 2 * pi;
    return angle;
}

bool within_span(double angle, double start, double end) {
    const double a = normalised(angle - start);
    return a <= (end - start) + 1e-9;
}

struct Case {
    int contacts;
    SectorScheme scheme;
};

void PrintTo(const Case& c, std::ostream* out) { *out << c.contacts << " contacts, " << name_of(c.scheme); }

class EcomapLayoutInvariants : public ::testing::TestWithParam<Case> {};

TEST_P(EcomapLayoutInvariants, Hold) {
    const auto [count, scheme] = GetParam();
    const Network network = generated_ego(count);
    const auto view = ego_network(network, ActorIndex{std::size_t{0}});
    const auto options = options_for(scheme);
    const auto layout = layout_ecomap(network, view, options);

    ASSERT_EQ(layout.contacts.size(), static_cast<std::size_t>(count)) << "every contact placed";
    EXPECT_EQ(layout.sectors.size(), sectors_of(scheme).size());

    for (const auto& contact : layout.contacts) {
        const auto& sector = layout.sectors[contact.sector];
        const double angle = std::atan2(contact.centre.y, contact.centre.x);
        EXPECT_TRUE(within_span(angle, sector.start_angle, sector.end_angle)) << contact.label_text << " outside its sector";
        const double r = std::hypot(contact.centre.x, contact.centre.y);
        const int ring = static_cast<int>(contact.ring);
        const double inner = ring == 0 ? layout.inner_radius : layout.ring_radius[static_cast<std::size_t>(ring - 1)];
        EXPECT_GE(r, inner - 1e-9) << contact.label_text << " inside its ring";
        EXPECT_LE(r, layout.ring_radius[static_cast<std::size_t>(ring)] + 1e-9) << contact.label_text << " outside its ring";
        EXPECT_FALSE(contact.label.overlaps(layout.ego_label)) << contact.label_text;
    }
    for (std::size_t i = 0; i < layout.contacts.size(); ++i) {
        const auto& a = layout.contacts[i];
        for (std::size_t j = 0; j < layout.contacts.size(); ++j) {
            const auto& b = layout.contacts[j];
            const Rect symbol{b.centre.x - b.symbol_radius, b.centre.y - b.symbol_radius, 2 * b.symbol_radius,
                              2 * b.symbol_radius};
            EXPECT_FALSE(a.label.overlaps(symbol)) << a.label_text << " covers the symbol of " << b.label_text;
            if (j <= i) continue;
            EXPECT_FALSE(a.label.overlaps(b.label)) << a.label_text << " / " << b.label_text;
            EXPECT_GE(std::hypot(a.centre.x - b.centre.x, a.centre.y - b.centre.y), options.min_contact_distance);
        }
    }
    // Sector names cover no contact.
    for (const auto& sector : layout.sectors) {
        for (const auto& contact : layout.contacts)
            EXPECT_GT(std::hypot(sector.label_anchor.x, sector.label_anchor.y), std::hypot(contact.centre.x, contact.centre.y));
    }
}

std::vector<Case> cases() {
    std::vector<Case> all;
    for (const int n : {0, 1, 5, 20, 40, 60, 80})
        for (const auto scheme : {SectorScheme::wijknet, SectorScheme::pantucek, SectorScheme::lensink})
            all.push_back({n, scheme});
    return all;
}

INSTANTIATE_TEST_SUITE_P(Generated, EcomapLayoutInvariants, ::testing::ValuesIn(cases()), [](const auto& test_param) {
    return std::to_string(test_param.param.contacts) + "_" + std::string(name_of(test_param.param.scheme));
});

TEST(EcomapLayout, EmptySectorsShrinkCrowdedOnesWiden) {
    const Network network = generated_ego(30);
    const auto layout = layout_ecomap(network, ego_network(network, ActorIndex{std::size_t{0}}), options_for(SectorScheme::wijknet));
    double widest_empty = 0, narrowest_full = 10;
    for (const auto& sector : layout.sectors) {
        const double span = sector.end_angle - sector.start_angle;
        if (sector.contacts == 0) widest_empty = std::max(widest_empty, span);
        else narrowest_full = std::min(narrowest_full, span);
    }
    EXPECT_LT(widest_empty, narrowest_full);
    double sum = 0;
    for (const auto& sector : layout.sectors) sum += sector.end_angle - sector.start_angle;
    EXPECT_NEAR(sum, 2 * pi, 1e-9);
}

TEST(EcomapLayout, IsDeterministic) {
    const Network network = generated_ego(40);
    const auto view = ego_network(network, ActorIndex{std::size_t{0}});
    const auto a = layout_ecomap(network, view, options_for(SectorScheme::pantucek));
    const auto b = layout_ecomap(network, view, options_for(SectorScheme::pantucek));
    ASSERT_EQ(a.contacts.size(), b.contacts.size());
    for (std::size_t i = 0; i < a.contacts.size(); ++i) {
        EXPECT_EQ(a.contacts[i].actor, b.contacts[i].actor);
        EXPECT_EQ(a.contacts[i].centre, b.contacts[i].centre);
    }
}

TEST(SectorScheme, AssignsContactsAsEachSchemeDefines) {
    Network network;
    const auto ego = network.add_actor({.id = "e", .name = "E", .kind = ActorKind::resident, .is_client = true});
    const auto neighbour = network.add_actor({.id = "n", .name = "N", .kind = ActorKind::resident});
    const auto fellow = network.add_actor({.id = "f", .name = "F", .kind = ActorKind::resident, .is_client = true});
    const auto pro = network.add_actor({.id = "p", .name = "P", .kind = ActorKind::professional});
    const auto tie = [&](ActorIndex other, TieKind kind) {
        Tie t;
        t.source = ego;
        t.target = other;
        t.kind = kind;
        return std::vector<TieIndex>{network.add_tie(t)};
    };
    const auto to_neighbour = tie(neighbour, TieKind::neighbour);
    const auto to_fellow = tie(fellow, TieKind::friendship);
    const auto to_pro = tie(pro, TieKind::care);
    const auto key = [](SectorScheme scheme, std::size_t index) { return sectors_of(scheme)[index].key; };
    EXPECT_EQ(key(SectorScheme::wijknet, sector_of(SectorScheme::wijknet, network, neighbour, to_neighbour)), "neighbourhood");
    EXPECT_EQ(key(SectorScheme::pantucek, sector_of(SectorScheme::pantucek, network, neighbour, to_neighbour)), "friends");
    EXPECT_EQ(key(SectorScheme::lensink, sector_of(SectorScheme::lensink, network, fellow, to_fellow)), "medeclienten");
    EXPECT_EQ(key(SectorScheme::lensink, sector_of(SectorScheme::lensink, network, neighbour, to_neighbour)), "samenleving");
    EXPECT_EQ(key(SectorScheme::wijknet, sector_of(SectorScheme::wijknet, network, pro, to_pro)), "formal_care");
    EXPECT_EQ(key(SectorScheme::pantucek, sector_of(SectorScheme::pantucek, network, pro, to_pro)), "professionals");
    EXPECT_EQ(key(SectorScheme::lensink, sector_of(SectorScheme::lensink, network, pro, to_pro)), "professionals");
}

TEST(EcomapLayout, RingFromClosenessElseStrength) {
    Network network;
    const auto a = network.add_actor({.id = "a", .name = "A"});
    const auto b = network.add_actor({.id = "b", .name = "B"});
    Tie strong;
    strong.source = a;
    strong.target = b;
    strong.strength = Strength::strong;
    const auto t1 = network.add_tie(strong);
    EXPECT_EQ(ring_of(network, std::vector<TieIndex>{t1}), Closeness::close);
    Tie far_but_strong = strong;
    far_but_strong.closeness = Closeness::far;
    const auto t2 = network.add_tie(far_but_strong);
    EXPECT_EQ(ring_of(network, std::vector<TieIndex>{t2}), Closeness::far) << "the explicit ring wins";
}

}  // namespace
}  // namespace wijknet::render
