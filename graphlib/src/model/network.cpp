// SPDX-License-Identifier: MIT
#include "wijknet/model/network.hpp"

#include <stdexcept>
#include <utility>

namespace wijknet {

std::size_t Network::slot_of(std::string_view id) const {
    // Linear probing over a power-of-two table kept at most half full.
    const std::size_t mask = id_slots_.size() - 1;
    const std::size_t hash = std::hash<std::string_view>{}(id);
    const auto fingerprint = static_cast<std::uint32_t>(hash >> 32);
    std::size_t slot = hash & mask;
    while (id_slots_[slot].actor.valid() &&
           (id_slots_[slot].fingerprint != fingerprint || actors_[id_slots_[slot].actor.value()].id != id))
        slot = (slot + 1) & mask;
    return slot;
}

void Network::grow_id_index(std::size_t actors) {
    std::size_t size = 16;
    while (size < 2 * actors) size *= 2;
    if (size <= id_slots_.size()) return;
    id_slots_.assign(size, IdSlot{});
    for (std::size_t i = 0; i < actors_.size(); ++i) place_id(actors_[i].id, ActorIndex{i});
}

void Network::place_id(std::string_view id, ActorIndex actor) {
    id_slots_[slot_of(id)] = {static_cast<std::uint32_t>(std::hash<std::string_view>{}(id) >> 32), actor};
}

ActorIndex Network::add_actor(Actor actor) {
    if (actor.id.empty()) throw std::invalid_argument("actor without an id");
    grow_id_index(actors_.size() + 1);
    const std::size_t slot = slot_of(actor.id);
    if (id_slots_[slot].actor.valid()) throw std::invalid_argument("duplicate actor id '" + actor.id + "'");
    const ActorIndex index{actors_.size()};
    id_slots_[slot] = {static_cast<std::uint32_t>(std::hash<std::string_view>{}(actor.id) >> 32), index};
    actors_.push_back(std::move(actor));
    graph_.reset();
    return index;
}

TieIndex Network::add_tie(Tie tie) {
    if (!tie.source.valid() || !tie.target.valid() || tie.source.value() >= actors_.size() ||
        tie.target.value() >= actors_.size())
        throw std::invalid_argument("tie between unknown actors");
    if (tie.source == tie.target)
        throw std::invalid_argument("self-tie of actor '" + actors_[tie.source.value()].id + "'");
    const TieIndex index{ties_.size()};
    ties_.push_back(std::move(tie));
    graph_.reset();
    return index;
}

void Network::reserve(std::size_t actors, std::size_t ties) {
    actors_.reserve(actors);
    ties_.reserve(ties);
    grow_id_index(actors);
}

const SupportGraph& Network::graph() const {
    if (graph_) return *graph_;
    // Arcs sorted by source with a counting sort that keeps tie order within each source.
    const std::size_t n = actors_.size();
    std::vector<std::uint32_t> start(n + 1, 0);
    for (const auto& tie : ties_) {
        ++start[tie.source.value() + 1];
        ++start[tie.target.value() + 1];
    }
    for (std::size_t v = 0; v < n; ++v) start[v + 1] += start[v];
    std::vector<std::pair<std::uint32_t, std::uint32_t>> arcs(2 * ties_.size());
    std::vector<TieEdge> properties(2 * ties_.size());
    for (std::size_t i = 0; i < ties_.size(); ++i) {
        const Tie& tie = ties_[i];
        for (const auto& [from, to] : {std::pair{tie.source, tie.target}, std::pair{tie.target, tie.source}}) {
            const auto slot = start[from.value()]++;
            arcs[slot] = {from.value(), to.value()};
            properties[slot] = TieEdge{TieIndex{i}};
        }
    }
    graph_.emplace(boost::edges_are_sorted, arcs.begin(), arcs.end(), properties.begin(),
                   static_cast<std::uint32_t>(n));
    return *graph_;
}

std::optional<ActorIndex> Network::find_actor(std::string_view id) const {
    if (id_slots_.empty()) return std::nullopt;
    const ActorIndex found = id_slots_[slot_of(id)].actor;
    if (!found.valid()) return std::nullopt;
    return found;
}

std::vector<TieIndex> Network::ties_of(ActorIndex actor) const {
    std::vector<TieIndex> result;
    const SupportGraph& all = graph();
    for (const auto edge : boost::make_iterator_range(boost::out_edges(actor.value(), all))) result.push_back(all[edge].tie);
    return result;
}

}  // namespace wijknet
