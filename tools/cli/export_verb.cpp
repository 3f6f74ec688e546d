// SPDX-License-Identifier: MIT
#include <CLI/CLI.hpp>
#include <ostream>
#include <sstream>

#include "map_options.hpp"
#include "verb.hpp"
#include "wijknet/io/atomic_output.hpp"
#include "wijknet/io/network_file.hpp"
#include "wijknet/text/ascii.hpp"

namespace wijknet::cli {
namespace {

class ExportVerb final : public Verb {
public:
    CLI::App* add_to(CLI::App& app) override {
        auto* command = app.add_subcommand(
            "export", "Export the network for GIS: a GeoPackage with layers actors (points), ties (lines) and, with\n"
                      "--areas, areas (polygons with the indicators); a GeoJSON FeatureCollection with a 'layer'\n"
                      "property; or a CSV of the indicators per area. People are pseudonymised and generalised, and\n"
                      "counts under --min-cell are left out (NULL), as on the map.");
        options_.add_to(*command, false);
        command->add_option("-o,--output", output_, "OUT.gpkg, OUT.geojson or OUT.csv (indicators per area, needs --areas)")
            ->required();
        return command;
    }

    int run(std::ostream& out, std::ostream& err) override {
        const std::string extension = text::lower(std::filesystem::path(output_).extension().string());
        if (extension != ".gpkg" && extension != ".geojson" && extension != ".csv")
            throw InputError(output_, 0, "unknown output format; expected .gpkg, .geojson or .csv");
        if (extension == ".csv" && options_.areas.empty())
            throw InputError("--areas", 0, "a CSV export holds the indicators per area and needs --areas FILE");
        const auto options = options_.resolve();
        const Network network = load_network(options_.network);
        DiagnosticList warnings;
        const auto map = prepare_neighbourhood_map(network, options, warnings);
        report_warnings(warnings, err);

        if (extension == ".csv") {
            std::ostringstream csv;
            const ReportTable tables[] = {indicator_table(map, options.policy)};
            write_report(tables, OutputFormat::csv, csv);
            write_file_atomically(output_, csv.str());
            out << "wrote " << output_ << " (" << map.indicators.size() << " areas)\n";
            return exit_ok;
        }
        const auto layers = export_layers(network, map, options.at, options.policy);
        gis::write_gis_file(output_, layers, map.areas.epsg);
        out << "wrote " << output_ << " (";
        for (std::size_t i = 0; i < layers.size(); ++i)
            out << (i ? ", " : "") << layers[i].name << ": " << layers[i].features.size();
        out << ")\n";
        return exit_ok;
    }

private:
    MapOptions options_;
    std::string output_;
};

}  // namespace

std::unique_ptr<Verb> make_export_verb() { return std::make_unique<ExportVerb>(); }

}  // namespace wijknet::cli
