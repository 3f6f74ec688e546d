// SPDX-License-Identifier: MIT
// The ecomap layout: invariants on generated ego networks of 0 to 80 contacts in every sector
// scheme, and each scheme's sectors on hand-made cases. Text sizes come from a fake measure.
#include "wijknet/render/ecomap_layout.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

#include "wijknet/model/ego_network.hpp"

namespace wijknet::render {
namespace {

constexpr double pi = 3.14159265358979323846;
const ActorIndex ego_index{std::size_t{0}};

/// A client with `contacts` contacts of every kind, strength and closeness, in a fixed mix, some
/// of whom know each other.
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
        tie.source = ego_index;
        tie.target = index;
        tie.kind = kinds[k];
        tie.strength = static_cast<Strength>(i % 3);
        if (i % 7 == 0) tie.closeness = static_cast<Closeness>(i % 3);
        network.add_tie(tie);
        if (i > 0 && i % 4 == 0) {
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
    options.measure_label = [](std::string_view text) { return TextExtent{5.5 * static_cast<double>(text.size()), 11.0}; };
    return options;
}

EcomapLayout layout_of(const Network& network, SectorScheme scheme, const EgoOptions& ego = {}) {
    return layout_ecomap(network, ego_network(network, ego_index, ego), options_for(scheme));
}

Rect symbol_of(Point centre, double radius) { return {centre.x - radius, centre.y - radius, 2 * radius, 2 * radius}; }

bool contains(const Rect& outer, const Rect& inner) {
    constexpr double e = 1e-9;
    return inner.x >= outer.x - e && inner.y >= outer.y - e && inner.x + inner.width <= outer.x + outer.width + e &&
           inner.y + inner.height <= outer.y + outer.height + e;
}

/// Angle of `angle` past `start`, in [0, 2 pi).
double past(double angle, double start) {
    double a = std::fmod(angle - start, 2 * pi);
    return a < 0 ? a + 2 * pi : a;
}

/// Distance from `p` to the client's line to `end` (the client sits at the origin).
double distance_to_line(Point p, Point end) {
    const double t = std::clamp((p.x * end.x + p.y * end.y) / (end.x * end.x + end.y * end.y), 0.0, 1.0);
    return std::hypot(p.x - t * end.x, p.y - t * end.y);
}

struct Case {
    int contacts;
    SectorScheme scheme;
};

void PrintTo(const Case& c, std::ostream* out) { *out << c.contacts << " contacts, " << name_of(c.scheme); }

class EcomapLayoutInvariants : public ::testing::TestWithParam<Case> {};

TEST_P(EcomapLayoutInvariants, ContactsStayInTheirSectorAndRing) {
    const auto [count, scheme] = GetParam();
    const auto layout = layout_of(generated_ego(count), scheme);
    ASSERT_EQ(layout.contacts.size(), static_cast<std::size_t>(count)) << "every contact placed";
    ASSERT_EQ(layout.sectors.size(), sectors_of(scheme).size());
    EXPECT_EQ(layout.centre, (Point{0, 0}));
    for (const auto& contact : layout.contacts) {
        const auto& sector = layout.sectors[contact.sector];
        const double r = std::hypot(contact.centre.x, contact.centre.y);
        const double margin = std::asin(contact.symbol_radius / r);  // the whole symbol, not just its centre
        const double angle = std::atan2(contact.centre.y, contact.centre.x);
        EXPECT_GE(past(angle, sector.start_angle), margin) << contact.label_text << " crosses its sector's start";
        EXPECT_LE(past(angle, sector.start_angle), sector.end_angle - sector.start_angle - margin)
            << contact.label_text << " crosses its sector's end";
        const auto ring = static_cast<std::size_t>(contact.ring);
        const double inner = ring == 0 ? layout.inner_radius : layout.ring_radius[ring - 1];
        EXPECT_GE(r - contact.symbol_radius, inner) << contact.label_text << " reaches into the ring inside its own";
        EXPECT_LE(r + contact.symbol_radius, layout.ring_radius[ring]) << contact.label_text << " reaches out of its ring";
    }
}

TEST_P(EcomapLayoutInvariants, NothingOverlaps) {
    const auto [count, scheme] = GetParam();
    const auto options = options_for(scheme);
    const auto layout = layout_of(generated_ego(count), scheme);
    const Rect ego_symbol = symbol_of(layout.centre, layout.ego_radius);
    for (std::size_t i = 0; i < layout.contacts.size(); ++i) {
        const auto& a = layout.contacts[i];
        const Rect a_symbol = symbol_of(a.centre, a.symbol_radius);
        EXPECT_FALSE(a.label.overlaps(ego_symbol)) << a.label_text << " covers the client";
        EXPECT_FALSE(a.label.overlaps(layout.ego_label)) << a.label_text << " covers the client's name";
        EXPECT_FALSE(a_symbol.overlaps(layout.ego_label)) << a.label_text << " sits on the client's name";
        for (std::size_t j = 0; j < layout.contacts.size(); ++j) {
            const auto& b = layout.contacts[j];
            EXPECT_FALSE(a.label.overlaps(symbol_of(b.centre, b.symbol_radius)))
                << a.label_text << " covers the symbol of " << b.label_text;
            if (j <= i) continue;
            EXPECT_FALSE(a.label.overlaps(b.label)) << a.label_text << " / " << b.label_text;
            EXPECT_GE(std::hypot(a.centre.x - b.centre.x, a.centre.y - b.centre.y), options.min_contact_distance)
                << a.label_text << " / " << b.label_text;
        }
        for (const auto& sector : layout.sectors) {
            EXPECT_FALSE(sector.label.overlaps(a.label)) << sectors_of(scheme)[sector.definition].key << " / " << a.label_text;
            EXPECT_FALSE(sector.label.overlaps(a_symbol)) << sectors_of(scheme)[sector.definition].key << " / " << a.label_text;
        }
    }
    for (std::size_t s = 0; s < layout.sectors.size(); ++s)
        for (std::size_t t = s + 1; t < layout.sectors.size(); ++t)
            EXPECT_FALSE(layout.sectors[s].label.overlaps(layout.sectors[t].label)) << "sector names " << s << " and " << t;
}

TEST_P(EcomapLayoutInvariants, BoundsHoldEverything) {
    const auto [count, scheme] = GetParam();
    const auto layout = layout_of(generated_ego(count), scheme);
    const double far = layout.ring_radius[2];
    EXPECT_TRUE(contains(layout.bounds, {-far, -far, 2 * far, 2 * far}));
    EXPECT_TRUE(contains(layout.bounds, layout.ego_label));
    for (const auto& contact : layout.contacts) {
        EXPECT_TRUE(contains(layout.bounds, contact.label)) << contact.label_text;
        EXPECT_TRUE(contains(layout.bounds, symbol_of(contact.centre, contact.symbol_radius))) << contact.label_text;
    }
    for (const auto& sector : layout.sectors) EXPECT_TRUE(contains(layout.bounds, sector.label));
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
    for (const auto scheme : {SectorScheme::wijknet, SectorScheme::pantucek, SectorScheme::lensink}) {
        const auto layout = layout_of(generated_ego(30), scheme);
        double widest_empty = 0, narrowest_full = 2 * pi, sum = 0;
        std::size_t most = 0;
        double widest = 0;
        for (const auto& sector : layout.sectors) {
            const double span = sector.end_angle - sector.start_angle;
            sum += span;
            if (sector.contacts == 0) widest_empty = std::max(widest_empty, span);
            else narrowest_full = std::min(narrowest_full, span);
            if (sector.contacts > most) {
                most = sector.contacts;
                widest = span;
            }
        }
        EXPECT_LT(widest_empty, narrowest_full) << name_of(scheme);
        for (const auto& sector : layout.sectors) EXPECT_LE(sector.end_angle - sector.start_angle, widest + 1e-9);
        EXPECT_NEAR(sum, 2 * pi, 1e-9);
    }
}

TEST(EcomapLayout, ASectorWithOneContactAmongManyStillHasRoom) {
    Network network = generated_ego(60);
    const auto lone = network.add_actor({.id = "lone", .name = "Enige Collega", .kind = ActorKind::resident});
    Tie tie;
    tie.source = ego_index;
    tie.target = lone;
    tie.kind = TieKind::colleague;
    network.add_tie(tie);
    const auto layout = layout_of(network, SectorScheme::pantucek);
    for (const auto& sector : layout.sectors) {
        if (sector.contacts > 0) {
            EXPECT_GE(sector.end_angle - sector.start_angle, 0.3 - 1e-9) << sectors_of(SectorScheme::pantucek)[sector.definition].key;
        }
    }
}

TEST(EcomapLayout, LabelsSitBesideTheirSymbolAwayFromTheClientsLine) {
    const auto layout = layout_of(generated_ego(40), SectorScheme::wijknet);
    for (const auto& contact : layout.contacts) {
        const Rect& l = contact.label;
        const double dx = std::max({l.x - contact.centre.x, contact.centre.x - (l.x + l.width), 0.0});
        const double dy = std::max({l.y - contact.centre.y, contact.centre.y - (l.y + l.height), 0.0});
        EXPECT_LE(std::hypot(dx, dy), std::sqrt(2.0) * (contact.symbol_radius + 3)) << contact.label_text << " is far from its symbol";
        // The client's line ends at the symbol; sampled along its length, it never enters the name.
        for (double t = 0; t <= 1.0; t += 0.01) {
            const Point p{contact.centre.x * t, contact.centre.y * t};
            EXPECT_FALSE(p.x > l.x && p.x < l.x + l.width && p.y > l.y && p.y < l.y + l.height)
                << "the client's line crosses the name of " << contact.label_text;
        }
    }
}

TEST(EcomapLayout, TheClientsLinesMissOtherSymbolsWhenThereIsRoom) {
    for (const int count : {5, 20})
        for (const auto scheme : {SectorScheme::wijknet, SectorScheme::pantucek, SectorScheme::lensink}) {
            const auto layout = layout_of(generated_ego(count), scheme);
            for (const auto& to : layout.contacts) {
                for (const auto& other : layout.contacts) {
                    if (&to == &other) continue;
                    EXPECT_GE(distance_to_line(other.centre, to.centre), other.symbol_radius)
                        << "the line to " << to.label_text << " runs through " << other.label_text;
                }
            }
        }
}

/// Whether the straight line from the client (at the origin) to `end` passes through `box`.
bool line_crosses(const Rect& box, Point end) {
    constexpr int steps = 400;  // a sampled test, independent of the layout's own clipping
    for (int i = 0; i <= steps; ++i) {
        const double t = static_cast<double>(i) / steps;
        const Point p{end.x * t, end.y * t};
        if (p.x > box.x && p.x < box.x + box.width && p.y > box.y && p.y < box.y + box.height) return true;
    }
    return false;
}

TEST(EcomapLayout, NamesAreRarelyStruckThroughByTheClientsLineToSomeoneElse) {
    // A wish the layout widens a ring for, up to a point: none with room, few in a crowd.
    for (const auto& [count, allowed] : {std::pair{5, 0}, std::pair{10, 0}, std::pair{20, 2}})
        for (const auto scheme : {SectorScheme::wijknet, SectorScheme::pantucek, SectorScheme::lensink}) {
            const auto layout = layout_of(generated_ego(count), scheme);
            int struck = 0;
            for (const auto& named : layout.contacts)
                for (const auto& other : layout.contacts)
                    if (&named != &other && line_crosses(named.label, other.centre)) ++struck;
            EXPECT_LE(struck, allowed) << count << " contacts, scheme " << static_cast<int>(scheme);
        }
}

TEST(EcomapLayout, SectorNamesAreNotCrossedByTheLinesBetweenSectors) {
    for (const int count : {0, 3, 8, 30, 80})
        for (const auto scheme : {SectorScheme::wijknet, SectorScheme::pantucek, SectorScheme::lensink}) {
            const auto layout = layout_of(generated_ego(count), scheme);
            const double reach = layout.ring_radius[2] * sector_divider_reach;
            for (const auto& named : layout.sectors)
                for (const auto& divider : layout.sectors)
                    EXPECT_FALSE(line_crosses(named.label, {reach * std::cos(divider.start_angle), reach * std::sin(divider.start_angle)}))
                        << count << " contacts, scheme " << static_cast<int>(scheme) << ": sector " << named.definition;
        }
}

/// Whether the segment from `a` to `b` passes through `box` (sampled).
bool segment_through(const Rect& box, Point a, Point b) {
    constexpr int steps = 400;
    for (int i = 0; i <= steps; ++i) {
        const double t = static_cast<double>(i) / steps;
        const Point p{a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t};
        if (p.x > box.x && p.x < box.x + box.width && p.y > box.y && p.y < box.y + box.height) return true;
    }
    return false;
}

TEST(EcomapLayout, FewNamesAreCrossedByAnyLineInACrowd) {
    // Lines from the client and lines between contacts. In a crowd the names of the close ring
    // leave too few angles free for every line to the far ring to pass between them: this holds
    // what the layout achieves (the last pass moves crossed names to the least crossed place
    // beside their symbol: 11 to 10 names at 40 contacts, 22 to 20 at 60).
    for (const auto& [count, allowed] : {std::pair{10, 0}, std::pair{20, 1}, std::pair{40, 10}, std::pair{60, 20}}) {
        const Network network = generated_ego(count);
        const auto view = ego_network(network, ego_index, {});
        const auto layout = layout_ecomap(network, view, options_for(SectorScheme::wijknet));
        std::map<ActorIndex, Point> at;
        for (const auto& c : layout.contacts) at[c.actor] = c.centre;
        std::vector<std::pair<Point, Point>> lines;
        for (const auto& c : layout.contacts) lines.push_back({{0, 0}, c.centre});
        for (const auto t : view.ties) {
            const Tie& tie = network.tie(t);
            if (at.count(tie.source) && at.count(tie.target)) lines.push_back({at[tie.source], at[tie.target]});
        }
        int crossed = 0;
        for (const auto& c : layout.contacts) {
            const auto own_end = [&](Point p) { return std::hypot(p.x - c.centre.x, p.y - c.centre.y) < 1e-9; };
            crossed += std::any_of(lines.begin(), lines.end(), [&](const auto& line) {
                if (own_end(line.first) || own_end(line.second)) return false;
                return segment_through(c.label, line.first, line.second);
            });
        }
        EXPECT_LE(crossed, allowed) << count << " contacts";
    }
}

TEST(EcomapLayout, LabelsFaceAwayFromTheClientWhenThereIsRoom) {
    for (const int count : {5, 20}) {
        const auto layout = layout_of(generated_ego(count), SectorScheme::wijknet);
        for (const auto& contact : layout.contacts) {
            const Point middle{contact.label.x + contact.label.width / 2, contact.label.y + contact.label.height / 2};
            EXPECT_GT(std::hypot(middle.x, middle.y), std::hypot(contact.centre.x, contact.centre.y))
                << contact.label_text << "'s name is on the client's side";
        }
    }
}

/// One sector holding `close`, `middle` and `far` contacts: spread evenly, rings would line up.
Network one_sector(int close, int middle, int far) {
    Network network;
    network.add_actor({.id = "ego", .name = "Cliënt", .kind = ActorKind::resident, .is_client = true});
    int n = 0;
    for (const auto& [count, ring] : {std::pair{close, Closeness::close}, {middle, Closeness::middle}, {far, Closeness::far}})
        for (int i = 0; i < count; ++i, ++n) {
            const auto index = network.add_actor({.id = "f" + std::to_string(n), .name = "Familie " + std::to_string(n)});
            Tie tie;
            tie.source = ego_index;
            tie.target = index;
            tie.kind = TieKind::family;
            tie.closeness = ring;
            network.add_tie(tie);
        }
    return network;
}

TEST(EcomapLayout, TheClientsLinesMissOtherSymbolsInOneSectorAcrossRings) {
    for (int close = 1; close <= 4; ++close)
        for (int middle = 0; middle <= 4; ++middle)
            for (int far = 1; far <= 6; ++far) {
                const auto layout = layout_of(one_sector(close, middle, far), SectorScheme::wijknet);
                for (const auto& to : layout.contacts) {
                    for (const auto& other : layout.contacts) {
                        if (&to == &other) continue;
                        EXPECT_GE(distance_to_line(other.centre, to.centre), other.symbol_radius)
                            << close << "/" << middle << "/" << far << ": the line to " << to.label_text
                            << " runs through " << other.label_text;
                    }
                }
            }
}

TEST(EcomapLayout, IsDeterministic) {
    const Network network = generated_ego(60);
    const auto a = layout_of(network, SectorScheme::lensink);
    const auto b = layout_of(network, SectorScheme::lensink);
    ASSERT_EQ(a.contacts.size(), b.contacts.size());
    for (std::size_t i = 0; i < a.contacts.size(); ++i) {
        EXPECT_EQ(a.contacts[i].actor, b.contacts[i].actor);
        EXPECT_EQ(a.contacts[i].centre, b.contacts[i].centre);
        EXPECT_EQ(a.contacts[i].label_text, b.contacts[i].label_text);
        EXPECT_EQ(a.contacts[i].label.x, b.contacts[i].label.x);
        EXPECT_EQ(a.contacts[i].label.y, b.contacts[i].label.y);
    }
    ASSERT_EQ(a.sectors.size(), b.sectors.size());
    for (std::size_t s = 0; s < a.sectors.size(); ++s) EXPECT_EQ(a.sectors[s].label_anchor, b.sectors[s].label_anchor);
    EXPECT_EQ(a.ring_radius, b.ring_radius);
}

TEST(EcomapLayout, ContactsComeOutBySectorRingAndName) {
    const auto layout = layout_of(generated_ego(40), SectorScheme::wijknet);
    for (std::size_t i = 1; i < layout.contacts.size(); ++i) {
        const auto& a = layout.contacts[i - 1];
        const auto& b = layout.contacts[i];
        EXPECT_TRUE(std::tie(a.sector, a.ring, a.label_text) < std::tie(b.sector, b.ring, b.label_text))
            << a.label_text << " before " << b.label_text;
    }
}

TEST(EcomapLayout, LeavesOutContactsOfContacts) {
    Network network = generated_ego(5);
    const auto stranger = network.add_actor({.id = "far", .name = "Kennis van Kennis", .kind = ActorKind::resident});
    Tie tie;
    tie.source = ActorIndex{std::size_t{1}};
    tie.target = stranger;
    tie.kind = TieKind::friendship;
    network.add_tie(tie);
    const auto layout = layout_of(network, SectorScheme::wijknet, {.radius = 2});
    ASSERT_EQ(layout.contacts.size(), 5u);
    for (const auto& contact : layout.contacts) EXPECT_NE(contact.actor, stranger);
}

TEST(EcomapLayout, LabelsComeFromTheCallback) {
    const Network network = generated_ego(5);
    auto options = options_for(SectorScheme::wijknet);
    options.label_of = [&network](ActorIndex actor) { return "P-" + network.actor(actor).id; };
    const auto layout = layout_ecomap(network, ego_network(network, ego_index), options);
    for (const auto& contact : layout.contacts) {
        EXPECT_EQ(contact.label_text, "P-" + network.actor(contact.actor).id);
        EXPECT_DOUBLE_EQ(contact.label.width, 5.5 * static_cast<double>(contact.label_text.size()));
    }
    EXPECT_DOUBLE_EQ(layout.ego_label.width, 5.5 * 5);  // "P-ego"
}

TEST(EcomapLayout, WorksWithoutAMeasure) {
    const Network network = generated_ego(20);
    const auto layout = layout_ecomap(network, ego_network(network, ego_index), {});
    ASSERT_EQ(layout.contacts.size(), 20u);
    for (const auto& contact : layout.contacts) EXPECT_GT(contact.label.width, 0);
}

TEST(EcomapLayout, TinyDistancesStillFinish) {
    const Network network = generated_ego(20);
    auto options = options_for(SectorScheme::wijknet);
    options.min_contact_distance = 0;
    options.symbol_radius = 0;
    EXPECT_EQ(layout_ecomap(network, ego_network(network, ego_index), options).contacts.size(), 20u);
}

TEST(EcomapLayout, RingFromClosenessElseStrength) {
    Network network;
    const auto a = network.add_actor({.id = "a", .name = "A"});
    const auto b = network.add_actor({.id = "b", .name = "B"});
    const auto tie = [&](std::optional<Strength> strength, std::optional<Closeness> closeness) {
        Tie t;
        t.source = a;
        t.target = b;
        t.strength = strength;
        t.closeness = closeness;
        return network.add_tie(t);
    };
    const auto strong = tie(Strength::strong, std::nullopt), weak = tie(Strength::weak, std::nullopt);
    const auto plain = tie(std::nullopt, std::nullopt), normal = tie(Strength::normal, std::nullopt);
    const auto far_but_strong = tie(Strength::strong, Closeness::far), middle = tie(std::nullopt, Closeness::middle);
    const auto ring = [&](std::vector<TieIndex> ties) { return ring_of(network, ties); };
    EXPECT_EQ(ring({strong}), Closeness::close);
    EXPECT_EQ(ring({weak}), Closeness::far);
    EXPECT_EQ(ring({plain}), Closeness::middle);
    EXPECT_EQ(ring({normal}), Closeness::middle);
    EXPECT_EQ(ring({far_but_strong}), Closeness::far) << "the explicit ring wins over strength";
    EXPECT_EQ(ring({far_but_strong, middle}), Closeness::middle) << "the closest explicit ring over several ties";
    EXPECT_EQ(ring({weak, strong}), Closeness::close) << "the strongest tie when none says its ring";
}

/// A client and one contact per row: how each scheme files them.
class SectorAssignment : public ::testing::Test {
protected:
    Network network;
    ActorIndex ego = network.add_actor({.id = "e", .name = "E", .kind = ActorKind::resident, .is_client = true});

    std::string key(SectorScheme scheme, Actor contact, TieKind kind) {
        contact.id = "x" + std::to_string(network.actor_count());
        const auto index = network.add_actor(contact);
        Tie t;
        t.source = ego;
        t.target = index;
        t.kind = kind;
        const std::vector<TieIndex> ties{network.add_tie(t)};
        return sector_definition(scheme, sector_of(scheme, network, index, ties)).key;
    }
};

const Actor resident{.name = "R", .kind = ActorKind::resident};
const Actor fellow_client{.name = "F", .kind = ActorKind::resident, .is_client = true};
const Actor professional{.name = "P", .kind = ActorKind::professional};

TEST_F(SectorAssignment, Wijknet) {
    EXPECT_EQ(key(SectorScheme::wijknet, resident, TieKind::household), "household_family");
    EXPECT_EQ(key(SectorScheme::wijknet, resident, TieKind::friendship), "friends");
    EXPECT_EQ(key(SectorScheme::wijknet, resident, TieKind::neighbour), "neighbourhood");
    EXPECT_EQ(key(SectorScheme::wijknet, resident, TieKind::colleague), "work_school");
    EXPECT_EQ(key(SectorScheme::wijknet, {.name = "V", .kind = ActorKind::volunteer}, TieKind::volunteer_help), "volunteers_groups");
    EXPECT_EQ(key(SectorScheme::wijknet, professional, TieKind::care), "formal_care");
    EXPECT_EQ(key(SectorScheme::wijknet, {.name = "S", .kind = ActorKind::resident, .sector = "neighbourhood"}, TieKind::friendship),
              "neighbourhood")
        << "the user's own sector wins";
}

TEST_F(SectorAssignment, Pantucek) {
    EXPECT_EQ(key(SectorScheme::pantucek, resident, TieKind::family), "family");
    EXPECT_EQ(key(SectorScheme::pantucek, resident, TieKind::neighbour), "friends");
    EXPECT_EQ(key(SectorScheme::pantucek, resident, TieKind::friendship), "friends");
    EXPECT_EQ(key(SectorScheme::pantucek, {.name = "G", .kind = ActorKind::group}, TieKind::membership), "friends");
    EXPECT_EQ(key(SectorScheme::pantucek, resident, TieKind::colleague), "work");
    EXPECT_EQ(key(SectorScheme::pantucek, professional, TieKind::care), "professionals");
}

TEST_F(SectorAssignment, Lensink) {
    EXPECT_EQ(key(SectorScheme::lensink, resident, TieKind::family), "familie");
    EXPECT_EQ(key(SectorScheme::lensink, fellow_client, TieKind::family), "familie") << "family first";
    EXPECT_EQ(key(SectorScheme::lensink, fellow_client, TieKind::friendship), "medeclienten");
    EXPECT_EQ(key(SectorScheme::lensink, {.name = "U", .is_client = true}, TieKind::unspecified), "medeclienten");
    EXPECT_EQ(key(SectorScheme::lensink, professional, TieKind::care), "professionals");
    EXPECT_EQ(key(SectorScheme::lensink, professional, TieKind::colleague), "professionals") << "a professional by kind";
    EXPECT_EQ(key(SectorScheme::lensink, {.name = "O", .kind = ActorKind::organisation}, TieKind::membership),
              "professionals");
    EXPECT_EQ(key(SectorScheme::lensink, {.name = "S", .sector = "friends"}, TieKind::referral), "professionals")
        << "a formal tie";
    EXPECT_EQ(key(SectorScheme::lensink, resident, TieKind::neighbour), "samenleving");
    EXPECT_EQ(key(SectorScheme::lensink, {.name = "V", .kind = ActorKind::volunteer}, TieKind::volunteer_help),
              "samenleving");
}

TEST_F(SectorAssignment, UnknownWhenNeitherKindNorSectorTells) {
    const Actor plain{.name = "N"};  // an imported node: no kind, no sector
    for (const auto scheme : {SectorScheme::wijknet, SectorScheme::pantucek, SectorScheme::lensink})
        EXPECT_EQ(key(scheme, plain, TieKind::unspecified), "unknown") << name_of(scheme);
    EXPECT_EQ(key(SectorScheme::wijknet, plain, TieKind::friendship), "friends") << "the tie's kind tells";
    EXPECT_EQ(key(SectorScheme::wijknet, resident, TieKind::unspecified), "friends") << "the actor's kind tells";
    EXPECT_EQ(key(SectorScheme::wijknet, {.name = "S", .sector = "neighbourhood"}, TieKind::unspecified), "neighbourhood");
}

/// A client with contacts of no kind (an imported graph), and `known` friends besides.
Network imported_ego(int unknown, int known) {
    Network network;
    network.add_actor({.id = "ego", .name = "Ego", .kind = ActorKind::resident, .is_client = true});
    for (int i = 0; i < unknown + known; ++i) {
        const auto index = network.add_actor({.id = "c" + std::to_string(i), .name = "Contact " + std::to_string(i),
                                              .kind = i < unknown ? ActorKind::unspecified : ActorKind::resident});
        network.add_tie({.source = ego_index, .target = index, .kind = i < unknown ? TieKind::unspecified : TieKind::friendship});
    }
    return network;
}

TEST(EcomapLayout, ContactsOfUnknownSectorFillOneCircleNamedOnce) {
    const auto layout = layout_of(imported_ego(9, 0), SectorScheme::wijknet);
    ASSERT_EQ(layout.sectors.size(), 1u) << "no empty sectors squeezed beside it";
    const auto& only = layout.sectors.front();
    EXPECT_EQ(only.definition, unknown_sector(SectorScheme::wijknet));
    EXPECT_EQ(sector_definition(SectorScheme::wijknet, only.definition).label_nl, "sector onbekend");
    EXPECT_NEAR(only.end_angle - only.start_angle, 2 * pi, 1e-9);
    EXPECT_EQ(only.contacts, 9u);
    EXPECT_EQ(layout.contacts.size(), 9u);
}

TEST(EcomapLayout, ContactsOfUnknownSectorBesideKnownOnesGetASectorOfTheirOwn) {
    const auto layout = layout_of(imported_ego(3, 2), SectorScheme::pantucek);
    ASSERT_EQ(layout.sectors.size(), sectors_of(SectorScheme::pantucek).size() + 1);
    EXPECT_EQ(layout.sectors.back().definition, unknown_sector(SectorScheme::pantucek));
    EXPECT_EQ(layout.sectors.back().contacts, 3u);
    for (const auto& contact : layout.contacts)
        EXPECT_EQ(layout.sectors[contact.sector].definition == unknown_sector(SectorScheme::pantucek),
                  contact.label_text < "Contact 3");
}

TEST(SectorScheme, MostPersonalTieDecides) {
    Network network;
    const auto ego = network.add_actor({.id = "e", .name = "E"});
    const auto both = network.add_actor({.id = "b", .name = "B", .kind = ActorKind::resident});
    std::vector<TieIndex> ties;
    for (const auto kind : {TieKind::neighbour, TieKind::family}) {
        Tie t;
        t.source = ego;
        t.target = both;
        t.kind = kind;
        ties.push_back(network.add_tie(t));
    }
    EXPECT_EQ(sectors_of(SectorScheme::wijknet)[sector_of(SectorScheme::wijknet, network, both, ties)].key,
              "household_family");
}

TEST(SectorScheme, NamesAndLabels) {
    EXPECT_EQ(parse_sector_scheme("wijknet"), SectorScheme::wijknet);
    EXPECT_EQ(parse_sector_scheme("Pantucek"), SectorScheme::pantucek);
    EXPECT_EQ(parse_sector_scheme("lensink"), SectorScheme::lensink);
    EXPECT_EQ(parse_sector_scheme("hartman"), std::nullopt);
    EXPECT_EQ(sectors_of(SectorScheme::wijknet).size(), 6u);
    EXPECT_EQ(sectors_of(SectorScheme::pantucek).size(), 4u);
    EXPECT_EQ(sectors_of(SectorScheme::lensink).size(), 4u);
    for (const auto scheme : {SectorScheme::wijknet, SectorScheme::pantucek, SectorScheme::lensink}) {
        EXPECT_EQ(parse_sector_scheme(name_of(scheme)), scheme);
        for (const auto& sector : sectors_of(scheme)) {
            EXPECT_FALSE(sector.label_nl.empty()) << sector.key;
            EXPECT_FALSE(sector.label_en.empty()) << sector.key;
        }
    }
}

}  // namespace
}  // namespace wijknet::render
