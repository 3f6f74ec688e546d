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
    const auto [seen, inserted] = first_seen_.emplace(id, FirstSeen{file, line});
    if (!inserted) {
        problems_.add(file, line,
                      "duplicate actor id '" + id + "' (first used on line " + std::to_string(seen->second.line) +
                          "; expected every id once)");
        return;
    }
    network_.add_actor(std::move(draft.actor));
}

void NetworkAssembler::add_tie(binding::TieDraft draft, const std::string& file, std::size_t line) {
    // Ties whose actors are known are added at once, so a file of millions of ties is never held
    // as drafts; the rest wait for finish() (GraphML may name nodes after their edges).
    if (!actors_unreadable_ && network_.find_actor(draft.source_id) && network_.find_actor(draft.target_id)) {
        resolve(draft, file, line);
        return;
    }
    ties_.push_back({std::move(draft), file, line});
}

void NetworkAssembler::resolve(binding::TieDraft& draft, const std::string& file, std::size_t line) {
    for (auto& problem : binding::finish(draft)) problems_.add(file, line, "tie " + problem);
    if (actors_unreadable_) return;
    bool resolved = true;
    for (auto* end : {&draft.source_id, &draft.target_id}) {
        const char* role = end == &draft.source_id ? "source" : "target";
        if (end->empty()) {
            problems_.add(file, line, std::string("tie has no ") + role + " (expected an actor id)");
            resolved = false;
        } else if (auto index = network_.find_actor(*end)) {
            (end == &draft.source_id ? draft.tie.source : draft.tie.target) = *index;
        } else {
            problems_.add(file, line, "tie names unknown actor '" + *end + "' as its " + role +
                                          " (expected an id from the actors)");
            resolved = false;
        }
    }
    if (resolved && draft.source_id == draft.target_id) {
        problems_.add(file, line, "tie from '" + draft.source_id + "' to itself (expected two different actors)");
        resolved = false;
    }
    if (resolved && problems_.empty()) network_.add_tie(std::move(draft.tie));
}

Network NetworkAssembler::finish() {
    for (auto& [draft, file, line] : ties_) resolve(draft, file, line);
    ties_.clear();
    problems_.throw_if_any();
    return std::move(network_);
}

}  // namespace wijknet
