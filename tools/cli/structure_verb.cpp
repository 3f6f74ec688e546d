// SPDX-License-Identifier: MIT
#include <CLI/CLI.hpp>
#include <ostream>
#include <string>

#include "analysis_options.hpp"
#include "report_table.hpp"
#include "structure_reports.hpp"
#include "verb.hpp"
#include "wijknet/analysis/betweenness.hpp"
#include "wijknet/analysis/contact_graph.hpp"
#include "wijknet/io/network_file.hpp"

namespace wijknet::cli {
namespace {

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
        options_.write(structure_tables(network, graph, between, top_), out, err);
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
