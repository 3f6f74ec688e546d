// SPDX-License-Identifier: MIT
// GraphML, as networkx, igraph, Gephi, yEd and wijknet write it, and as damaged as files come.
// It must read or be refused with an InputError, never crash. Oracle: a network that reads
// comes back equal through the CSV pair and GraphML.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "network_oracle.hpp"
#include "wijknet/io/diagnostic.hpp"

using namespace wijknet;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    Network network;
    try {
        network = read_graphml_text(std::string_view(reinterpret_cast<const char*>(data), size), "network.graphml");
    } catch (const InputError&) {
        return 0;
    }
    fuzz::check_round_trips(network);
    return 0;
}
