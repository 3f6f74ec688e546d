// SPDX-License-Identifier: MIT
#include "privacy_options.hpp"

#include <CLI/CLI.hpp>

#include "pseudonym_key.hpp"
#include "wijknet/privacy/pseudonymised_network.hpp"

namespace wijknet::cli {

void PrivacyOptions::add_to(CLI::App& command, Shown by_default) {
    shown_ = by_default;
    if (by_default == Shown::names)
        command.add_flag("--pseudonymise", pseudonymise_, "show people by pseudonyms instead of names");
    else
        command.add_flag("--names", names_, "show people's names instead of pseudonyms");
    command.add_option("--key-file", key_file_,
                       "pseudonym key, so pseudonyms are the same in every output (else WIJKNET_PSEUDONYM_KEY, or a\n"
                       "project's own key; without any, pseudonyms hold for this run only)");
}

std::optional<std::string> PrivacyOptions::given_key(const std::optional<std::string>& project_key) const {
    auto key = pseudonym_key(key_file_);
    return key ? key : project_key;
}

std::string PrivacyOptions::key(const std::optional<std::string>& project_key) const {
    return given_key(project_key).value_or(one_run_pseudonym_key());
}

std::vector<std::string> PrivacyOptions::shown_names(const Network& network, bool dutch,
                                                     const std::optional<std::string>& project_key) const {
    if (pseudonymise()) return unique_pseudonyms(network, Pseudonymiser(key(project_key)), dutch);
    std::vector<std::string> names;
    names.reserve(network.actor_count());
    for (const Actor& actor : network.actors()) names.push_back(actor.name);
    return names;
}

void note_one_run_pseudonyms(const PrivacyOptions& privacy, const std::optional<std::string>& project_key, std::ostream& err) {
    if (privacy.pseudonymise() && !privacy.given_key(project_key))
        err << "wijknet: note: no pseudonym key (--key-file or WIJKNET_PSEUDONYM_KEY), so these pseudonyms hold for "
               "this run only\n";
}

}  // namespace wijknet::cli
