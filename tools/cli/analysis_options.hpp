// SPDX-License-Identifier: MIT
#pragma once

#include <iosfwd>
#include <optional>
#include <span>
#include <string>

#include "network_argument.hpp"
#include "analysis_reports.hpp"
#include "report_output.hpp"
#include "wijknet/analysis/betweenness.hpp"
#include "wijknet/model/date.hpp"
#include "wijknet/model/network.hpp"

namespace CLI {
class App;
class Validator;
}

namespace wijknet::cli {

/// \brief The options every analysis verb shares: NETWORK, --at, --format and --dialect.
struct AnalysisOptions {
    NetworkArgument network;
    std::string at;
    ReportOutput output;

    void add_to(CLI::App& command, bool with_at = true);
    /// Writes the report in the format and dialect asked for.
    void write(std::span<const ReportTable> tables, std::ostream& out, std::ostream& err) const { output.write(tables, out, err); }
    /// The --at day, if given. \throws InputError naming the option when it is not a date.
    [[nodiscard]] std::optional<Date> at_date() const;
};

/// Accepts a whole number of at least 1 and says so otherwise: CLI11's PositiveNumber answers 0
/// with "not in range 0.000000 to 1797693134862315708145274237317043567980705675...".
const CLI::Validator& whole_number_from_one();

/// A date option's value. \throws InputError naming the option when it is not a date.
Date parse_date_option(const std::string& option, const std::string& text);

/// Betweenness as `structure` and `measures --every-actor` compute it: exact up to `exact_up_to`
/// actors, beyond it from a sample of `sources`, which it says; its progress in tens of percents
/// on one line of `err` from 10,000 actors on, where it takes from seconds to minutes.
BetweennessOptions betweenness_options(std::size_t actors, std::size_t exact_up_to, std::size_t sources, std::ostream& err);

/// The actor with the user's id. \throws InputError naming the option when there is none.
ActorIndex find_actor_option(const Network& network, const std::string& option, const std::string& id);


}  // namespace wijknet::cli
