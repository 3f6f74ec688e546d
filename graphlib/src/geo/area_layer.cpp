// SPDX-License-Identifier: MIT
#include "wijknet/geo/area_layer.hpp"

#include <boost/geometry.hpp>
#include <boost/geometry/index/rtree.hpp>
#include <unordered_map>

namespace wijknet::geo {
namespace {

namespace bg = boost::geometry;
namespace bgi = boost::geometry::index;
using BoostPoint = bg::model::point<double, 2, bg::cs::cartesian>;
using BoostBox = bg::model::box<BoostPoint>;
using Entry = std::pair<BoostBox, std::size_t>;

}  // namespace

struct AreaIndex::Tree {
    bgi::rtree<Entry, bgi::rstar<16>> boxes;
    std::unordered_map<std::string, std::size_t> by_code;
};

AreaIndex::AreaIndex(const AreaLayer& layer) : layer_(&layer), tree_(std::make_unique<Tree>()) {
    std::vector<Entry> entries;
    entries.reserve(layer.areas.size());
    for (std::size_t i = 0; i < layer.areas.size(); ++i) {
        const Box box = bounds_of(layer.areas[i].shape);
        if (!box.empty()) entries.push_back({BoostBox{{box.min_x, box.min_y}, {box.max_x, box.max_y}}, i});
        tree_->by_code.emplace(layer.areas[i].code, i);  // the first area with a code wins
    }
    tree_->boxes = bgi::rtree<Entry, bgi::rstar<16>>(entries.begin(), entries.end());  // packed bulk load
}

AreaIndex::~AreaIndex() = default;
AreaIndex::AreaIndex(AreaIndex&&) noexcept = default;
AreaIndex& AreaIndex::operator=(AreaIndex&&) noexcept = default;

std::optional<std::size_t> AreaIndex::area_at(MapPoint p) const {
    std::optional<std::size_t> found;
    const BoostPoint point{p.x, p.y};
    for (auto it = tree_->boxes.qbegin(bgi::intersects(point)); it != tree_->boxes.qend(); ++it) {
        const std::size_t candidate = it->second;
        if ((!found || candidate < *found) && contains(layer_->areas[candidate].shape, p)) found = candidate;
    }
    return found;
}

std::optional<std::size_t> AreaIndex::area_with_code(const std::string& code) const {
    const auto it = tree_->by_code.find(code);
    if (it == tree_->by_code.end()) return std::nullopt;
    return it->second;
}

}  // namespace wijknet::geo
