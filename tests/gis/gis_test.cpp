// SPDX-License-Identifier: MIT
// The GIS seam against GDAL's own answers: reprojection, reading area files (the sample, the real
// CBS buurten, broken polygons, bad files), point-in-polygon against ogr2ogr's ST_Within, and
// GeoPackage/GeoJSON written and read back.
#include <gtest/gtest.h>

#include <fstream>
#include <regex>
#include <map>
#include <sstream>

#include "test_paths.hpp"
#include "wijknet/geo/area_assignment.hpp"
#include "wijknet/gis/actor_positions.hpp"
#include "wijknet/gis/area_file.hpp"
#include "wijknet/gis/crs_transform.hpp"
#include "wijknet/gis/gis_file.hpp"
#include "wijknet/io/network_file.hpp"

namespace wijknet {
namespace {

const std::filesystem::path sample = WIJKNET_SAMPLE_DIR;
const auto real_wgs84 = test::shared_data_path("nl_buurten/cbs_generalised_2023/buurt_2023_ridderkerk_rijswijk_wgs84.geojson");
const auto real_rd = test::shared_data_path("nl_buurten/cbs_generalised_2023/buurt_2023_ridderkerk_rijswijk_rd.geojson");
const auto amsterdam = test::shared_data_path("nl_buurten/amsterdam_buurten_wijken_quickblink/buurten.geojson");

/// id -> area code ("" outside every area) from a fixture written by make_gis_fixtures.sh.
std::map<std::string, std::string> expected_assignment(const std::filesystem::path& path) {
    std::ifstream in(path);
    std::map<std::string, std::string> result;
    std::string line;
    std::getline(in, line);  // header
    while (std::getline(in, line)) {
        const auto comma = line.find(',');
        result[line.substr(0, comma)] = line.substr(comma + 1);
    }
    return result;
}

TEST(CrsTransform, AmersfoortOriginIsWhereTheKadasterSaysItIs) {
    // RD New's origin point: the Onze Lieve Vrouwetoren, 155000, 463000 = 52.15517 N, 5.38721 E.
    const gis::CrsTransform to_wgs84(28992, 4326);
    const auto lonlat = to_wgs84.apply({155000, 463000});
    EXPECT_NEAR(lonlat.x, 5.38721, 2e-5);
    EXPECT_NEAR(lonlat.y, 52.15517, 2e-5);
    const gis::CrsTransform back(4326, 28992);
    const auto rd = back.apply({5.38721, 52.15517});
    EXPECT_NEAR(rd.x, 155000, 2.0);
    EXPECT_NEAR(rd.y, 463000, 2.0);
    EXPECT_TRUE(gis::CrsTransform(28992, 28992).identity());
    EXPECT_THROW(gis::CrsTransform(28992, 999999), RunError);
    EXPECT_EQ(gis::crs_name(28992), "Amersfoort / RD New");
}

TEST(AreaFile, ReadsTheSampleTownsBuurten) {
    DiagnosticList warnings;
    const auto layer = gis::read_area_file(sample / "buurten.geojson", {}, warnings);
    EXPECT_TRUE(warnings.empty());
    ASSERT_EQ(layer.areas.size(), 6u);
    EXPECT_EQ(layer.areas[0].code, "BU99990101");
    EXPECT_EQ(layer.areas[0].name, "Oude Dorp");
    EXPECT_EQ(layer.epsg, 28992);
    const auto box = geo::bounds_of(layer.areas[0].shape);
    EXPECT_NEAR(box.min_x, 150000, 50);  // RD metres, not degrees
}

TEST(AreaFile, SampleAssignmentEqualsGdalsStWithin) {
    const Network network = load_network(sample.string());
    DiagnosticList warnings;
    const auto layer = gis::read_area_file(sample / "buurten.geojson", {}, warnings);
    const auto positions = gis::actor_positions(network, 28992, warnings);
    const geo::AreaIndex index(layer);
    const auto assignment = geo::assign_areas(network, positions, index);
    const auto expected = expected_assignment(test::data_path("gis/sample_assignment.csv"));
    ASSERT_FALSE(expected.empty());
    for (const auto& [id, code] : expected) {
        const auto actor = network.find_actor(id);
        ASSERT_TRUE(actor) << id;
        const auto area = assignment.area_of[actor->value()];
        EXPECT_EQ(area ? layer.areas[*area].code : "", code) << id;
    }
}

TEST(AreaFile, RealBuurtenInLonLatAreReprojectedAndAssignedAsGdalDoes) {
    if (!std::filesystem::exists(real_wgs84)) GTEST_SKIP() << "no " << real_wgs84;
    DiagnosticList warnings;
    const auto layer = gis::read_area_file(real_wgs84, {}, warnings);
    ASSERT_EQ(layer.areas.size(), 44u);  // 12 in Ridderkerk, 32 in Rijswijk
    const geo::AreaIndex index(layer);
    std::ifstream points(test::data_path("gis/real_buurten_points.csv"));
    const auto expected = expected_assignment(test::data_path("gis/real_buurten_assignment.csv"));
    std::string line;
    std::getline(points, line);
    std::size_t checked = 0, inside = 0;
    while (std::getline(points, line)) {
        std::istringstream fields(line);
        std::string id, x, y;
        std::getline(fields, id, ',');
        std::getline(fields, x, ',');
        std::getline(fields, y, ',');
        const auto area = index.area_at({std::stod(x), std::stod(y)});
        EXPECT_EQ(area ? layer.areas[*area].code : "", expected.at(id)) << id;
        ++checked;
        inside += area.has_value();
    }
    EXPECT_EQ(checked, 3000u);
    EXPECT_GT(inside, 100u);
}

TEST(AreaFile, LonLatAndRdVersionsOfTheSameBuurtenAgree) {
    if (!std::filesystem::exists(real_rd)) GTEST_SKIP() << "no " << real_rd;
    DiagnosticList warnings;
    const auto from_lonlat = gis::read_area_file(real_wgs84, {}, warnings);
    const auto from_rd = gis::read_area_file(real_rd, {}, warnings);
    ASSERT_EQ(from_lonlat.areas.size(), from_rd.areas.size());
    for (std::size_t i = 0; i < from_rd.areas.size(); ++i) {
        EXPECT_EQ(from_lonlat.areas[i].code, from_rd.areas[i].code);
        const auto a = geo::bounds_of(from_lonlat.areas[i].shape), b = geo::bounds_of(from_rd.areas[i].shape);
        EXPECT_NEAR(a.min_x, b.min_x, 0.01);
        EXPECT_NEAR(a.max_y, b.max_y, 0.01);
        // The RD copy is rounded to millimetres: a few square metres on square kilometres.
        EXPECT_NEAR(geo::area_of(from_lonlat.areas[i].shape) / geo::area_of(from_rd.areas[i].shape), 1.0, 1e-5);
    }
}

TEST(AreaFile, InvalidPolygonsAreRepairedAndReported) {
    if (!std::filesystem::exists(amsterdam)) GTEST_SKIP() << "no " << amsterdam;
    DiagnosticList warnings;
    gis::AreaFileOptions options;
    options.code_field = "name";  // the file has no CBS codes
    const auto layer = gis::read_area_file(amsterdam, options, warnings);
    std::size_t repaired = 0;
    for (const auto& w : warnings.items()) repaired += w.message.find("repaired") != std::string::npos;
    EXPECT_EQ(repaired, 6u);  // the six self-intersecting buurten of the data's README
    EXPECT_EQ(layer.areas.size(), 598u);
    for (const auto& area : layer.areas) EXPECT_GT(geo::area_of(area.shape), 0) << area.code;
}

TEST(AreaFile, BadFilesSayWhatIsWrong) {
    test::ScratchDir dir;
    DiagnosticList warnings;
    const auto message = [&](const std::filesystem::path& path, const gis::AreaFileOptions& options) {
        try {
            gis::read_area_file(path, options, warnings);
        } catch (const InputError& error) {
            return error.diagnostics().front().to_string();
        }
        return std::string("no error");
    };
    EXPECT_NE(message(dir / "missing.gpkg", {}).find("no such file"), std::string::npos);
    std::ofstream(dir / "notes.geojson") << "this is not GeoJSON";
    EXPECT_NE(message(dir / "notes.geojson", {}).find("not a vector file"), std::string::npos);
    gis::AreaFileOptions layer;
    layer.layer = "wijken";
    const auto wrong_layer = message(sample / "buurten.geojson", layer);
    EXPECT_NE(wrong_layer.find("no layer 'wijken'; expected one of: buurten"), std::string::npos) << wrong_layer;
    gis::AreaFileOptions field;
    field.code_field = "BU_CODE";
    const auto wrong_field = message(sample / "buurten.geojson", field);
    EXPECT_NE(wrong_field.find("statcode, statnaam"), std::string::npos) << wrong_field;  // lists the fields there are
}

gis::GisLayer point_layer() {
    gis::GisLayer layer{"actors", gis::GeometryKind::point, {{"label", gis::FieldType::text}, {"n", gis::FieldType::integer}}, {}};
    layer.features.push_back({geo::MapPoint{155000, 463000}, {std::string("Bewoner K7Q2"), std::int64_t{12}}});
    layer.features.push_back({geo::MapPoint{155100, 463100}, {std::string("Bewoner 3HX9"), std::monostate{}}});
    return layer;
}

TEST(GisFile, GeoPackageHasTheLayersCountsAndCrs) {
    test::ScratchDir dir;
    gis::GisLayer ties{"ties", gis::GeometryKind::line, {{"kind", gis::FieldType::text}}, {}};
    ties.features.push_back({gis::Segment{{155000, 463000}, {155100, 463100}}, {std::string("friendship")}});
    gis::GisLayer areas{"areas", gis::GeometryKind::polygon, {{"area_code", gis::FieldType::text}}, {}};
    geo::Polygon hole{{{0, 0}, {10, 0}, {10, 10}, {0, 10}}, {{{4, 4}, {6, 4}, {6, 6}, {4, 6}}}};
    for (auto& p : hole.outer) p = {p.x + 155000, p.y + 463000};
    for (auto& p : hole.holes[0]) p = {p.x + 155000, p.y + 463000};
    areas.features.push_back({geo::Shape{hole}, {std::string("BU01")}});
    const std::vector<gis::GisLayer> layers{point_layer(), ties, areas};
    gis::write_gis_file(dir / "out.gpkg", layers, 28992);

    const auto read = gis::list_layers(dir / "out.gpkg");
    ASSERT_EQ(read.size(), 3u);
    EXPECT_EQ(read[0].name, "actors");
    EXPECT_EQ(read[0].features, 2);
    EXPECT_EQ(read[0].epsg, 28992);
    EXPECT_EQ(read[1].name, "ties");
    EXPECT_EQ(read[1].geometry, "Line String");
    EXPECT_EQ(read[2].name, "areas");
    EXPECT_EQ(read[2].geometry, "Multi Polygon");
    // Read back as areas: the hole survives.
    DiagnosticList warnings;
    gis::AreaFileOptions options;
    options.layer = "areas";  // wijknet's own export reads back as areas: area_code is known
    const auto back = gis::read_area_file(dir / "out.gpkg", options, warnings);
    ASSERT_EQ(back.areas.size(), 1u);
    EXPECT_NEAR(geo::area_of(back.areas[0].shape), 96.0, 1e-6);
    // Only the GeoPackage is left: no temporary file beside it.
    EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir.path()), std::filesystem::directory_iterator()), 1);
}

TEST(GisFile, SpatialIndexOnSmallLayersUnlessToldOtherwise) {
    test::ScratchDir dir;
    gis::GisLayer big{"ties", gis::GeometryKind::point, {}, {}};
    for (std::size_t i = 0; i <= gis::automatic_index_limit; ++i)
        big.features.push_back({geo::MapPoint{155000.0 + static_cast<double>(i % 1000), 463000.0 + static_cast<double>(i / 1000)}, {}});
    const std::vector<gis::GisLayer> layers{point_layer(), big};
    const auto index_of = [&](const char* file) {
        std::vector<bool> indexed;
        for (const auto& layer : gis::list_layers(dir / file)) indexed.push_back(layer.spatial_index);
        return indexed;
    };
    const auto automatic = gis::write_gis_file(dir / "auto.gpkg", layers, 28992);
    EXPECT_EQ(index_of("auto.gpkg"), (std::vector<bool>{true, false}));
    EXPECT_EQ(automatic.unindexed_layers, (std::vector<std::string>{"ties"}));
    gis::write_gis_file(dir / "always.gpkg", layers, 28992, {.index = gis::SpatialIndex::always});
    EXPECT_EQ(index_of("always.gpkg"), (std::vector<bool>{true, true}));
    gis::write_gis_file(dir / "never.gpkg", layers, 28992, {.index = gis::SpatialIndex::never});
    EXPECT_EQ(index_of("never.gpkg"), (std::vector<bool>{false, false}));
}

TEST(GisFile, GeoJsonHoldsEveryFeatureWithItsLayer) {
    test::ScratchDir dir;
    const std::vector<gis::GisLayer> layers{point_layer()};
    gis::write_gis_file(dir / "rd.geojson", layers, 28992, {.geojson = gis::GeojsonCrs::map});
    std::ifstream in(dir / "rd.geojson");
    const std::string text((std::istreambuf_iterator<char>(in)), {});
    EXPECT_NE(text.find("\"layer\": \"actors\""), std::string::npos);
    EXPECT_NE(text.find("EPSG::28992"), std::string::npos) << "the map's CRS, named";
    EXPECT_NE(text.find("[ 155000.0, 463000.0 ]"), std::string::npos);
    EXPECT_NE(text.find("\"n\": null"), std::string::npos);  // a suppressed value is null, not 0
    EXPECT_EQ(gis::list_layers(dir / "rd.geojson").at(0).features, 2);
}

TEST(GisFile, GeoJsonIsInWgs84LongitudeAndLatitudeByDefaultAsRfc7946Says) {
    test::ScratchDir dir;
    const std::vector<gis::GisLayer> layers{point_layer()};
    gis::write_gis_file(dir / "out.geojson", layers, 28992);
    std::ifstream in(dir / "out.geojson");
    const std::string text((std::istreambuf_iterator<char>(in)), {});
    EXPECT_EQ(text.find("\"crs\""), std::string::npos) << "RFC 7946 has no crs member";
    // RD New's origin (155000, 463000) is the Onze Lieve Vrouwetoren in Amersfoort:
    // 5.38720621 E, 52.15517440 N (the RD definition, NSGI).
    const std::regex point(R"re("coordinates": \[ ([0-9.]+), ([0-9.]+) \])re");
    std::smatch first;
    ASSERT_TRUE(std::regex_search(text, first, point)) << text;
    EXPECT_NEAR(std::stod(first[1]), 5.38720621, 1e-5) << "longitude first";
    EXPECT_NEAR(std::stod(first[2]), 52.15517440, 1e-5);
    EXPECT_EQ(gis::list_layers(dir / "out.geojson").at(0).features, 2);
}

TEST(GisFile, AFailedWriteLeavesTheOldFile) {
    test::ScratchDir dir;
    std::ofstream(dir / "keep.gpkg") << "what the user had";
    gis::GisLayer bad{"actors", gis::GeometryKind::point, {{"label", gis::FieldType::text}}, {}};
    const std::vector<gis::GisLayer> layers{bad, bad};  // the same layer twice cannot be created
    EXPECT_THROW(gis::write_gis_file(dir / "keep.gpkg", layers, 28992), RunError);
    std::ifstream in(dir / "keep.gpkg");
    std::string content;
    std::getline(in, content);
    EXPECT_EQ(content, "what the user had");
    EXPECT_THROW(gis::write_gis_file(dir / "out.kml", layers, 28992), InputError);
}

}  // namespace
}  // namespace wijknet
