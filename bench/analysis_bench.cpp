// SPDX-License-Identifier: MIT
// Times wijknet's whole-network work on one network, step by step, for docs/benchmarks.md:
// loading the CSV pair, the isolation report, Burt's constraint for every actor, and the
// articulation points. Prints one line per step: step, seconds.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "wijknet/analysis/betweenness.hpp"
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

/// Seconds `step` takes: the best of up to 25 runs within half a second, so that a step of a few
/// milliseconds is timed more closely than the clock's noise. igraph_peer.py does the same.
template <class Step>
double best_time(Step&& step) {
    double best = 1e300, total = 0;
    for (int run = 0; run < 25 && total < 0.5; ++run) {
        Stopwatch clock;
        step();
        const double seconds = clock.lap();
        best = std::min(best, seconds);
        total += seconds;
    }
    return best;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: analysis_bench NETWORK isolation|constraint|articulation|betweenness|all\n");
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
    if (task == "constraint" || task == "articulation" || task == "betweenness" || task == "all") {
        const auto graph = wijknet::contact_graph(network);
        std::printf("contact_graph %.3f\n", clock.lap());
        if (task == "constraint" || task == "all") {
            const auto holes = wijknet::structural_holes(graph);
            std::printf("constraint %.3f (%zu actors)\n", clock.lap(), holes.size());
        }
        if (task == "betweenness" || task == "all") {
            const auto between = wijknet::betweenness(graph);
            std::printf("betweenness %.3f (%zu sources%s)\n", clock.lap(), between.sources,
                        between.sampled ? ", sampled" : "");
        }
        if (task == "articulation" || task == "all") {
            std::vector<wijknet::ActorIndex> points;
            const double seconds = best_time([&] { points = wijknet::articulation_points(graph); });
            std::printf("articulation %.4f (%zu points)\n", seconds, points.size());
            clock.lap();
        }
    }
    return 0;
}
