// SPDX-License-Identifier: MIT
#include "wijknet/render/picture_file.hpp"

#include <cairo-pdf.h>
#include <cairo-svg.h>

#include <cmath>
#include <memory>
#include <optional>
#include <ostream>
#include <sstream>
#include <system_error>

#include "cairo_canvas.hpp"
#include "cairo_handles.hpp"
#include "pages_ahead.hpp"
#include "svg_text_canvas.hpp"
#include "wijknet/concurrency/pieces.hpp"
#include "wijknet/io/atomic_output.hpp"
#include "wijknet/io/diagnostic.hpp"
#include "wijknet/text/ascii.hpp"

namespace wijknet::render {
namespace {

cairo_status_t write_to_stream(void* closure, const unsigned char* data, unsigned int length) {
    auto* stream = static_cast<std::ostream*>(closure);
    stream->write(reinterpret_cast<const char*>(data), length);
    return *stream ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR;
}

}  // namespace

PictureFormat picture_format_of(const std::filesystem::path& path) {
    const auto extension = text::lower(path.extension().string());
    if (extension == ".svg") return PictureFormat::svg;
    if (extension == ".png") return PictureFormat::png;
    if (extension == ".pdf") return PictureFormat::pdf;
    throw InputError(path.string(), 0, "has extension '" + extension + "' (expected .svg, .png or .pdf)");
}

namespace {

using DrawPage = std::function<void(std::size_t, Canvas&)>;

/// One picture of one or more pages into `stream`; only PDF may have more than one.
void draw_pages(PictureFormat format, std::ostream* stream, const PictureSize& size, std::size_t pages, const DrawPage& draw) {
    SurfaceHandle surface;
    double scale = 1.0;
    switch (format) {
        case PictureFormat::svg:
            surface.reset(cairo_svg_surface_create_for_stream(&write_to_stream, stream, size.width, size.height));
            break;
        case PictureFormat::pdf:
            surface.reset(cairo_pdf_surface_create_for_stream(&write_to_stream, stream, size.width, size.height));
            break;
        case PictureFormat::png:
            scale = size.dpi / 72.0;
            surface.reset(cairo_image_surface_create(CAIRO_FORMAT_ARGB32,
                                                     static_cast<int>(std::lround(size.width * scale)),
                                                     static_cast<int>(std::lround(size.height * scale))));
            break;
    }
    check_cairo_status(cairo_surface_status(surface.get()), "creating the picture");
    // Pages ahead on a second core; with one core, drawing them ahead would only cost.
    std::optional<PagesAhead> ahead;
    try {
        if (pages > 1 && cores() > 1) ahead.emplace(surface.get(), size, pages, draw);
    } catch (const std::system_error&) {
        // No thread to spare: the pages are drawn here, one after the other.
    }
    {
        ContextHandle context(cairo_create(surface.get()));
        check_cairo_status(cairo_status(context.get()), "starting to draw");
        cairo_scale(context.get(), scale, scale);
        for (std::size_t page = 0; page < pages; ++page) {
            // A white page: PNGs are otherwise transparent, which prints and previews badly.
            cairo_save(context.get());
            cairo_set_source_rgb(context.get(), 1, 1, 1);
            cairo_paint(context.get());
            cairo_restore(context.get());
            if (ahead) {
                ahead->replay_next(context.get());
            } else {
                CairoCanvas canvas(context.get());
                draw(page, canvas);
            }
            check_cairo_status(cairo_status(context.get()), "drawing");
            if (format == PictureFormat::pdf) cairo_show_page(context.get());
        }
    }
    if (format == PictureFormat::png)
        check_cairo_status(cairo_surface_write_to_png_stream(surface.get(), &write_to_stream, stream), "writing PNG");
    cairo_surface_finish(surface.get());
    check_cairo_status(cairo_surface_status(surface.get()), "finishing the picture");
}

/// One picture file, which appears only once it is complete.
void draw_pages(const std::filesystem::path& path, const PictureSize& size, std::size_t pages, const DrawPage& draw) {
    const auto format = picture_format_of(path);
    AtomicOutput output(path);
    draw_pages(format, &output.stream(), size, pages, draw);
    output.commit();
}

}  // namespace

void draw_picture_file(const std::filesystem::path& path, const PictureSize& size,
                       const std::function<void(Canvas&)>& draw) {
    draw_pages(path, size, 1, [&draw](std::size_t, Canvas& canvas) { draw(canvas); });
}

std::string draw_picture(PictureFormat format, const PictureSize& size, const std::function<void(Canvas&)>& draw) {
    std::ostringstream bytes;
    draw_pages(format, &bytes, size, 1, [&draw](std::size_t, Canvas& canvas) { draw(canvas); });
    if (!bytes) throw RunError("cannot draw the picture in memory");
    return std::move(bytes).str();
}

std::string draw_svg_for_screen(const PictureSize& size, const std::function<void(Canvas&)>& draw) {
    SvgTextCanvas canvas(size.width, size.height);
    draw(canvas);
    return canvas.finish();
}

void draw_picture_files(std::size_t count, const PictureSize& size,
                        const std::function<std::filesystem::path(std::size_t)>& path_of,
                        const std::function<void(std::size_t, Canvas&)>& draw) {
    // One piece per picture: a thread that finishes a small ecomap takes the next.
    on_each_piece(count, [&](std::size_t picture) {
        draw_pages(path_of(picture), size, 1, [&](std::size_t, Canvas& canvas) { draw(picture, canvas); });
    });
}

void draw_pdf_pages(const std::filesystem::path& path, const PictureSize& size, std::size_t pages,
                    const std::function<void(std::size_t page, Canvas&)>& draw) {
    if (picture_format_of(path) != PictureFormat::pdf)
        throw InputError(path.string(), 0, "has several pages, which only PDF holds (expected a .pdf file)");
    draw_pages(path, size, pages, draw);
}

}  // namespace wijknet::render
