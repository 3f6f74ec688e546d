// SPDX-License-Identifier: MIT
#include <CLI/CLI.hpp>
#include <ostream>

#include "analysis_options.hpp"
#include "actor_measures_report.hpp"
#include "analysis_reports.hpp"
#include "kind_notes.hpp"
#include "verb.hpp"
#include "wijknet/io/network_file.hpp"

namespace wijknet::cli {
namespace {

class MeasuresVerb final : public Verb {
public:
    CLI::App* add_to(CLI::App& app) override {
        auto* command = app.add_subcommand(
            "measures", "A client's network: size, composition, informal share, who gives which support (P/G/A/E)\n"
                        "and which support nobody gives, reciprocity, density, Burt's effective size and constraint,\n"
                        "and the flags 'only professionals' and 'fewer than N good contacts'.");
        options_.add_to(*command);
        auto* ego = command->add_option("--ego", ego_, "the client's id: one client in detail");
        auto* all = command->add_flag("--all", all_, "every client (actors with client=yes); the default")->excludes(ego);
        command
            ->add_flag("--every-actor", every_actor_,
                       "every actor in the whole network, not only clients: size, degree, betweenness, constraint,\n"
                       "effective size, efficiency and k-core, one row each")
            ->excludes(ego)
            ->excludes(all);
        command->add_flag("--weighted", weighted_, "Burt's measures weighted by tie strength (weak 1, normal 2, strong 3)");
        command->add_option("--min-good", min_good_, "flag networks with fewer good contacts than this")
            ->capture_default_str()
            ->check(whole_number_from_one());
        return command;
    }

    int run(std::ostream& out, std::ostream& err) override {
        if (every_actor_) return run_every_actor(out, err);
        const Network network = options_.network.read("measures", ego_);
        if (ego_.empty()) note_when_no_clients(network, err);
        note_unspecified_ties(network, err);
        note_no_support_recorded(network, err);
        EgoMeasureOptions measure_options{options_.at_date(),
                                          weighted_ ? TieWeighting::by_strength : TieWeighting::unweighted, min_good_};
        EgoMeter meter(network, measure_options);
        std::vector<ReportTable> tables;
        if (!ego_.empty()) {
            const auto measures = meter.measure(find_actor_option(network, "--ego", ego_));
            tables = {ego_measures_table(network, {measures}), support_table(network, measures),
                      composition_table(measures)};
        } else {
            std::vector<EgoMeasures> all;
            for (std::size_t i = 0; i < network.actor_count(); ++i)
                if (network.actor(ActorIndex{i}).is_client) all.push_back(meter.measure(ActorIndex{i}));
            tables = {ego_measures_table(network, all)};
        }
        options_.write(tables, out, err);
        return exit_ok;
    }

private:
    int run_every_actor(std::ostream& out, std::ostream& err) {
        const Network network = options_.network.read("measures");
        const BetweennessOptions defaults;
        const ReportTable table =
            every_actor_table(network, options_.at_date(), betweenness_options(network.actor_count(), defaults.exact_up_to, defaults.sampled_sources, err));
        options_.write({&table, 1}, out, err);
        return exit_ok;
    }

    AnalysisOptions options_;
    std::string ego_;
    bool all_ = false;
    bool every_actor_ = false;
    bool weighted_ = false;
    std::size_t min_good_ = 4;
};

}  // namespace

std::unique_ptr<Verb> make_measures_verb() { return std::make_unique<MeasuresVerb>(); }

}  // namespace wijknet::cli
