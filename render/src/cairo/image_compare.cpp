// SPDX-License-Identifier: MIT
#include "wijknet/render/image_compare.hpp"

#include <cstdlib>

#include "cairo_handles.hpp"

namespace wijknet::render {
namespace {

SurfaceHandle read_png(const std::filesystem::path& path) {
    SurfaceHandle surface(cairo_image_surface_create_from_png(path.c_str()));
    if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS) return nullptr;
    cairo_surface_flush(surface.get());
    return surface;
}

}  // namespace

std::optional<double> differing_pixel_share(const std::filesystem::path& a, const std::filesystem::path& b,
                                            int channel_tolerance) {
    const auto first = read_png(a), second = read_png(b);
    if (!first || !second) return std::nullopt;
    const int width = cairo_image_surface_get_width(first.get()), height = cairo_image_surface_get_height(first.get());
    if (width != cairo_image_surface_get_width(second.get()) || height != cairo_image_surface_get_height(second.get()))
        return std::nullopt;
    const int stride_a = cairo_image_surface_get_stride(first.get()), stride_b = cairo_image_surface_get_stride(second.get());
    const unsigned char* pixels_a = cairo_image_surface_get_data(first.get());
    const unsigned char* pixels_b = cairo_image_surface_get_data(second.get());
    long differing = 0;
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x) {
            const unsigned char* pa = pixels_a + y * stride_a + 4 * x;
            const unsigned char* pb = pixels_b + y * stride_b + 4 * x;
            for (int c = 0; c < 4; ++c)
                if (std::abs(pa[c] - pb[c]) > channel_tolerance) {
                    ++differing;
                    break;
                }
        }
    return static_cast<double>(differing) / (static_cast<double>(width) * height);
}

}  // namespace wijknet::render
