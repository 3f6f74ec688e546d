// SPDX-License-Identifier: MIT
#include "wijknet/render/picture_file.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

#include "test_paths.hpp"
#include "wijknet/io/diagnostic.hpp"

namespace wijknet::render {
namespace {

using test::read_file;

void draw_sample(Canvas& canvas) {
    const std::vector<Point> line{{10, 10}, {100, 50}};
    canvas.stroke_path(line, {.colour = {0.8, 0.1, 0.1}, .width = 2, .dashes = {6, 3}});
    const Colour blue{0.1, 0.3, 0.8};
    canvas.circle({50, 50}, 20, &blue, nullptr);
    canvas.text({10, 80}, "Zoë Zonnebloem", {});
}

class PictureFile : public ::testing::Test {
protected:
    test::ScratchDir scratch;
    const std::filesystem::path& dir = scratch.path();
};

TEST_F(PictureFile, SvgHasTheDrawnShapesAndPageSize) {
    draw_picture_file(dir / "p.svg", {.width = 200, .height = 100}, draw_sample);
    const auto svg = read_file(dir / "p.svg");
    EXPECT_NE(svg.find("width=\"200pt\""), std::string::npos);
    EXPECT_NE(svg.find("height=\"100pt\""), std::string::npos);
    EXPECT_NE(svg.find("stroke-dasharray:6,3"), std::string::npos) << "dashed line kept as a dash pattern";
    EXPECT_NE(svg.find("fill:rgb(10%,30%,80%)"), std::string::npos) << "the blue circle";
    std::size_t glyphs = 0;
    for (auto at = svg.find("<use xlink:href=\"#glyph"); at != std::string::npos; at = svg.find("<use xlink:href=\"#glyph", at + 1))
        ++glyphs;
    EXPECT_EQ(glyphs, 14u) << "one glyph per character of 'Zoë Zonnebloem'";
}

TEST_F(PictureFile, PngHasSizeFromDpi) {
    draw_picture_file(dir / "p.png", {.width = 144, .height = 72, .dpi = 144}, draw_sample);
    const auto png = read_file(dir / "p.png");
    ASSERT_GE(png.size(), 24u);
    EXPECT_EQ(png.substr(1, 3), "PNG");
    const auto be32 = [&png](std::size_t at) {
        return (static_cast<unsigned char>(png[at]) << 24) | (static_cast<unsigned char>(png[at + 1]) << 16) |
               (static_cast<unsigned char>(png[at + 2]) << 8) | static_cast<unsigned char>(png[at + 3]);
    };
    EXPECT_EQ(be32(16), 288u);
    EXPECT_EQ(be32(20), 144u);
}

TEST_F(PictureFile, PdfIsOnePage) {
    draw_picture_file(dir / "p.pdf", {}, draw_sample);
    const auto pdf = read_file(dir / "p.pdf");
    EXPECT_TRUE(pdf.starts_with("%PDF-"));
    EXPECT_NE(pdf.find("/Count 1"), std::string::npos);
}

TEST_F(PictureFile, UnknownExtensionIsBadInputAndNothingIsWritten) {
    EXPECT_THROW(draw_picture_file(dir / "p.bmp", {}, draw_sample), InputError);
    EXPECT_TRUE(std::filesystem::is_empty(dir));
}

TEST_F(PictureFile, FailedDrawingLeavesTheOldFile) {
    std::ofstream(dir / "keep.svg") << "old picture";
    EXPECT_THROW(draw_picture_file(dir / "keep.svg", {}, [](Canvas&) { throw RunError("stopped"); }), RunError);
    EXPECT_EQ(read_file(dir / "keep.svg"), "old picture");
    std::size_t files = 0;
    for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(dir)) ++files;
    EXPECT_EQ(files, 1u) << "no temporary file left behind";
}

// Pictures drawn at the same time on every core are each the picture drawn alone, and one
// that fails leaves the others whole.
TEST_F(PictureFile, PicturesDrawnOnEveryCoreAreThoseDrawnOneByOne) {
    constexpr std::size_t count = 12;
    const auto draw = [](std::size_t i, Canvas& canvas) {
        if (i == 5) throw RunError("picture 5 fails");
        const Colour fill{0.1, 0.05 * static_cast<double>(i), 0.5};
        canvas.circle({20.0 + 5.0 * static_cast<double>(i), 30}, 10, &fill, nullptr);
        canvas.text({5, 60}, "Zoë " + std::to_string(i), {});
    };
    const PictureSize size{.width = 120, .height = 80, .dpi = 72};
    EXPECT_THROW(draw_picture_files(count, size, [&](std::size_t i) { return dir / ("at-once-" + std::to_string(i) + ".png"); }, draw),
                 RunError);
    std::size_t files = 0;
    for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(dir)) ++files;
    EXPECT_EQ(files, count - 1) << "every picture but the failed one, and no temporary file";
    for (std::size_t i = 0; i < count; ++i) {
        if (i == 5) continue;
        const auto alone = dir / ("alone-" + std::to_string(i) + ".png");
        draw_picture_file(alone, size, [&](Canvas& canvas) { draw(i, canvas); });
        EXPECT_EQ(read_file(dir / ("at-once-" + std::to_string(i) + ".png")), read_file(alone)) << "picture " << i;
    }
}

// Long PDFs are drawn a batch of pages ahead on another thread: every page is there, each once,
// and a page that fails leaves no file.
TEST_F(PictureFile, LongPdfHasEveryPageAndAFailedPageLeavesNoFile) {
    constexpr std::size_t pages = 21;  // more than two batches, the last one short
    std::vector<std::size_t> drawn;
    draw_pdf_pages(dir / "long.pdf", {}, pages, [&](std::size_t page, Canvas& canvas) {
        drawn.push_back(page);
        draw_sample(canvas);
    });
    const auto pdf = read_file(dir / "long.pdf");
    EXPECT_NE(pdf.find("/Count 21"), std::string::npos);
    std::vector<std::size_t> in_order(pages);
    for (std::size_t page = 0; page < pages; ++page) in_order[page] = page;
    EXPECT_EQ(drawn, in_order);

    EXPECT_THROW(draw_pdf_pages(dir / "failed.pdf", {}, pages,
                                [](std::size_t page, Canvas& canvas) {
                                    if (page == 13) throw RunError("page 13 fails");
                                    draw_sample(canvas);
                                }),
                 RunError);
    EXPECT_FALSE(std::filesystem::exists(dir / "failed.pdf"));
    std::size_t files = 0;
    for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(dir)) ++files;
    EXPECT_EQ(files, 1u) << "the long PDF only, no temporary file";
}

// Pages drawn ahead of a long PDF are recorded apart from the file; their text must measure as
// on a page drawn into the file itself, or the layout would differ from one to the other.
TEST_F(PictureFile, PagesDrawnAheadMeasureTextAsPagesDrawnDirectly) {
    const auto measure = [&](const char* name, std::size_t pages) {
        std::vector<TextExtent> extents;
        draw_pdf_pages(dir / name, {}, pages, [&](std::size_t, Canvas& canvas) {
            for (const double size : {7.3, 8.0, 11.5})
                extents.push_back(canvas.measure_text("Zoë Zonnebloem-Achterberg, Wijkteam", {.size = size}));
        });
        return extents;
    };
    const auto direct = measure("one.pdf", 1), ahead = measure("two.pdf", 2);
    ASSERT_EQ(ahead.size(), 2 * direct.size());
    for (std::size_t i = 0; i < direct.size(); ++i) {
        EXPECT_EQ(ahead[i].width, direct[i].width) << i;
        EXPECT_EQ(ahead[i].height, direct[i].height) << i;
    }
}

TEST_F(PictureFile, TextIsMeasuredWithRealFontMetrics) {
    draw_picture_file(dir / "m.svg", {}, [](Canvas& canvas) {
        const auto narrow = canvas.measure_text("iii", {});
        const auto wide = canvas.measure_text("WWW", {});
        const auto big = canvas.measure_text("WWW", {.size = 20});
        EXPECT_GT(wide.width, narrow.width * 2);
        EXPECT_NEAR(big.width, wide.width * 2, wide.width * 0.1);
        EXPECT_GT(wide.height, 10);
    });
}

}  // namespace
}  // namespace wijknet::render

namespace wijknet::render {
namespace {

TEST(ScreenSvg, HasTheShapesAndTheTextAsTextWhereCairoPutsIt) {
    const std::string svg = draw_svg_for_screen({.width = 200, .height = 100}, [](Canvas& canvas) {
        draw_sample(canvas);
        canvas.text({20, 30}, "Koen Agenda\nJeugdhulp <De Vlieger> & co", {"DejaVu Sans", 8, {}, true});
    });
    EXPECT_NE(svg.find("width=\"200pt\" height=\"100pt\" viewBox=\"0 0 200 100\""), std::string::npos);
    EXPECT_NE(svg.find("stroke-dasharray=\"6,3\""), std::string::npos);
    EXPECT_NE(svg.find("<circle cx=\"50\" cy=\"50\" r=\"20\" fill=\"rgb(26,77,204)\"/>"), std::string::npos) << svg;
    EXPECT_NE(svg.find(">Zoë Zonnebloem</text>"), std::string::npos);
    // A name of two lines becomes two texts, the second a line lower, markup escaped.
    const auto first = svg.find(">Koen Agenda</text>"), second = svg.find(">Jeugdhulp &lt;De Vlieger&gt; &amp; co</text>");
    ASSERT_NE(first, std::string::npos);
    ASSERT_NE(second, std::string::npos);
    const auto y_of = [&](std::size_t end) {
        const auto start = svg.rfind("<text", end);
        const auto y = svg.find(" y=\"", start) + 4;
        return std::stod(svg.substr(y, svg.find('"', y) - y));
    };
    EXPECT_GT(y_of(second) - y_of(first), 7.0);
    EXPECT_LT(y_of(second) - y_of(first), 12.0);
    EXPECT_GT(y_of(first), 30.0);  // the baseline, below the top-left corner given
    EXPECT_NE(svg.find("font-weight=\"bold\""), std::string::npos);
    EXPECT_EQ(svg.find("<use"), std::string::npos) << "no letter drawn as a path";
}

TEST(ScreenSvg, MeasuresTextAsCairosOwnSvgDoes) {
    std::vector<double> widths;
    const auto measure = [&](Canvas& canvas) { widths.push_back(canvas.measure_text("Henk Boterbloem", {"DejaVu Sans", 8.0, {}, false}).width); };
    draw_svg_for_screen({.width = 100, .height = 100}, measure);
    (void)draw_picture(PictureFormat::svg, {.width = 100, .height = 100}, measure);
    ASSERT_EQ(widths.size(), 2u);
    EXPECT_DOUBLE_EQ(widths[0], widths[1]);
}

}  // namespace
}  // namespace wijknet::render
