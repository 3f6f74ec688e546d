// SPDX-License-Identifier: MIT
// The Graphviz seam: the only file that includes cgraph or gvc. Their headers define macros
// (TRUE, FALSE, ND_coord, ...) that must not leak anywhere else.
#include "wijknet/render/graphviz_layout.hpp"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <memory>
#include <mutex>
#include <unordered_map>

#include "wijknet/io/diagnostic.hpp"

namespace wijknet::render {
namespace {

struct ContextFree {
    void operator()(GVC_t* context) const { gvFreeContext(context); }
};
struct GraphClose {
    void operator()(Agraph_t* graph) const { agclose(graph); }
};
using ContextHandle = std::unique_ptr<GVC_t, ContextFree>;
using GraphHandle = std::unique_ptr<Agraph_t, GraphClose>;

/// Graphviz keeps global state: one layout at a time.
std::mutex graphviz_lock;

GVC_t* context() {
    static ContextHandle shared(gvContext());
    if (!shared) throw RunError("Graphviz could not start (gvContext failed)");
    return shared.get();
}

/// Builds the cgraph graph; node i is named "n<i>".
GraphHandle build(const LayoutGraph& input, std::vector<Agnode_t*>& nodes) {
    char name[] = "wijknet";
    GraphHandle graph(agopen(name, Agundirected, nullptr));
    if (!graph) throw RunError("Graphviz could not create a graph");
    agattr(graph.get(), AGNODE, const_cast<char*>("shape"), const_cast<char*>("circle"));
    agattr(graph.get(), AGNODE, const_cast<char*>("label"), const_cast<char*>(""));
    agattr(graph.get(), AGNODE, const_cast<char*>("fontsize"), const_cast<char*>("8"));
    agattr(graph.get(), AGNODE, const_cast<char*>("width"), const_cast<char*>("0.25"));
    agattr(graph.get(), AGRAPH, const_cast<char*>("overlap"), const_cast<char*>("false"));
    nodes.resize(input.node_count);
    for (std::size_t i = 0; i < input.node_count; ++i) {
        std::string id = "n" + std::to_string(i);
        nodes[i] = agnode(graph.get(), id.data(), 1);
        if (i < input.labels.size() && !input.labels[i].empty())
            agset(nodes[i], const_cast<char*>("label"), const_cast<char*>(input.labels[i].c_str()));
    }
    for (const auto& [a, b] : input.edges) agedge(graph.get(), nodes[a], nodes[b], nullptr, 1);
    return graph;
}

/// dot lays a network out as a hierarchy. A neighbourhood's ties have no direction, so dot ranks
/// them deep (138 ranks for the 422 actors of the sample) and long ties become chains of
/// thousands of virtual nodes: with Graphviz 2.43 the sample had not finished after ten
/// minutes, half in ordering the ranks to cross less and half in placing the chains. Only node
/// positions are taken from it, so ties are not routed; and beyond a hundred ties both phases get
/// fewer rounds the more ties there are (mclimit and nslimit scale their iteration counts), so
/// that the sample takes about 2 s and small networks keep dot's full effort.
void bound_hierarchical_layout(Agraph_t* graph, std::size_t ties) {
    agattr(graph, AGRAPH, const_cast<char*>("splines"), const_cast<char*>("false"));
    constexpr double full_effort_ties = 100;
    if (static_cast<double>(ties) <= full_effort_ties) return;
    std::string effort = std::to_string(full_effort_ties / static_cast<double>(ties));
    agattr(graph, AGRAPH, const_cast<char*>("mclimit"), effort.data());
    agattr(graph, AGRAPH, const_cast<char*>("nslimit"), effort.data());
}

}  // namespace

LayoutGraph layout_graph_of(const Network& network, std::span<const ActorIndex> actors, std::span<const TieIndex> ties) {
    LayoutGraph graph;
    graph.node_count = actors.size();
    std::unordered_map<ActorIndex, std::size_t> node_of;
    for (std::size_t i = 0; i < actors.size(); ++i) node_of.emplace(actors[i], i);
    for (const TieIndex index : ties) {
        const Tie& tie = network.tie(index);
        const auto source = node_of.find(tie.source), target = node_of.find(tie.target);
        if (source != node_of.end() && target != node_of.end()) graph.edges.emplace_back(source->second, target->second);
    }
    return graph;
}

bool is_graphviz_engine(std::string_view engine) {
    return engine == "neato" || engine == "fdp" || engine == "sfdp" || engine == "dot";
}

std::vector<Point> graphviz_layout(const LayoutGraph& input, std::string_view engine) {
    const std::lock_guard lock(graphviz_lock);
    std::vector<Agnode_t*> nodes;
    GraphHandle graph = build(input, nodes);
    const std::string engine_name(engine);
    if (engine == "dot") bound_hierarchical_layout(graph.get(), input.edges.size());
    if (gvLayout(context(), graph.get(), engine_name.c_str()) != 0)
        throw RunError("Graphviz layout '" + engine_name + "' failed");
    std::vector<Point> positions(input.node_count);
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        const pointf p = ND_coord(nodes[i]);
        positions[i] = {p.x, -p.y};  // Graphviz's y points up
    }
    gvFreeLayout(context(), graph.get());
    return positions;
}

void graphviz_render_file(const LayoutGraph& input, std::string_view engine, std::string_view format,
                          const std::filesystem::path& path) {
    const std::lock_guard lock(graphviz_lock);
    std::vector<Agnode_t*> nodes;
    GraphHandle graph = build(input, nodes);
    const std::string engine_name(engine), format_name(format);
    if (gvLayout(context(), graph.get(), engine_name.c_str()) != 0)
        throw RunError("Graphviz layout '" + engine_name + "' failed");
    const int rendered = gvRenderFilename(context(), graph.get(), format_name.c_str(), path.c_str());
    gvFreeLayout(context(), graph.get());
    if (rendered != 0) throw RunError("Graphviz could not write " + path.string());
}

}  // namespace wijknet::render
