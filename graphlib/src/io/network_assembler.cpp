// SPDX-License-Identifier: MIT
#include "network_assembler.hpp"

namespace wijknet {

void NetworkAssembler::add_actor(binding::ActorDraft draft, const std::string& file, std::size_t line) {
    for (auto& problem : binding::finish(draft)) problems_.add(file, line, "actor '" + draft.actor.id + "' " + problem);
    const std::string& id = draft.actor.id;
    if (id.empty()) {
        problems_.add(file, line, "actor has an empty id (expected a unique id in every row)");
        return;
    }
    if (const auto seen = network_.find_actor(id)) {
        problems_.add(file, line,
                      "duplicate actor id '" + id + "' (first used on line " +
                          std::to_string(actor_lines_[seen->value()]) + "; expected every id once)");
        return;
    }
    network_.add_actor(std::move(draft.actor));
    actor_lines_.push_back(line);
}

void NetworkAssembler::add_tie(binding::TieDraft draft, const std::string& file, std::size_t line) {
    constexpr std::size_t batch_size = 32;
    batch_.push_back({std::move(draft), &file, line});
    if (batch_.size() == batch_size) add_batch();
}

void NetworkAssembler::add_batch() {
    if (!actors_unreadable_)
        for (const auto& pending : batch_) {
            network_.prefetch_actor(pending.draft.source_id);
            network_.prefetch_actor(pending.draft.target_id);
        }
    for (auto& pending : batch_) {
        // Ties whose actors are known are added at once, so a file of millions of ties is never
        // held as drafts; the rest wait for finish() (GraphML may name nodes after their edges).
        binding::TieDraft& draft = pending.draft;
        if (!actors_unreadable_) {
            // Files list a person's ties together: the last source found is usually the next one.
            if (draft.source_id != last_source_id_) {
                last_source_id_ = draft.source_id;
                last_source_ = network_.find_actor(draft.source_id);
            }
            const auto source = last_source_;
            const auto target = source ? network_.find_actor(draft.target_id) : std::nullopt;
            if (source && target) {
                add_resolved(draft, *source, *target, *pending.file, pending.line);
                continue;
            }
        }
        ties_.push_back({std::move(draft), *pending.file, pending.line});
    }
    batch_.clear();
}

void NetworkAssembler::add_resolved(binding::TieDraft& draft, ActorIndex source, ActorIndex target,
                                    const std::string& file, std::size_t line) {
    for (auto& problem : binding::finish(draft)) problems_.add(file, line, "tie " + problem);
    if (source == target) {
        problems_.add(file, line, "tie from '" + draft.source_id + "' to itself (expected two different actors)");
        return;
    }
    draft.tie.source = source;
    draft.tie.target = target;
    if (problems_.empty()) network_.add_tie(std::move(draft.tie));  // with problems, nothing is built
}

void NetworkAssembler::resolve(binding::TieDraft& draft, const std::string& file, std::size_t line) {
    if (actors_unreadable_) {
        for (auto& problem : binding::finish(draft)) problems_.add(file, line, "tie " + problem);
        return;
    }
    std::optional<ActorIndex> ends[2];
    for (int i = 0; i < 2; ++i) {
        const std::string& id = i == 0 ? draft.source_id : draft.target_id;
        const char* role = i == 0 ? "source" : "target";
        if (id.empty()) problems_.add(file, line, std::string("tie has no ") + role + " (expected an actor id)");
        else if (!(ends[i] = network_.find_actor(id)))
            problems_.add(file, line, "tie names unknown actor '" + id + "' as its " + role + " (expected an id from the actors)");
    }
    if (ends[0] && ends[1]) add_resolved(draft, *ends[0], *ends[1], file, line);
    else for (auto& problem : binding::finish(draft)) problems_.add(file, line, "tie " + problem);
}

Network NetworkAssembler::finish() {
    add_batch();
    for (auto& [draft, file, line] : ties_) resolve(draft, file, line);
    ties_.clear();
    problems_.throw_if_any();
    return std::move(network_);
}

}  // namespace wijknet
