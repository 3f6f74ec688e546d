// SPDX-License-Identifier: MIT
#include "wijknet/render/ecomap_layout.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>

namespace wijknet::render {
namespace {

constexpr double pi = 3.14159265358979323846;
constexpr double label_gap = 2.5;
// An empty sector keeps a sliver so its label still has room; crowded ones take the rest.
constexpr double empty_sector_weight = 0.45;
constexpr double sector_padding = 0.04;  // radians kept free at each side of a sector

struct Contact {
    ActorIndex actor;
    std::size_t sector;
    Closeness ring;
    std::string label;
    TextExtent extent;
};

Rect square_around(Point centre, double radius) {
    return {centre.x - radius, centre.y - radius, 2 * radius, 2 * radius};
}

Rect unite(const Rect& a, const Rect& b) {
    const double x0 = std::min(a.x, b.x), y0 = std::min(a.y, b.y);
    const double x1 = std::max(a.x + a.width, b.x + b.width), y1 = std::max(a.y + a.height, b.y + b.height);
    return {x0, y0, x1 - x0, y1 - y0};
}

/// Label positions beside a symbol, most natural first: away from the centre, then around.
std::vector<Rect> label_candidates(Point centre, double radius, double angle, const TextExtent& text) {
    const double w = text.width, h = text.height;
    const Rect right{centre.x + radius + label_gap, centre.y - h / 2, w, h};
    const Rect left{centre.x - radius - label_gap - w, centre.y - h / 2, w, h};
    const Rect below{centre.x - w / 2, centre.y + radius + label_gap, w, h};
    const Rect above{centre.x - w / 2, centre.y - radius - label_gap - h, w, h};
    const bool right_side = std::cos(angle) >= 0;
    const bool lower_side = std::sin(angle) >= 0;
    std::vector<Rect> candidates;
    candidates.push_back(right_side ? right : left);
    candidates.push_back(lower_side ? below : above);
    candidates.push_back(lower_side ? above : below);
    candidates.push_back(right_side ? left : right);
    return candidates;
}

struct Attempt {
    bool fits = true;
    std::vector<PlacedContact> placed;
};

}  // namespace

Closeness ring_of(const Network& network, std::span<const TieIndex> ties_to_ego) {
    std::optional<Closeness> explicit_ring;
    std::optional<Strength> strongest;
    for (const TieIndex index : ties_to_ego) {
        const Tie& tie = network.tie(index);
        if (tie.closeness && (!explicit_ring || *tie.closeness < *explicit_ring)) explicit_ring = tie.closeness;
        if (tie.strength && (!strongest || *tie.strength > *strongest)) strongest = tie.strength;
    }
    if (explicit_ring) return *explicit_ring;
    if (strongest == Strength::strong) return Closeness::close;
    if (strongest == Strength::weak) return Closeness::far;
    return Closeness::middle;
}

EcomapLayout layout_ecomap(const Network& network, const EgoNetwork& view, const EcomapLayoutOptions& options) {
    const auto label_text = [&](ActorIndex actor) {
        return options.label_of ? options.label_of(actor) : network.actor(actor).name;
    };
    const auto measure = [&](const std::string& text) {
        return options.measure_label ? options.measure_label(text)
                                     : TextExtent{5.0 * static_cast<double>(text.size()), 10.0};
    };

    // The client's ties to each contact.
    std::map<ActorIndex, std::vector<TieIndex>> ties_to_ego;
    for (const TieIndex index : view.ties) {
        const Tie& tie = network.tie(index);
        if (tie.source == view.ego || tie.target == view.ego) ties_to_ego[tie.other(view.ego)].push_back(index);
    }
    const auto definitions = sectors_of(options.scheme);
    std::vector<Contact> contacts;
    for (const auto& member : view.members) {
        if (member.distance != 1) continue;
        const auto& ties = ties_to_ego[member.actor];
        const std::string label = label_text(member.actor);
        contacts.push_back({member.actor, sector_of(options.scheme, network, member.actor, ties),
                            ring_of(network, ties), label, measure(label)});
    }
    std::sort(contacts.begin(), contacts.end(), [&network](const Contact& a, const Contact& b) {
        if (a.sector != b.sector) return a.sector < b.sector;
        if (a.ring != b.ring) return a.ring < b.ring;
        if (a.label != b.label) return a.label < b.label;
        return network.actor(a.actor).id < network.actor(b.actor).id;
    });

    EcomapLayout layout;
    layout.ego_radius = options.symbol_radius * 1.6;
    const std::string ego_text = label_text(view.ego);
    const TextExtent ego_extent = measure(ego_text);
    layout.ego_label = {-ego_extent.width / 2, layout.ego_radius + label_gap, ego_extent.width, ego_extent.height};

    // Sector angles: a share for each contact and a sliver for an empty sector, from the top,
    // clockwise.
    std::vector<std::size_t> counts(definitions.size(), 0);
    for (const auto& c : contacts) ++counts[c.sector];
    double total_weight = 0;
    for (const auto count : counts) total_weight += count > 0 ? static_cast<double>(count) + 1.0 : empty_sector_weight;
    double angle = -pi / 2;
    for (std::size_t s = 0; s < definitions.size(); ++s) {
        const double weight = counts[s] > 0 ? static_cast<double>(counts[s]) + 1.0 : empty_sector_weight;
        const double span = 2 * pi * weight / total_weight;
        layout.sectors.push_back({s, angle, angle + span, counts[s], {}});
        angle += span;
    }

    // Rings sized for the crowd, then grown until everything fits.
    const double widest_label =
        std::accumulate(contacts.begin(), contacts.end(), ego_extent.width,
                        [](double w, const Contact& c) { return std::max(w, c.extent.width); });
    double band = std::max(options.min_contact_distance * 2.2, 46.0);
    // The close ring starts well clear of the client, so short lines still show their marks.
    double inner = layout.ego_radius + ego_extent.height + widest_label * 0.25 + 40;
    Attempt attempt;
    for (int growth = 0; growth < 40; ++growth) {
        attempt = {};
        std::vector<Rect> occupied{square_around({0, 0}, layout.ego_radius), layout.ego_label};
        std::vector<Point> centres{{0, 0}};
        // Contacts per sector and ring, spread evenly over the sector's arc.
        std::map<std::pair<std::size_t, Closeness>, std::vector<const Contact*>> cells;
        for (const auto& c : contacts) cells[{c.sector, c.ring}].push_back(&c);
        for (const auto& [key, members] : cells) {
            const auto& sector = layout.sectors[key.first];
            const int ring = static_cast<int>(key.second);
            const double band_inner = inner + band * ring, band_outer = band_inner + band;
            const double start = sector.start_angle + sector_padding, span = sector.end_angle - sector.start_angle - 2 * sector_padding;
            for (std::size_t i = 0; i < members.size(); ++i) {
                const Contact& c = *members[i];
                const double a = start + span * (static_cast<double>(i) + 0.5) / static_cast<double>(members.size());
                bool placed = false;
                // Radial positions inside the band, middle first; alternating contacts start
                // at different depths so neighbours on an arc are staggered.
                const double offsets[] = {0.0, 0.25, -0.25, 0.4, -0.4};
                for (std::size_t k = 0; k < std::size(offsets) && !placed; ++k) {
                    const double shift = offsets[(k + (i % 2 ? 1 : 0)) % std::size(offsets)];
                    const double r = (band_inner + band_outer) / 2 + shift * band;
                    const Point centre{r * std::cos(a), r * std::sin(a)};
                    const Rect symbol = square_around(centre, options.symbol_radius);
                    bool clear = true;
                    for (const auto& other : centres)
                        if (std::hypot(other.x - centre.x, other.y - centre.y) < options.min_contact_distance) clear = false;
                    for (const auto& rect : occupied) clear = clear && !rect.overlaps(symbol, 1.0);
                    if (!clear) continue;
                    for (const Rect& label : label_candidates(centre, options.symbol_radius, a, c.extent)) {
                        bool free = !label.overlaps(symbol);
                        for (const auto& rect : occupied) free = free && !rect.overlaps(label, 1.0);
                        for (const auto& other : centres)
                            free = free && !label.overlaps(square_around(other, options.symbol_radius), 1.0);
                        if (!free) continue;
                        occupied.push_back(symbol);
                        occupied.push_back(label);
                        centres.push_back(centre);
                        attempt.placed.push_back(
                            {c.actor, key.first, key.second, centre, options.symbol_radius, label, c.label});
                        placed = true;
                        break;
                    }
                }
                if (!placed) attempt.fits = false;
            }
        }
        if (attempt.fits) break;
        band *= 1.12;
        inner *= 1.06;
    }

    layout.inner_radius = inner;
    layout.ring_radius = {inner + band, inner + 2 * band, inner + 3 * band};
    layout.contacts = std::move(attempt.placed);
    layout.bounds = unite(square_around({0, 0}, layout.ring_radius[2]), layout.ego_label);
    // Sector names go outside the far ring and outside every contact's name.
    double reach = layout.ring_radius[2];
    for (const auto& contact : layout.contacts)
        for (const double x : {contact.label.x, contact.label.x + contact.label.width})
            for (const double y : {contact.label.y, contact.label.y + contact.label.height})
                reach = std::max(reach, std::hypot(x, y));
    std::vector<Rect> taken;
    for (const auto& contact : layout.contacts) {
        taken.push_back(contact.label);
        taken.push_back(square_around(contact.centre, contact.symbol_radius));
    }
    for (auto& sector : layout.sectors) {
        const double middle = (sector.start_angle + sector.end_angle) / 2;
        const auto& definition = definitions[sector.definition];
        const std::string& longer =
            definition.label_nl.size() > definition.label_en.size() ? definition.label_nl : definition.label_en;
        const auto extent = options.measure_sector_label ? options.measure_sector_label(longer) : measure(longer);
        // Outward along the sector's middle until the name covers no contact and no other sector name.
        for (double r = layout.ring_radius[2] + 10;; r += 4) {
            sector.label_anchor = {r * std::cos(middle), r * std::sin(middle)};
            const Rect box{sector.label_anchor.x - extent.width / 2, sector.label_anchor.y - extent.height / 2,
                           extent.width, extent.height};
            const bool clear = std::none_of(taken.begin(), taken.end(), [&](const Rect& t) { return t.overlaps(box, 3); });
            if (clear || r > reach + 400) {
                taken.push_back(box);
                layout.bounds = unite(layout.bounds, box);
                break;
            }
        }
    }
    for (const auto& contact : layout.contacts) layout.bounds = unite(layout.bounds, contact.label);
    layout.centre = {0, 0};
    return layout;
}

}  // namespace wijknet::render
