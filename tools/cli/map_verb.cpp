// SPDX-License-Identifier: MIT
#include <CLI/CLI.hpp>
#include <future>
#include <ostream>

#include "gis_module_loader.hpp"
#include "map_options.hpp"
#include "verb.hpp"
#include "wijknet/io/network_file.hpp"
#include "wijknet/render/picture_file.hpp"
#include "wijknet/version.hpp"

namespace wijknet::cli {
namespace {

std::string indicator_title(AreaIndicator indicator, bool nl) {
    switch (indicator) {
        case AreaIndicator::residents: return nl ? "Bewoners per buurt" : "Residents per area";
        case AreaIndicator::isolated: return nl ? "Bewoners zonder informele relatie" : "Residents without an informal tie";
        case AreaIndicator::isolated_share: return nl ? "Aandeel bewoners zonder informele relatie" : "Share of residents without an informal tie";
        case AreaIndicator::flagged: return nl ? "Bewoners met risico op isolement" : "Residents at risk of isolation";
        case AreaIndicator::flagged_share: return nl ? "Aandeel bewoners met risico op isolement" : "Share of residents at risk of isolation";
        case AreaIndicator::informal_ties: return nl ? "Informele relaties" : "Informal ties";
        case AreaIndicator::formal_ties: return nl ? "Formele relaties" : "Formal ties";
        case AreaIndicator::professionals: return nl ? "Actieve professionals" : "Professionals active";
        case AreaIndicator::fragmented_clients: return nl ? "Cliënten met versnipperde zorg" : "Clients with fragmented care";
        case AreaIndicator::distance_to_place: return nl ? "Gemiddelde afstand tot ontmoetingsplek (m)" : "Mean distance to a meeting place (m)";
    }
    return {};
}

std::string generalisation_note(geo::Generalisation generalisation, bool nl) {
    switch (generalisation) {
        case geo::Generalisation::grid100: return nl ? "personen op hun vak van 100 m" : "people at their 100 m square";
        case geo::Generalisation::grid500: return nl ? "personen op hun vak van 500 m" : "people at their 500 m square";
        case geo::Generalisation::centroid: return nl ? "personen op het midden van hun buurt" : "people at the centre of their area";
        case geo::Generalisation::jitter: return nl ? "personen tot 250 m verschoven" : "people moved up to 250 m";
        case geo::Generalisation::none: return nl ? "personen op hun adres: niet verspreiden" : "people at their address: do not share";
    }
    return {};
}

class MapVerb final : public Verb {
public:
    CLI::App* add_to(CLI::App& app) override {
        auto* command = app.add_subcommand(
            "map", "Draw a neighbourhood map: the areas coloured by an indicator (small numbers suppressed), people\n"
                   "at generalised positions, ties in the ecomap's line styles, places, legend, scale bar and\n"
                   "north arrow. The format follows the extension: .svg, .png or .pdf.");
        options_.add_to(*command, true);
        command->add_option("-o,--output", output_, "FILE.svg, FILE.png or FILE.pdf")->required();
        command->add_option("--indicator", indicator_, "what colours the areas: " + area_indicator_names())
            ->capture_default_str();
        command->add_flag("--no-ties", no_ties_, "leave the ties out");
        command->add_option("--title", title_, "the map's title (default: from the indicator)");
        command->add_option("--lang", lang_, "nl or en")->check(CLI::IsMember({"nl", "en"}))->capture_default_str();
        command->add_option("--width", width_, "page width in points (842: A4 landscape)")->capture_default_str()->check(CLI::Range(200, 20000));
        command->add_option("--height", height_, "page height in points")->capture_default_str()->check(CLI::Range(200, 20000));
        command->add_option("--dpi", dpi_, "PNG resolution")->capture_default_str()->check(CLI::Range(36, 1200));
        command->add_option("--export", export_,
                            "also write the map's layers to OUT.gpkg or OUT.geojson, or its indicators to OUT.csv,\n"
                            "as `wijknet export` does, in the same run (loaded and counted once)");
        gis_write_.add_to(*command);
        return command;
    }

    int run(std::ostream& out, std::ostream& err) override {
        render::picture_format_of(output_);
        if (!export_.empty()) check_export_name(export_, "--export", true);
        const auto write_options = gis_write_.resolve(export_);
        const auto indicator = area_indicator_named(indicator_);
        if (!indicator)
            throw InputError("--indicator", 0, "unknown indicator '" + indicator_ + "'; expected one of: " + area_indicator_names());
        const auto options = options_.resolve();
        note_one_run_pseudonyms(options_.privacy, std::nullopt, err);
        const Network network = options_.network.read("map", {}, "export");
        DiagnosticList warnings;
        const auto map = prepare_neighbourhood_map(network, options, warnings);
        report_warnings(warnings, err);

        auto scene = map_scene(network, map, *indicator, options.at, options.names);
        if (no_ties_) scene.ties.clear();
        const bool nl = lang_ == "nl";
        render::MapPictureOptions picture;
        picture.language = nl ? render::Language::nl : render::Language::en;
        picture.title = title_.empty() ? indicator_title(*indicator, nl) : title_;
        picture.indicator_label = indicator_title(*indicator, nl);
        picture.indicator_is_share = *indicator == AreaIndicator::isolated_share || *indicator == AreaIndicator::flagged_share;
        picture.min_cell = options.policy.min_cell;
        picture.subtitle = std::to_string(map.areas.areas.size()) + (nl ? " gebieden  ·  " : " areas  ·  ") +
                           (options.at ? (nl ? "op " : "on ") + options.at->to_string() + "  ·  " : std::string()) +
                           generalisation_note(options.generalisation, nl);
        picture.source_line = (nl ? "Bronnen: " : "Sources: ") + std::filesystem::path(options_.network.path).filename().string() +
                              ", " + std::filesystem::path(options_.areas).filename().string() + "  ·  " +
                              gis_module().crs_name(map.areas.epsg) + "  ·  " + (nl ? "aantallen onder " : "counts under ") +
                              std::to_string(options.policy.min_cell) + (nl ? " onderdrukt" : " suppressed") + "  ·  " +
                              (options.at ? (nl ? "stand op " : "as of ") + options.at->to_string()
                                          : std::string(nl ? "alle relaties, zonder peildatum" : "all ties, no reference date")) +
                              "  ·  wijknet " + std::string(version);
        // The export is written on a second core while the map is drawn: each takes seconds on
        // a town of 100,000, and they share nothing but what is read here.
        std::future<std::string> exported;
        if (!export_.empty())
            exported = std::async(std::launch::async, [&] { return write_export(export_, network, map, options, write_options, gis_write_.csv_dialect()); });
        const render::PictureSize page{width_, height_, static_cast<double>(dpi_)};
        render::draw_picture_file(output_, page, [&](render::Canvas& canvas) {
            render::draw_map(canvas, page.width, page.height, scene, picture);
        });
        out << "wrote " << output_ << " (" << map.areas.areas.size() << " areas, " << map.located << " actors placed, "
            << scene.ties.size() << " ties)\n";
        if (exported.valid()) out << "wrote " << export_ << " (" << exported.get() << ")\n";
        return exit_ok;
    }

private:
    MapOptions options_;
    std::string output_;
    std::string indicator_ = "isolated_share";
    bool no_ties_ = false;
    std::string title_;
    std::string lang_ = "nl";
    double width_ = 842;
    double height_ = 595;
    int dpi_ = 150;
    std::string export_;
    GisWriteOption gis_write_;
};

}  // namespace

std::unique_ptr<Verb> make_map_verb() { return std::make_unique<MapVerb>(); }

}  // namespace wijknet::cli
