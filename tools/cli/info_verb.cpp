// SPDX-License-Identifier: MIT
#include <CLI/CLI.hpp>
#include <ostream>

#include "summary_table.hpp"
#include "network_argument.hpp"
#include "verb.hpp"
#include "wijknet/io/network_file.hpp"

namespace wijknet::cli {
namespace {

class InfoVerb final : public Verb {
public:
    CLI::App* add_to(CLI::App& app) override {
        auto* command = app.add_subcommand(
            "info", "Summarise a network: actors and ties by kind, formal and informal ties, components,\n"
                    "actors without any tie, and the dates the ties span.");
        network_.add_to(*command);
        return command;
    }

    int run(std::ostream& out, std::ostream&) override {
        const Network network = network_.read("info");
        out << network_.path << '\n';
        print_summary(network, summarise(network), out);
        return exit_ok;
    }

private:
    NetworkArgument network_;
};

}  // namespace

std::unique_ptr<Verb> make_info_verb() { return std::make_unique<InfoVerb>(); }

}  // namespace wijknet::cli
