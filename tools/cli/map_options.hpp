// SPDX-License-Identifier: MIT
#pragma once

#include <string>

#include "neighbourhood_map.hpp"
#include "network_argument.hpp"
#include "privacy_options.hpp"

namespace CLI {
class App;
}

namespace wijknet::cli {

/// \brief The options `map` and `export` share: the network, its areas, privacy and the day.
struct MapOptions {
    NetworkArgument network;
    std::string areas;
    std::string layer;
    std::string code_field;
    std::string name_field;
    std::string at;
    std::string generalise = "grid100";
    PrivacyOptions privacy;
    CountPolicy policy;

    void add_to(CLI::App& command, bool areas_required);
    /// Everything checked and converted; a one-run key when the user gave none.
    /// \throws InputError naming the option that is wrong.
    [[nodiscard]] NeighbourhoodMapOptions resolve() const;
};

/// \brief How an export is written: `--spatial-index` (GeoPackage), `--crs` (GeoJSON) and
/// `--dialect` (the CSV of the indicators per area).
struct GisWriteOption {
    std::string spatial_index = "auto";
    std::string crs;  // empty: the format's own (WGS84 for GeoJSON, RD New for a GeoPackage)
    std::string dialect = "en";

    void add_to(CLI::App& command);
    /// \throws InputError when --crs or --dialect asks what the format of `output` cannot hold.
    [[nodiscard]] gis::GisWriteOptions resolve(const std::string& output) const;
    [[nodiscard]] CsvDialect csv_dialect() const { return dialect == "nl" ? CsvDialect::dutch_excel : CsvDialect::english; }
};

/// Prints the warnings ("wijknet: warning: ...") of a map job, at most `limit` of them.
void report_warnings(const DiagnosticList& warnings, std::ostream& err, std::size_t limit = 20);

}  // namespace wijknet::cli
