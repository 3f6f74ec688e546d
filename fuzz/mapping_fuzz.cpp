// SPDX-License-Identifier: MIT
// The mapping file, applied to a small imported network. Reading it must succeed or be refused
// with an InputError, and so must applying it, never crash. Oracle: the mapped network comes back
// equal through the CSV pair and GraphML.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "network_oracle.hpp"
#include "wijknet/io/diagnostic.hpp"
#include "wijknet/io/network_canvas.hpp"
#include "wijknet/io/vocabulary_mapping.hpp"

using namespace wijknet;

namespace {

Network interview() {
    static const std::vector<ExportFile> files{
        {"x/c_ego.csv", "networkCanvasEgoUUID,networkCanvasCaseID,age\ne1,case_1,40\n"},
        {"x/c_attributeList_Person.csv", "nodeID,name,rol,since\n1,Ann,vriendin,2024-01-02\n2,Bo,buur,\n3,Cor,zorg,x\n"},
        {"x/c_edgeList_Close.csv", "edgeID,from,to,strength\n1,1,2,strong\n"}};
    return read_network_canvas_files(files);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const Network original = interview();
    Network network = original;
    try {
        const auto mapping = read_vocabulary_mapping_text(std::string_view(reinterpret_cast<const char*>(data), size), "map.csv");
        DiagnosticList warnings;
        apply_vocabulary_mapping(network, mapping, &warnings);
    } catch (const InputError&) {
        return 0;
    }
    fuzz::check_round_trips(network);
    return 0;
}
