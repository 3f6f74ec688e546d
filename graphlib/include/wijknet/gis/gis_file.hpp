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

/// Which GeoPackage layers get a spatial index (an R*Tree, which lets QGIS draw part of a layer
/// without reading all of it).
enum class SpatialIndex {
    /// Layers of up to `automatic_index_limit` features. SQLite builds the index one feature at
    /// a time: for 300,000 ties it takes longer than everything else in a map job together, and
    /// QGIS draws a layer of that size without one (or adds one on request).
    automatic,
    always,
    never,
};
inline constexpr std::size_t automatic_index_limit = 50'000;

/// The coordinates of a GeoJSON file: RFC 7946's WGS84 longitude and latitude, which web maps
/// and most programs expect (and the only CRS RFC 7946 allows), or the map's own CRS (RD New),
/// named in the file's `crs` member, which QGIS and GDAL read.
enum class GeojsonCrs { wgs84, map };

struct GisWriteOptions {
    SpatialIndex index = SpatialIndex::automatic;  // GeoPackage only
    GeojsonCrs geojson = GeojsonCrs::wgs84;
};

/// What was written, for the user's summary.
struct GisWriteReport {
    std::vector<std::string> unindexed_layers;  // GeoPackage layers left without a spatial index
};

/// Writes `layers` to `path`, format from the extension: `.gpkg` holds each layer as its own
/// table; `.geojson` holds one FeatureCollection with every feature and a `layer` property (QGIS
/// splits it by geometry type), in the CRS `options.geojson` says. Written under a temporary
/// name and renamed: a failure leaves
/// what was there before. \throws RunError when GDAL cannot write; InputError for an extension
/// it does not know.
GisWriteReport write_gis_file(const std::filesystem::path& path, std::span<const GisLayer> layers, int epsg,
                              const GisWriteOptions& options = {});

}  // namespace wijknet::gis
