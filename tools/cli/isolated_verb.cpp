// SPDX-License-Identifier: MIT
#include <CLI/CLI.hpp>
#include <ostream>

#include "analysis_options.hpp"
#include "analysis_reports.hpp"
#include "kind_notes.hpp"
#include "verb.hpp"
#include "wijknet/io/network_file.hpp"

namespace wijknet::cli {
namespace {

class IsolatedVerb final : public Verb {
public:
    CLI::App* add_to(CLI::App& app) override {
        auto* command = app.add_subcommand(
            "isolated", "Residents at risk of isolation, most urgent first, each with its reasons: no informal tie,\n"
                        "only professional contacts, no recent tie, few good contacts, no one for emotional support,\n"
                        "sole carer of someone. Then counts per area with small numbers suppressed.");
        options_.add_to(*command);
        command->add_option("--inactive-since", inactive_since_, "flag residents with no tie active on or after this day");
        command->add_option("--min-good", min_good_, "flag residents with fewer good contacts than this")
            ->capture_default_str()
            ->check(whole_number_from_one());
        command->add_option("--min-cell", policy_.min_cell, "counts from 1 to N-1 per area are suppressed")
            ->capture_default_str()
            ->check(whole_number_from_one());
        command->add_flag("--round5", policy_.round_to_5, "round counts per area to multiples of 5 (as CBS publishes)");
        command->add_option("--limit", limit_, "list at most this many residents (0: all)")->capture_default_str();
        return command;
    }

    int run(std::ostream& out, std::ostream& err) override {
        const Network network = options_.network.read("isolated");
        note_when_no_residents(network, err);
        note_unspecified_ties(network, err);
        note_no_support_recorded(network, err);
        IsolationOptions isolation{options_.at_date(), std::nullopt, min_good_};
        if (!inactive_since_.empty()) isolation.inactive_since = parse_date_option("--inactive-since", inactive_since_);
        const auto flags = isolated_residents(network, isolation);
        const std::vector<ReportTable> tables{isolation_table(network, flags, limit_),
                                              area_isolation_table(isolation_by_area(network, flags, policy_), policy_)};
        options_.write(tables, out, err);
        return exit_ok;
    }

private:
    AnalysisOptions options_;
    std::string inactive_since_;
    std::size_t min_good_ = 4;
    std::size_t limit_ = 0;
    CountPolicy policy_;
};

}  // namespace

std::unique_ptr<Verb> make_isolated_verb() { return std::make_unique<IsolatedVerb>(); }

}  // namespace wijknet::cli
