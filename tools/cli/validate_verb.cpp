// SPDX-License-Identifier: MIT
#include <CLI/CLI.hpp>
#include <ostream>

#include "network_argument.hpp"
#include "verb.hpp"
#include "wijknet/io/network_file.hpp"

namespace wijknet::cli {
namespace {

class ValidateVerb final : public Verb {
public:
    CLI::App* add_to(CLI::App& app) override {
        auto* command = app.add_subcommand("validate", "Check a network and list every problem as FILE:LINE: what is wrong.\n"
                                                       "Exit code 0 when the network is clean, 2 when it is not.");
        network_.add_to(*command);
        return command;
    }

    int run(std::ostream& out, std::ostream&) override {
        const Network network = network_.read("validate");
        out << network_.path << ": " << network.actor_count() << " actors, " << network.tie_count()
            << " ties, no problems found\n";
        return exit_ok;
    }

private:
    NetworkArgument network_;
};

}  // namespace

std::unique_ptr<Verb> make_validate_verb() { return std::make_unique<ValidateVerb>(); }

}  // namespace wijknet::cli
