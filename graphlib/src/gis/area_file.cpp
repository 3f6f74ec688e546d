// SPDX-License-Identifier: MIT
#include "wijknet/gis/area_file.hpp"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <strings.h>

#include <map>

#include "gdal_session.hpp"

namespace wijknet::gis {
namespace {

using detail::DatasetHandle;

DatasetHandle open_vector(const std::filesystem::path& path) {
    detail::ensure_gdal();
    if (!std::filesystem::exists(path)) throw InputError(path.string(), 0, "no such file");
    DatasetHandle dataset(
        GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
    if (!dataset) {
        const std::string why = detail::last_gdal_error();
        throw InputError(path.string(), 0,
                         "not a vector file GDAL can read (expected GeoPackage, Shapefile, GeoJSON or another OGR format)" +
                             (why.empty() ? std::string() : ": " + why));
    }
    if (dataset->GetLayerCount() == 0) throw InputError(path.string(), 0, "the file holds no vector layer");
    return dataset;
}

std::optional<int> epsg_of(const OGRSpatialReference* reference) {
    if (!reference) return std::nullopt;
    OGRSpatialReference copy(*reference);
    if (copy.AutoIdentifyEPSG() != OGRERR_NONE && !copy.GetAuthorityCode(nullptr)) {
        // Shapefile .prj files often carry no code; ask PROJ for the best match.
        int matches = 0;
        int* confidence = nullptr;
        OGRSpatialReferenceH* found = copy.FindMatches(nullptr, &matches, &confidence);
        std::optional<int> best;
        if (matches > 0 && confidence[0] >= 70) {
            const auto* first = OGRSpatialReference::FromHandle(found[0]);
            if (const char* code = first->GetAuthorityCode(nullptr)) best = std::atoi(code);
        }
        OSRFreeSRSArray(found);
        CPLFree(confidence);
        return best;
    }
    const char* code = copy.GetAuthorityCode(nullptr);
    return code ? std::optional<int>(std::atoi(code)) : std::nullopt;
}

std::vector<std::string> field_names(OGRLayer& layer) {
    std::vector<std::string> names;
    OGRFeatureDefn* definition = layer.GetLayerDefn();
    for (int i = 0; i < definition->GetFieldCount(); ++i) names.emplace_back(definition->GetFieldDefn(i)->GetNameRef());
    return names;
}

std::string joined(const std::vector<std::string>& names) {
    std::string text;
    for (const auto& name : names) text += (text.empty() ? "" : ", ") + name;
    return text.empty() ? "(none)" : text;
}

/// The index of the chosen field, or of the first candidate present; -1 when none.
int find_field(OGRLayer& layer, const std::string& chosen, std::span<const char* const> candidates) {
    OGRFeatureDefn* definition = layer.GetLayerDefn();
    if (!chosen.empty()) return definition->GetFieldIndex(chosen.c_str());
    for (const char* candidate : candidates)
        for (int i = 0; i < definition->GetFieldCount(); ++i)
            if (strcasecmp(definition->GetFieldDefn(i)->GetNameRef(), candidate) == 0) return i;
    return -1;
}

geo::Ring ring_of(const OGRLinearRing& ring) {
    geo::Ring points;
    const int n = ring.getNumPoints();
    points.reserve(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) points.push_back({ring.getX(i), ring.getY(i)});
    if (points.size() > 1 && points.front() == points.back()) points.pop_back();
    return points;
}

void add_polygons(const OGRGeometry& geometry, geo::Shape& shape) {
    switch (wkbFlatten(geometry.getGeometryType())) {
        case wkbPolygon: {
            const auto& polygon = *geometry.toPolygon();
            if (polygon.IsEmpty()) return;
            geo::Polygon part{ring_of(*polygon.getExteriorRing()), {}};
            for (int i = 0; i < polygon.getNumInteriorRings(); ++i) part.holes.push_back(ring_of(*polygon.getInteriorRing(i)));
            if (part.outer.size() >= 3) shape.push_back(std::move(part));
            return;
        }
        case wkbMultiPolygon:
        case wkbGeometryCollection:
            for (const OGRGeometry* member : *geometry.toGeometryCollection()) add_polygons(*member, shape);
            return;
        default: return;  // points and lines left over from a repair have no surface
    }
}

}  // namespace

std::vector<LayerSummary> list_layers(const std::filesystem::path& path) {
    const DatasetHandle dataset = open_vector(path);
    std::vector<LayerSummary> layers;
    for (OGRLayer* layer : dataset->GetLayers()) {
        layers.push_back({layer->GetName(), layer->GetFeatureCount(), epsg_of(layer->GetSpatialRef()),
                          OGRGeometryTypeToName(layer->GetGeomType()), field_names(*layer),
                          layer->TestCapability(OLCFastSpatialFilter) != 0});
    }
    return layers;
}

geo::AreaLayer read_area_file(const std::filesystem::path& path, const AreaFileOptions& options,
                              DiagnosticList& warnings) {
    const DatasetHandle dataset = open_vector(path);
    const std::string file = path.string();
    OGRLayer* layer = options.layer.empty() ? dataset->GetLayer(0) : dataset->GetLayerByName(options.layer.c_str());
    if (!layer) {
        std::vector<std::string> names;
        for (OGRLayer* l : dataset->GetLayers()) names.emplace_back(l->GetName());
        throw InputError(file, 0, "no layer '" + options.layer + "'; expected one of: " + joined(names));
    }
    const int code_field = find_field(*layer, options.code_field, area_code_fields);
    if (code_field < 0) {
        throw InputError(file, 0,
                         (options.code_field.empty() ? std::string("no area code field (looked for statcode, buurtcode, BU_CODE, ...)")
                                                     : "no field '" + options.code_field + "'") +
                             "; fields in layer '" + layer->GetName() + "': " + joined(field_names(*layer)) +
                             "; choose one with --code-field");
    }
    const int name_field = find_field(*layer, options.name_field, area_name_fields);
    if (!options.name_field.empty() && name_field < 0)
        throw InputError(file, 0, "no field '" + options.name_field + "'; fields: " + joined(field_names(*layer)));

    geo::AreaLayer areas;
    areas.epsg = options.map_epsg;
    areas.source = file;
    detail::TransformationHandle transformation;
    const OGRSpatialReference* source_reference = layer->GetSpatialRef();
    OGRSpatialReference target = detail::spatial_reference(options.map_epsg);
    if (!source_reference) {
        warnings.add(file, 0, "no coordinate system given; taken to be EPSG:" + std::to_string(options.map_epsg));
    } else {
        OGRSpatialReference source(*source_reference);
        source.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        if (!source.IsSame(&target)) {
            transformation.reset(OGRCreateCoordinateTransformation(&source, &target));
            if (!transformation)
                throw InputError(file, 0, "cannot reproject from its coordinate system to EPSG:" +
                                              std::to_string(options.map_epsg) + ": " + detail::last_gdal_error());
        }
    }

    std::map<std::string, std::size_t> seen;  // code -> index in areas.areas
    layer->ResetReading();
    std::int64_t number = 0;
    for (auto& feature : *layer) {
        ++number;
        const std::string code = feature->IsFieldSetAndNotNull(code_field) ? feature->GetFieldAsString(code_field) : "";
        const std::string where = "feature " + std::to_string(number) + (code.empty() ? "" : " (" + code + ")");
        if (code.empty()) {
            warnings.add(file, 0, where + ": no area code; skipped");
            continue;
        }
        const OGRGeometry* original = feature->GetGeometryRef();
        if (!original || original->IsEmpty()) {
            warnings.add(file, 0, where + ": no geometry; skipped");
            continue;
        }
        std::unique_ptr<OGRGeometry> geometry(original->hasCurveGeometry() ? original->getLinearGeometry() : original->clone());
        const auto flat = wkbFlatten(geometry->getGeometryType());
        if (flat != wkbPolygon && flat != wkbMultiPolygon) {
            warnings.add(file, 0, where + ": a " + std::string(OGRGeometryTypeToName(flat)) + ", not a polygon; skipped");
            continue;
        }
        if (!geometry->IsValid()) {
            std::unique_ptr<OGRGeometry> repaired(geometry->MakeValid());
            if (!repaired) {
                warnings.add(file, 0, where + ": invalid polygon that could not be repaired; skipped");
                continue;
            }
            warnings.add(file, 0, where + ": invalid polygon (self-intersecting or badly nested rings); repaired");
            geometry = std::move(repaired);
        }
        if (transformation && geometry->transform(transformation.get()) != OGRERR_NONE) {
            warnings.add(file, 0, where + ": cannot be reprojected to EPSG:" + std::to_string(options.map_epsg) + "; skipped");
            continue;
        }
        geo::Area area;
        area.code = code;
        if (name_field >= 0) area.name = feature->GetFieldAsString(name_field);
        add_polygons(*geometry, area.shape);
        if (area.shape.empty()) {
            warnings.add(file, 0, where + ": no surface left; skipped");
            continue;
        }
        // A buurt drawn as several features (split by a river) is one area with several parts.
        if (const auto it = seen.find(code); it != seen.end()) {
            auto& shape = areas.areas[it->second].shape;
            shape.insert(shape.end(), area.shape.begin(), area.shape.end());
            continue;
        }
        seen.emplace(code, areas.areas.size());
        areas.areas.push_back(std::move(area));
    }
    if (areas.areas.empty()) throw InputError(file, 0, "no usable area in layer '" + std::string(layer->GetName()) + "'");
    return areas;
}

}  // namespace wijknet::gis
