// SPDX-License-Identifier: MIT
#include "network_argument.hpp"

#include <CLI/CLI.hpp>

#include "read_warnings.hpp"
#include "wijknet/io/network_file.hpp"
#include "wijknet/store/project.hpp"

namespace wijknet::cli {

void NetworkArgument::add_to(CLI::App& command) {
    command.add_option("NETWORK", path, network_help)->required();
    command.add_option("--user", user,
                       "who is reading, for a project's access log (default: the user this program runs as)");
}

Network NetworkArgument::read(std::string_view what, std::string_view client, std::string_view event) const {
    std::optional<std::string> unused;
    return read(what, client, event, unused);
}

Network NetworkArgument::read(std::string_view what, std::string_view client, std::string_view event,
                              std::optional<std::string>& pseudonym_key) const {
    if (!store::is_project_path(path)) {
        DiagnosticList warnings;
        Network network = load_network(path, &warnings);
        tell_read_warnings(warnings);
        return network;
    }
    store::Project project = store::Project::open(path, {.user = user});
    project.record_read(event, client, what);
    pseudonym_key = project.pseudonym_key();
    return std::move(project).take_network();
}

}  // namespace wijknet::cli
