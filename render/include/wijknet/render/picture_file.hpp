// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>
#include <functional>
#include <string>

#include "wijknet/render/canvas.hpp"

namespace wijknet::render {

enum class PictureFormat { svg, png, pdf };

/// The format a file name asks for (.svg, .png, .pdf). \throws InputError for any other.
PictureFormat picture_format_of(const std::filesystem::path& path);

struct PictureSize {
    double width = 595.0;   // points; A4 portrait by default
    double height = 842.0;
    /// Pixels per inch for PNG; vector formats ignore it.
    double dpi = 150.0;
};

/// Draws a picture into `path` (format by extension) through Cairo. The file appears only once
/// it is complete. \throws RunError when Cairo or the file system fails.
void draw_picture_file(const std::filesystem::path& path, const PictureSize& size,
                       const std::function<void(Canvas&)>& draw);

/// Draws a picture into memory and returns its bytes (SVG, PNG or PDF), for a server to send.
/// \throws RunError when Cairo fails.
std::string draw_picture(PictureFormat format, const PictureSize& size, const std::function<void(Canvas&)>& draw);

/// Draws a picture as SVG for a browser on this computer: shapes as draw_picture() draws them,
/// text as SVG text in the fonts named (where draw_picture's SVG has a path for every letter),
/// placed where Pango puts it. Several times smaller and quicker for a browser to show; for
/// files that go elsewhere, use draw_picture(), which needs no fonts.
/// \throws RunError when Cairo fails.
std::string draw_svg_for_screen(const PictureSize& size, const std::function<void(Canvas&)>& draw);

/// \brief Draws `count` pictures on every core: picture i into `path_of(i)` by `draw(i, canvas)`.
/// The calls to `draw` run at the same time, so they may only read what they share (a Network,
/// say). Each file appears only once complete; when one fails, the rest are still drawn and the
/// failure of the first is thrown after. \throws as draw_picture_file() does.
void draw_picture_files(std::size_t count, const PictureSize& size,
                        const std::function<std::filesystem::path(std::size_t)>& path_of,
                        const std::function<void(std::size_t picture, Canvas&)>& draw);

/// A PDF of `pages` pages, each drawn by `draw(page, canvas)`: on a machine of several cores, on
/// a thread of its own, one page after the other, a few pages ahead of writing the file.
/// \throws InputError when the path is not a .pdf (only PDF has pages), RunError when Cairo or
/// the file system fails, and what `draw` throws.
void draw_pdf_pages(const std::filesystem::path& path, const PictureSize& size, std::size_t pages,
                    const std::function<void(std::size_t page, Canvas&)>& draw);

}  // namespace wijknet::render
