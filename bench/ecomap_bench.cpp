// SPDX-License-Identifier: MIT
// Renders the ecomaps of generated clients (30 to 60 contacts each) and times them, next to
// Graphviz doing the same job in-process through gvc; also writes each ego network as DOT so
// run_ecomap_benchmarks.sh can time `neato -Tsvg` as one process per ecomap.
// usage: ecomap_bench CLIENTS OUTDIR
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <memory>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "wijknet/concurrency/pieces.hpp"
#include "wijknet/model/ego_network.hpp"
#include "wijknet/render/ecomap_picture.hpp"
#include "wijknet/render/graphviz_layout.hpp"
#include "wijknet/render/picture_file.hpp"

using namespace wijknet;

namespace {

/// Clients with 30 to 60 contacts of mixed kinds, some of whom know each other.
Network generated_caseload(int clients) {
    std::mt19937 random(20261123);
    Network network;
    const TieKind kinds[] = {TieKind::household, TieKind::family, TieKind::friendship, TieKind::neighbour,
                             TieKind::colleague, TieKind::volunteer_help, TieKind::care, TieKind::membership};
    const ActorKind actor_kinds[] = {ActorKind::resident, ActorKind::resident, ActorKind::resident, ActorKind::resident,
                                     ActorKind::resident, ActorKind::volunteer, ActorKind::professional, ActorKind::group};
    const char* first[] = {"Anna", "Bram", "Cor", "Dirk", "Els", "Fatima", "Gijs", "Henk", "Ilse", "Jeroen", "Kees", "Lotte"};
    const char* last[] = {"Appelboom", "Boterbloem", "Hagelslag", "Klaproos", "Pannenkoek", "Stroopwafel", "Zonnebloem"};
    for (int c = 0; c < clients; ++c) {
        const auto ego = network.add_actor({.id = "c" + std::to_string(c), .name = "Cliënt " + std::to_string(c),
                                            .kind = ActorKind::resident, .is_client = true});
        const int contacts = 30 + static_cast<int>(random() % 31);
        std::vector<ActorIndex> around;
        for (int i = 0; i < contacts; ++i) {
            const int k = static_cast<int>(random() % 8);
            const auto contact = network.add_actor({.id = "c" + std::to_string(c) + "-" + std::to_string(i),
                                                    .name = std::string(first[random() % 12]) + " " + last[random() % 7],
                                                    .kind = actor_kinds[k]});
            Tie tie;
            tie.source = ego;
            tie.target = contact;
            tie.kind = kinds[k];
            tie.strength = static_cast<Strength>(random() % 3);
            if (random() % 6 == 0) tie.valence = Valence::stressful;
            if (random() % 3 == 0) tie.support = *SupportTypes::parse(random() % 2 ? "PE" : "GA");
            if (random() % 3 == 0) tie.direction = SupportDirection::to_source;
            network.add_tie(tie);
            for (const auto other : around)
                if (random() % 12 == 0) {
                    Tie among;
                    among.source = contact;
                    among.target = other;
                    among.kind = TieKind::friendship;
                    network.add_tie(among);
                }
            around.push_back(contact);
        }
    }
    return network;
}

/// \brief A picture's drawing calls kept in order, to be drawn again without laying anything out:
/// what drawing and writing the file cost alone (Cairo and Pango), the floor under an ecomap's
/// time whatever the layout costs. Forwards every call to the canvas it records from.
class DrawingTape final : public render::Canvas {
public:
    explicit DrawingTape(render::Canvas& recorded_from) : source_(recorded_from) {}
    void stroke_path(std::span<const render::Point> points, const render::StrokeStyle& style, bool closed) override {
        source_.stroke_path(points, style, closed);
        steps_.push_back([points = std::vector(points.begin(), points.end()), style, closed](render::Canvas& canvas) {
            canvas.stroke_path(points, style, closed);
        });
    }
    void fill_path(std::span<const render::Point> points, const render::Colour& fill) override {
        source_.fill_path(points, fill);
        steps_.push_back([points = std::vector(points.begin(), points.end()), fill](render::Canvas& canvas) {
            canvas.fill_path(points, fill);
        });
    }
    void circle(render::Point centre, double radius, const render::Colour* fill, const render::StrokeStyle* stroke) override {
        source_.circle(centre, radius, fill, stroke);
        const std::optional<render::Colour> kept_fill = fill ? std::optional(*fill) : std::nullopt;
        const std::optional<render::StrokeStyle> kept_stroke = stroke ? std::optional(*stroke) : std::nullopt;
        steps_.push_back([=](render::Canvas& canvas) {
            canvas.circle(centre, radius, kept_fill ? &*kept_fill : nullptr, kept_stroke ? &*kept_stroke : nullptr);
        });
    }
    render::TextExtent measure_text(std::string_view text, const render::TextStyle& style) override {
        return source_.measure_text(text, style);
    }
    void text(render::Point top_left, std::string_view text, const render::TextStyle& style) override {
        source_.text(top_left, text, style);
        steps_.push_back([top_left, text = std::string(text), style](render::Canvas& canvas) {
            canvas.text(top_left, text, style);
        });
    }
    void replay(render::Canvas& canvas) const {
        for (const auto& step : steps_) step(canvas);
    }

private:
    render::Canvas& source_;
    std::vector<std::function<void(render::Canvas&)>> steps_;
};

double seconds_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: ecomap_bench CLIENTS OUTDIR\n");
        return 2;
    }
    const int clients = std::stoi(argv[1]);
    const std::filesystem::path out = argv[2];
    std::filesystem::create_directories(out / "wijknet");
    std::filesystem::create_directories(out / "gvc");
    std::filesystem::create_directories(out / "dot");
    const Network network = generated_caseload(clients);
    std::vector<ActorIndex> egos;
    for (std::size_t i = 0; i < network.actor_count(); ++i)
        if (network.actor(ActorIndex{i}).is_client) egos.push_back(ActorIndex{i});
    const render::PictureSize page{842, 595, 150};

    const auto draw = [&](std::size_t i, render::Canvas& canvas) {
        render::draw_ecomap(canvas, page.width, page.height, network, ego_network(network, egos[i]), {});
    };
    const auto path_of = [&](const char* format) {
        return [&out, &network, &egos, format](std::size_t i) {
            return out / "wijknet" / (network.actor(egos[i]).id + "." + format);
        };
    };
    for (const char* format : {"svg", "pdf"}) {
        // One core, as `neato` does; then every core (draw_picture_files).
        auto start = std::chrono::steady_clock::now();
        for (std::size_t i = 0; i < egos.size(); ++i)
            render::draw_picture_file(path_of(format)(i), page, [&](render::Canvas& canvas) { draw(i, canvas); });
        double seconds = seconds_since(start);
        std::printf("wijknet %s %d ecomaps %.3f s %.1f per second (1 core)\n", format, clients, seconds, clients / seconds);
        start = std::chrono::steady_clock::now();
        render::draw_picture_files(egos.size(), page, path_of(format), draw);
        seconds = seconds_since(start);
        std::printf("wijknet %s %d ecomaps %.3f s %.1f per second (%zu cores)\n", format, clients, seconds,
                    clients / seconds, cores());
    }

    // The floor: each ecomap's drawing calls, recorded once, drawn again into a file of its own.
    // This is Pango drawing the text and Cairo writing the file, without any layout.
    {
        std::vector<std::unique_ptr<DrawingTape>> tapes(egos.size());
        render::draw_picture_files(egos.size(), page, path_of("svg"), [&](std::size_t i, render::Canvas& canvas) {
            tapes[i] = std::make_unique<DrawingTape>(canvas);
            draw(i, *tapes[i]);
        });
        for (const char* format : {"svg", "pdf"}) {
            auto start = std::chrono::steady_clock::now();
            for (std::size_t i = 0; i < egos.size(); ++i)
                render::draw_picture_file(path_of(format)(i), page,
                                          [&](render::Canvas& canvas) { tapes[i]->replay(canvas); });
            double seconds = seconds_since(start);
            std::printf("wijknet-drawing-only %s %d recorded ecomaps %.3f s %.1f per second (1 core)\n", format,
                        clients, seconds, clients / seconds);
            start = std::chrono::steady_clock::now();
            render::draw_picture_files(egos.size(), page, path_of(format),
                                       [&](std::size_t i, render::Canvas& canvas) { tapes[i]->replay(canvas); });
            seconds = seconds_since(start);
            std::printf("wijknet-drawing-only %s %d recorded ecomaps %.3f s %.1f per second (%zu cores)\n", format,
                        clients, seconds, clients / seconds, cores());
        }
    }

    // All of them as pages of one PDF, as `wijknet ecomap --all-clients -o caseload.pdf` writes them.
    {
        const auto start = std::chrono::steady_clock::now();
        render::draw_pdf_pages(out / "wijknet" / "caseload.pdf", page, egos.size(), draw);
        const double seconds = seconds_since(start);
        std::printf("wijknet pdf %d pages of one file %.3f s %.1f per second\n", clients, seconds, clients / seconds);
    }

    // The same ego networks for Graphviz: in-process through gvc, and as DOT files for neato.
    std::vector<render::LayoutGraph> graphs;
    for (const auto ego : egos) {
        const auto view = ego_network(network, ego);
        std::vector<ActorIndex> members;
        for (const auto& member : view.members) members.push_back(member.actor);
        render::LayoutGraph graph = render::layout_graph_of(network, members, view.ties);
        for (const auto actor : members) graph.labels.push_back(network.actor(actor).name);
        std::ofstream dot(out / "dot" / (network.actor(ego).id + ".dot"));
        dot << "graph ego {\n  node [shape=circle, fontsize=8];\n";
        for (std::size_t i = 0; i < graph.node_count; ++i) dot << "  n" << i << " [label=\"" << graph.labels[i] << "\"];\n";
        for (const auto& [a, b] : graph.edges) dot << "  n" << a << " -- n" << b << ";\n";
        dot << "}\n";
        graphs.push_back(std::move(graph));
    }
    const auto start = std::chrono::steady_clock::now();
    for (std::size_t i = 0; i < graphs.size(); ++i)
        render::graphviz_render_file(graphs[i], "neato", "svg", out / "gvc" / (network.actor(egos[i]).id + ".svg"));
    const double seconds = seconds_since(start);
    std::printf("gvc-neato svg %d ecomaps %.3f s %.1f per second\n", clients, seconds, clients / seconds);
    return 0;
}
