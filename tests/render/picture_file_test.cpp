// SPDX-License-Identifier: MIT
#include "wijknet/render/picture_file.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "test_paths.hpp"
#include "wijknet/io/diagnostic.hpp"

namespace wijknet::render {
namespace {

std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream content;
    content << in.rdbuf();
    return content.str();
}

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
