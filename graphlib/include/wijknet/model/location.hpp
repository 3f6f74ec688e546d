// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>

namespace wijknet {

/// EPSG codes wijknet knows the valid extent of. RD New is the Dutch public sector's default.
namespace epsg {
inline constexpr int rd_new = 28992;
inline constexpr int wgs84 = 4326;
inline constexpr int web_mercator = 3857;
}  // namespace epsg

/// \brief A point in a stated coordinate reference system. For EPSG:4326, x is longitude and y
/// latitude (the traditional GIS order, whatever the EPSG axis order says).
struct Coordinates {
    double x = 0;
    double y = 0;
    int epsg = epsg::rd_new;
    bool operator==(const Coordinates&) const = default;
};

/// Whether the point lies in the CRS's area of use (RD New: the Netherlands' bounding box with a
/// margin; WGS84: the globe). Returns nothing for an EPSG code wijknet does not know.
std::optional<bool> within_crs_bounds(const Coordinates& point);

/// "x 0 to 300000, y 289000 to 629000" for error messages.
std::string crs_bounds_description(int epsg);

/// \brief Where an actor is: a point, an area code (CBS `BU…`, `WK…`, `GM…`), both, or neither.
struct Location {
    std::optional<Coordinates> point;
    std::string area_code;
    bool operator==(const Location&) const = default;
};

}  // namespace wijknet
