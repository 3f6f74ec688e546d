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
    /// Room for this many actors or ties, so their lists and the id index do not grow by copying
    /// (a guess is fine).
    void expect_actors(std::size_t actors) { network_.reserve(actors, network_.tie_count()); }
    void expect_ties(std::size_t ties) { network_.reserve(network_.actor_count(), ties); }
    /// Ties may name actors that come later in the input; those are resolved in finish(). `file`
    /// must stay alive until finish(): ties are looked up in batches.
    void add_tie(binding::TieDraft draft, const std::string& file, std::size_t line);
    /// When the actors could not be read at all, ties are still checked field by field but not
    /// matched to actors, so one broken header does not bury the user in "unknown actor" lines.
    void actors_unreadable() { actors_unreadable_ = true; }
    /// \throws InputError with every problem collected, if there were any.
    Network finish();

private:
    /// Adds the ties waiting in batch_, after fetching their actors' index slots together.
    void add_batch();
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
    /// Ties read, their actors not yet looked up; the file name is the caller's, alive until the
    /// batch is added.
    struct BatchedTie {
        binding::TieDraft draft;
        const std::string* file;
        std::size_t line;
    };
    std::vector<BatchedTie> batch_;
    std::vector<PendingTie> ties_;   // ties whose actors were not all known when read
    bool actors_unreadable_ = false;
    std::string last_source_id_;
    std::optional<ActorIndex> last_source_;
};

}  // namespace wijknet
