// SPDX-License-Identifier: MIT
#pragma once

// The Cairo seam: only files under render/src/cairo/ include Cairo or Pango headers.

#include <cairo.h>

#include <memory>

namespace wijknet::render {

/// Owners of Cairo's reference-counted objects, released when they go out of scope.
struct SurfaceDestroy {
    void operator()(cairo_surface_t* surface) const { cairo_surface_destroy(surface); }
};
struct ContextDestroy {
    void operator()(cairo_t* context) const { cairo_destroy(context); }
};
struct FontOptionsDestroy {
    void operator()(cairo_font_options_t* options) const { cairo_font_options_destroy(options); }
};
using SurfaceHandle = std::unique_ptr<cairo_surface_t, SurfaceDestroy>;
using ContextHandle = std::unique_ptr<cairo_t, ContextDestroy>;
using FontOptionsHandle = std::unique_ptr<cairo_font_options_t, FontOptionsDestroy>;

}  // namespace wijknet::render
