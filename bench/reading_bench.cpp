// SPDX-License-Identifier: MIT
// Reading a file's vocabulary: parse_term runs on five fields of every tie, millions of times when
// a neighbourhood is loaded, on values that vary from line to line as they do in a real file.
#include <benchmark/benchmark.h>

#include <random>
#include <string>
#include <vector>

#include "wijknet/model/vocabulary.hpp"

namespace {

using namespace wijknet;

// Each column's values in a random order, so that no value is foreseen from the one before.
template <class Enum>
std::vector<std::string> column_of(std::size_t rows, std::mt19937& random) {
    const auto terms = vocabulary<Enum>();
    std::vector<std::string> values;
    for (std::size_t r = 0; r < rows; ++r) {
        const auto& term = terms[random() % terms.size()];
        values.emplace_back(random() % 4 == 0 ? term.dutch : term.english);
    }
    return values;
}

void parse_tie_terms(benchmark::State& state) {
    constexpr std::size_t rows = 4096;
    std::mt19937 random(7);
    const auto kinds = column_of<TieKind>(rows, random);
    const auto strengths = column_of<Strength>(rows, random);
    const auto valences = column_of<Valence>(rows, random);
    const auto frequencies = column_of<Frequency>(rows, random);
    for (auto _ : state) {
        int found = 0;
        for (std::size_t r = 0; r < rows; ++r) {
            found += parse_term<TieKind>(kinds[r]).has_value();
            found += parse_term<Strength>(strengths[r]).has_value();
            found += parse_term<Valence>(valences[r]).has_value();
            found += parse_term<Frequency>(frequencies[r]).has_value();
        }
        benchmark::DoNotOptimize(found);
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * rows * 4));
}
BENCHMARK(parse_tie_terms);

}  // namespace

BENCHMARK_MAIN();
