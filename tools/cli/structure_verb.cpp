// SPDX-License-Identifier: MIT
#include <CLI/CLI.hpp>
#include <algorithm>
#include <numeric>
#include <ostream>
#include <string>

#include "analysis_options.hpp"
#include "report_table.hpp"
#include "verb.hpp"
#include "wijknet/analysis/betweenness.hpp"
#include "wijknet/analysis/contact_graph.hpp"
#include "wijknet/analysis/structure.hpp"
#include "wijknet/io/network_file.hpp"

namespace wijknet::cli {
namespace {

/// Betweenness as `structure` computes it: exact up to `exact_up_to` actors, beyond it from a
/// sample of `sources`, which it says; its progress in tens of percents on one line of `err` from
/// 10,000 actors on, where it takes from seconds to minutes.
BetweennessOptions betweenness_options(std::size_t actors, std::size_t exact_up_to, std::size_t sources,
                                       std::ostream& err) {
    BetweennessOptions options;
    options.exact_up_to = exact_up_to;
    options.sampled_sources = sources;
    if (actors < 10'000) return options;
    err << "wijknet: betweenness of " << actors << " actors, "
        << (betweenness_is_sampled(actors, options)
                ? "estimated from " + std::to_string(options.sampled_sources) + " of them as sources"
                : std::string("exact"))
        << ":" << std::flush;
    options.progress = [&err](std::size_t done, std::size_t total) {
        if (done * 10 / total == (done - 1) * 10 / total) return;
        err << ' ' << done * 100 / total << '%' << (done == total ? "\n" : "") << std::flush;
    };
    return options;
}

class StructureVerb final : public Verb {
public:
    CLI::App* add_to(CLI::App& app) override {
        auto* command = app.add_subcommand(
            "structure", "The whole network: components, articulation points and bridges (single points of\n"
                         "failure), degree, k-core, betweenness (exact up to 50,000 actors, sampled with a stated\n"
                         "error bound beyond), and residents whose only path to any professional runs through one\n"
                         "person.");
        options_.add_to(*command);
        command->add_option("--top", top_, "how many brokers to list")->capture_default_str();
        command
            ->add_option("--exact-up-to", exact_up_to_,
                         "betweenness is exact up to this many actors (minutes at 50,000 on two cores)")
            ->capture_default_str();
        command
            ->add_option("--sources", sources_,
                         "beyond that, betweenness is estimated from this many sources: fewer are faster,\n"
                         "with an error bound that grows as 1/sqrt(sources) (about 0.03 for 2000)")
            ->check(whole_number_from_one())
            ->capture_default_str();
        return command;
    }

    int run(std::ostream& out, std::ostream& err) override {
        const Network network = options_.network.read("structure");
        const auto graph = contact_graph(network, {options_.at_date()});
        const auto between =
            betweenness(graph, betweenness_options(network.actor_count(), exact_up_to_, sources_, err));
        const auto core = core_numbers(graph);
        const auto parts = components(graph);
        const auto points = articulation_points(graph);
        const auto links = bridges(graph);
        const auto gatekeepers = gatekeepers_to_professionals(network, graph);
        const auto id = [&network](ActorIndex a) { return network.actor(a).id; };

        ReportTable summary{"summary",
                            {"actors", "contacts", "components", "largest_component", "articulation_points",
                             "bridges", "max_core", "betweenness_sampled", "betweenness_error_bound"},
                            {}};
        std::vector<std::size_t> sizes(parts.count, 0);
        for (const auto c : parts.of_actor) ++sizes[c];
        summary.rows.push_back({count_cell(network.actor_count()), count_cell(boost::num_edges(graph)),
                                count_cell(parts.count),
                                count_cell(sizes.empty() ? 0 : *std::max_element(sizes.begin(), sizes.end())),
                                count_cell(points.size()), count_cell(links.size()),
                                count_cell(core.empty() ? 0 : *std::max_element(core.begin(), core.end())),
                                between.sampled, between.error_bound});

        std::vector<std::size_t> order(network.actor_count());
        std::iota(order.begin(), order.end(), std::size_t{0});
        std::stable_sort(order.begin(), order.end(),
                         [&between](std::size_t a, std::size_t b) { return between.raw[a] > between.raw[b]; });
        ReportTable brokers{"top_brokers",
                            {"id", "name", "kind", "degree", "betweenness", "betweenness_normalised", "core",
                             "articulation_point"},
                            {}};
        for (std::size_t i = 0; i < order.size() && i < top_; ++i) {
            const ActorIndex a{order[i]};
            brokers.rows.push_back({id(a), display_name(network, a), std::string(name_of(network.actor(a).kind)),
                                    count_cell(boost::out_degree(vertex_of(a), graph)), between.raw[order[i]],
                                    between.normalised[order[i]], count_cell(core[order[i]]),
                                    std::binary_search(points.begin(), points.end(), a)});
        }

        ReportTable cut{"articulation_points", {"id", "name", "kind", "degree"}, {}};
        for (const auto a : points)
            cut.rows.push_back({id(a), display_name(network, a), std::string(name_of(network.actor(a).kind)),
                                count_cell(boost::out_degree(vertex_of(a), graph))});

        ReportTable bridge_table{"bridges", {"source", "source_name", "target", "target_name"}, {}};
        for (const auto& [a, b] : links)
            bridge_table.rows.push_back({id(a), display_name(network, a), id(b), display_name(network, b)});

        ReportTable gate{"gatekeepers", {"id", "name", "through", "through_name", "through_kind"}, {}};
        for (std::size_t i = 0; i < network.actor_count(); ++i) {
            const ActorIndex a{i};
            const auto& through = gatekeepers.of_actor[i];
            if (network.actor(a).kind != ActorKind::resident || !through) continue;
            gate.rows.push_back({id(a), display_name(network, a), id(*through), display_name(network, *through),
                                 std::string(name_of(network.actor(*through).kind))});
        }
        ReportTable no_route{"no_route_to_professionals", {"id", "name", "kind"}, {}};
        for (const auto a : gatekeepers.no_route)
            if (network.actor(a).kind == ActorKind::resident)
                no_route.rows.push_back({id(a), display_name(network, a), std::string(name_of(network.actor(a).kind))});

        const std::vector<ReportTable> tables{summary, brokers, cut, bridge_table, gate, no_route};
        options_.write(tables, out);
        return exit_ok;
    }

private:
    AnalysisOptions options_;
    std::size_t top_ = 10;
    std::size_t exact_up_to_ = BetweennessOptions{}.exact_up_to;
    std::size_t sources_ = BetweennessOptions{}.sampled_sources;
};

}  // namespace

std::unique_ptr<Verb> make_structure_verb() { return std::make_unique<StructureVerb>(); }

}  // namespace wijknet::cli
