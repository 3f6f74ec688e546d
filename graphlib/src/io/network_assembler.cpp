// SPDX-License-Identifier: MIT
#include "network_assembler.hpp"

#include <algorithm>
#include <vector>

#include "../model/keep_only.hpp"
#include "mapped_text.hpp"
#include "wijknet/text/ascii.hpp"

namespace wijknet {

TieEndFinder::Ends TieEndFinder::find(std::string_view source_id, std::string_view target_id) {
    if (source_id != last_source_id_) {
        last_source_id_ = source_id;
        last_source_ = source_id.empty() ? std::nullopt : network_.find_actor(source_id);
    }
    return {last_source_, target_id.empty() ? std::nullopt : network_.find_actor(target_id)};
}

std::string TieEndFinder::named_like(std::string_view unknown_id) {
    if (!by_name_made_) {
        for (std::size_t i = 0; i < network_.actor_count(); ++i)
            if (const ActorIndex actor{i}; !network_.actor(actor).name.empty()) by_name_.emplace(text::lower(network_.actor(actor).name), actor);
        by_name_made_ = true;  // once, also when no actor has a name
    }
    const auto [first, last] = by_name_.equal_range(text::lower(text::trim(unknown_id)));
    std::vector<std::string> ids;
    for (auto it = first; it != last; ++it) ids.push_back("'" + network_.actor(it->second).id + "'");
    if (ids.empty()) return {};
    std::sort(ids.begin(), ids.end());
    std::string list;
    for (std::size_t i = 0; i < ids.size() && i < 3; ++i) list += (i ? ", " : "") + ids[i];
    if (ids.size() > 3) list += " and " + std::to_string(ids.size() - 3) + " more";
    return ids.size() == 1 ? "actor " + list + " has that name" : "actors " + list + " have that name";
}

bool check_tie(Tie& tie, std::string_view source_id, std::string_view target_id, const TieEndFinder::Ends& ends,
               TieEndFinder& finder, const std::string& file, std::size_t line, DiagnosticList& problems) {
    const std::size_t problems_before = problems.size();
    for (const auto& [id, end, role] : {std::tuple{source_id, ends.source, "source"},
                                        std::tuple{target_id, ends.target, "target"}}) {
        if (id.empty()) problems.add(file, line, std::string("tie has no ") + role + " (expected an actor id)");
        else if (!end) {
            // A ties file filled in by hand often names people instead of giving their ids.
            const std::string named = finder.named_like(id);
            problems.add(file, line,
                         "tie names unknown actor '" + std::string(id) + "' as its " + role + " (expected an id from the actors" +
                             (named.empty() ? std::string(")") : "; " + named + ": ties name actors by their id)"));
        }
    }
    for (auto& problem : binding::finish(tie)) problems.add(file, line, "tie " + problem);
    if (ends.source && ends.target && *ends.source == *ends.target)
        problems.add(file, line, "tie from '" + std::string(source_id) + "' to itself (expected two different actors)");
    if (problems.size() != problems_before) return false;
    tie.source = *ends.source;
    tie.target = *ends.target;
    return true;
}

std::optional<Tie> checked_tie(binding::TieDraft& draft, const TieEndFinder::Ends& ends, TieEndFinder& finder,
                               const std::string& file, std::size_t line, DiagnosticList& problems) {
    if (!check_tie(draft.tie, draft.source_id, draft.target_id, ends, finder, file, line, problems)) return std::nullopt;
    return std::move(draft.tie);
}

void NetworkAssembler::add_actor(binding::ActorDraft&& draft, const std::string& file, std::size_t line) {
    actor_batch_.push_back({std::move(draft), &file, line});
    if (actor_batch_.size() == TieEndFinder::batch_size) end_of_actors();
}

void NetworkAssembler::end_of_actors() {
    // Each new id is looked up once to refuse duplicates: in a million actors' index that is a
    // wait for memory per actor, unless the batch's slots are fetched together first.
    for (const auto& pending : actor_batch_) network_.prefetch_actor(pending.draft.actor.id);
    for (auto& [draft, file, line] : actor_batch_) add_checked_actor(draft, *file, line);
    if (!actor_batch_.empty()) ends_.forget();  // a source looked up before may be here now
    actor_batch_.clear();
}

void check_actor(binding::ActorDraft& draft, const std::string& file, std::size_t line, DiagnosticList& problems) {
    for (auto& problem : binding::finish(draft)) problems.add(file, line, "actor '" + draft.actor.id + "' " + problem);
    if (draft.actor.id.empty()) problems.add(file, line, "actor has an empty id (expected a unique id in every row)");
}

void NetworkAssembler::report_duplicate(const std::string& file, std::size_t line, ActorIndex first) {
    problems_.add(file, line,
                  "duplicate actor id '" + network_.actor(first).id + "' (first used on line " +
                      std::to_string(actor_lines_[first.value()]) + "; expected every id once)");
}

void NetworkAssembler::add_checked_actor(binding::ActorDraft& draft, const std::string& file, std::size_t line) {
    check_actor(draft, file, line, problems_);
    const std::string& id = draft.actor.id;
    if (id.empty()) return;
    if (const auto seen = network_.find_actor(id)) return report_duplicate(file, line, *seen);
    network_.add_actor(std::move(draft.actor));
    actor_lines_.push_back(line);
}

void NetworkAssembler::add_found_actors(std::vector<Actor> actors, const std::string& file, std::size_t first_line,
                                        std::span<const DiagnosticList> problems) {
    for (const auto& piece : problems) problems_.append(piece);
    // Lines that gave no actor leave holes; closing them keeps each actor's line.
    std::vector<bool> keep(actors.size());
    std::vector<std::size_t> lines;
    for (std::size_t i = 0; i < actors.size(); ++i) {
        keep[i] = !actors[i].id.empty();
        if (keep[i]) lines.push_back(first_line + i);
    }
    keep_only(actors, keep);
    const auto refused = network_.add_actors(std::move(actors));
    for (std::size_t k = 0, next = 0; k < lines.size(); ++k) {
        if (next < refused.size() && refused[next].position == k) ++next;
        else actor_lines_.push_back(lines[k]);
    }
    for (const auto& actor : refused) report_duplicate(file, lines[actor.position], actor.id_taken_by);
    ends_.forget();
}

void NetworkAssembler::add_tie(binding::TieDraft&& draft, const std::string& file, std::size_t line) {
    if (!actor_batch_.empty()) end_of_actors();
    batch_.push_back({std::move(draft), &file, line});
    if (batch_.size() == TieEndFinder::batch_size) add_batch();
}

void NetworkAssembler::add_batch() {
    if (!actors_unreadable_)
        ends_.prefetch(batch_, [](const BatchedTie& item) {
            return std::pair<std::string_view, std::string_view>{item.draft.source_id, item.draft.target_id};
        });
    for (auto& [draft, file, line] : batch_) {
        // Ties whose actors are known are added at once, so a file of millions of ties is never
        // held as drafts; the rest wait for finish() (GraphML may name nodes after their edges).
        if (!actors_unreadable_) {
            const auto ends = ends_.find(draft);
            if (ends.source && ends.target) {
                auto tie = checked_tie(draft, ends, ends_, *file, line, problems_);
                // With problems, nothing is built.
                if (tie && problems_.empty()) network_.add_tie(std::move(*tie), std::move(draft.attributes));
                continue;
            }
        }
        ties_.push_back({std::move(draft), *file, line});
    }
    batch_.clear();
}

void NetworkAssembler::add_found_ties(std::vector<Tie> ties, std::vector<Attributes> attributes,
                                      std::span<const DiagnosticList> problems) {
    for (const auto& piece : problems) problems_.append(piece);
    if (!problems_.empty()) return;  // with problems, nothing is built
    // Lines that gave no tie leave holes; a tie's attributes move with it.
    std::vector<bool> keep(ties.size());
    for (std::size_t i = 0; i < ties.size(); ++i) keep[i] = ties[i].source.valid();
    keep_only(ties, keep);
    if (!attributes.empty()) keep_only(attributes, keep);
    network_.add_ties(std::move(ties), std::move(attributes));
}

Network NetworkAssembler::finish() {
    end_of_actors();
    add_batch();
    for (auto& [draft, file, line] : ties_) {
        if (actors_unreadable_) {
            for (auto& problem : binding::finish(draft.tie)) problems_.add(file, line, "tie " + problem);
            continue;
        }
        auto tie = checked_tie(draft, ends_.find(draft), ends_, file, line, problems_);
        if (tie && problems_.empty()) network_.add_tie(std::move(*tie), std::move(draft.attributes));
    }
    ties_.clear();
    problems_.throw_if_any();
    return std::move(network_);
}

bool changed_file_check(std::size_t slots, std::size_t first_line, const std::string& file, std::size_t line,
                        DiagnosticList& problems) {
    if (line >= first_line && line - first_line < slots) return true;
    // Another program wrote to the file between the count of its lines and their reading.
    const std::string message(changed_while_read_message);
    if (problems.empty() || problems.items().back().message != message) problems.add(file, 0, message);
    return false;
}

void TiePiece::add(std::string_view source_id, std::string_view target_id, std::size_t line) {
    batch_.push_back({source_id, target_id, line});
    if (batch_.size() == TieEndFinder::batch_size) finish();
}

void TiePiece::finish() {
    ends_.prefetch(batch_, [](const Waiting& tie) { return std::pair{tie.source_id, tie.target_id}; });
    for (const auto& [source_id, target_id, line] : batch_) {
        Tie& tie = slot(line);
        if (!check_tie(tie, source_id, target_id, ends_.find(source_id, target_id), ends_, file_, line, problems_))
            tie.source = ActorIndex{};  // no tie from this line
    }
    batch_.clear();
}

}  // namespace wijknet
