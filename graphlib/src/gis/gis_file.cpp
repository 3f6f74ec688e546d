// SPDX-License-Identifier: MIT
#include "wijknet/gis/gis_file.hpp"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <map>
#include <random>

#include "gdal_session.hpp"
#include "wijknet/io/diagnostic.hpp"
#include "wijknet/text/ascii.hpp"

namespace wijknet::gis {
namespace {

using detail::DatasetHandle;

OGRFieldType ogr_type(FieldType type) {
    switch (type) {
        case FieldType::integer: return OFTInteger64;
        case FieldType::real: return OFTReal;
        case FieldType::text: break;
    }
    return OFTString;
}

OGRwkbGeometryType ogr_kind(GeometryKind kind) {
    switch (kind) {
        case GeometryKind::line: return wkbLineString;
        case GeometryKind::polygon: return wkbMultiPolygon;
        case GeometryKind::point: break;
    }
    return wkbPoint;
}

OGRLinearRing linear_ring(const geo::Ring& ring) {
    OGRLinearRing out;
    for (const auto& p : ring) out.addPoint(p.x, p.y);
    out.closeRings();
    return out;
}

std::unique_ptr<OGRGeometry> ogr_geometry(const Feature& feature) {
    if (const auto* point = std::get_if<geo::MapPoint>(&feature.geometry))
        return std::make_unique<OGRPoint>(point->x, point->y);
    if (const auto* segment = std::get_if<Segment>(&feature.geometry)) {
        auto line = std::make_unique<OGRLineString>();
        line->addPoint(segment->from.x, segment->from.y);
        line->addPoint(segment->to.x, segment->to.y);
        return line;
    }
    auto multi = std::make_unique<OGRMultiPolygon>();
    for (const auto& polygon : std::get<geo::Shape>(feature.geometry)) {
        OGRPolygon part;
        part.addRingDirectly(new OGRLinearRing(linear_ring(polygon.outer)));
        for (const auto& hole : polygon.holes) part.addRingDirectly(new OGRLinearRing(linear_ring(hole)));
        multi->addGeometry(&part);
    }
    return multi;
}

void set_value(OGRFeature& out, int field, const FieldValue& value) {
    std::visit(
        [&](const auto& v) {
            using V = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<V, std::monostate>) out.SetFieldNull(field);
            else if constexpr (std::is_same_v<V, std::string>) out.SetField(field, v.c_str());
            else if constexpr (std::is_same_v<V, std::int64_t>) out.SetField(field, static_cast<GIntBig>(v));
            else out.SetField(field, v);
        },
        value);
}

void check(bool ok, const std::string& doing) {
    if (!ok) throw RunError("GDAL failed while " + doing + ": " + detail::last_gdal_error());
}

/// Writes features into a new layer; `layer_field` >= 0 also stores the source layer's name.
void write_features(OGRLayer& out, const GisLayer& layer, const std::map<std::string, int>& field_index,
                    int layer_field) {
    for (const auto& feature : layer.features) {
        OGRFeature row(out.GetLayerDefn());
        for (std::size_t i = 0; i < layer.fields.size() && i < feature.values.size(); ++i)
            set_value(row, field_index.at(layer.fields[i].name), feature.values[i]);
        if (layer_field >= 0) row.SetField(layer_field, layer.name.c_str());
        row.SetGeometryDirectly(ogr_geometry(feature).release());
        check(out.CreateFeature(&row) == OGRERR_NONE, "writing a feature of layer " + layer.name);
    }
}

OGRLayer& create_layer(GDALDataset& dataset, const std::string& name, OGRSpatialReference& reference,
                       OGRwkbGeometryType kind, char** options) {
    OGRLayer* layer = dataset.CreateLayer(name.c_str(), &reference, kind, options);
    check(layer != nullptr, "creating layer " + name);
    return *layer;
}

void add_field(OGRLayer& layer, const FieldSpec& spec, std::map<std::string, int>& index) {
    if (index.count(spec.name)) return;
    OGRFieldDefn definition(spec.name.c_str(), ogr_type(spec.type));
    check(layer.CreateField(&definition) == OGRERR_NONE, "creating field " + spec.name);
    index[spec.name] = layer.GetLayerDefn()->GetFieldIndex(spec.name.c_str());
}

std::filesystem::path temporary_beside(const std::filesystem::path& target) {
    std::random_device random;
    const auto folder = target.has_parent_path() ? target.parent_path() : std::filesystem::path(".");
    // The extension stays last: GDAL drivers look at it.
    return folder / ("." + target.stem().string() + ".tmp" + std::to_string(random()) + target.extension().string());
}

}  // namespace

GisWriteReport write_gis_file(const std::filesystem::path& path, std::span<const GisLayer> layers, int epsg,
                              const GisWriteOptions& write_options) {
    const SpatialIndex spatial_index = write_options.index;
    GisWriteReport report;
    detail::ensure_gdal();
    const std::string extension = text::lower(path.extension().string());
    const bool geopackage = extension == ".gpkg";
    if (!geopackage && extension != ".geojson" && extension != ".json")
        throw InputError(path.string(), 0, "unknown output format; expected .gpkg or .geojson");
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName(geopackage ? "GPKG" : "GeoJSON");
    check(driver != nullptr, "finding its " + std::string(geopackage ? "GeoPackage" : "GeoJSON") + " driver");

    const auto temporary = temporary_beside(path);
    // The file is written under a temporary name and renamed only when complete, so SQLite's
    // journal and syncs protect nothing here; without them a GeoPackage is written twice as fast.
    CPLSetThreadLocalConfigOption("OGR_SQLITE_SYNCHRONOUS", "OFF");
    CPLSetThreadLocalConfigOption("OGR_SQLITE_JOURNAL", "OFF");
    CPLSetThreadLocalConfigOption("OGR_SQLITE_CACHE", "512");
    struct ResetSqliteOptions {
        ~ResetSqliteOptions() {
            for (const char* option : {"OGR_SQLITE_SYNCHRONOUS", "OGR_SQLITE_JOURNAL", "OGR_SQLITE_CACHE"})
                CPLSetThreadLocalConfigOption(option, nullptr);
        }
    } reset_afterwards;
    try {
        DatasetHandle dataset(driver->Create(temporary.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
        check(dataset != nullptr, "creating " + path.string());
        OGRSpatialReference reference = detail::spatial_reference(epsg);
        if (geopackage) {
            for (const auto& layer : layers) {
                const bool indexed = spatial_index == SpatialIndex::always ||
                                     (spatial_index == SpatialIndex::automatic && layer.features.size() <= automatic_index_limit);
                CPLStringList options;
                options.SetNameValue("SPATIAL_INDEX", indexed ? "YES" : "NO");
                if (!indexed) report.unindexed_layers.push_back(layer.name);
                OGRLayer& out = create_layer(*dataset, layer.name, reference, ogr_kind(layer.kind), options.List());
                std::map<std::string, int> index;
                for (const auto& field : layer.fields) add_field(out, field, index);
                // One transaction per layer: SQLite commits per feature otherwise, 100 times slower.
                check(out.StartTransaction() == OGRERR_NONE, "starting a transaction");
                write_features(out, layer, index, -1);
                check(out.CommitTransaction() == OGRERR_NONE, "committing layer " + layer.name);
            }
        } else {
            CPLStringList options;
            // RFC 7946: GDAL reprojects each feature from the layer's CRS to WGS84 longitude and
            // latitude. Otherwise the map's CRS is kept and named in the file.
            options.SetNameValue("RFC7946", write_options.geojson == GeojsonCrs::wgs84 ? "YES" : "NO");
            OGRLayer& out = create_layer(*dataset, path.stem().string(), reference, wkbUnknown, options.List());
            std::map<std::string, int> index;
            add_field(out, {"layer", FieldType::text}, index);
            for (const auto& layer : layers)
                for (const auto& field : layer.fields) add_field(out, field, index);
            for (const auto& layer : layers) write_features(out, layer, index, index.at("layer"));
        }
        // Closing flushes the last pages; GDAL reports a failure there only through its error state.
        CPLErrorReset();
        dataset.reset();
        check(CPLGetLastErrorType() < CE_Failure, "finishing " + path.string());
        std::filesystem::rename(temporary, path);
        return report;
    } catch (...) {
        std::error_code ignored;
        std::filesystem::remove(temporary, ignored);
        throw;
    }
}

}  // namespace wijknet::gis
