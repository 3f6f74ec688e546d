// SPDX-License-Identifier: MIT
#pragma once

// The one header through which Boost.Graph shows in wijknet's API. Analyses run Boost algorithms
// on this graph; everything else speaks in ActorIndex and TieIndex.

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <cstdint>

#include "wijknet/model/ids.hpp"

namespace wijknet {

/// Edge bundle: which tie of the Network an edge stands for.
struct TieEdge {
    TieIndex tie;
};

/// All ties as a compressed sparse row graph with one arc each way per tie: a multigraph (two
/// people can be family and neighbours at once) in 8 bytes per arc, which a municipality of a
/// million residents needs. Vertex i is the actor with ActorIndex i; an actor's arcs come in the
/// order its ties were added.
using SupportGraph = boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, TieEdge,
                                                        boost::no_property, std::uint32_t, std::uint32_t>;
using SupportVertex = std::size_t;

/// Edge bundle of the contact graph: how strong the relation between two actors is.
struct ContactEdge {
    double weight = 1;
    /// 0 .. num_edges-1 in order of creation, for algorithms that keep per-edge results.
    std::size_t index = 0;
};

/// Undirected simple graph of who is in contact with whom: the ties between two actors merged into
/// one edge. Analyses that follow networkx and igraph (degree, betweenness, Burt's measures,
/// articulation points) are defined on this graph. Vertex i is the actor with ActorIndex i.
using ContactGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property,
                                           ContactEdge, boost::no_property, boost::vecS>;

inline SupportVertex vertex_of(ActorIndex actor) { return actor.value(); }
inline ActorIndex actor_at(SupportVertex vertex) { return ActorIndex{static_cast<std::size_t>(vertex)}; }

}  // namespace wijknet
