// SPDX-License-Identifier: MIT
#include "map_options.hpp"

#include <CLI/CLI.hpp>
#include "wijknet/io/csv_pair.hpp"
#include "wijknet/io/diagnostic.hpp"
#include "wijknet/text/ascii.hpp"
#include <filesystem>
#include <ostream>

#include "analysis_options.hpp"

namespace wijknet::cli {

void MapOptions::add_to(CLI::App& command, bool areas_required) {
    network.add_to(command);
    auto* areas_option = command.add_option("--areas", areas, "polygons of the areas: GeoPackage, Shapefile, GeoJSON, ...");
    if (areas_required) areas_option->required();
    command.add_option("--layer", layer, "layer of --areas to read (default: the first)");
    command.add_option("--code-field", code_field, "field with the area code (default: statcode, buurtcode, BU_CODE, ...)");
    command.add_option("--name-field", name_field, "field with the area name (default: statnaam, buurtnaam, BU_NAAM, ...)");
    command.add_option("--at", at, "the network as it stood on this day (YYYY-MM-DD)");
    command.add_option("--generalise", generalise,
                       "where people are shown: grid100 or grid500 (centre of the 100 m or 500 m square), centroid\n"
                       "(centre of their area), jitter (moved up to 250 m, the same way every time) or none (the\n"
                       "address itself: only for maps that stay inside the organisation)")
        ->check(CLI::IsMember({"grid100", "grid500", "centroid", "jitter", "none"}))
        ->capture_default_str();
    privacy.add_to(command, PrivacyOptions::Shown::pseudonyms);
    command.add_option("--min-cell", policy.min_cell, "counts from 1 to N-1 per area are suppressed")
        ->capture_default_str()
        ->check(whole_number_from_one());
    command.add_flag("--round5", policy.round_to_5, "round counts per area to multiples of 5 (as CBS publishes)");
}

NeighbourhoodMapOptions MapOptions::resolve() const {
    NeighbourhoodMapOptions options;
    options.areas_file = areas;
    // A CSV pair's area codes are in its actors.csv; any other format's in the file itself.
    std::error_code unreachable;
    const auto pair_actors = std::filesystem::path(network.path) / actors_file_name;
    options.actors_file = std::filesystem::is_regular_file(pair_actors, unreachable) ? pair_actors.string() : network.path;
    options.area_options.layer = layer;
    options.area_options.code_field = code_field;
    options.area_options.name_field = name_field;
    if (!at.empty()) options.at = parse_date_option("--at", at);
    options.policy = policy;
    options.generalisation = *geo::generalisation_named(generalise);
    options.names = !privacy.pseudonymise();
    const auto key = privacy.given_key();
    // Jitter that changes from run to run can be averaged away over many maps; with a key every
    // map moves a person the same way.
    if (!key && options.generalisation == geo::Generalisation::jitter)
        throw InputError("--generalise jitter", 0,
                         "needs a key (expected --key-file FILE or the environment variable WIJKNET_PSEUDONYM_KEY), so "
                         "that every map moves a person the same way");
    options.pseudonym_key = privacy.key();
    return options;
}

void report_warnings(const DiagnosticList& warnings, std::ostream& err, std::size_t limit) {
    std::size_t shown = 0;
    for (const auto& warning : warnings.items()) {
        if (shown++ == limit) {
            err << "wijknet: warning: ... and " << warnings.size() - limit << " more\n";
            break;
        }
        err << "wijknet: warning: " << (warning.file.empty() ? warning.message : warning.to_string()) << "\n";
    }
}

void GisWriteOption::add_to(CLI::App& command) {
    command
        .add_option("--spatial-index", spatial_index,
                    "spatial index of each GeoPackage layer: auto (layers of up to " +
                        std::to_string(gis::automatic_index_limit) +
                        " features; larger ones\ntake SQLite longer than the rest of the job), yes or no")
        ->check(CLI::IsMember({"auto", "yes", "no"}))
        ->capture_default_str();
    command
        .add_option("--crs", crs,
                    "coordinates of a .geojson export: wgs84 (RFC 7946 longitude/latitude, the default) or rd\n"
                    "(RD New, EPSG:28992, named in the file); a GeoPackage is always in RD New")
        ->check(CLI::IsMember({"wgs84", "rd"}));
    command.add_option("--dialect", dialect, "en, or nl: a .csv export for Dutch Excel (byte order mark, ';', Dutch column names,\ndecimal comma)")
        ->check(CLI::IsMember({"en", "nl"}))
        ->capture_default_str();
}

gis::GisWriteOptions GisWriteOption::resolve(const std::string& output) const {
    gis::GisWriteOptions options;
    if (spatial_index == "yes") options.index = gis::SpatialIndex::always;
    if (spatial_index == "no") options.index = gis::SpatialIndex::never;
    const bool geopackage = text::lower(std::filesystem::path(output).extension().string()) == ".gpkg";
    if (geopackage && crs == "wgs84")
        throw InputError("--crs", 0, "wgs84 is for a .geojson export; a GeoPackage is written in RD New (expected --crs rd, or none)");
    options.geojson = crs == "rd" ? gis::GeojsonCrs::map : gis::GeojsonCrs::wgs84;
    if (dialect == "nl" && text::lower(std::filesystem::path(output).extension().string()) != ".csv")
        throw InputError("--dialect", 0, output.empty() ? std::string("nl is for a .csv export, and none was asked for (expected an export named .csv)")
                                                        : "nl is for a .csv export, and '" + output + "' is none (expected an export named .csv)");
    return options;
}

}  // namespace wijknet::cli
