// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "report_table.hpp"
#include "wijknet/analysis/area_indicators.hpp"
#include "wijknet/geo/area_assignment.hpp"
#include "wijknet/geo/generalise.hpp"
#include "wijknet/gis/area_file.hpp"
#include "wijknet/gis/gis_file.hpp"
#include "wijknet/model/network.hpp"
#include "wijknet/render/map_picture.hpp"

// What the map and export verbs share: the network placed on its areas, the indicators per
// area, and every person's published position and label, privacy rules applied once, here.

namespace wijknet::cli {

struct NeighbourhoodMapOptions {
    std::string areas_file;  // empty: no areas (export of actors and ties only)
    std::string actors_file;  // where the actors' area codes were read, for the warnings about them
    gis::AreaFileOptions area_options;
    std::optional<Date> at;
    CountPolicy policy;
    geo::Generalisation generalisation = geo::Generalisation::grid100;
    bool names = false;       // real names of people instead of pseudonyms
    std::string pseudonym_key;
};

/// \brief The network on the map, ready to draw or export.
struct NeighbourhoodMap {
    geo::AreaLayer areas;
    geo::AreaAssignment assignment;
    std::vector<AreaIndicators> indicators;  // one per area, published
    /// By ActorIndex: the position that may leave the machine (generalised for people).
    std::vector<std::optional<geo::MapPoint>> published;
    /// By ActorIndex: the name to show (a pseudonym for people unless names were asked for).
    std::vector<std::string> labels;
    std::size_t located = 0;
};

/// Reads the areas, places every actor, computes the indicators and the published positions.
/// Problems that do not stop the job (an invalid polygon repaired, actors outside every area)
/// go to `warnings`.
NeighbourhoodMap prepare_neighbourhood_map(const Network& network, const NeighbourhoodMapOptions& options,
                                           DiagnosticList& warnings);

/// The scene for the map picture, coloured by `indicator`.
render::MapScene map_scene(const Network& network, const NeighbourhoodMap& map, AreaIndicator indicator,
                           const std::optional<Date>& at, bool label_people);

/// The layers `actors`, `ties` and (with areas) `areas` for a GeoPackage or GeoJSON export.
std::vector<gis::GisLayer> export_layers(const Network& network, const NeighbourhoodMap& map,
                                         const std::optional<Date>& at, const CountPolicy& policy);

/// The indicators per area as a table (CSV export, and the map verb's summary).
ReportTable indicator_table(const NeighbourhoodMap& map, const CountPolicy& policy);

/// \throws InputError unless `output` is an export this map can give: .gpkg, .geojson, or .csv
/// (the indicators per area, which needs areas). `option` names where the user gave it.
void check_export_name(const std::string& output, const std::string& option, bool has_areas);

/// Writes the export `output` names, atomically, and returns what it holds ("actors: 120, ...",
/// and which layers have no spatial index).
std::string write_export(const std::string& output, const Network& network, const NeighbourhoodMap& map,
                         const NeighbourhoodMapOptions& options, const gis::GisWriteOptions& write_options,
                         CsvDialect csv_dialect = CsvDialect::english);

}  // namespace wijknet::cli
