// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <filesystem>
#include <span>
#include <string>
#include <variant>
#include <vector>

#include "wijknet/geo/geometry.hpp"

namespace wijknet::gis {

enum class FieldType { text, integer, real };

struct FieldSpec {
    std::string name;
    FieldType type = FieldType::text;
};

/// One attribute value; monostate is written as NULL (a suppressed count, say).
using FieldValue = std::variant<std::monostate, std::string, std::int64_t, double>;

struct Segment {
    geo::MapPoint from, to;
};

/// \brief One feature to write: a point, a straight line or an area, with one value per field.
struct Feature {
    std::variant<geo::MapPoint, Segment, geo::Shape> geometry;
    std::vector<FieldValue> values;
};

enum class GeometryKind { point, line, polygon };

/// \brief A layer to write: its name, geometry kind, fields and features.
struct GisLayer {
    std::string name;
    GeometryKind kind = GeometryKind::point;
    std::vector<FieldSpec> fields;
    std::vector<Feature> features;
};

/// Writes `layers` to `path`, format from the extension: `.gpkg` holds each layer as its own
/// table; `.geojson` holds one FeatureCollection with every feature and a `layer` property (QGIS
/// splits it by geometry type). Written under a temporary name and renamed: a failure leaves
/// what was there before. \throws RunError when GDAL cannot write; InputError for an extension
/// it does not know.
void write_gis_file(const std::filesystem::path& path, std::span<const GisLayer> layers, int epsg);

}  // namespace wijknet::gis
