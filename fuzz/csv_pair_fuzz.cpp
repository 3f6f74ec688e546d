// SPDX-License-Identifier: MIT
// The CSV pair: one input, split at its first NUL byte into actors.csv and ties.csv (without one,
// the ties file is a bare header). It must read or be refused with an InputError, never crash.
// Oracles: reading the files in pieces on every core (from a threshold of a few bytes) gives the
// same network, or the same messages in the same order, as reading them front to back; and a
// network that reads comes back equal through the CSV pair and GraphML.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "io/csv_pair_pieces.hpp"
#include "network_oracle.hpp"
#include "wijknet/io/diagnostic.hpp"

using namespace wijknet;

namespace {

struct Outcome {
    std::optional<Network> network;
    std::vector<Diagnostic> problems;
};

template <class Read>
Outcome read_with(Read read) {
    try {
        return {read(), {}};
    } catch (const InputError& error) {
        return {std::nullopt, error.diagnostics()};
    }
}

std::string messages(const Outcome& outcome) {
    if (outcome.network) return "(read without problems)";
    std::string text;
    for (const auto& problem : outcome.problems) text += problem.to_string() + '\n';
    return text;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    const auto split = input.find('\0');
    const std::string_view actors = input.substr(0, split);
    const std::string_view ties = split == std::string_view::npos ? "source,target\n" : input.substr(split + 1);
    const Outcome whole = read_with([&] { return read_csv_pair_text(actors, ties, "actors.csv", "ties.csv"); });
    const Outcome pieces = read_with([&] { return read_csv_pair_text_in_pieces(actors, ties, "actors.csv", "ties.csv", 8); });
    if (whole.problems != pieces.problems || whole.network.has_value() != pieces.network.has_value())
        fuzz::oracle_failed("pieces give the messages of front to back", messages(whole), messages(pieces));
    if (!whole.network) return 0;
    if (fuzz::csv_pair_of(*whole.network) != fuzz::csv_pair_of(*pieces.network))
        fuzz::oracle_failed("pieces give the network of front to back", fuzz::csv_pair_of(*whole.network), fuzz::csv_pair_of(*pieces.network));
    fuzz::check_round_trips(*whole.network);
    return 0;
}
