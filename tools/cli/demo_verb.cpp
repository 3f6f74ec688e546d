// SPDX-License-Identifier: MIT
#include <CLI/CLI.hpp>
#include <filesystem>
#include <ostream>

#include "summary_table.hpp"
#include "verb.hpp"
#include "wijknet/io/csv_pair.hpp"
#include "wijknet/io/diagnostic.hpp"
#include "wijknet/io/dot.hpp"
#include "wijknet/io/graphml.hpp"
#include "wijknet/model/ego_network.hpp"
#include "wijknet/samples/zonnedal.hpp"

namespace wijknet::cli {
namespace {

class DemoVerb final : public Verb {
public:
    CLI::App* add_to(CLI::App& app) override {
        auto* command = app.add_subcommand(
            "demo", "Run the main job on the embedded sample neighbourhood Zonnedal (fictional people):\n"
                    "summarise it, list its clients' networks, and write it as CSV pair, GraphML and DOT.");
        command->add_option("--out", out_dir_, "folder for the outputs")->capture_default_str();
        return command;
    }

    int run(std::ostream& out, std::ostream&) override {
        const Network network = samples::zonnedal_network();
        out << "Zonnedal, the sample neighbourhood (all people fictional)\n";
        print_summary(network, summarise(network), out);

        out << "Clients and their personal networks (radius 1, all dates):\n";
        for (std::size_t i = 0; i < network.actor_count(); ++i) {
            const ActorIndex index{i};
            const Actor& actor = network.actor(index);
            if (!actor.is_client) continue;
            const auto view = ego_network(network, index);
            std::size_t formal = 0;
            for (const auto tie : view.ties)
                if (network.tie(tie).formality() == Formality::formal && (network.tie(tie).source == index ||
                                                                          network.tie(tie).target == index))
                    ++formal;
            out << "  " << actor.id << "  " << actor.name << ": " << view.members.size() - 1 << " contacts, "
                << formal << " of them formal\n";
        }

        const std::filesystem::path dir(out_dir_);
        std::error_code error;
        std::filesystem::create_directories(dir, error);
        if (error) throw RunError("cannot create " + dir.string() + ": " + error.message());
        write_csv_pair(network, dir / "zonnedal");
        write_graphml(network, dir / "zonnedal.graphml");
        write_dot(network, dir / "zonnedal.dot");
        out << "Wrote " << (dir / "zonnedal").string() << "/ (actors.csv, ties.csv), "
            << (dir / "zonnedal.graphml").string() << " and " << (dir / "zonnedal.dot").string() << '\n';
        return exit_ok;
    }

private:
    std::string out_dir_ = "wijknet-demo";
};

}  // namespace

std::unique_ptr<Verb> make_demo_verb() { return std::make_unique<DemoVerb>(); }

}  // namespace wijknet::cli
