// SPDX-License-Identifier: MIT
#include <CLI/CLI.hpp>
#include <ostream>

#include "verb.hpp"
#include "wijknet/io/network_file.hpp"

namespace wijknet::cli {
namespace {

class ConvertVerb final : public Verb {
public:
    CLI::App* add_to(CLI::App& app) override {
        auto* command = app.add_subcommand(
            "convert", "Convert a network between formats, chosen by extension:\n"
                       "a folder (CSV pair: actors.csv + ties.csv), .graphml, or .dot (write only).\n"
                       "The output is replaced only once it is completely written.");
        command->add_option("IN", input_, "folder with actors.csv and ties.csv, or a .graphml file")->required();
        command->add_option("OUT", output_, "output folder, .graphml or .dot file")->required();
        return command;
    }

    int run(std::ostream& out, std::ostream&) override {
        format_of(output_);  // an unknown output extension is a usage error before any reading
        const Network network = load_network(input_);
        save_network(network, output_);
        out << "wrote " << output_ << " (" << network.actor_count() << " actors, " << network.tie_count()
            << " ties)\n";
        return exit_ok;
    }

private:
    std::string input_;
    std::string output_;
};

}  // namespace

std::unique_ptr<Verb> make_convert_verb() { return std::make_unique<ConvertVerb>(); }

}  // namespace wijknet::cli
