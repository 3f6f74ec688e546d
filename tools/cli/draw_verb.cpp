// SPDX-License-Identifier: MIT
#include <CLI/CLI.hpp>
#include <ostream>

#include "analysis_options.hpp"
#include "network_argument.hpp"
#include "privacy_options.hpp"
#include "verb.hpp"
#include "wijknet/io/diagnostic.hpp"
#include "wijknet/io/network_file.hpp"
#include "wijknet/model/ego_network.hpp"
#include "wijknet/render/graphviz_layout.hpp"
#include "wijknet/render/network_picture.hpp"
#include "wijknet/render/picture_file.hpp"

namespace wijknet::cli {
namespace {

constexpr std::size_t names_up_to = 150;

class DrawVerb final : public Verb {
public:
    CLI::App* add_to(CLI::App& app) override {
        auto* command = app.add_subcommand(
            "draw", "Draw a whole network, or the part within --radius of --around, laid out by Graphviz and drawn\n"
                    "in the ecomap's visual language. The format follows the extension: .svg, .png or .pdf.");
        network_.add_to(*command);
        command->add_option("-o,--output", output_, "FILE.svg, FILE.png or FILE.pdf")->required();
        command->add_option("--engine", engine_, "Graphviz layout: neato, fdp, sfdp (large networks) or dot (in ranks; with\n"
                                                      "many ties it stops improving early, to finish)")
            ->check(CLI::IsMember({"neato", "fdp", "sfdp", "dot"}))
            ->capture_default_str();
        command->add_option("--around", around_, "draw only the part around this actor");
        command->add_option("--radius", radius_, "steps from --around")->capture_default_str()->check(CLI::Range(1, 6));
        command->add_option("--at", at_, "the network as it stood on this day (YYYY-MM-DD)");
        command->add_option("--lang", lang_, "nl or en")->check(CLI::IsMember({"nl", "en"}))->capture_default_str();
        command->add_option("--dpi", dpi_, "PNG resolution")->capture_default_str()->check(CLI::Range(36, 1200));
        privacy_.add_to(*command, PrivacyOptions::Shown::names);
        return command;
    }

    int run(std::ostream& out, std::ostream& err) override {
        render::picture_format_of(output_);
        const std::optional<Date> at = at_.empty() ? std::nullopt : std::optional(parse_date_option("--at", at_));
        std::optional<std::string> project_key;
        const Network network = network_.read("draw", around_, "export", project_key);

        std::vector<ActorIndex> actors;
        std::vector<TieIndex> ties;
        if (!around_.empty()) {
            const auto view = ego_network(network, find_actor_option(network, "--around", around_),
                                          {.radius = radius_, .at = at});
            for (const auto& member : view.members) actors.push_back(member.actor);
            ties = view.ties;
        } else {
            for (std::size_t i = 0; i < network.actor_count(); ++i) actors.push_back(ActorIndex{i});
            for (std::size_t i = 0; i < network.tie_count(); ++i)
                if (!at || network.tie(TieIndex{i}).active_on(*at)) ties.push_back(TieIndex{i});
        }
        if (actors.size() > 5000 && engine_ != "sfdp")
            err << "wijknet: " << actors.size() << " actors: this may take long; --engine sfdp is made for large networks\n";

        const auto positions = render::graphviz_layout(render::layout_graph_of(network, actors, ties), engine_);

        render::NetworkPictureOptions options;
        options.language = lang_ == "en" ? render::Language::en : render::Language::nl;
        const bool nl = options.language == render::Language::nl;
        options.names = actors.size() <= names_up_to;
        note_one_run_pseudonyms(privacy_, project_key, err);
        const std::vector<std::string> shown = privacy_.shown_names(network, nl, project_key);
        options.name_of = [&shown](ActorIndex actor) { return shown[actor.value()]; };
        options.title = around_.empty() ? (nl ? "Netwerk" : "Network")
                                        : (nl ? "Netwerk rond " : "Network around ") + shown[network.find_actor(around_)->value()];
        options.subtitle = std::to_string(actors.size()) + (nl ? " actoren, " : " actors, ") + std::to_string(ties.size()) +
                           (nl ? " relaties" : " ties") + "  ·  Graphviz " + engine_ +
                           (at ? "  ·  " + at->to_string() : std::string{});
        const render::PictureSize page{842, 595, static_cast<double>(dpi_)};
        render::draw_picture_file(output_, page, [&](render::Canvas& canvas) {
            render::draw_network(canvas, page.width, page.height, network, actors, ties, positions, options);
        });
        out << "wrote " << output_ << " (" << actors.size() << " actors, " << ties.size() << " ties)\n";
        return exit_ok;
    }

private:
    NetworkArgument network_;
    std::string output_;
    std::string engine_ = "neato";
    std::string around_;
    int radius_ = 2;
    std::string at_;
    std::string lang_ = "nl";
    int dpi_ = 150;
    PrivacyOptions privacy_;
};

}  // namespace

std::unique_ptr<Verb> make_draw_verb() { return std::make_unique<DrawVerb>(); }

}  // namespace wijknet::cli
