// SPDX-License-Identifier: MIT
#include "summary_table.hpp"

#include <iomanip>
#include <ostream>
#include <sstream>

namespace wijknet::cli {
namespace {

constexpr int label_width = 26;
constexpr std::size_t listed_without_ties = 10;

void row(std::ostream& out, std::string_view label, std::size_t count, std::string_view note = {}) {
    out << "  " << std::left << std::setw(label_width) << label << std::right << std::setw(8) << count;
    if (!note.empty()) out << "  " << note;
    out << '\n';
}

std::string percent_of(std::size_t part, std::size_t whole) {
    if (whole == 0) return {};
    std::ostringstream text;
    text << std::fixed << std::setprecision(1) << 100.0 * static_cast<double>(part) / static_cast<double>(whole) << '%';
    return text.str();
}

}  // namespace

void print_summary(const Network& network, const NetworkSummary& summary, std::ostream& out) {
    out << "Actors: " << summary.actors << " (" << summary.clients << (summary.clients == 1 ? " client)\n" : " clients)\n");
    for (const auto& [kind, count] : summary.actors_by_kind) row(out, name_of(kind), count);

    out << "Ties: " << summary.ties << '\n';
    for (const auto& [kind, count] : summary.ties_by_kind) row(out, name_of(kind), count);

    out << "Formal and informal ties:\n";
    const auto formality = [&summary](Formality f) {
        const auto found = summary.ties_by_formality.find(f);
        return found == summary.ties_by_formality.end() ? std::size_t{0} : found->second;
    };
    row(out, "informal", formality(Formality::informal), percent_of(formality(Formality::informal), summary.ties));
    row(out, "formal", formality(Formality::formal), percent_of(formality(Formality::formal), summary.ties));
    if (formality(Formality::unknown) > 0)
        row(out, "unspecified kind", formality(Formality::unknown), percent_of(formality(Formality::unknown), summary.ties));

    out << "Structure:\n";
    row(out, "components", summary.components);
    row(out, "largest component", summary.largest_component, percent_of(summary.largest_component, summary.actors));
    row(out, "actors without any tie", summary.actors_without_ties.size());
    for (std::size_t i = 0; i < summary.actors_without_ties.size() && i < listed_without_ties; ++i) {
        const auto& actor = network.actor(summary.actors_without_ties[i]);
        out << "    " << actor.id << "  " << actor.name << " (" << name_of(actor.kind) << ")\n";
    }
    if (summary.actors_without_ties.size() > listed_without_ties)
        out << "    ... and " << summary.actors_without_ties.size() - listed_without_ties << " more\n";

    out << "Dates: ";
    if (summary.first_date) out << summary.first_date->to_string() << " to " << summary.last_date->to_string() << '\n';
    else out << "no tie has a date\n";
}

}  // namespace wijknet::cli
