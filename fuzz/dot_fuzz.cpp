// SPDX-License-Identifier: MIT
// Graphviz DOT files, parsed by Graphviz's own cgraph, as Graphviz, igraph and wijknet write them
// and as damaged as files come. It must read or be refused with an InputError, never crash, and
// one input must never leak into the next (cgraph keeps what follows a graph for the next read).
// Oracle: a network that reads comes back equal through the CSV pair, GraphML and DOT.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "network_oracle.hpp"
#include "wijknet/io/diagnostic.hpp"
#include "wijknet/io/dot.hpp"

using namespace wijknet;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    Network network;
    DiagnosticList warnings;
    bool readable = true;
    try {
        network = read_dot_text(std::string_view(reinterpret_cast<const char*>(data), size), "network.dot", &warnings);
    } catch (const InputError&) {
        readable = false;
    }
    // Whatever the input left behind, the next file reads as itself.
    if (read_dot_text("graph { a -- b }", "next.dot").tie_count() != 1)
        fuzz::oracle_failed("the next file reads as itself", "one tie", "another network");
    if (!readable) return 0;
    fuzz::check_round_trips(network);
    // DOT is written by wijknet too: what it writes reads back equal.
    const std::string written = fuzz::csv_pair_of(network);
    if (const auto back = fuzz::csv_pair_of(read_dot_text(dot_text(network), "written.dot")); back != written)
        fuzz::oracle_failed("DOT reads back equal", written, back);
    return 0;
}
