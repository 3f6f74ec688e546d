// SPDX-License-Identifier: MIT
#include "wijknet/analysis/ego_measures.hpp"

#include <cmath>
#include <limits>
#include <numeric>
#include <unordered_map>

#include "wijknet/analysis/support_flow.hpp"
#include "wijknet/model/ego_network.hpp"

namespace wijknet {
namespace {

constexpr std::array<SupportType, 4> all_support_types{SupportType::practical, SupportType::company,
                                                       SupportType::advice, SupportType::emotional};

/// What the ego's ties to one contact add up to.
struct ContactTies {
    bool informal = false;
    bool formal = false;
    bool good = false;
    bool gives = false;
    bool receives = false;
    SupportTypes given_to_ego;
    const Tie* first = nullptr;
};

std::size_t find_root(std::vector<std::size_t>& parent, std::size_t i) {
    while (parent[i] != i) i = parent[i] = parent[parent[i]];
    return i;
}

}  // namespace

bool any_tie_states_support(const Network& network) {
    for (std::size_t t = 0; t < network.tie_count(); ++t)
        if (!network.tie(TieIndex{t}).support.empty()) return true;
    return false;
}

std::vector<SupportType> EgoMeasures::missing_support() const {
    std::vector<SupportType> result;
    if (!support_recorded) return result;
    for (const auto type : all_support_types)
        if (givers[static_cast<std::size_t>(type)].empty()) result.push_back(type);
    return result;
}

std::vector<SupportType> EgoMeasures::single_source_support() const {
    std::vector<SupportType> result;
    for (const auto type : all_support_types)
        if (givers[static_cast<std::size_t>(type)].size() == 1) result.push_back(type);
    return result;
}

EgoMeter::EgoMeter(const Network& network, const EgoMeasureOptions& options)
    : network_(network),
      options_(options),
      graph_(contact_graph(network, {options.at, options.weighting})),
      holes_(graph_),
      support_recorded_(any_tie_states_support(network)) {}

EgoMeasures EgoMeter::measure(ActorIndex ego) {
    EgoMeasures result;
    result.ego = ego;
    result.support_recorded = support_recorded_;

    // Contacts in order of first tie, each with what its ties to the ego carry.
    std::vector<ActorIndex> order;
    std::unordered_map<ActorIndex, ContactTies> contacts;
    for (const TieIndex index : network_.ties_of(ego)) {
        const Tie& tie = network_.tie(index);
        if (options_.at && !tie.active_on(*options_.at)) continue;
        const ActorIndex other = tie.other(ego);
        auto [entry, inserted] = contacts.try_emplace(other);
        if (inserted) {
            order.push_back(other);
            entry->second.first = &tie;
        }
        ContactTies& c = entry->second;
        c.informal = c.informal || tie.formality() == Formality::informal;
        c.formal = c.formal || tie.formality() == Formality::formal;
        c.good = c.good || is_good_contact(tie);
        if (!tie.support.empty() && supports(tie, ego)) {
            c.gives = true;
            for (const auto type : all_support_types)
                if (tie.support.has(type)) c.given_to_ego.add(type);
        }
        if (!tie.support.empty() && supported_by(tie, ego)) c.receives = true;
    }

    result.contacts = order.size();
    for (const ActorIndex contact : order) {
        const ContactTies& c = contacts.at(contact);
        const Actor& actor = network_.actor(contact);
        ++result.by_kind[actor.kind];
        ++result.by_domain[life_domain_of(actor, *c.first)];
        (c.informal ? result.informal_contacts : c.formal ? result.formal_contacts : result.unknown_kind_contacts) += 1;
        result.good_contacts += c.good ? 1 : 0;
        result.supported_by += c.gives ? 1 : 0;
        result.supports += c.receives ? 1 : 0;
        result.mutual += c.gives && c.receives ? 1 : 0;
        for (const auto type : all_support_types)
            if (c.given_to_ego.has(type)) result.givers[static_cast<std::size_t>(type)].push_back(contact);
    }

    // Density and groups among the contacts, from the contact graph with the ego left out.
    std::unordered_map<ActorIndex, std::size_t> position;
    for (std::size_t i = 0; i < order.size(); ++i) position.emplace(order[i], i);
    std::vector<std::size_t> parent(order.size());
    std::iota(parent.begin(), parent.end(), std::size_t{0});
    std::size_t pairs_in_contact = 0;
    for (std::size_t i = 0; i < order.size(); ++i) {
        for (const auto w : boost::make_iterator_range(boost::adjacent_vertices(vertex_of(order[i]), graph_))) {
            const auto found = position.find(actor_at(w));
            if (found == position.end() || found->second <= i) continue;
            ++pairs_in_contact;
            parent[find_root(parent, i)] = find_root(parent, found->second);
        }
    }
    for (std::size_t i = 0; i < order.size(); ++i) result.contact_components += find_root(parent, i) == i ? 1 : 0;
    const double k = static_cast<double>(order.size());
    result.density = order.size() < 2 ? std::numeric_limits<double>::quiet_NaN()
                                      : static_cast<double>(pairs_in_contact) / (k * (k - 1) / 2);

    result.holes = holes_.measure(vertex_of(ego));
    result.only_professionals = result.contacts > 0 && result.formal_contacts == result.contacts;
    result.few_good_contacts = result.good_contacts + result.unknown_kind_contacts < options_.min_good_contacts;
    return result;
}

}  // namespace wijknet
