// SPDX-License-Identifier: MIT
// Ego-centred tables: one input split at its NUL bytes into an ego, an alter and an alter-alter
// table (missing ones are left out). It must read or be refused with an InputError, never crash.
// Oracle: a network that reads comes back equal through the CSV pair and GraphML.
#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "network_oracle.hpp"
#include "wijknet/io/diagnostic.hpp"
#include "wijknet/io/ego_tables.hpp"

using namespace wijknet;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    constexpr std::array<const char*, 3> table_names{"study/egos.csv", "study/alters.csv", "study/aaties.csv"};
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    const auto files = fuzz::export_files(input, table_names);
    Network network;
    try {
        DiagnosticList warnings;
        network = read_ego_tables_files(files, &warnings);
    } catch (const InputError&) {
        return 0;
    }
    fuzz::check_round_trips(network);
    return 0;
}
