// SPDX-License-Identifier: MIT
#include "wijknet/model/network.hpp"

#include <stdexcept>

namespace wijknet {

ActorIndex Network::add_actor(Actor actor) {
    if (actor.id.empty()) throw std::invalid_argument("actor without an id");
    const ActorIndex index{actors_.size()};
    if (!index_by_id_.emplace(actor.id, index).second)
        throw std::invalid_argument("duplicate actor id '" + actor.id + "'");
    actors_.push_back(std::move(actor));
    boost::add_vertex(graph_);
    return index;
}

TieIndex Network::add_tie(Tie tie) {
    if (!tie.source.valid() || !tie.target.valid() || tie.source.value() >= actors_.size() ||
        tie.target.value() >= actors_.size())
        throw std::invalid_argument("tie between unknown actors");
    if (tie.source == tie.target)
        throw std::invalid_argument("self-tie of actor '" + actors_[tie.source.value()].id + "'");
    const TieIndex index{ties_.size()};
    boost::add_edge(vertex_of(tie.source), vertex_of(tie.target), TieEdge{index}, graph_);
    ties_.push_back(std::move(tie));
    return index;
}

void Network::reserve(std::size_t actors, std::size_t ties) {
    actors_.reserve(actors);
    ties_.reserve(ties);
    index_by_id_.reserve(actors);
    graph_.m_vertices.reserve(actors);
    graph_.m_edges.reserve(ties);
}

std::optional<ActorIndex> Network::find_actor(std::string_view id) const {
    const auto found = index_by_id_.find(std::string(id));
    if (found == index_by_id_.end()) return std::nullopt;
    return found->second;
}

std::vector<TieIndex> Network::ties_of(ActorIndex actor) const {
    std::vector<TieIndex> result;
    for (const auto edge : boost::make_iterator_range(boost::out_edges(vertex_of(actor), graph_)))
        result.push_back(graph_[edge].tie);
    return result;
}

}  // namespace wijknet
