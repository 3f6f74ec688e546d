// SPDX-License-Identifier: MIT
// GML files, as networkx, igraph, Gephi and yEd write them, and as damaged as files come. It must
// read or be refused with an InputError, never crash (lists nest deep in few bytes). Oracle: a
// network that reads comes back equal through the CSV pair and GraphML.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "network_oracle.hpp"
#include "wijknet/io/diagnostic.hpp"
#include "wijknet/io/gml.hpp"

using namespace wijknet;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    Network network;
    DiagnosticList warnings;
    try {
        network = read_gml_text(std::string_view(reinterpret_cast<const char*>(data), size), "network.gml", &warnings);
    } catch (const InputError&) {
        return 0;
    }
    fuzz::check_round_trips(network);
    return 0;
}
