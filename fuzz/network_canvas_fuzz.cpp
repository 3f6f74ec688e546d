// SPDX-License-Identifier: MIT
// Network Canvas's CSV export: one input split at its NUL bytes into the tables of two interviews
// (ego, attribute list and edge list of each, in that order; missing ones are left out). It must
// read or be refused with an InputError, never crash. Oracle: a network that reads comes back
// equal through the CSV pair and GraphML.
#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "network_oracle.hpp"
#include "wijknet/io/diagnostic.hpp"
#include "wijknet/io/network_canvas.hpp"

using namespace wijknet;

namespace {

constexpr std::array<const char*, 6> table_names{
    "export/case_1_s1_ego.csv", "export/case_1_s1_attributeList_Person.csv", "export/case_1_s1_edgeList_Close.csv",
    "export/case_2_s2_ego.csv", "export/case_2_s2_attributeList_Person.csv", "export/case_2_s2_edgeList_Close.csv"};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    const auto files = fuzz::export_files(input, table_names);
    Network network;
    try {
        DiagnosticList warnings;
        network = read_network_canvas_files(files, &warnings);
    } catch (const InputError&) {
        return 0;
    }
    fuzz::check_round_trips(network);
    return 0;
}
