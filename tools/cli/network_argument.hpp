// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "wijknet/model/network.hpp"

namespace CLI {
class App;
}

namespace wijknet::cli {

/// What every verb says of its NETWORK argument.
inline constexpr const char* network_help =
    "the network: a folder with actors.csv and ties.csv, an .xlsx or .ods workbook with those as sheets, a .wijknet\n"
    "project, or another tool's file (.graphml, .gexf, Pajek .net or .paj, .gml, .dot, easyNWK .json, UCINET .dl, Kumu's\n"
    "workbook or CSV files, a Network Canvas export or egor's ego tables: docs/formats.md)";

/// \brief The NETWORK argument and who reads it. A project logs every read in its access log
/// (NEN 7513), under the name `--user` gives or the user the program runs as.
/// What --mapping says, for every verb that reads a NETWORK.
inline constexpr const char* mapping_help =
    "a CSV file saying what another tool's columns and values mean in wijknet's words (column,value,applies_to,\n"
    "field,becomes; docs/formats.md), e.g. networkCanvasType,Professional,actor,kind,professional";

/// Reads `path` as load_network() does, tells its warnings, and applies the mapping file if any.
[[nodiscard]] Network load_mapped_network(const std::string& path, const std::string& mapping);

struct NetworkArgument {
    std::string path;
    std::string user;
    /// A mapping file (docs/formats.md) applied to a network read from another tool's files.
    std::string mapping;

    /// Adds NETWORK (required), --mapping and --user to a verb.
    void add_to(CLI::App& command);
    /// Reads the network. For a project, first logs the read: `event` is `read` for what is
    /// only shown and `export` for what leaves as a file, `what` the verb, and `client` whose
    /// network it is (empty: the whole network).
    [[nodiscard]] Network read(std::string_view what, std::string_view client = {}, std::string_view event = "read") const;
    /// As read(), and for a project also the key its pseudonyms are made with (the editor's), so
    /// pictures from the command line call people what the editor calls them.
    [[nodiscard]] Network read(std::string_view what, std::string_view client, std::string_view event,
                               std::optional<std::string>& pseudonym_key) const;
};

}  // namespace wijknet::cli
