// SPDX-License-Identifier: MIT
#include <CLI/CLI.hpp>
#include <ostream>

#include "verb.hpp"
#include "wijknet/io/network_file.hpp"

namespace wijknet::cli {
namespace {

class ValidateVerb final : public Verb {
public:
    CLI::App* add_to(CLI::App& app) override {
        auto* command = app.add_subcommand("validate", "Check a network and list every problem as FILE:LINE: what is wrong.\n"
                                                       "Exit code 0 when the network is clean, 2 when it is not.");
        command->add_option("NETWORK", network_, "folder with actors.csv and ties.csv, or a .graphml file")->required();
        return command;
    }

    int run(std::ostream& out, std::ostream&) override {
        const Network network = load_network(network_);
        out << network_ << ": " << network.actor_count() << " actors, " << network.tie_count()
            << " ties, no problems found\n";
        return exit_ok;
    }

private:
    std::string network_;
};

}  // namespace

std::unique_ptr<Verb> make_validate_verb() { return std::make_unique<ValidateVerb>(); }

}  // namespace wijknet::cli
