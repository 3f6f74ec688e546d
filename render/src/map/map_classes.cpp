// SPDX-License-Identifier: MIT
#include <algorithm>
#include <cmath>

#include "wijknet/render/map_picture.hpp"

namespace wijknet::render {
namespace {

/// Rounds up to two significant digits (shares to whole percents), so the legend reads
/// "12%" and "340", not "11.7364%".
double round_up_nicely(double value, bool share) {
    if (share) return std::ceil(value * 100 - 1e-9) / 100;
    if (value <= 0) return 0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)) - 1);
    return std::ceil(value / magnitude - 1e-9) * magnitude;
}

}  // namespace

std::size_t MapClasses::class_of(double value) const {
    for (std::size_t k = 0; k < upper_bounds.size(); ++k)
        if (value <= upper_bounds[k] + 1e-12) return k;
    return upper_bounds.empty() ? 0 : upper_bounds.size() - 1;
}

MapClasses map_classes(const std::vector<double>& values, std::size_t max_classes, bool share) {
    MapClasses classes;
    if (values.empty() || max_classes == 0) return classes;
    std::vector<double> sorted = values;
    std::sort(sorted.begin(), sorted.end());
    const std::size_t wanted = std::min(max_classes, sorted.size());
    for (std::size_t k = 1; k <= wanted; ++k) {
        const std::size_t at = std::min(sorted.size() - 1, (k * sorted.size() + wanted - 1) / wanted - 1);
        const double bound = k == wanted ? sorted.back() : round_up_nicely(sorted[at], share);
        if (classes.upper_bounds.empty() || bound > classes.upper_bounds.back() + 1e-12)
            classes.upper_bounds.push_back(std::min(bound, sorted.back()));
    }
    if (classes.upper_bounds.back() < sorted.back()) classes.upper_bounds.push_back(sorted.back());
    return classes;
}

std::vector<Colour> map_palette(std::size_t classes) {
    // ColorBrewer Purples, 7 steps (Brewer, Penn State); classes spread evenly over the lighter six.
    static const Colour purples[] = {
        {0.949, 0.941, 0.969}, {0.855, 0.855, 0.922}, {0.737, 0.741, 0.863}, {0.620, 0.604, 0.784},
        {0.502, 0.490, 0.729}, {0.416, 0.318, 0.639}, {0.290, 0.078, 0.525},
    };
    std::vector<Colour> palette;
    if (classes == 0) return palette;
    if (classes == 1) return {purples[3]};
    for (std::size_t k = 0; k < classes; ++k) palette.push_back(purples[(k * 5 + (classes - 1) / 2) / (classes - 1)]);  // the darkest step hides lines
    return palette;
}

}  // namespace wijknet::render
