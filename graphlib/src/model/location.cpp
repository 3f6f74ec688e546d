// SPDX-License-Identifier: MIT
#include "wijknet/model/location.hpp"

#include <array>

namespace wijknet {
namespace {

struct CrsBounds {
    int epsg;
    double min_x, max_x, min_y, max_y;
    const char* description;
};

// RD New's area of use (EPSG registry) with a margin for the sea and border areas.
constexpr std::array<CrsBounds, 3> known_bounds{{
    {epsg::rd_new, -7000, 300000, 289000, 629000, "x -7000 to 300000 and y 289000 to 629000 (RD New, metres)"},
    {epsg::wgs84, -180, 180, -90, 90, "lon -180 to 180 and lat -90 to 90 (WGS84, degrees)"},
    {epsg::web_mercator, -20037508.34, 20037508.34, -20048966.1, 20048966.1,
     "x and y within +-20037508 (Web Mercator, metres)"},
}};

const CrsBounds* bounds_of(int code) {
    for (const auto& bounds : known_bounds)
        if (bounds.epsg == code) return &bounds;
    return nullptr;
}

}  // namespace

std::optional<bool> within_crs_bounds(const Coordinates& point) {
    const auto* bounds = bounds_of(point.epsg);
    if (!bounds) return std::nullopt;
    return point.x >= bounds->min_x && point.x <= bounds->max_x && point.y >= bounds->min_y &&
           point.y <= bounds->max_y;
}

std::string crs_bounds_description(int code) {
    const auto* bounds = bounds_of(code);
    return bounds ? bounds->description : "EPSG:28992, EPSG:4326 or EPSG:3857";
}

}  // namespace wijknet
