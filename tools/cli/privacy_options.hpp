// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "wijknet/model/network.hpp"

namespace CLI {
class App;
}

namespace wijknet::cli {

/// \brief How people are shown in a picture or an export: the command line's one privacy policy
/// (docs/privacy.md), for every verb that draws or exports people.
///
/// A picture a worker makes of a network they work with (the ecomap, the network drawing) shows
/// names unless `--pseudonymise`; a map or a GIS export, made to be shared, shows pseudonyms
/// unless `--names`. Pseudonyms come from `--key-file`, WIJKNET_PSEUDONYM_KEY or a project's own
/// key, and without any hold for this run only; no two people in one output share one.
class PrivacyOptions {
public:
    enum class Shown { names, pseudonyms };

    /// Adds `--pseudonymise` (when names are the default) or `--names` (when pseudonyms are),
    /// and `--key-file`.
    void add_to(CLI::App& command, Shown by_default);
    [[nodiscard]] bool pseudonymise() const { return shown_ == Shown::pseudonyms ? !names_ : pseudonymise_; }
    /// The key given (file, then environment), else the project's, else nothing.
    /// \throws InputError when the key file cannot be read.
    [[nodiscard]] std::optional<std::string> given_key(const std::optional<std::string>& project_key = std::nullopt) const;
    /// given_key(), else one for this run only.
    [[nodiscard]] std::string key(const std::optional<std::string>& project_key = std::nullopt) const;
    /// By ActorIndex, the name each actor is shown by: its name, or a pseudonym no other person
    /// in `network` has.
    [[nodiscard]] std::vector<std::string> shown_names(const Network& network, bool dutch,
                                                       const std::optional<std::string>& project_key = std::nullopt) const;

private:
    Shown shown_ = Shown::names;
    bool pseudonymise_ = false;
    bool names_ = false;
    std::string key_file_;
};

/// Tells the user, on the error stream, when pseudonyms will hold for this run only.
void note_one_run_pseudonyms(const PrivacyOptions& privacy, const std::optional<std::string>& project_key, std::ostream& err);

}  // namespace wijknet::cli
