// SPDX-License-Identifier: MIT
// GEXF files, as Gephi and networkx write them, and as damaged as files come. It must
// read or be refused with an InputError, never crash. Oracle: a network that reads comes back
// equal through the CSV pair, GraphML and GEXF.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "network_oracle.hpp"
#include "wijknet/io/diagnostic.hpp"
#include "wijknet/io/gexf.hpp"

using namespace wijknet;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    Network network;
    DiagnosticList warnings;
    try {
        network = read_gexf_text(std::string_view(reinterpret_cast<const char*>(data), size), "network.gexf", &warnings);
    } catch (const InputError&) {
        return 0;
    }
    fuzz::check_round_trips(network);
    // GEXF is written by wijknet too: what it writes reads back equal.
    const std::string written = fuzz::csv_pair_of(network);
    if (const auto back = fuzz::csv_pair_of(read_gexf_text(gexf_text(network), "written.gexf")); back != written)
        fuzz::oracle_failed("GEXF reads back equal", written, back);
    return 0;
}
