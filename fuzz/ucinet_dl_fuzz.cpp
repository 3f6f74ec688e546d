// SPDX-License-Identifier: MIT
// UCINET DL files, as UCINET, Gephi and igraph write them, and as damaged as files come.
// It must read or be refused with an InputError, never crash. Oracle: a network that reads
// comes back equal through the CSV pair and GraphML. A file may ask for millions of actors in a
// few bytes; here at most 100,000, so memory stays within libFuzzer's limit.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "network_oracle.hpp"
#include "wijknet/io/diagnostic.hpp"
#include "io/ucinet_dl_limits.hpp"

using namespace wijknet;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    Network network;
    try {
        network = read_ucinet_dl_text_up_to(std::string_view(reinterpret_cast<const char*>(data), size), "network.dl", 100'000);
    } catch (const InputError&) {
        return 0;
    }
    fuzz::check_round_trips(network);
    return 0;
}
