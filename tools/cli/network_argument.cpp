// SPDX-License-Identifier: MIT
#include "network_argument.hpp"

#include <CLI/CLI.hpp>

#include "read_warnings.hpp"
#include "wijknet/io/network_file.hpp"
#include "wijknet/io/vocabulary_mapping.hpp"
#include "wijknet/store/project.hpp"

namespace wijknet::cli {

namespace {

/// "actor kinds from 'networkCanvasType' ('Professional' as professional)", for the user's note.
std::string described(const VocabularyMapping& mapping, VocabularyMapping::AppliesTo applies_to) {
    std::string column, values;
    for (const auto& rule : mapping.rules) {
        if (rule.applies_to != applies_to) continue;
        column = rule.column;
        values += (values.empty() ? "'" : ", '") + rule.value + "' as " + rule.becomes;
    }
    if (values.empty()) return {};
    const bool actors = applies_to == VocabularyMapping::AppliesTo::actor;
    return std::string(actors ? "actor" : "tie") + " kinds from column '" + column + "' (" + values + ")";
}

/// Without a mapping file, the kinds another tool's type column already says in wijknet's words.
void apply_default_vocabulary(Network& network, const std::string& path, DiagnosticList& warnings) {
    const VocabularyMapping mapping = default_vocabulary_mapping(network);
    if (mapping.rules.empty()) return;
    apply_vocabulary_mapping(network, mapping);
    const std::string actors = described(mapping, VocabularyMapping::AppliesTo::actor);
    const std::string ties = described(mapping, VocabularyMapping::AppliesTo::tie);
    warnings.add(path, 0, "took " + actors + (actors.empty() || ties.empty() ? "" : "; ") + ties +
                              " (give --mapping FILE to read them otherwise, docs/formats.md)");
}

}  // namespace

Network load_mapped_network(const std::string& path, const std::string& mapping) {
    DiagnosticList warnings;
    Network network = load_network(path, &warnings);
    if (!mapping.empty()) apply_vocabulary_mapping(network, read_vocabulary_mapping(mapping), &warnings);
    else apply_default_vocabulary(network, path, warnings);
    tell_read_warnings(warnings);
    return network;
}

void NetworkArgument::add_to(CLI::App& command) {
    command.add_option("NETWORK", path, network_help)->required();
    command.add_option("--mapping", mapping, mapping_help);
    command.add_option("--user", user,
                       "who is reading, for a project's access log (default: the user this program runs as)");
}

Network NetworkArgument::read(std::string_view what, std::string_view client, std::string_view event) const {
    std::optional<std::string> unused;
    return read(what, client, event, unused);
}

Network NetworkArgument::read(std::string_view what, std::string_view client, std::string_view event,
                              std::optional<std::string>& pseudonym_key) const {
    if (!store::is_project_path(path)) return load_mapped_network(path, mapping);
    store::Project project = store::Project::open(path, {.user = user});
    project.record_read(event, client, what);
    pseudonym_key = project.pseudonym_key();
    Network network = std::move(project).take_network();
    if (!mapping.empty()) {
        DiagnosticList warnings;
        apply_vocabulary_mapping(network, read_vocabulary_mapping(mapping), &warnings);
        tell_read_warnings(warnings);
    }
    return network;
}

}  // namespace wijknet::cli
