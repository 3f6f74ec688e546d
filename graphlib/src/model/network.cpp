// SPDX-License-Identifier: MIT
#include "wijknet/model/network.hpp"

#include <stdexcept>
#include <utility>

namespace wijknet {

ActorIndex Network::add_actor(Actor actor) {
    if (actor.id.empty()) throw std::invalid_argument("actor without an id");
    const ActorIndex index{actors_.size()};
    if (!index_by_id_.emplace(actor.id, index).second)
        throw std::invalid_argument("duplicate actor id '" + actor.id + "'");
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
    index_by_id_.reserve(actors);
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
    const auto found = index_by_id_.find(std::string(id));
    if (found == index_by_id_.end()) return std::nullopt;
    return found->second;
}

std::vector<TieIndex> Network::ties_of(ActorIndex actor) const {
    std::vector<TieIndex> result;
    const SupportGraph& all = graph();
    for (const auto edge : boost::make_iterator_range(boost::out_edges(actor.value(), all))) result.push_back(all[edge].tie);
    return result;
}

}  // namespace wijknet
