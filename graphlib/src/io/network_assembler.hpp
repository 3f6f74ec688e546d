// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include "field_binding.hpp"
#include "wijknet/io/diagnostic.hpp"
#include "wijknet/model/network.hpp"

namespace wijknet {

/// \brief Finds the actors at the ends of ties, many at a time: a million actors' index is far
/// bigger than the cache, and fetching a batch's slots together overlaps the waits that one
/// lookup after another would add up. Reads the network only, so each thread can have its own.
class TieEndFinder {
public:
    explicit TieEndFinder(const Network& network) : network_(network) {}
    static constexpr std::size_t batch_size = 32;
    /// Starts fetching what find() will read for the ties of `batch`; `ends_of(item)` gives
    /// an item's source and target ids.
    template <class Batch, class EndsOf>
    void prefetch(const Batch& batch, EndsOf&& ends_of) const {
        for (const auto& item : batch) {
            const auto [source, target] = ends_of(item);
            network_.prefetch_actor(source);
            network_.prefetch_actor(target);
        }
    }
    struct Ends {
        std::optional<ActorIndex> source, target;
    };
    Ends find(std::string_view source_id, std::string_view target_id);
    Ends find(const binding::TieDraft& draft) { return find(draft.source_id, draft.target_id); }
    /// Forgets the last source found; needed once actors were added, as it may have been missing.
    void forget() {
        last_source_id_.clear();
        last_source_.reset();
        by_name_.clear();
        by_name_made_ = false;
    }
    /// For an id no actor has: which actors have it as their name (in any case), as a hint for
    /// a ties file filled in with names; empty when none has.
    std::string named_like(std::string_view unknown_id);

private:
    const Network& network_;
    // Made on the first unknown id only: files without mistakes never pay for it.
    std::unordered_multimap<std::string, ActorIndex> by_name_;
    bool by_name_made_ = false;
    // Files list a person's ties together: the last source found is usually the next one.
    std::string last_source_id_;
    std::optional<ActorIndex> last_source_;
};

/// Checks a tie whose ends were looked up (missing or unknown actors, a self-tie, its fields taken
/// together) and sets its ends, or reports to `problems` and returns false.
bool check_tie(Tie& tie, std::string_view source_id, std::string_view target_id, const TieEndFinder::Ends& ends,
               TieEndFinder& finder, const std::string& file, std::size_t line, DiagnosticList& problems);
/// As check_tie, for a draft: returns the tie with its ends set, or nothing.
std::optional<Tie> checked_tie(binding::TieDraft& draft, const TieEndFinder::Ends& ends, TieEndFinder& finder,
                               const std::string& file, std::size_t line, DiagnosticList& problems);

/// Checks an actor's fields taken together, and that it has an id, reporting to `problems`.
/// An actor with problems is still added when it has an id, so that its ties do not also report
/// it as unknown; nothing is built once there are problems. (Ids used twice are found when the
/// actors are indexed.)
void check_actor(binding::ActorDraft& draft, const std::string& file, std::size_t line, DiagnosticList& problems);

/// \brief Builds a Network from drafts read out of any file format, checking what only the whole
/// file can show (duplicate ids, ties to unknown actors, self-ties) and keeping every problem.
class NetworkAssembler {
public:
    explicit NetworkAssembler(DiagnosticList& problems) : problems_(problems), ends_(network_) {}

    /// Actors are added in batches, like ties; `file` must stay alive until end_of_actors().
    void add_actor(binding::ActorDraft&& draft, const std::string& file, std::size_t line);
    /// Adds the actors still waiting; called by readers once the actors are read (adding a tie
    /// or finishing does it too).
    void end_of_actors();
    /// Room for this many actors or ties, so their lists and the id index do not grow by copying
    /// (a guess is fine).
    void expect_actors(std::size_t actors) { network_.reserve(actors, network_.tie_count()); }
    void expect_ties(std::size_t ties) { network_.reserve(network_.actor_count(), ties); }
    /// Ties may name actors that come later in the input; those are resolved in finish(). `file`
    /// must stay alive until finish(): ties are looked up in batches.
    void add_tie(binding::TieDraft&& draft, const std::string& file, std::size_t line);
    /// When the actors could not be read at all, ties are still checked field by field but not
    /// matched to actors, so one broken header does not bury the user in "unknown actor" lines.
    void actors_unreadable() { actors_unreadable_ = true; }
    [[nodiscard]] bool actors_readable() const { return !actors_unreadable_; }

    /// The network as built so far, for readers that find ties' actors on other threads (after
    /// end_of_actors(), before any tie).
    [[nodiscard]] const Network& actors() const { return network_; }
    /// Adds actors read on other threads: `actors` in file order from `first_line`, one per line,
    /// where an actor without an id stands for a line that gave none (blank, or with a problem
    /// reported in `problems`). Reports the ids used twice.
    void add_found_actors(std::vector<Actor> actors, const std::string& file, std::size_t first_line,
                          std::span<const DiagnosticList> problems);
    /// Adds ties found on other threads: `ties` in file order, where a tie with an invalid source
    /// stands for a line that gave none (blank, or with a problem reported in `problems`), and
    /// `attributes` empty or those of each tie.
    void add_found_ties(std::vector<Tie> ties, std::vector<Attributes> attributes,
                        std::span<const DiagnosticList> problems);

    /// \throws InputError with every problem collected, if there were any.
    Network finish();

private:
    /// Adds the ties waiting in batch_, whose actors are known; the rest wait for finish().
    void add_batch();
    void add_checked_actor(binding::ActorDraft& draft, const std::string& file, std::size_t line);
    void report_duplicate(const std::string& file, std::size_t line, ActorIndex first);

    struct PendingTie {
        binding::TieDraft draft;
        std::string file;
        std::size_t line;
    };

    DiagnosticList& problems_;
    Network network_;
    TieEndFinder ends_;
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
    struct BatchedActor {
        binding::ActorDraft draft;
        const std::string* file;
        std::size_t line;
    };
    std::vector<BatchedActor> actor_batch_;
    std::vector<PendingTie> ties_;  // ties whose actors were not all known when read
    bool actors_unreadable_ = false;
};

/// The network a reader of one file builds: `Reader(file, problems, warnings, assembler)` is made,
/// and `read(reader)` reads the file, false when it could not be read to its end (the problem is
/// then in the list and the actors count as unreadable).
/// \throws InputError with every problem found.
template <class Reader, class Read>
Network assemble_network(const std::string& file, DiagnosticList* warnings, Read&& read) {
    DiagnosticList problems;
    NetworkAssembler assembler(problems);
    Reader reader(file, problems, warnings, assembler);
    if (!read(reader)) assembler.actors_unreadable();
    return assembler.finish();
}

/// Whether `line` is one of the `slots` lines from `first_line`; when not, the file changed while
/// it was read (it has more lines than were counted), which is added to `problems` once.
bool changed_file_check(std::size_t slots, std::size_t first_line, const std::string& file, std::size_t line,
                        DiagnosticList& problems);

/// \brief The actors of one piece of a file, checked on a thread of their own: each goes to
/// `slots[line - first_line]`, the slot of its line, so pieces need no merging but their order.
class ActorPiece {
public:
    ActorPiece(const std::string& file, std::span<Actor> slots, std::size_t first_line)
        : file_(file), slots_(slots), first_line_(first_line) {}
    void add(binding::ActorDraft&& draft, std::size_t line) {
        if (!changed_file_check(slots_.size(), first_line_, file_, line, problems_)) return;
        check_actor(draft, file_, line, problems_);
        slots_[line - first_line_] = std::move(draft.actor);
    }
    [[nodiscard]] DiagnosticList& problems() { return problems_; }

private:
    const std::string& file_;
    std::span<Actor> slots_;
    std::size_t first_line_;
    DiagnosticList problems_;
};

/// \brief Finds the actors of the ties of one piece of a file, on a thread of its own. Each tie
/// is read into `slots[line - first_line]`, the slot of its line, so pieces need no merging but
/// their order; a slot whose tie has a problem is left without ends.
class TiePiece {
public:
    TiePiece(const Network& actors, const std::string& file, std::span<Tie> slots, std::size_t first_line)
        : ends_(actors), file_(file), slots_(slots), first_line_(first_line) {}
    /// Whether `line` has a slot here; when not, the file changed since its lines were counted,
    /// and that is a problem of the file.
    [[nodiscard]] bool has_slot(std::size_t line) { return changed_file_check(slots_.size(), first_line_, file_, line, problems_); }
    /// The slot for the tie on `line`, which has_slot().
    [[nodiscard]] Tie& slot(std::size_t line) { return slots_[line - first_line_]; }
    /// Finds the ends of the tie read into slot(line), soon; the ids are views of text that
    /// must stay until finish().
    void add(std::string_view source_id, std::string_view target_id, std::size_t line);
    /// Finds the ends of the ties still waiting in the last batch.
    void finish();
    [[nodiscard]] DiagnosticList& problems() { return problems_; }

private:
    struct Waiting {
        std::string_view source_id, target_id;
        std::size_t line;
    };
    TieEndFinder ends_;
    const std::string& file_;
    std::span<Tie> slots_;
    std::size_t first_line_;
    std::vector<Waiting> batch_;
    DiagnosticList problems_;
};

}  // namespace wijknet
