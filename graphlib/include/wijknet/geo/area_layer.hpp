// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "wijknet/geo/geometry.hpp"

namespace wijknet::geo {

/// \brief One area of a map (a CBS buurt, wijk or municipality): its code, name and shape.
struct Area {
    std::string code;  // "BU06030221"
    std::string name;
    Shape shape;  // in the layer's CRS
};

/// \brief The areas of one map, all in one projected CRS.
struct AreaLayer {
    std::vector<Area> areas;
    int epsg = 28992;
    std::string source;  // the file it came from, for messages and the map's source line
};

/// \brief Finds the area a point lies in, through an R-tree over the areas' bounding boxes.
/// Build O(n log n); a lookup is O(log n) plus the exact test of the few candidate areas.
class AreaIndex {
public:
    explicit AreaIndex(const AreaLayer& layer);
    ~AreaIndex();
    AreaIndex(AreaIndex&&) noexcept;
    AreaIndex& operator=(AreaIndex&&) noexcept;

    /// The index into `layer.areas` of the area holding `p`; the first in layer order when areas
    /// overlap; nothing outside every area.
    [[nodiscard]] std::optional<std::size_t> area_at(MapPoint p) const;
    /// The index of the area with this code; nothing when no area has it.
    [[nodiscard]] std::optional<std::size_t> area_with_code(const std::string& code) const;

private:
    struct Tree;
    const AreaLayer* layer_;
    std::unique_ptr<Tree> tree_;
};

}  // namespace wijknet::geo
