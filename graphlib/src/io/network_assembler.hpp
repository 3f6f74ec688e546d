// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "field_binding.hpp"
#include "wijknet/io/diagnostic.hpp"
#include "wijknet/model/network.hpp"

namespace wijknet {

/// \brief Builds a Network from drafts read out of any file format, checking what only the whole
/// file can show (duplicate ids, ties to unknown actors, self-ties) and keeping every problem.
class NetworkAssembler {
public:
    explicit NetworkAssembler(DiagnosticList& problems) : problems_(problems) {}

    void add_actor(binding::ActorDraft draft, const std::string& file, std::size_t line);
    /// Room for this many ties, so the tie list does not grow by copying (a guess is fine).
    void expect_ties(std::size_t ties) { network_.reserve(network_.actor_count(), ties); }
    /// Ties are resolved in finish(), so they may name actors that come later in the input.
    void add_tie(binding::TieDraft draft, const std::string& file, std::size_t line);
    /// When the actors could not be read at all, ties are still checked field by field but not
    /// matched to actors, so one broken header does not bury the user in "unknown actor" lines.
    void actors_unreadable() { actors_unreadable_ = true; }
    /// \throws InputError with every problem collected, if there were any.
    Network finish();

private:
    /// Finds the tie's actors, reporting what is missing, then adds it.
    void resolve(binding::TieDraft& draft, const std::string& file, std::size_t line);
    /// Checks a tie whose actors are known and adds it when the input has no problems so far.
    void add_resolved(binding::TieDraft& draft, ActorIndex source, ActorIndex target, const std::string& file,
                      std::size_t line);

    struct PendingTie {
        binding::TieDraft draft;
        std::string file;
        std::size_t line;
    };

    DiagnosticList& problems_;
    Network network_;
    /// The line each actor was read from, by ActorIndex, for "first used on line N".
    std::vector<std::size_t> actor_lines_;
    std::vector<PendingTie> ties_;
    bool actors_unreadable_ = false;
    std::string last_source_id_;
    std::optional<ActorIndex> last_source_;
};

}  // namespace wijknet
