// SPDX-License-Identifier: MIT
#include "wijknet/analysis/structure.hpp"

#include <algorithm>
#include <boost/graph/biconnected_components.hpp>
#include <boost/graph/connected_components.hpp>
#include <boost/graph/core_numbers.hpp>
#include <boost/property_map/property_map.hpp>
#include <deque>

namespace wijknet {
namespace {

auto edge_index_map(const ContactGraph& graph) { return boost::get(&ContactEdge::index, graph); }

/// Biconnected component of every edge, and the articulation points.
struct Bicomponents {
    std::vector<std::size_t> of_edge;
    std::size_t count = 0;
    std::vector<SupportVertex> cut_vertices;
};

Bicomponents bicomponents(const ContactGraph& graph) {
    Bicomponents result;
    result.of_edge.assign(boost::num_edges(graph), 0);
    auto component = boost::make_iterator_property_map(result.of_edge.begin(), edge_index_map(graph));
    const auto [count, out] =
        boost::biconnected_components(graph, component, std::back_inserter(result.cut_vertices));
    (void)out;
    result.count = count;
    std::sort(result.cut_vertices.begin(), result.cut_vertices.end());
    return result;
}

}  // namespace

Components components(const ContactGraph& graph) {
    Components result;
    result.of_actor.assign(boost::num_vertices(graph), 0);
    if (!result.of_actor.empty()) result.count = boost::connected_components(graph, result.of_actor.data());
    return result;
}

std::vector<ActorIndex> articulation_points(const ContactGraph& graph) {
    // Tarjan's low points in one depth-first pass, without a stack for the edges of each block,
    // which Boost's biconnected_components keeps and this question does not need (it answered
    // slower than igraph on 10,000 residents). The contact graph is simple: no loops, and one
    // edge per pair, so the edge back to a vertex's parent is its only way back up.
    const std::size_t n = boost::num_vertices(graph);
    constexpr std::size_t unseen = 0, none = static_cast<std::size_t>(-1);
    std::vector<std::size_t> order(n, unseen), low(n, 0), parent(n, none);
    std::vector<bool> cut(n, false);
    using Neighbours = boost::graph_traits<ContactGraph>::adjacency_iterator;
    struct Visit {
        std::size_t vertex;
        Neighbours next, end;
    };
    std::vector<Visit> path;
    std::size_t visited = 0;
    for (std::size_t root = 0; root < n; ++root) {
        if (order[root] != unseen) continue;
        const auto enter = [&](std::size_t v) {
            order[v] = low[v] = ++visited;
            const auto [begin, end] = boost::adjacent_vertices(v, graph);
            path.push_back({v, begin, end});
        };
        enter(root);
        std::size_t root_children = 0;
        while (!path.empty()) {
            Visit& visit = path.back();
            const std::size_t v = visit.vertex;
            if (visit.next != visit.end) {
                const std::size_t w = *visit.next++;
                if (order[w] == unseen) {
                    parent[w] = v;
                    if (v == root) ++root_children;
                    enter(w);  // invalidates `visit`
                } else if (w != parent[v]) {
                    low[v] = std::min(low[v], order[w]);
                }
                continue;
            }
            path.pop_back();
            if (const std::size_t p = parent[v]; p != none) {
                low[p] = std::min(low[p], low[v]);
                if (p != root && low[v] >= order[p]) cut[p] = true;
            }
        }
        if (root_children > 1) cut[root] = true;
    }
    std::vector<ActorIndex> result;
    for (std::size_t v = 0; v < n; ++v)
        if (cut[v]) result.push_back(actor_at(v));
    return result;
}

std::vector<std::pair<ActorIndex, ActorIndex>> bridges(const ContactGraph& graph) {
    const auto blocks = bicomponents(graph);
    std::vector<std::size_t> edges_in(blocks.count, 0);
    for (const auto c : blocks.of_edge) ++edges_in[c];
    std::vector<std::pair<ActorIndex, ActorIndex>> result;
    for (const auto edge : boost::make_iterator_range(boost::edges(graph))) {
        if (edges_in[blocks.of_edge[graph[edge].index]] != 1) continue;
        auto a = boost::source(edge, graph), b = boost::target(edge, graph);
        if (b < a) std::swap(a, b);
        result.emplace_back(actor_at(a), actor_at(b));
    }
    std::sort(result.begin(), result.end());
    return result;
}

std::vector<std::size_t> core_numbers(const ContactGraph& graph) {
    std::vector<std::size_t> core(boost::num_vertices(graph), 0);
    boost::core_numbers(graph, boost::make_iterator_property_map(core.begin(), boost::get(boost::vertex_index, graph)));
    return core;
}

Gatekeepers gatekeepers_to_professionals(const Network& network, const ContactGraph& contacts) {
    const std::size_t n = boost::num_vertices(contacts);
    // The contact graph plus one vertex (`sink`) tied to every professional: a path to "any
    // professional" is a path to the sink, and the people every such path passes are the cut
    // vertices between an actor and the sink in the block-cut tree.
    ContactGraph graph = contacts;
    const SupportVertex sink = boost::add_vertex(graph);
    for (std::size_t i = 0; i < n; ++i)
        if (network.actor(ActorIndex{i}).kind == ActorKind::professional)
            boost::add_edge(i, sink, ContactEdge{1, boost::num_edges(graph)}, graph);

    const auto blocks = bicomponents(graph);
    const std::size_t tree_size = blocks.count + blocks.cut_vertices.size();
    std::vector<std::size_t> cut_node(n + 1, tree_size);  // tree node of a cut vertex, or none
    for (std::size_t i = 0; i < blocks.cut_vertices.size(); ++i) cut_node[blocks.cut_vertices[i]] = blocks.count + i;

    std::vector<std::vector<std::size_t>> tree(tree_size);
    std::vector<std::size_t> block_of(n + 1, tree_size);  // some block each vertex lies in
    for (const auto edge : boost::make_iterator_range(boost::edges(graph))) {
        const std::size_t block = blocks.of_edge[graph[edge].index];
        for (const auto end : {boost::source(edge, graph), boost::target(edge, graph)}) {
            block_of[end] = block;
            if (cut_node[end] != tree_size) {
                tree[block].push_back(cut_node[end]);
                tree[cut_node[end]].push_back(block);
            }
        }
    }

    Gatekeepers result;
    result.of_actor.assign(n, std::nullopt);
    const auto node_of = [&](SupportVertex v) { return cut_node[v] != tree_size ? cut_node[v] : block_of[v]; };
    std::vector<std::size_t> parent(tree_size, tree_size);
    std::vector<bool> reached(tree_size, false);
    if (block_of[sink] != tree_size) {
        const std::size_t root = node_of(sink);
        std::deque<std::size_t> queue{root};
        reached[root] = true;
        while (!queue.empty()) {
            const auto node = queue.front();
            queue.pop_front();
            for (const auto next : tree[node]) {
                if (reached[next]) continue;
                reached[next] = true;
                parent[next] = node;
                queue.push_back(next);
            }
        }
    }
    const std::size_t sink_node = cut_node[sink];
    for (std::size_t v = 0; v < n; ++v) {
        const Actor& actor = network.actor(ActorIndex{v});
        if (actor.kind == ActorKind::professional) continue;
        const std::size_t start = node_of(v);
        if (start == tree_size || !reached[start]) {
            result.no_route.push_back(ActorIndex{v});
            continue;
        }
        // The first cut vertex above the actor's own node (a block, or the actor as cut vertex).
        std::size_t node = cut_node[v] != tree_size ? parent[start] : start;
        if (node == tree_size) continue;
        const std::size_t above = parent[node];
        if (above == tree_size || above == sink_node) continue;
        const auto gatekeeper = blocks.cut_vertices[above - blocks.count];
        if (network.actor(actor_at(gatekeeper)).kind == ActorKind::professional) continue;
        result.of_actor[v] = actor_at(gatekeeper);
    }
    return result;
}

}  // namespace wijknet
