// SPDX-License-Identifier: MIT
#include "analysis_options.hpp"

#include <ostream>

#include <CLI/CLI.hpp>
#include <charconv>

#include "wijknet/io/diagnostic.hpp"

namespace wijknet::cli {

void AnalysisOptions::add_to(CLI::App& command, bool with_at) {
    network.add_to(command);
    if (with_at) command.add_option("--at", at, "only ties active on this day (YYYY-MM-DD); default: all ties");
    output.add_to(command, "table (for reading), csv or json (stable column names, docs/analyses.md)");
}

std::optional<Date> AnalysisOptions::at_date() const {
    if (at.empty()) return std::nullopt;
    return parse_date_option("--at", at);
}

const CLI::Validator& whole_number_from_one() {
    static const CLI::Validator validator(
        [](const std::string& text) -> std::string {
            std::size_t value = 0;
            const char* end = text.data() + text.size();
            const auto parsed = std::from_chars(text.data(), end, value);
            if (parsed.ec != std::errc{} || parsed.ptr != end || value < 1)
                return "expected a whole number of at least 1, got '" + text + "'";
            return {};
        },
        ">=1");
    return validator;
}

Date parse_date_option(const std::string& option, const std::string& text) {
    const auto day = Date::parse(text);
    if (!day) throw InputError(option, 0, "'" + text + "' is not a date (expected YYYY-MM-DD or DD-MM-YYYY)");
    return *day;
}

ActorIndex find_actor_option(const Network& network, const std::string& option, const std::string& id) {
    const auto actor = network.find_actor(id);
    if (!actor) throw InputError(option, 0, "no actor has id '" + id + "' (expected an id from the network)");
    return *actor;
}


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

}  // namespace wijknet::cli
