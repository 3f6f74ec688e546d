// SPDX-License-Identifier: MIT
#include <CLI/CLI.hpp>
#include <ostream>

#include "analysis_options.hpp"
#include "analysis_reports.hpp"
#include "verb.hpp"
#include "wijknet/io/network_file.hpp"

namespace wijknet::cli {
namespace {

class CoordinationVerb final : public Verb {
public:
    CLI::App* add_to(CLI::App& app) override {
        auto* command = app.add_subcommand(
            "coordination", "Care coordination: per client the professionals and organisations involved, how many of\n"
                            "them work together, fragmentation, and a suggested coordinator (regisseur) with the\n"
                            "reason; then the agenda: organisations that share clients but do not collaborate.");
        options_.add_to(*command);
        command->add_option("--ego", ego_, "one client in detail");
        return command;
    }

    int run(std::ostream& out, std::ostream& err) override {
        const Network network = options_.network.read("coordination", ego_);
        const CoordinationOptions coordination{options_.at_date()};
        std::vector<ReportTable> tables;
        if (!ego_.empty()) {
            const auto care = coordinate_care(network, find_actor_option(network, "--ego", ego_), coordination);
            tables = {coordination_table(network, {care}), professionals_table(network, care)};
        } else {
            std::vector<CareCoordination> all;
            for (std::size_t i = 0; i < network.actor_count(); ++i)
                if (network.actor(ActorIndex{i}).is_client) all.push_back(coordinate_care(network, ActorIndex{i}, coordination));
            tables = {coordination_table(network, all), agenda_table(network, coordination_agenda(network, coordination))};
        }
        options_.write(tables, out, err);
        return exit_ok;
    }

private:
    AnalysisOptions options_;
    std::string ego_;
};

}  // namespace

std::unique_ptr<Verb> make_coordination_verb() { return std::make_unique<CoordinationVerb>(); }

}  // namespace wijknet::cli
