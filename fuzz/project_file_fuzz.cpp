// SPDX-License-Identifier: MIT
// Opening a project file, as damaged or foreign as files come. It must open or be refused with
// an InputError, never crash. Oracles: a project that opens, written into a new project and
// opened again, holds the same network, and the network comes back equal through the CSV pair
// and GraphML.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "network_oracle.hpp"
#include "wijknet/io/csv_pair.hpp"
#include "wijknet/io/diagnostic.hpp"
#include "wijknet/store/project.hpp"

using namespace wijknet;

namespace {

std::filesystem::path scratch() {
    static const auto folder = [] {
        auto path = std::filesystem::temp_directory_path() / ("wijknet-fuzz-" + std::to_string(::getpid()));
        std::filesystem::create_directories(path);
        return path;
    }();
    return folder;
}

void remove_project(const std::filesystem::path& path) {
    std::error_code ignored;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) std::filesystem::remove(path.string() + suffix, ignored);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto input = scratch() / "input.wijknet", copy = scratch() / "copy.wijknet";
    remove_project(input);
    remove_project(copy);
    std::ofstream(input, std::ios::binary).write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    Network network;
    try {
        network = store::Project::open(input).take_network();
    } catch (const InputError&) {
        return 0;
    }
    const std::string actors = actors_csv_text(network), ties = ties_csv_text(network);
    store::Project::create_from(network, copy, "fuzz");
    const Network again = store::Project::open(copy).take_network();
    if (actors_csv_text(again) != actors || ties_csv_text(again) != ties) std::abort();
    fuzz::check_round_trips(network);
    return 0;
}
