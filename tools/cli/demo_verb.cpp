// SPDX-License-Identifier: MIT
#include <CLI/CLI.hpp>
#include <filesystem>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

#include "analysis_reports.hpp"
#include "run.hpp"
#include "summary_table.hpp"
#include "verb.hpp"
#include "wijknet/io/atomic_output.hpp"
#include "wijknet/io/csv_pair.hpp"
#include "wijknet/io/diagnostic.hpp"
#include "wijknet/io/dot.hpp"
#include "wijknet/io/graphml.hpp"
#include "wijknet/model/ego_network.hpp"
#include "wijknet/render/ecomap_picture.hpp"
#include "wijknet/render/graphviz_layout.hpp"
#include "wijknet/render/network_picture.hpp"
#include "wijknet/render/picture_file.hpp"
#include "wijknet/samples/zonnedal.hpp"
#include "wijknet/store/project.hpp"

namespace wijknet::cli {
namespace {

class DemoVerb final : public Verb {
public:
    CLI::App* add_to(CLI::App& app) override {
        auto* command = app.add_subcommand(
            "demo", "Run the main job on the embedded sample neighbourhood Zonnedal (fictional people):\n"
                    "summarise it, list residents at risk of isolation and the care-coordination agenda,\n"
                    "write it as CSV pair, GraphML and DOT, draw the clients' ecomaps and the whole network, and\n"
                    "map the town: residents at risk of isolation per buurt (map-zonnedal.png, zonnedal.gpkg),\n"
                    "and make it a project for the editor (zonnedal.wijknet: wijknet serve zonnedal.wijknet --open).");
        command->add_option("--out", out_dir_, "folder for the outputs")->capture_default_str();
        return command;
    }

    int run(std::ostream& out, std::ostream& err) override {
        const Network network = samples::zonnedal_network();
        out << "Zonnedal, the sample neighbourhood (all people fictional)\n";
        print_summary(network, summarise(network), out);

        const auto flags = isolated_residents(network);
        const CountPolicy policy;
        const std::vector<ReportTable> isolation{isolation_table(network, flags, demo_list_length),
                                                 area_isolation_table(isolation_by_area(network, flags, policy), policy)};
        out << "\nResidents at risk of isolation (the first " << demo_list_length << " of " << flags.size()
            << "; wijknet isolated lists them all)\n";
        write_report(isolation, OutputFormat::table, out);

        std::vector<CareCoordination> fragmented;
        for (std::size_t i = 0; i < network.actor_count(); ++i) {
            if (!network.actor(ActorIndex{i}).is_client) continue;
            auto care = coordinate_care(network, ActorIndex{i});
            if (care.professionals.size() >= 3) fragmented.push_back(std::move(care));
        }
        const std::vector<ReportTable> coordination{coordination_table(network, fragmented),
                                                    agenda_table(network, coordination_agenda(network))};
        out << "\nClients with three or more professionals, and the agenda for the professionals' meeting\n";
        write_report(coordination, OutputFormat::table, out);
        out << '\n';

        const std::filesystem::path dir(out_dir_);
        std::error_code error;
        std::filesystem::create_directories(dir, error);
        if (error) throw RunError("cannot create " + dir.string() + ": " + error.message());
        write_csv_pair(network, dir / "zonnedal");
        write_graphml(network, dir / "zonnedal.graphml");
        write_dot(network, dir / "zonnedal.dot");
        // The demo's own project, made anew at each run like the other outputs.
        const auto project = dir / "zonnedal.wijknet";
        for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(project.string() + suffix, error);
        store::Project::create_from(network, project, "the sample town Zonnedal");
        out << "Wrote " << (dir / "zonnedal").string() << "/ (actors.csv, ties.csv), "
            << (dir / "zonnedal.graphml").string() << ", " << (dir / "zonnedal.dot").string() << " and the project "
            << project.string() << '\n';

        // The story clients' ecomaps as a social worker would print them, and the whole caseload.
        render::EcomapPictureOptions picture;
        picture.date_text = "op 1 juni 2025";
        const Date day = Date::from_ymd(2025, 6, 1);
        const render::PictureSize a4_landscape{842, 595, 150};
        std::vector<ActorIndex> clients;
        for (std::size_t i = 0; i < network.actor_count(); ++i)
            if (network.actor(ActorIndex{i}).is_client) clients.push_back(ActorIndex{i});
        const auto draw_client = [&](ActorIndex client, render::Canvas& canvas) {
            const auto view = ego_network(network, client, {.radius = 1, .at = day});
            render::draw_ecomap(canvas, a4_landscape.width, a4_landscape.height, network, view, picture);
        };
        std::vector<std::pair<std::string, ActorIndex>> story;
        for (const char* id : story_clients)
            if (const auto client = network.find_actor(id)) story.emplace_back(id, *client);
        render::draw_picture_files(
            story.size(), a4_landscape, [&](std::size_t i) { return dir / ("ecomap-" + story[i].first + ".png"); },
            [&](std::size_t i, render::Canvas& canvas) { draw_client(story[i].second, canvas); });
        render::draw_pdf_pages(dir / "ecomaps-caseload.pdf", a4_landscape, clients.size(),
                               [&](std::size_t page, render::Canvas& canvas) { draw_client(clients[page], canvas); });
        // The whole town, laid out by Graphviz and drawn in the same visual language.
        std::vector<ActorIndex> everyone;
        std::vector<TieIndex> active;
        for (std::size_t i = 0; i < network.actor_count(); ++i) everyone.push_back(ActorIndex{i});
        for (std::size_t i = 0; i < network.tie_count(); ++i)
            if (network.tie(TieIndex{i}).active_on(day)) active.push_back(TieIndex{i});
        const auto positions = render::graphviz_layout(render::layout_graph_of(network, everyone, active), "sfdp");
        render::NetworkPictureOptions whole;
        whole.names = false;
        whole.title = "Zonnedal";
        whole.subtitle = std::to_string(everyone.size()) + " actoren, " + std::to_string(active.size()) +
                         " relaties op 1 juni 2025  ·  Graphviz sfdp";
        render::draw_picture_file(dir / "network-zonnedal.png", a4_landscape, [&](render::Canvas& canvas) {
            render::draw_network(canvas, a4_landscape.width, a4_landscape.height, network, everyone, active, positions, whole);
        });
        // The town on its map, and the same for QGIS: through the map and export verbs, as a user
        // would run them, on the files just written.
        write_file_atomically(dir / "zonnedal" / "buurten.geojson", std::string(samples::zonnedal_buurten_geojson()));
        const std::string network_dir = (dir / "zonnedal").string(), areas = (dir / "zonnedal" / "buurten.geojson").string();
        for (const std::vector<std::string>& job :
             {std::vector<std::string>{"map", network_dir, "--areas", areas, "--indicator", "flagged_share", "--at",
                                       "2025-06-01", "-o", (dir / "map-zonnedal.png").string()},
              std::vector<std::string>{"export", network_dir, "--areas", areas, "--at", "2025-06-01", "-o",
                                       (dir / "zonnedal.gpkg").string()}}) {
            out << "wijknet";
            for (const auto& arg : job) out << ' ' << arg;
            out << "\n  ";
            if (const int code = cli::run(job, out, err); code != exit_ok) return code;
        }
        out << "Wrote the ecomaps of " << std::size(story_clients) << " story clients (ecomap-*.png) and of all "
            << clients.size() << " clients on 1 June 2025 (" << (dir / "ecomaps-caseload.pdf").string()
            << ") and the whole network (network-zonnedal.png)\n";
        out << "\nOpen the town in the editor, in your browser:\n  wijknet serve " << project.string()
            << " --open\nor try it on a copy that is thrown away afterwards:\n  wijknet serve --demo --open\n";
        return exit_ok;
    }

private:
    static constexpr std::size_t demo_list_length = 10;
    static constexpr const char* story_clients[] = {"c-five-pros", "c-carer", "c-young-pros-only", "c-mixed-family"};
    std::string out_dir_ = "wijknet-demo";
};

}  // namespace

std::unique_ptr<Verb> make_demo_verb() { return std::make_unique<DemoVerb>(); }

}  // namespace wijknet::cli
