// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "wijknet/geo/area_layer.hpp"
#include "wijknet/io/diagnostic.hpp"

namespace wijknet::gis {

/// \brief Which layer and fields of an area file to read, and the map's CRS.
struct AreaFileOptions {
    std::string layer;       // empty: the file's first layer
    std::string code_field;  // empty: the first of area_code_fields found
    std::string name_field;  // empty: the first of area_name_fields found; none is fine
    int map_epsg = 28992;
};

/// Field names tried, in order and ignoring case, when no code or name field is chosen: those of
/// Statistics Netherlands' wijk- en buurtkaart and of PDOK's services, and wijknet's own export.
inline constexpr const char* area_code_fields[] = {"statcode", "buurtcode", "BU_CODE", "wijkcode", "WK_CODE",
                                                   "gemeentecode", "GM_CODE", "area_code", "code"};
inline constexpr const char* area_name_fields[] = {"statnaam", "buurtnaam", "BU_NAAM", "wijknaam", "WK_NAAM",
                                                   "gemeentenaam", "GM_NAAM", "area_name", "naam", "name"};

/// \brief What `ogrinfo` would say about one layer of a file.
struct LayerSummary {
    std::string name;
    std::int64_t features = 0;
    std::optional<int> epsg;
    std::string geometry;  // "Polygon", "Point", ...
    std::vector<std::string> fields;
    /// Whether the layer answers spatial filters from an index (a GeoPackage's R*Tree).
    bool spatial_index = false;
};

/// The layers of any vector file GDAL opens. \throws InputError when it opens none.
std::vector<LayerSummary> list_layers(const std::filesystem::path& path);

/// Reads a polygon layer (GeoPackage, Shapefile, GeoJSON, anything OGR opens) as areas in the
/// map's CRS. A feature with an invalid polygon is repaired (GEOS's make-valid) and reported in
/// `warnings`; one that cannot be repaired, has no polygon or no code is skipped and reported.
/// A file without a CRS is taken to be in the map's CRS, with a warning.
/// \throws InputError when the file, the layer or the code field cannot be found.
geo::AreaLayer read_area_file(const std::filesystem::path& path, const AreaFileOptions& options,
                              DiagnosticList& warnings);

}  // namespace wijknet::gis
