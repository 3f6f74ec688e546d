// SPDX-License-Identifier: MIT
#include <CLI/CLI.hpp>
#include <ostream>

#include "analysis_options.hpp"
#include "analysis_reports.hpp"
#include "verb.hpp"
#include "wijknet/io/network_file.hpp"

namespace wijknet::cli {
namespace {

class ChangeVerb final : public Verb {
public:
    CLI::App* add_to(CLI::App& app) override {
        auto* command = app.add_subcommand(
            "change", "Change between two days: ties gained and lost, for the whole network, per client and per\n"
                      "area, and formal versus informal ties on each day (did help move from paid care to the\n"
                      "informal circle?).");
        options_.add_to(*command, false);
        command->add_option("--from", from_, "the earlier day (YYYY-MM-DD)")->required();
        command->add_option("--to", to_, "the later day (YYYY-MM-DD)")->required();
        return command;
    }

    int run(std::ostream& out, std::ostream& err) override {
        const Date from = parse_date_option("--from", from_);
        const Date to = parse_date_option("--to", to_);
        const Network network = options_.network.read("change");
        options_.write(change_tables(network, change_between(network, from, to)), out, err);
        return exit_ok;
    }

private:
    AnalysisOptions options_;
    std::string from_;
    std::string to_;
};

}  // namespace

std::unique_ptr<Verb> make_change_verb() { return std::make_unique<ChangeVerb>(); }

}  // namespace wijknet::cli
