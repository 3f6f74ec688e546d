// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <span>

#include "wijknet/geo/geometry.hpp"

namespace wijknet::gis {

/// \brief Reprojects points from one EPSG coordinate system to another, through GDAL and PROJ,
/// offline (PROJ's network grids stay off). Geographic systems take x = longitude and
/// y = latitude whatever their official axis order, as wijknet's Coordinates do.
class CrsTransform {
public:
    /// \throws RunError when either code is unknown to PROJ or no transformation exists.
    CrsTransform(int from_epsg, int to_epsg);
    ~CrsTransform();
    CrsTransform(CrsTransform&&) noexcept;
    CrsTransform& operator=(CrsTransform&&) noexcept;

    /// \throws RunError when the point cannot be transformed (far outside the CRS's area).
    [[nodiscard]] geo::MapPoint apply(geo::MapPoint p) const;
    /// In place; returns false when any point failed (those are left as they were).
    bool apply(std::span<geo::MapPoint> points) const;
    [[nodiscard]] bool identity() const { return !implementation_; }

private:
    struct Implementation;
    std::unique_ptr<Implementation> implementation_;
};

/// The name PROJ gives an EPSG code ("Amersfoort / RD New"), or "EPSG:n" when unknown.
std::string crs_name(int epsg);

}  // namespace wijknet::gis
