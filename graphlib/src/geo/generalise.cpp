// SPDX-License-Identifier: MIT
#include "wijknet/geo/generalise.hpp"

#include <array>
#include <cmath>

namespace wijknet::geo {
namespace {

constexpr std::array names = {
    std::pair{Generalisation::none, "none"},       std::pair{Generalisation::centroid, "centroid"},
    std::pair{Generalisation::grid100, "grid100"}, std::pair{Generalisation::grid500, "grid500"},
    std::pair{Generalisation::jitter, "jitter"},
};

MapPoint cell_centre(MapPoint p, double size) {
    return {(std::floor(p.x / size) + 0.5) * size, (std::floor(p.y / size) + 0.5) * size};
}

}  // namespace

std::optional<Generalisation> generalisation_named(std::string_view name) {
    for (const auto& [value, known] : names)
        if (name == known) return value;
    return std::nullopt;
}

std::string_view name_of(Generalisation generalisation) {
    for (const auto& [value, name] : names)
        if (value == generalisation) return name;
    return "?";
}

MapPoint generalise(MapPoint position, Generalisation generalisation, std::optional<MapPoint> area_point,
                    std::uint64_t jitter_seed) {
    switch (generalisation) {
        case Generalisation::none: return position;
        case Generalisation::centroid: return area_point ? *area_point : cell_centre(position, 500);
        case Generalisation::grid100: return cell_centre(position, 100);
        case Generalisation::grid500: return cell_centre(position, 500);
        case Generalisation::jitter: {
            // Uniform over a ring from a fifth to the whole radius: never left at the address.
            constexpr double two_pi = 6.283185307179586;
            const double angle = static_cast<double>(jitter_seed & 0xffffffffu) / 4294967296.0 * two_pi;
            const double u = static_cast<double>(jitter_seed >> 32) / 4294967296.0;
            const double r = jitter_radius * std::sqrt(0.04 + 0.96 * u);
            return {position.x + r * std::cos(angle), position.y + r * std::sin(angle)};
        }
    }
    return position;
}

}  // namespace wijknet::geo
