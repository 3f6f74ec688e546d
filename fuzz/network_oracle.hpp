// SPDX-License-Identifier: MIT
// The round-trip oracle the network readers' fuzz targets share: a network that was read without
// problems, written as the CSV pair and as GraphML, reads back as the same network.
#pragma once
#include <array>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "wijknet/io/csv_pair.hpp"
#include "wijknet/io/export_file.hpp"
#include "wijknet/io/graphml.hpp"
#include "wijknet/model/network.hpp"

namespace wijknet::fuzz {

/// The files of an export from one input: split at its NUL bytes, the parts named by `names` in
/// order; parts past the names are left out, and so are names past the parts.
template <std::size_t N>
std::vector<ExportFile> export_files(std::string_view input, const std::array<const char*, N>& names) {
    std::vector<ExportFile> files;
    for (const char* name : names) {
        const auto split = input.find('\0');
        files.push_back({name, input.substr(0, split)});
        if (split == std::string_view::npos) break;
        input.remove_prefix(split + 1);
    }
    return files;
}

/// The network as the CSV pair writes it: what "equal" means for the oracle.
inline std::string csv_pair_of(const Network& network) {
    return actors_csv_text(network) + '\0' + ties_csv_text(network);
}

/// A finding: says which oracle failed and what the two sides were, then aborts.
[[noreturn]] inline void oracle_failed(std::string_view oracle, std::string_view expected, std::string_view found) {
    const auto show = [](std::string_view text) {
        for (const char c : text)
            if (c == '\n' || (c >= ' ' && c < 127)) std::fputc(c, stderr);
            else std::fprintf(stderr, "\\x%02X", static_cast<unsigned char>(c));
    };
    std::fprintf(stderr, "oracle failed: %.*s\n--- expected ---\n", int(oracle.size()), oracle.data());
    show(expected);
    std::fputs("\n--- found ---\n", stderr);
    show(found);
    std::fputc('\n', stderr);
    std::abort();
}

/// Aborts (a finding) when `network` does not come back equal through the CSV pair and GraphML.
/// A writer's output that its reader refuses is a finding too: the InputError is not caught.
inline void check_round_trips(const Network& network) {
    const std::string actors = actors_csv_text(network), ties = ties_csv_text(network);
    const std::string written = actors + '\0' + ties;
    if (const auto back = csv_pair_of(read_csv_pair_text(actors, ties, "actors.csv", "ties.csv")); back != written)
        oracle_failed("the CSV pair reads back equal", written, back);
    if (const auto back = csv_pair_of(read_graphml_text(graphml_text(network), "network.graphml")); back != written)
        oracle_failed("GraphML reads back equal", written, back);
}

}  // namespace wijknet::fuzz
