// SPDX-License-Identifier: MIT
// `wijknet map` and `wijknet export` as a community builder and a researcher use them: what
// leaves the machine is pseudonymised, generalised and free of small counts; real buurten work.
#include <gtest/gtest.h>

#include <algorithm>

#include <boost/property_tree/ptree.hpp>
#include <boost/property_tree/xml_parser.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <regex>
#include <sstream>

#include "cli/gis_module_loader.hpp"
#include "command_line.hpp"
#include "reference_picture.hpp"
#include "test_paths.hpp"
#include "wijknet/io/diagnostic.hpp"

namespace wijknet {
namespace {

const std::string sample = std::string(WIJKNET_SAMPLE_DIR);
const std::string buurten = sample + "/buurten.geojson";

using test::read_file;
using test::wijknet;

TEST(MapCli, DrawsTheSampleTownAsWellFormedSvg) {
    test::ScratchDir dir;
    std::string out;
    ASSERT_EQ(wijknet({"map", sample, "--areas", buurten, "-o", (dir / "map.svg").string()}, nullptr, &out), 0);
    EXPECT_NE(out.find("6 areas"), std::string::npos) << out;
    boost::property_tree::ptree svg;
    ASSERT_NO_THROW(boost::property_tree::read_xml((dir / "map.svg").string(), svg));
    EXPECT_EQ(svg.get<std::string>("svg.<xmlattr>.width"), "842pt");
}

TEST(MapCli, TheAreaCsvForDutchExcelHoldsTheSameRows) {
    test::ScratchDir dir;
    const auto english = dir / "buurten.csv", dutch = dir / "buurten-nl.csv";
    ASSERT_EQ(wijknet({"export", sample, "--areas", buurten, "-o", english.string()}), 0);
    ASSERT_EQ(wijknet({"export", sample, "--areas", buurten, "--dialect", "nl", "-o", dutch.string()}), 0);
    const std::string en = read_file(english), nl = read_file(dutch);
    EXPECT_TRUE(nl.starts_with("\xEF\xBB\xBF""buurtcode;buurtnaam;bewoners;geisoleerd;aandeel_geisoleerd;")) << nl.substr(0, 120);
    // Row by row the same cells, a decimal comma for a point.
    std::istringstream en_lines(en), nl_lines(nl.substr(3));
    std::string en_line, nl_line;
    std::getline(en_lines, en_line);
    std::getline(nl_lines, nl_line);
    std::size_t rows = 0;
    while (std::getline(en_lines, en_line) && std::getline(nl_lines, nl_line)) {
        ++rows;
        std::string expected;
        std::istringstream cells(en_line);
        for (std::string cell; std::getline(cells, cell, ',');) {
            const bool decimal = cell.find('.') != std::string::npos && cell.find_first_not_of("0123456789.") == std::string::npos;
            std::ranges::replace(cell, '.', ',');
            expected += (expected.empty() ? "" : ";") + (decimal ? "\"" + cell + "\"" : cell);
        }
        EXPECT_EQ(nl_line, expected);
    }
    EXPECT_EQ(rows, 6u);
    std::string err;
    EXPECT_EQ(wijknet({"export", sample, "--areas", buurten, "--dialect", "nl", "-o", (dir / "out.gpkg").string()}, &err), 2);
    EXPECT_NE(err.find("--dialect: nl is for a .csv export"), std::string::npos) << err;
}

TEST(MapCli, NoCountUnderTheThresholdReachesAnyExport) {
    test::ScratchDir dir;
    for (const std::string min_cell : {"10", "60"}) {
        const auto csv = dir / ("areas-" + min_cell + ".csv"), geojson = dir / ("out-" + min_cell + ".geojson");
        ASSERT_EQ(wijknet({"export", sample, "--areas", buurten, "--min-cell", min_cell, "-o", csv.string()}), 0);
        ASSERT_EQ(wijknet({"export", sample, "--areas", buurten, "--min-cell", min_cell, "-o", geojson.string()}), 0);
        const long threshold = std::stol(min_cell);
        // CSV: every count is 0, at least the threshold, or shown as suppressed.
        std::istringstream lines(read_file(csv));
        std::string line;
        std::getline(lines, line);
        std::size_t suppressed = 0, rows = 0;
        while (std::getline(lines, line)) {
            ++rows;
            std::istringstream cells(line);
            std::string cell;
            for (int column = 0; std::getline(cells, cell, ','); ++column) {
                if (column < 2 || column == 4 || column == 6 || column == 11) continue;  // code, name, shares, distance
                if (cell == "<" + min_cell) {
                    ++suppressed;
                    continue;
                }
                const long value = std::stol(cell);
                EXPECT_TRUE(value == 0 || value >= threshold) << line;
            }
        }
        EXPECT_EQ(rows, 6u);
        EXPECT_GT(suppressed, 0u);
        // GeoJSON: the same counts, null when suppressed.
        const std::string text = read_file(geojson);
        const std::regex count(R"re("(residents|isolated|flagged|informal_ties|formal_ties|professionals|fragmented_clients)": (\d+))re");
        std::size_t counts = 0;
        for (auto it = std::sregex_iterator(text.begin(), text.end(), count); it != std::sregex_iterator(); ++it, ++counts) {
            const long value = std::stol((*it)[2]);
            EXPECT_TRUE(value == 0 || value >= threshold) << (*it)[0];
        }
        EXPECT_GT(counts, 0u);
        EXPECT_NE(text.find("\"isolated\": null"), std::string::npos);
    }
}

TEST(MapCli, PeopleArePseudonymisedAndGeneralisedByDefault) {
    test::ScratchDir dir;
    const auto geojson = dir / "out.geojson", gpkg = dir / "out.gpkg";
    ASSERT_EQ(wijknet({"export", sample, "--areas", buurten, "-o", geojson.string()}), 0);
    ASSERT_EQ(wijknet({"export", sample, "--areas", buurten, "-o", gpkg.string()}), 0);
    for (const auto& path : {geojson, gpkg}) {
        const std::string content = read_file(path);
        EXPECT_EQ(content.find("Fatima Pannenkoek"), std::string::npos) << path;  // a sample client's name
        EXPECT_NE(content.find("Bewoner "), std::string::npos) << path;
        EXPECT_NE(content.find("Huis van de Wijk"), std::string::npos) << path;  // a place keeps its name
    }
    // GeoJSON is in WGS84 longitude and latitude by default (RFC 7946): the sample lies near Utrecht.
    const std::regex any_point(R"re("coordinates": \[ ([0-9.]+), ([0-9.]+) \])re");
    std::smatch lonlat;
    const std::string wgs84 = read_file(geojson);
    ASSERT_TRUE(std::regex_search(wgs84, lonlat, any_point));
    EXPECT_NEAR(std::stod(lonlat[1]), 5.3, 0.3);
    EXPECT_NEAR(std::stod(lonlat[2]), 52.1, 0.3);
    EXPECT_EQ(wijknet({"export", sample, "--areas", buurten, "--crs", "wgs84", "-o", (dir / "wgs84.gpkg").string()}), 2)
        << "a GeoPackage is written in RD New";
    // In RD New (--crs rd), every resident sits on the centre of a 100 m square.
    ASSERT_EQ(wijknet({"export", sample, "--areas", buurten, "--crs", "rd", "-o", geojson.string()}), 0);
    const std::string text = read_file(geojson);
    const std::regex resident(R"re("kind": "resident".*?"coordinates": \[ ([0-9.]+), ([0-9.]+) \])re");
    std::size_t residents = 0;
    for (auto it = std::sregex_iterator(text.begin(), text.end(), resident); it != std::sregex_iterator(); ++it, ++residents) {
        EXPECT_DOUBLE_EQ(std::fmod(std::stod((*it)[1]), 100.0), 50.0) << (*it)[0];
        EXPECT_DOUBLE_EQ(std::fmod(std::stod((*it)[2]), 100.0), 50.0) << (*it)[0];
    }
    EXPECT_GT(residents, 300u);
    // --names and --generalise none give the names and addresses back, for use inside the organisation.
    ASSERT_EQ(wijknet({"export", sample, "--areas", buurten, "--names", "--generalise", "none", "-o", geojson.string()}), 0);
    EXPECT_NE(read_file(geojson).find("Fatima Pannenkoek"), std::string::npos);
}

TEST(MapCli, ABuurtCodeThatDisagreesWithTheCoordinatesIsAWarning) {
    test::ScratchDir dir;
    std::filesystem::copy(sample, dir / "town", std::filesystem::copy_options::recursive);
    // Volunteer v13 lives in Oude Dorp (BU99990101); the sheet says the next buurt.
    std::string actors = read_file(dir / "town" / "actors.csv");
    const std::string line = "v13,Mehmet Sneeuwklokje,volunteer,Vrijwilliger 13,150439.8,451383.8,EPSG:28992,BU99990101";
    const auto at = actors.find(line);
    ASSERT_NE(at, std::string::npos);
    actors.replace(at + line.size() - 1, 1, "2");
    std::ofstream(dir / "town" / "actors.csv", std::ios::trunc) << actors;
    std::string err;
    ASSERT_EQ(wijknet({"map", (dir / "town").string(), "--areas", buurten, "-o", (dir / "map.svg").string()}, &err), 0);
    EXPECT_NE(err.find((dir / "town" / "actors.csv").string() +
                       ": actor 'v13' has area code BU99990102, but its coordinates lie in BU99990101 (Oude Dorp); the coordinates are used"),
              std::string::npos)
        << err;
    std::string clean;
    ASSERT_EQ(wijknet({"map", sample, "--areas", buurten, "-o", (dir / "map.svg").string()}, &clean), 0);
    EXPECT_EQ(clean.find("area code"), std::string::npos) << "the sample's codes agree with its coordinates";
}

TEST(MapCli, GeoPackageHasTheThreeLayersInRdNew) {
    test::ScratchDir dir;
    ASSERT_EQ(wijknet({"export", sample, "--areas", buurten, "-o", (dir / "z.gpkg").string()}), 0);
    const auto layers = cli::gis_module().list_layers(dir / "z.gpkg");
    ASSERT_EQ(layers.size(), 3u);
    EXPECT_EQ(layers[0].name, "actors");
    EXPECT_EQ(layers[1].name, "ties");
    EXPECT_EQ(layers[2].name, "areas");
    EXPECT_EQ(layers[2].features, 6);
    for (const auto& layer : layers) EXPECT_EQ(layer.epsg, 28992) << layer.name;
}

TEST(MapCli, MapAndExportInOneRun) {
    test::ScratchDir dir;
    std::string out;
    const auto map = (dir / "map.png").string(), layers = (dir / "town.gpkg").string();
    ASSERT_EQ(wijknet({"map", sample, "--areas", buurten, "-o", map, "--export", layers}, nullptr, &out), 0);
    EXPECT_NE(out.find("wrote " + map), std::string::npos) << out;
    EXPECT_NE(out.find("wrote " + layers + " (actors: "), std::string::npos) << out;
    const auto written = cli::gis_module().list_layers(layers);
    ASSERT_EQ(written.size(), 3u);
    for (const auto& layer : written) EXPECT_TRUE(layer.spatial_index) << layer.name << ": a small town is indexed";
    // The same layers as `wijknet export` writes on its own.
    ASSERT_EQ(wijknet({"export", sample, "--areas", buurten, "-o", (dir / "alone.gpkg").string()}), 0);
    const auto alone = cli::gis_module().list_layers(dir / "alone.gpkg");
    for (std::size_t i = 0; i < alone.size(); ++i) EXPECT_EQ(written[i].features, alone[i].features) << alone[i].name;
    // Told not to, no layer is indexed, and the summary says so.
    ASSERT_EQ(wijknet({"export", sample, "--areas", buurten, "--spatial-index", "no", "-o", (dir / "bare.gpkg").string()},
                      nullptr, &out), 0);
    EXPECT_NE(out.find("no spatial index on actors, ties, areas"), std::string::npos) << out;
    for (const auto& layer : cli::gis_module().list_layers(dir / "bare.gpkg")) EXPECT_FALSE(layer.spatial_index) << layer.name;
}

TEST(MapCli, BadInputIsNamedAndLeavesNoFile) {
    ::unsetenv("WIJKNET_PSEUDONYM_KEY");
    test::ScratchDir dir;
    std::string err;
    const auto output = (dir / "map.png").string();
    EXPECT_EQ(wijknet({"map", sample, "--areas", buurten, "--indicator", "loneliness", "-o", output}, &err), 2);
    EXPECT_NE(err.find("unknown indicator 'loneliness'; expected one of: residents"), std::string::npos) << err;
    EXPECT_EQ(wijknet({"map", sample, "--areas", (dir / "none.gpkg").string(), "-o", output}, &err), 2);
    EXPECT_NE(err.find("none.gpkg: no such file"), std::string::npos) << err;
    EXPECT_EQ(wijknet({"map", sample, "--areas", buurten, "--code-field", "BU_CODE", "-o", output}, &err), 2);
    EXPECT_NE(err.find("fields in layer 'buurten': statcode"), std::string::npos) << err;
    EXPECT_EQ(wijknet({"export", sample, "-o", (dir / "out.csv").string()}, &err), 2);
    EXPECT_NE(err.find("needs --areas"), std::string::npos) << err;
    EXPECT_EQ(wijknet({"map", sample, "--areas", buurten, "--generalise", "jitter", "-o", output}, &err), 2);
    EXPECT_NE(err.find("needs a key"), std::string::npos) << err;
    EXPECT_EQ(wijknet({"map", sample, "--areas", buurten}, &err), 2);  // no -o
    EXPECT_EQ(wijknet({"map", sample, "--areas", buurten, "-o", output, "--export", (dir / "x.shp").string()}, &err), 2);
    EXPECT_NE(err.find("--export: unknown output format of"), std::string::npos) << err;
    EXPECT_FALSE(std::filesystem::exists(output));
}

/// A fictional network over the real buurten of Ridderkerk and Rijswijk: residents at lon/lat
/// positions (reprojected on reading), some outside both towns.
std::filesystem::path real_town_network(const std::filesystem::path& dir) {
    std::filesystem::create_directories(dir);
    std::ofstream actors(dir / "actors.csv"), ties(dir / "ties.csv");
    actors << "id,name,kind,x,y,crs\n";
    ties << "source,target,kind\n";
    std::mt19937 random(5);
    // Two boxes in lon/lat: Ridderkerk and Rijswijk.
    const double boxes[2][4] = {{4.57, 51.86, 4.64, 51.89}, {4.30, 52.02, 4.35, 52.05}};
    for (int i = 0; i < 2000; ++i) {
        const auto& b = boxes[i % 2];
        std::uniform_real_distribution<double> lon(b[0], b[2]), lat(b[1], b[3]);
        actors << "r" << i << ",Bewoner " << i << ",resident," << lon(random) << "," << lat(random) << ",EPSG:4326\n";
        if (i >= 2) ties << "r" << i << ",r" << (i - 2) << ",neighbour\n";
    }
    return dir;
}

TEST(MapCli, DrawsTheRealRidderkerkAndRijswijkBuurten) {
    const auto real = test::shared_data_path("nl_buurten/cbs_generalised_2023/buurt_2023_ridderkerk_rijswijk_rd.geojson");
    if (!std::filesystem::exists(real)) GTEST_SKIP() << "no " << real;
    test::ScratchDir dir;
    const auto network = real_town_network(dir / "network");
    std::string out, err;
    ASSERT_EQ(wijknet({"map", network.string(), "--areas", real.string(), "--indicator", "residents", "--width", "1200",
                       "--height", "900", "-o", (dir / "map.png").string()},
                      &err, &out),
              0)
        << err;
    EXPECT_NE(out.find("44 areas, 2000 actors placed"), std::string::npos) << out;
    EXPECT_NE(err.find("actors lie outside every area"), std::string::npos) << err;  // the boxes overlap the polders
    ASSERT_EQ(wijknet({"export", network.string(), "--areas", real.string(), "-o", (dir / "areas.csv").string()}), 0);
    EXPECT_NE(read_file(dir / "areas.csv").find("BU05970"), std::string::npos);  // a Ridderkerk buurt
}

/// What the dynamic linker says it loads while the real program runs `arguments` (LD_DEBUG=files).
std::string files_loaded_by(const std::string& arguments, const test::ScratchDir& dir) {
    const auto log = dir / "loaded.txt";
    const std::string command = std::string("LD_DEBUG=files '") + WIJKNET_BINARY + "' " + arguments +
                                " >/dev/null 2>'" + log.string() + "' </dev/null";
    EXPECT_EQ(std::system(command.c_str()), 0) << command;
    return read_file(log);
}

// GDAL and its hundred libraries took every command 70 ms to start; only maps need them.
TEST(MapCli, OnlyCommandsWithGisFilesLoadGdal) {
    test::ScratchDir dir;
    const auto analysis = files_loaded_by("isolated '" + sample + "'", dir);
    EXPECT_NE(analysis.find("libcairo"), std::string::npos) << "the log lists what is loaded";
    EXPECT_EQ(analysis.find("libgdal"), std::string::npos);
    EXPECT_EQ(analysis.find("libwijknet-gis"), std::string::npos);
    const auto map =
        files_loaded_by("map '" + sample + "' --areas '" + buurten + "' -o '" + (dir / "m.svg").string() + "'", dir);
    EXPECT_NE(map.find("libwijknet-gis"), std::string::npos);
    EXPECT_NE(map.find("libgdal"), std::string::npos);
    EXPECT_TRUE(std::filesystem::is_regular_file(dir / "m.svg"));
}

TEST(MapCli, AMissingOrBrokenGisModuleIsNamed) {
    test::ScratchDir dir;
    const std::filesystem::path missing[] = {dir / "here.so", dir / "there.so"};
    try {
        cli::open_gis_module(missing);
        ADD_FAILURE() << "no module, no error";
    } catch (const RunError& error) {
        const std::string message = error.what();
        EXPECT_NE(message.find("maps, GIS exports and spreadsheet files need wijknet's GIS module"), std::string::npos) << message;
        EXPECT_NE(message.find((dir / "here.so").string() + ", " + (dir / "there.so").string()), std::string::npos)
            << message;
    }
    {
        std::ofstream(dir / "there.so") << "not a shared object\n";
    }
    try {
        cli::open_gis_module(missing);
        ADD_FAILURE() << "a text file opened as the module";
    } catch (const RunError& error) {
        const std::string message = error.what();
        EXPECT_TRUE(message.starts_with("cannot open wijknet's GIS module " + (dir / "there.so").string())) << message;
    }
    EXPECT_EQ(cli::gis_module().crs_name(28992), "Amersfoort / RD New") << "the module of this build opens";
}

/// The sample town's map; WIJKNET_UPDATE_REFERENCE=1 rewrites the reference on purpose.
TEST(MapReference, SampleTownMatchesWithinTolerance) {
    test::ScratchDir dir;
    const auto reference = test::data_path("reference_png/map_zonnedal.png");
    const auto drawn = dir / "drawn.png";
    ASSERT_EQ(wijknet({"map", sample, "--areas", buurten, "--indicator", "flagged_share", "--at", "2025-06-01", "--dpi",
                       "72", "--key-file", (test::data_path("gis/pseudonym_key.txt")).string(), "-o", drawn.string()}),
              0);
    test::expect_matches_reference(drawn, reference);
}

}  // namespace
}  // namespace wijknet
