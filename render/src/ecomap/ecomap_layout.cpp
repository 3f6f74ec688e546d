// SPDX-License-Identifier: MIT
#include "wijknet/render/ecomap_layout.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <optional>

namespace wijknet::render {
namespace {

constexpr double pi = 3.14159265358979323846;
constexpr double label_gap = 2.5;  // between a symbol and its own name
constexpr double box_gap = 1.0;    // between any two things that must not touch
constexpr double line_gap = 2.0;   // between a line from the client and a symbol it passes
// An empty sector keeps a sliver so its name still has a place; crowded ones take the rest.
constexpr double empty_sector_weight = 0.45;
// A sector with a few contacts among many still gets room for a symbol and a name (radians).
constexpr double sector_floor = 0.3;
constexpr double ring_growth = 1.15;
constexpr int growth_attempts = 40;
constexpr int strict_attempts = 6;  // 1.15^40 is ~270 times the start: more than any real map needs

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

// std::sqrt rather than std::hypot, which guards against overflow at a cost: placing a crowded
// ecomap measures distances millions of times, on a page of a few hundred points.
double length(Point p) { return std::sqrt(p.x * p.x + p.y * p.y); }

/// Distance from `p` to the line drawn from the client (at the origin) to `end`.
double distance_to_line_from_centre(Point p, Point end) {
    const double squared = end.x * end.x + end.y * end.y;
    const double t = squared > 0 ? std::clamp((p.x * end.x + p.y * end.y) / squared, 0.0, 1.0) : 0.0;
    return length({p.x - t * end.x, p.y - t * end.y});
}

/// Whether the segment from `a` to `b` passes through `box` (Liang-Barsky clipping).
bool segment_crosses(const Rect& box, Point a, Point b) {
    // Most segments pass far from most boxes: their bounding boxes do not meet.
    if (std::max(a.x, b.x) < box.x || std::min(a.x, b.x) > box.x + box.width || std::max(a.y, b.y) < box.y ||
        std::min(a.y, b.y) > box.y + box.height)
        return false;
    double t0 = 0, t1 = 1;
    const double dx = b.x - a.x, dy = b.y - a.y;
    const double p[] = {-dx, dx, -dy, dy};
    const double q[] = {a.x - box.x, box.x + box.width - a.x, a.y - box.y, box.y + box.height - a.y};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0) return false;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0) t0 = std::max(t0, t);
        else t1 = std::min(t1, t);
    }
    return t0 <= t1;
}

/// Whether the line from the client (at the origin) to `end` passes through `box`.
bool line_from_centre_crosses(const Rect& box, Point end) { return segment_crosses(box, {0, 0}, end); }

/// The sectors drawn, by definition, with their contacts: the scheme's own, and the unknown
/// sector after them when some contact's domain is unknown; only that one when every contact's is,
/// rather than the scheme's sectors all empty with their names piled into slivers.
std::vector<std::pair<std::size_t, std::size_t>> sectors_shown(SectorScheme scheme, const std::vector<std::size_t>& counts) {
    const std::size_t unknown = unknown_sector(scheme);
    const bool only_unknown = counts[unknown] > 0 && std::accumulate(counts.begin(), counts.end(), std::size_t{0}) == counts[unknown];
    std::vector<std::pair<std::size_t, std::size_t>> shown;
    for (std::size_t definition = 0; definition < counts.size(); ++definition)
        if (definition == unknown ? counts[unknown] > 0 : !only_unknown) shown.emplace_back(definition, counts[definition]);
    return shown;
}

/// Sector spans: a share for each contact plus one, a sliver for an empty sector, and a floor for
/// a sector with contacts, taken from the sectors above it. From the top, clockwise.
std::vector<PlacedSector> place_sectors(const std::vector<std::pair<std::size_t, std::size_t>>& shown) {
    std::vector<std::size_t> counts;
    for (const auto& [definition, count] : shown) counts.push_back(count);
    std::vector<double> spans;
    for (const auto count : counts) spans.push_back(count > 0 ? static_cast<double>(count) + 1.0 : empty_sector_weight);
    const double total = std::accumulate(spans.begin(), spans.end(), 0.0);
    double deficit = 0, surplus = 0;
    for (std::size_t s = 0; s < spans.size(); ++s) {
        spans[s] *= 2 * pi / total;
        if (counts[s] == 0) continue;
        if (spans[s] < sector_floor) deficit += sector_floor - spans[s];
        else surplus += spans[s] - sector_floor;
    }
    for (std::size_t s = 0; s < spans.size() && deficit > 0 && surplus > 0; ++s) {
        if (counts[s] == 0) continue;
        spans[s] = spans[s] < sector_floor ? sector_floor : spans[s] - (spans[s] - sector_floor) * deficit / surplus;
    }
    std::vector<PlacedSector> sectors;
    double angle = -pi / 2;
    for (std::size_t s = 0; s < spans.size(); ++s) {
        sectors.push_back({shown[s].first, angle, angle + spans[s], counts[s], {}, {}});
        angle += spans[s];
    }
    return sectors;
}

/// Label boxes beside a symbol, best first: the eight places around it, those facing away from
/// the client first (the client's line arrives from the other side), each also slid along the
/// symbol by half and a whole line (the nudges).
std::vector<Rect> label_candidates(Point centre, double radius, const TextExtent& text) {
    const double w = text.width, h = text.height, reach = radius + label_gap;
    const double out_x = centre.x / std::max(length(centre), 1e-9), out_y = centre.y / std::max(length(centre), 1e-9);
    struct Scored {
        double score;
        Rect box;
    };
    std::vector<Scored> scored;
    for (const int dx : {1, -1, 0})
        for (const int dy : {0, 1, -1}) {
            if (dx == 0 && dy == 0) continue;
            const double norm = std::hypot(dx, dy);
            // Beside reads best; a name at a corner sits between two symbols and could belong to
            // either, so corners come last.
            const double base = (dx * out_x + dy * out_y) / norm + (dy == 0 ? 0.45 : dx != 0 ? -0.3 : 0.0);
            const double x = dx > 0 ? centre.x + reach : dx < 0 ? centre.x - reach - w : centre.x - w / 2;
            const double y = dy > 0 ? centre.y + reach : dy < 0 ? centre.y - reach - h : centre.y - h / 2;
            scored.push_back({base, {x, y, w, h}});
            for (const double nudge : {0.5, 1.0}) {
                for (const double sign : {1.0, -1.0}) {
                    Rect moved{x, y, w, h};
                    if (dy == 0) moved.y += sign * nudge * h;           // beside: slide up or down
                    else if (dx == 0) moved.x += sign * nudge * w / 2;  // above or below: slide sideways
                    else continue;                                      // a corner is already clear
                    scored.push_back({base - 0.35 * nudge, moved});
                }
            }
        }
    std::stable_sort(scored.begin(), scored.end(), [](const Scored& a, const Scored& b) { return a.score > b.score; });
    std::vector<Rect> boxes;
    for (const auto& s : scored) boxes.push_back(s.box);
    return boxes;
}

/// What is placed so far, and the checks a new contact must pass against it.
struct Occupancy {
    double symbol_radius;
    double min_distance;
    std::vector<Rect> boxes;  // the client's symbol and name, and every contact's name
    std::vector<Point> centres;

    /// `clear_lines`: also keep the client's lines clear of symbols. A wish, not a rule: once a
    /// full inner ring blocks every angle, no growth of an outer ring can grant it.
    [[nodiscard]] bool symbol_fits(Point centre, bool clear_lines) const {
        const Rect symbol = square_around(centre, symbol_radius);
        if (std::any_of(boxes.begin(), boxes.end(), [&](const Rect& b) { return b.overlaps(symbol, box_gap); }))
            return false;
        const double r = length(centre);
        return std::none_of(centres.begin(), centres.end(), [&](Point other) {
            if (length({other.x - centre.x, other.y - centre.y}) < min_distance) return true;
            if (!clear_lines) return false;
            // The client's line to whichever of the two is further out must miss the other's symbol,
            // or the picture no longer says who is tied to the client.
            const double clearance = symbol_radius + line_gap;
            return length(other) <= r ? distance_to_line_from_centre(other, centre) < clearance
                                      : distance_to_line_from_centre(centre, other) < clearance;
        });
    }

    [[nodiscard]] bool label_fits(const Rect& label, Point own_centre, bool clear_lines) const {
        if (line_from_centre_crosses(label, own_centre)) return false;
        // A name crossed by the client's line to someone else reads as struck out; also a wish.
        if (clear_lines && std::any_of(centres.begin(), centres.end(),
                                       [&](Point other) { return line_from_centre_crosses(label, other); }))
            return false;
        if (std::any_of(boxes.begin(), boxes.end(), [&](const Rect& b) { return b.overlaps(label, box_gap); }))
            return false;
        return std::none_of(centres.begin(), centres.end(),
                            [&](Point c) { return square_around(c, symbol_radius).overlaps(label, box_gap); });
    }

    void add(Point centre, const Rect& label) {
        centres.push_back(centre);
        boxes.push_back(label);
    }
};

/// Where in its sector and band a contact may go, nearest its preferred spot first: pushed along
/// the ring in steps of a third of the minimum distance, and in or out within the band in steps of
/// half of it (a band widened for a crowd holds more rows).
std::vector<Point> positions_near(double preferred, double start, double end, double band_inner, double band_outer,
                                  double slot, const EcomapLayoutOptions& options) {
    const double margin = options.symbol_radius + box_gap;  // the symbol stays inside its band
    const double lowest = band_inner + margin, highest = std::max(lowest, band_outer - margin);
    const double r0 = (lowest + highest) / 2;
    // Steps never shrink to nothing, whatever distance the caller asks for.
    const double spacing = std::max({options.min_contact_distance, 2 * options.symbol_radius, 1.0});
    const double radial_step = spacing / 2;
    const int rows = static_cast<int>((highest - lowest) / 2 / radial_step);
    const double step = spacing / 3 / r0;
    const int steps = static_cast<int>(std::max(slot, 2 * spacing / r0) / step);
    struct Candidate {
        double cost;
        Point at;
    };
    std::vector<Candidate> candidates;
    for (int i = 0; i <= 2 * steps; ++i) {
        const int along = i % 2 ? (i + 1) / 2 : -(i / 2);  // 0, 1, -1, 2, -2, ...
        const double angle = preferred + along * step;
        for (int j = 0; j <= 2 * rows; ++j) {
            const int across = j % 2 ? (j + 1) / 2 : -(j / 2);
            const double r = r0 + across * radial_step;
            // The whole symbol stays inside its sector, clear of the dividing lines.
            const double pad = std::asin(std::min(1.0, margin / r));
            if (angle < start + pad || angle > end - pad) continue;
            const double cost = std::abs(along) * step * r0 + std::abs(across) * radial_step * 0.8;
            candidates.push_back({cost, {r * std::cos(angle), r * std::sin(angle)}});
        }
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate& a, const Candidate& b) { return a.cost < b.cost; });
    std::vector<Point> points;
    for (const auto& c : candidates) points.push_back(c.at);
    return points;
}

/// The first free spot among `positions`: where the symbol goes and where its name goes. First
/// with the client's lines kept clear of symbols and names; unless `strict`, when the crowd leaves
/// no such spot, without.
std::optional<std::pair<Point, Rect>> free_spot(const std::vector<Point>& positions, const TextExtent& extent,
                                                double symbol_radius, const Occupancy& occupancy, bool strict) {
    for (const bool clear_lines : {true, false}) {
        if (!clear_lines && strict) break;
        for (const Point at : positions) {
            if (!occupancy.symbol_fits(at, clear_lines)) continue;
            // The new contact's own line must not strike through a name already placed (the
            // first two boxes are the client's symbol and name, which every line starts in).
            if (clear_lines && std::any_of(occupancy.boxes.begin() + 2, occupancy.boxes.end(),
                                           [&](const Rect& box) { return line_from_centre_crosses(box, at); }))
                continue;
            for (const Rect& label : label_candidates(at, symbol_radius, extent))
                if (occupancy.label_fits(label, at, clear_lines)) return std::pair{at, label};
        }
    }
    return std::nullopt;
}

/// Places one ring's contacts (each sector's spread evenly over its arc) into `occupancy`.
/// Returns false when one finds no free spot, unless `must_place`: then it goes to its preferred
/// spot anyway, because a contact missing from a client's map is worse than two names touching.
/// `strict`: lines from the client must miss every other symbol and name.
bool place_ring(const std::vector<const Contact*>& ring_contacts, int ring, double band_inner, double band_outer,
                const std::vector<PlacedSector>& sectors, const EcomapLayoutOptions& options, bool strict, bool must_place,
                Occupancy& occupancy, std::vector<PlacedContact>& placed) {
    // Rings start a quarter slot apart, so a close, a middle and a far contact of one sector do not
    // line up behind each other.
    constexpr double stagger[] = {0.0, 0.25, -0.25};
    std::map<std::size_t, std::vector<const Contact*>> by_sector;
    for (const Contact* c : ring_contacts) by_sector[c->sector].push_back(c);
    for (const auto& [sector_index, members] : by_sector) {
        const auto& sector = sectors[sector_index];
        const double span = sector.end_angle - sector.start_angle;
        const double slot = span / static_cast<double>(members.size());
        for (std::size_t i = 0; i < members.size(); ++i) {
            const Contact& c = *members[i];
            const double preferred = sector.start_angle + slot * (static_cast<double>(i) + 0.5 + stagger[ring]);
            const auto positions =
                positions_near(preferred, sector.start_angle, sector.end_angle, band_inner, band_outer, slot, options);
            auto spot = free_spot(positions, c.extent, options.symbol_radius, occupancy, strict);
            if (!spot && !must_place) return false;
            if (!spot) {
                const double r = (band_inner + band_outer) / 2;
                const Point at{r * std::cos(preferred), r * std::sin(preferred)};
                spot = {at, label_candidates(at, options.symbol_radius, c.extent).front()};
            }
            occupancy.add(spot->first, spot->second);
            placed.push_back({c.actor, c.sector, c.ring, spot->first, options.symbol_radius, spot->second, c.label});
        }
    }
    return true;
}

/// Each sector's name outside the far ring on the sector's middle, moved outward until it covers
/// no contact and no other sector's name. Sized for the longer of its Dutch and English names.
void place_sector_labels(EcomapLayout& layout, SectorScheme scheme, const std::function<TextExtent(std::string_view)>& measure) {
    std::vector<Rect> taken;
    double reach = layout.ring_radius[2];
    for (const auto& contact : layout.contacts) {
        taken.push_back(contact.label);
        taken.push_back(square_around(contact.centre, contact.symbol_radius));
        const Rect& l = contact.label;
        for (const double x : {l.x, l.x + l.width})
            for (const double y : {l.y, l.y + l.height}) reach = std::max(reach, std::hypot(x, y));
    }
    for (auto& sector : layout.sectors) {
        const double middle = (sector.start_angle + sector.end_angle) / 2;
        const auto& definition = sector_definition(scheme, sector.definition);
        const auto extent = measure(definition.label_nl.size() > definition.label_en.size() ? definition.label_nl
                                                                                              : definition.label_en);
        for (double r = layout.ring_radius[2] + 10;; r += 4) {
            sector.label_anchor = {r * std::cos(middle), r * std::sin(middle)};
            sector.label = {sector.label_anchor.x - extent.width / 2, sector.label_anchor.y - extent.height / 2,
                            extent.width, extent.height};
            // Clear of names and symbols, and of the dashed lines between sectors, which the
            // picture draws a little past the far ring.
            const bool clear =
                std::none_of(taken.begin(), taken.end(), [&](const Rect& t) { return t.overlaps(sector.label, 3); }) &&
                std::none_of(layout.sectors.begin(), layout.sectors.end(), [&](const PlacedSector& s) {
                    const double end = layout.ring_radius[2] * sector_divider_reach;
                    return line_from_centre_crosses(sector.label, {end * std::cos(s.start_angle), end * std::sin(s.start_angle)});
                });
            if (clear || r > reach + 400) break;  // beyond every name there is always room; a guard only
        }
        taken.push_back(sector.label);
    }
}

/// Moves each name that lines cross to the place beside its symbol that the fewest lines cross:
/// the client's lines to the other contacts and the lines between contacts (`among`), which are
/// only known once every contact is placed. A place qualifies as during placement: clear of
/// other names and symbols, of the client's symbol and name, and of the contact's own line from
/// the client. Names nothing crosses stay where placement put them.
void clear_names_of_lines(EcomapLayout& layout, const std::vector<std::pair<Point, Point>>& among) {
    const Rect ego_symbol = square_around({0, 0}, layout.ego_radius);
    const auto crossings = [&](const Rect& label, const PlacedContact& own) {
        int count = 0;
        for (const auto& other : layout.contacts)
            if (&other != &own && line_from_centre_crosses(label, other.centre)) ++count;
        for (const auto& [a, b] : among)
            if (segment_crosses(label, a, b)) ++count;
        return count;
    };
    const auto fits = [&](const Rect& label, const PlacedContact& own) {
        if (line_from_centre_crosses(label, own.centre)) return false;
        if (label.overlaps(ego_symbol, box_gap) || label.overlaps(layout.ego_label, box_gap)) return false;
        return std::none_of(layout.contacts.begin(), layout.contacts.end(), [&](const PlacedContact& other) {
            if (&other == &own) return false;
            return other.label.overlaps(label, box_gap) ||
                   square_around(other.centre, other.symbol_radius).overlaps(label, box_gap);
        });
    };
    // Twice: a name that moves can free a better place for one looked at before it.
    for (int round = 0; round < 2; ++round)
        for (auto& contact : layout.contacts) {
            int best = crossings(contact.label, contact);
            if (best == 0) continue;
            const TextExtent extent{contact.label.width, contact.label.height};
            for (const Rect& candidate : label_candidates(contact.centre, contact.symbol_radius, extent)) {
                const int count = crossings(candidate, contact);
                if (count < best && fits(candidate, contact)) {
                    best = count;
                    contact.label = candidate;
                    if (best == 0) break;
                }
            }
        }
}

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
    const std::function<TextExtent(std::string_view)> measure =
        options.measure_label ? options.measure_label : [](std::string_view text) {
            return TextExtent{5.0 * static_cast<double>(text.size()), 10.0};
        };

    // The client's ties to each contact; members at distance 2 are not drawn.
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
        std::string label = label_text(member.actor);
        const TextExtent extent = measure(label);
        contacts.push_back({member.actor, sector_of(options.scheme, network, member.actor, ties),
                            ring_of(network, ties), std::move(label), extent});
    }
    // Deterministic: by sector, ring, name, then the user's id.
    std::sort(contacts.begin(), contacts.end(), [&network](const Contact& a, const Contact& b) {
        if (a.sector != b.sector) return a.sector < b.sector;
        if (a.ring != b.ring) return a.ring < b.ring;
        if (a.label != b.label) return a.label < b.label;
        return network.actor(a.actor).id < network.actor(b.actor).id;
    });

    EcomapLayout layout;
    layout.ego_radius = options.symbol_radius * 1.6;
    const TextExtent ego_extent = measure(label_text(view.ego));
    layout.ego_label = {-ego_extent.width / 2, layout.ego_radius + label_gap, ego_extent.width, ego_extent.height};

    std::vector<std::size_t> counts(definitions.size() + 1, 0);  // the scheme's sectors and the unknown one
    for (const auto& c : contacts) ++counts[c.sector];
    layout.sectors = place_sectors(sectors_shown(options.scheme, counts));
    std::vector<std::size_t> placed_index(counts.size());
    for (std::size_t s = 0; s < layout.sectors.size(); ++s) placed_index[layout.sectors[s].definition] = s;
    for (auto& c : contacts) c.sector = placed_index[c.sector];  // from here on, an index into layout.sectors

    // The close ring starts well clear of the client, so short lines still show their marks.
    const double widest_label =
        std::accumulate(contacts.begin(), contacts.end(), ego_extent.width,
                        [](double w, const Contact& c) { return std::max(w, c.extent.width); });
    layout.inner_radius = layout.ego_radius + ego_extent.height + widest_label * 0.25 + 40;

    // Ring by ring from the inside out, each widened on its own until its contacts fit around
    // those already placed: a crowded close ring does not make empty outer rings wide.
    Occupancy occupancy{options.symbol_radius, options.min_contact_distance,
                        {square_around({0, 0}, layout.ego_radius), layout.ego_label}, {}};
    double band_inner = layout.inner_radius;
    for (int ring = 0; ring < 3; ++ring) {
        std::vector<const Contact*> members;
        for (const auto& c : contacts)
            if (static_cast<int>(c.ring) == ring) members.push_back(&c);
        double band = std::max(options.min_contact_distance * 2.2, 46.0);
        for (int attempt = 0;; ++attempt) {
            Occupancy trial = occupancy;
            std::vector<PlacedContact> placed;
            const bool last = attempt + 1 == growth_attempts;
            // Clear lines are worth some widening of the ring (1.15^6: 2.3 times), not more.
            const bool strict = attempt < strict_attempts;
            if (place_ring(members, ring, band_inner, band_inner + band, layout.sectors, options, strict, last, trial,
                           placed)) {
                occupancy = std::move(trial);
                layout.contacts.insert(layout.contacts.end(), placed.begin(), placed.end());
                break;
            }
            band *= ring_growth;
        }
        band_inner += band;
        layout.ring_radius[static_cast<std::size_t>(ring)] = band_inner;
    }
    // Placed ring by ring; handed out in the contacts' own order (within a ring they already are).
    std::stable_sort(layout.contacts.begin(), layout.contacts.end(), [](const PlacedContact& a, const PlacedContact& b) {
        return a.sector != b.sector ? a.sector < b.sector : a.ring < b.ring;
    });

    std::map<ActorIndex, Point> centre_of;
    for (const auto& contact : layout.contacts) centre_of[contact.actor] = contact.centre;
    std::vector<std::pair<Point, Point>> among;
    for (const TieIndex index : view.ties) {
        const Tie& tie = network.tie(index);
        const auto a = centre_of.find(tie.source), b = centre_of.find(tie.target);
        if (a != centre_of.end() && b != centre_of.end()) among.emplace_back(a->second, b->second);
    }
    clear_names_of_lines(layout, among);

    place_sector_labels(layout, options.scheme, options.measure_sector_label ? options.measure_sector_label : measure);
    layout.bounds = unite(square_around({0, 0}, layout.ring_radius[2]), layout.ego_label);
    for (const auto& contact : layout.contacts) layout.bounds = unite(layout.bounds, contact.label);
    for (const auto& sector : layout.sectors) layout.bounds = unite(layout.bounds, sector.label);
    layout.centre = {0, 0};
    return layout;
}

}  // namespace wijknet::render
