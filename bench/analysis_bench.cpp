// SPDX-License-Identifier: MIT
// Times wijknet's whole-network work on one network, step by step, for docs/benchmarks.md:
// loading the CSV pair, the isolation report, Burt's constraint for every actor, and the
// articulation points. Prints one line per step: step, seconds.
#include <chrono>
#include <cstdio>
#include <string>

#include "wijknet/analysis/contact_graph.hpp"
#include "wijknet/analysis/isolation.hpp"
#include "wijknet/analysis/structural_holes.hpp"
#include "wijknet/analysis/structure.hpp"
#include "wijknet/io/network_file.hpp"

namespace {

class Stopwatch {
public:
    double lap() {
        const auto now = std::chrono::steady_clock::now();
        const double seconds = std::chrono::duration<double>(now - last_).count();
        last_ = now;
        return seconds;
    }

private:
    std::chrono::steady_clock::time_point last_ = std::chrono::steady_clock::now();
};

}  // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: analysis_bench NETWORK isolation|constraint|articulation|all\n");
        return 2;
    }
    const std::string task = argv[2];
    Stopwatch clock;
    const wijknet::Network network = wijknet::load_network(argv[1]);
    std::printf("load %.3f\n", clock.lap());
    if (task == "isolation" || task == "all") {
        const auto flags = wijknet::isolated_residents(network);
        const auto areas = wijknet::isolation_by_area(network, flags, {});
        std::printf("isolation %.3f (%zu flagged, %zu areas)\n", clock.lap(), flags.size(), areas.size());
    }
    if (task == "constraint" || task == "articulation" || task == "all") {
        const auto graph = wijknet::contact_graph(network);
        std::printf("contact_graph %.3f\n", clock.lap());
        if (task == "constraint" || task == "all") {
            const auto holes = wijknet::structural_holes(graph);
            std::printf("constraint %.3f (%zu actors)\n", clock.lap(), holes.size());
        }
        if (task == "articulation" || task == "all") {
            const auto points = wijknet::articulation_points(graph);
            std::printf("articulation %.3f (%zu points)\n", clock.lap(), points.size());
        }
    }
    return 0;
}
