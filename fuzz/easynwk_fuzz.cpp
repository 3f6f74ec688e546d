// SPDX-License-Identifier: MIT
// The JSON file easyNWK saves, and as damaged as files come. It must
// read or be refused with an InputError, never crash (JSON nests deep in few bytes). Oracle: a
// network that reads comes back equal through the CSV pair and GraphML.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "network_oracle.hpp"
#include "wijknet/io/diagnostic.hpp"
#include "wijknet/io/easynwk.hpp"

using namespace wijknet;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    Network network;
    DiagnosticList warnings;
    try {
        network = read_easynwk_text(std::string_view(reinterpret_cast<const char*>(data), size), "map.json", &warnings);
    } catch (const InputError&) {
        return 0;
    }
    fuzz::check_round_trips(network);
    return 0;
}
