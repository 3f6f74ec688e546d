// SPDX-License-Identifier: MIT
#include "wijknet/gis/crs_transform.hpp"

#include <vector>

#include "gdal_session.hpp"
#include "wijknet/io/diagnostic.hpp"

namespace wijknet::gis {

struct CrsTransform::Implementation {
    detail::TransformationHandle transformation;
};

CrsTransform::CrsTransform(int from_epsg, int to_epsg) {
    if (from_epsg == to_epsg) return;
    const OGRSpatialReference from = detail::spatial_reference(from_epsg);
    const OGRSpatialReference to = detail::spatial_reference(to_epsg);
    detail::TransformationHandle transformation(OGRCreateCoordinateTransformation(&from, &to));
    if (!transformation)
        throw RunError("no transformation from EPSG:" + std::to_string(from_epsg) + " to EPSG:" +
                       std::to_string(to_epsg) + ": " + detail::last_gdal_error());
    implementation_ = std::make_unique<Implementation>(Implementation{std::move(transformation)});
}

CrsTransform::~CrsTransform() = default;
CrsTransform::CrsTransform(CrsTransform&&) noexcept = default;
CrsTransform& CrsTransform::operator=(CrsTransform&&) noexcept = default;

geo::MapPoint CrsTransform::apply(geo::MapPoint p) const {
    if (!apply(std::span<geo::MapPoint>(&p, 1)))
        throw RunError("cannot transform the point " + std::to_string(p.x) + ", " + std::to_string(p.y));
    return p;
}

bool CrsTransform::apply(std::span<geo::MapPoint> points) const {
    if (!implementation_ || points.empty()) return true;
    std::vector<double> x(points.size()), y(points.size());
    std::vector<int> ok(points.size());
    for (std::size_t i = 0; i < points.size(); ++i) {
        x[i] = points[i].x;
        y[i] = points[i].y;
    }
    implementation_->transformation->Transform(static_cast<int>(points.size()), x.data(), y.data(), nullptr, ok.data());
    bool all = true;
    for (std::size_t i = 0; i < points.size(); ++i) {
        if (ok[i]) points[i] = {x[i], y[i]};
        else all = false;
    }
    return all;
}

std::string crs_name(int epsg) {
    try {
        const OGRSpatialReference reference = detail::spatial_reference(epsg);
        if (const char* name = reference.GetName()) return name;
    } catch (const RunError&) {
    }
    return "EPSG:" + std::to_string(epsg);
}

}  // namespace wijknet::gis
