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

/// \brief How a GeoPackage export indexes its layers: `--spatial-index auto|yes|no`.
struct SpatialIndexOption {
    std::string value = "auto";

    void add_to(CLI::App& command, const std::string& option_name);
    [[nodiscard]] gis::SpatialIndex resolve() const;
};

/// Prints the warnings ("wijknet: warning: ...") of a map job, at most `limit` of them.
void report_warnings(const DiagnosticList& warnings, std::ostream& err, std::size_t limit = 20);

}  // namespace wijknet::cli
