// SPDX-License-Identifier: MIT
#include <CLI/CLI.hpp>
#include <ostream>

#include "map_options.hpp"
#include "verb.hpp"
#include "wijknet/io/network_file.hpp"

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
        gis_write_.add_to(*command);
        return command;
    }

    int run(std::ostream& out, std::ostream& err) override {
        check_export_name(output_, "-o", !options_.areas.empty());
        const auto write_options = gis_write_.resolve(output_);
        const auto options = options_.resolve();
        note_one_run_pseudonyms(options_.privacy, std::nullopt, err);
        const Network network = options_.network.read("export", {}, "export");
        DiagnosticList warnings;
        const auto map = prepare_neighbourhood_map(network, options, warnings);
        report_warnings(warnings, err);
        out << "wrote " << output_ << " (" << write_export(output_, network, map, options, write_options, gis_write_.csv_dialect()) << ")\n";
        return exit_ok;
    }

private:
    MapOptions options_;
    std::string output_;
    GisWriteOption gis_write_;
};

}  // namespace

std::unique_ptr<Verb> make_export_verb() { return std::make_unique<ExportVerb>(); }

}  // namespace wijknet::cli
