// SPDX-License-Identifier: MIT
#include "neighbourhood_map.hpp"

#include <filesystem>
#include <sstream>

#include "gis_module_loader.hpp"
#include "wijknet/analysis/isolation.hpp"
#include "wijknet/io/atomic_output.hpp"
#include "wijknet/model/vocabulary.hpp"
#include "wijknet/privacy/pseudonymised_network.hpp"
#include "wijknet/render/ecomap_style.hpp"
#include "wijknet/text/ascii.hpp"

namespace wijknet::cli {
namespace {

/// Calls `visit(tie, from, to)` for each tie active on `at` whose two ends have a published
/// position: what the map draws and the export writes.
template <class Visit>
void for_each_published_tie(const Network& network, const NeighbourhoodMap& map, const std::optional<Date>& at,
                            Visit&& visit) {
    for (const Tie& tie : network.ties()) {
        if (at && !tie.active_on(*at)) continue;
        const auto& a = map.published[tie.source.value()];
        const auto& b = map.published[tie.target.value()];
        if (a && b) visit(tie, *a, *b);
    }
}

gis::FieldValue count_value(const PublishedCount& count) {
    if (const auto value = count.value()) return static_cast<std::int64_t>(*value);
    return std::monostate{};
}

gis::FieldValue real_value(const std::optional<double>& value) {
    if (value) return *value;
    return std::monostate{};
}

/// "actor 'r1' has area code BU01, but its coordinates lie in BU02 (Tweede); the coordinates are used",
/// for the first few, then how many more.
void warn_of_codes_that_disagree(const Network& network, const NeighbourhoodMap& map, const std::string& actors_file,
                                 DiagnosticList& warnings) {
    constexpr std::size_t named = 5;
    const auto& disagree = map.assignment.code_disagrees;
    for (std::size_t k = 0; k < disagree.size() && k < named; ++k) {
        const Actor& actor = network.actor(disagree[k]);
        const auto& area = map.areas.areas[*map.assignment.area_of[disagree[k].value()]];
        warnings.add(actors_file, 0,
                     "actor '" + actor.id + "' has area code " + actor.location.area_code + ", but its coordinates lie in " + area.code +
                         (area.name.empty() ? "" : " (" + area.name + ")") + "; the coordinates are used");
    }
    if (disagree.size() > named)
        warnings.add(actors_file, 0, "and " + std::to_string(disagree.size() - named) + " more actors whose area code disagrees with their coordinates");
}

}  // namespace

NeighbourhoodMap prepare_neighbourhood_map(const Network& network, const NeighbourhoodMapOptions& options,
                                           DiagnosticList& warnings) {
    NeighbourhoodMap map;
    const int epsg = options.area_options.map_epsg;
    if (!options.areas_file.empty()) map.areas = gis_module().read_area_file(options.areas_file, options.area_options, warnings);
    map.areas.epsg = epsg;
    const auto exact = gis_module().actor_positions(network, epsg, warnings);
    const geo::AreaIndex index(map.areas);
    map.assignment = geo::assign_areas(network, exact, index);

    if (!map.areas.areas.empty()) {
        const auto flags = isolated_residents(network, IsolationOptions{options.at, std::nullopt, 4});
        map.indicators = area_indicators(network, map.areas, map.assignment, exact, flags, {options.at, options.policy});
    }

    // People move to their generalised spot; organisations, places and groups are public and stay.
    std::vector<geo::MapPoint> area_points;
    for (const auto& area : map.areas.areas) area_points.push_back(geo::interior_point_of(area.shape));
    const Pseudonymiser pseudonyms(options.pseudonym_key);
    const std::vector<std::string> shown = options.names ? std::vector<std::string>{} : unique_pseudonyms(network, pseudonyms);
    map.published.resize(network.actor_count());
    map.labels.resize(network.actor_count());
    for (std::size_t i = 0; i < network.actor_count(); ++i) {
        const Actor& actor = network.actors()[i];
        const bool person = is_person(actor);
        map.labels[i] = options.names ? actor.name : shown[i];
        std::optional<geo::MapPoint> at = exact[i];
        const auto area = map.assignment.area_of[i];
        if (!at && area) at = area_points[*area];  // known only by area code: its centre
        if (!at) continue;
        ++map.located;
        map.published[i] = person ? geo::generalise(*at, options.generalisation,
                                                    area ? std::optional(area_points[*area]) : std::nullopt,
                                                    pseudonyms.position_seed(actor.id))
                                  : *at;
    }
    if (!map.areas.areas.empty()) warn_of_codes_that_disagree(network, map, options.actors_file, warnings);
    if (!map.areas.areas.empty() && !map.assignment.outside.empty()) {
        std::string some;
        for (std::size_t k = 0; k < map.assignment.outside.size() && k < 5; ++k)
            some += (k ? ", " : "") + network.actor(map.assignment.outside[k]).id;
        warnings.add(options.areas_file, 0,
                     std::to_string(map.assignment.outside.size()) + " actors lie outside every area (" + some +
                         (map.assignment.outside.size() > 5 ? ", ..." : "") + ")");
    }
    return map;
}

render::MapScene map_scene(const Network& network, const NeighbourhoodMap& map, AreaIndicator indicator,
                           const std::optional<Date>& at, bool label_people) {
    render::MapScene scene;
    for (std::size_t k = 0; k < map.areas.areas.size(); ++k) {
        const auto& area = map.areas.areas[k];
        const auto& published = map.indicators[k];
        scene.areas.push_back({area.name.empty() ? area.code : area.name, area.shape,
                               indicator_value(published, indicator), indicator_suppressed(published, indicator)});
    }
    for (std::size_t i = 0; i < network.actor_count(); ++i) {
        if (!map.published[i]) continue;
        const Actor& actor = network.actors()[i];
        const bool labelled = actor.kind == ActorKind::place || (label_people && is_person(actor));
        scene.actors.push_back({*map.published[i], render::category_of(actor), labelled ? map.labels[i] : std::string()});
    }
    for_each_published_tie(network, map, at, [&](const Tie& tie, geo::MapPoint a, geo::MapPoint b) {
        const auto kind = tie.valence == Valence::conflict   ? render::MapTieClass::conflict
                          : tie.formality() == Formality::formal ? render::MapTieClass::formal
                                                                 : render::MapTieClass::informal;
        scene.ties.push_back({a, b, kind, tie.strength == Strength::weak});
    });
    return scene;
}

std::vector<gis::GisLayer> export_layers(const Network& network, const NeighbourhoodMap& map,
                                         const std::optional<Date>& at, const CountPolicy& policy) {
    using gis::FieldType;
    std::vector<gis::GisLayer> layers;
    // Actors: a label (pseudonym), the kind and the area; nothing that marks a person as a
    // client or as isolated leaves the machine per person.
    gis::GisLayer actors{"actors", gis::GeometryKind::point,
                         {{"label", FieldType::text}, {"kind", FieldType::text}, {"area_code", FieldType::text}}, {}};
    for (std::size_t i = 0; i < network.actor_count(); ++i) {
        if (!map.published[i]) continue;
        const Actor& actor = network.actors()[i];
        const auto area = map.assignment.area_of[i];
        actors.features.push_back({*map.published[i],
                                   {map.labels[i], std::string(name_of(actor.kind)),
                                    area ? gis::FieldValue(map.areas.areas[*area].code) : gis::FieldValue()}});
    }
    gis::GisLayer ties{"ties", gis::GeometryKind::line,
                       {{"kind", FieldType::text}, {"formality", FieldType::text}, {"strength", FieldType::text},
                        {"valence", FieldType::text}},
                       {}};
    for_each_published_tie(network, map, at, [&](const Tie& tie, geo::MapPoint a, geo::MapPoint b) {
        ties.features.push_back({gis::Segment{a, b},
                                 {std::string(name_of(tie.kind)), std::string(tie.formality() == Formality::formal ? "formal" : tie.formality() == Formality::informal ? "informal" : "unknown"),
                                  tie.strength ? gis::FieldValue(std::string(name_of(*tie.strength))) : gis::FieldValue(),
                                  tie.valence ? gis::FieldValue(std::string(name_of(*tie.valence))) : gis::FieldValue()}});
    });
    layers.push_back(std::move(actors));
    layers.push_back(std::move(ties));
    if (map.areas.areas.empty()) return layers;

    gis::GisLayer areas{"areas", gis::GeometryKind::polygon, {{"area_code", FieldType::text}, {"area_name", FieldType::text}}, {}};
    for (const char* count : {"residents", "isolated", "flagged", "informal_ties", "formal_ties", "professionals",
                              "fragmented_clients"})
        areas.fields.push_back({count, FieldType::integer});
    areas.fields.push_back({"isolated_share", FieldType::real});
    areas.fields.push_back({"flagged_share", FieldType::real});
    areas.fields.push_back({"distance_to_place_m", FieldType::real});
    // A NULL count is either suppressed or unknown; this says which, and under what threshold.
    areas.fields.push_back({"suppressed_below", FieldType::integer});
    for (std::size_t k = 0; k < map.areas.areas.size(); ++k) {
        const auto& row = map.indicators[k];
        areas.features.push_back({map.areas.areas[k].shape,
                                  {row.code, row.name, count_value(row.residents), count_value(row.isolated),
                                   count_value(row.flagged), count_value(row.informal_ties), count_value(row.formal_ties),
                                   count_value(row.professionals), count_value(row.fragmented_clients),
                                   real_value(row.isolated_share), real_value(row.flagged_share),
                                   real_value(row.mean_distance_to_place),
                                   static_cast<std::int64_t>(policy.min_cell)}});
    }
    layers.push_back(std::move(areas));
    return layers;
}

ReportTable indicator_table(const NeighbourhoodMap& map, const CountPolicy& policy) {
    ReportTable table{"areas",
                      {"area_code", "area_name", "residents", "isolated", "isolated_share", "flagged", "flagged_share", "informal_ties",
                       "formal_ties", "professionals", "fragmented_clients", "distance_to_place_m"},
                      {}};
    for (const auto& row : map.indicators) {
        table.rows.push_back({row.code, row.name, published_cell(row.residents, policy), published_cell(row.isolated, policy),
                              optional_cell(row.isolated_share), published_cell(row.flagged, policy),
                              optional_cell(row.flagged_share),
                              published_cell(row.informal_ties, policy), published_cell(row.formal_ties, policy),
                              published_cell(row.professionals, policy), published_cell(row.fragmented_clients, policy),
                              optional_cell(row.mean_distance_to_place)});
    }
    return table;
}

void check_export_name(const std::string& output, const std::string& option, bool has_areas) {
    const std::string extension = text::lower(std::filesystem::path(output).extension().string());
    if (extension != ".gpkg" && extension != ".geojson" && extension != ".csv")
        throw InputError(option, 0, "unknown output format of '" + output + "'; expected .gpkg, .geojson or .csv");
    if (extension == ".csv" && !has_areas)
        throw InputError("--areas", 0, "a CSV export holds the indicators per area and needs --areas FILE");
}

std::string write_export(const std::string& output, const Network& network, const NeighbourhoodMap& map,
                         const NeighbourhoodMapOptions& options, const gis::GisWriteOptions& write_options,
                         CsvDialect csv_dialect) {
    if (text::lower(std::filesystem::path(output).extension().string()) == ".csv") {
        std::ostringstream csv;
        const ReportTable tables[] = {indicator_table(map, options.policy)};
        write_report(tables, OutputFormat::csv, csv, csv_dialect);
        write_file_atomically(output, csv.str());
        return std::to_string(map.indicators.size()) + " areas";
    }
    const auto layers = export_layers(network, map, options.at, options.policy);
    const auto report = gis_module().write_gis_file(output, layers, map.areas.epsg, write_options);
    std::string contents;
    for (const auto& layer : layers)
        contents += (contents.empty() ? "" : ", ") + layer.name + ": " + std::to_string(layer.features.size());
    if (!report.unindexed_layers.empty()) {
        contents += "; no spatial index on";
        for (std::size_t i = 0; i < report.unindexed_layers.size(); ++i)
            contents += (i ? ", " : " ") + report.unindexed_layers[i];
        if (write_options.index == gis::SpatialIndex::automatic)
            contents += " (over " + std::to_string(gis::automatic_index_limit) + " features; --spatial-index yes adds one)";
    }
    return contents;
}

}  // namespace wijknet::cli
