// SPDX-License-Identifier: MIT
#include "wijknet/model/network.hpp"

#include <algorithm>
#include <cstring>
#include <mutex>
#include <stdexcept>
#include <utility>

#include <boost/iterator/counting_iterator.hpp>
#include <boost/iterator/transform_iterator.hpp>

#include "keep_only.hpp"

namespace wijknet {

std::size_t Network::slot_of(std::string_view id, IdSlot& key) const {
    const std::uint64_t hash = hash_id(id);
    key.length = static_cast<std::uint16_t>(std::min<std::size_t>(id.size(), 0xFFFF));
    key.fingerprint = static_cast<std::uint16_t>(hash >> 48);
    key.head = 0;
    std::memcpy(&key.head, id.data(), std::min(id.size(), sizeof key.head));
    const bool whole_in_slot = id.size() <= sizeof key.head;
    // Linear probing over a power-of-two table kept at most half full.
    const std::size_t mask = id_slots_.size() - 1;
    std::size_t slot = hash & mask;
    for (;; slot = (slot + 1) & mask) {
        const IdSlot& here = id_slots_[slot];
        if (!here.actor.valid()) return slot;
        if (here.length == key.length && here.fingerprint == key.fingerprint && here.head == key.head &&
            (whole_in_slot || actors_[here.actor.value()].id == id))
            return slot;
    }
}

void Network::grow_id_index(std::size_t actors) {
    std::size_t size = 16;
    while (size < 2 * actors) size *= 2;
    if (size <= id_slots_.size()) return;
    id_slots_.assign(size, IdSlot{});
    IdSlot key;
    for (std::size_t i = 0; i < actors_.size(); ++i) {
        const std::size_t slot = slot_of(actors_[i].id, key);
        key.actor = ActorIndex{i};
        id_slots_[slot] = key;
    }
}

ActorIndex Network::add_actor(Actor actor) {
    if (actor.id.empty()) throw std::invalid_argument("actor without an id");
    grow_id_index(actors_.size() + 1);
    IdSlot key;
    const std::size_t slot = slot_of(actor.id, key);
    if (id_slots_[slot].actor.valid()) throw std::invalid_argument("duplicate actor id '" + actor.id + "'");
    const ActorIndex index{actors_.size()};
    key.actor = index;
    id_slots_[slot] = key;
    actors_.push_back(std::move(actor));
    forget_graph();
    return index;
}

std::vector<Network::RefusedActor> Network::index_actors_from(std::size_t first) {
    std::vector<RefusedActor> refused;
    constexpr std::size_t look_ahead = 16;
    IdSlot key;
    for (std::size_t i = first; i < actors_.size(); ++i) {
        if (i + look_ahead < actors_.size()) prefetch_actor(actors_[i + look_ahead].id);
        const std::size_t slot = slot_of(actors_[i].id, key);
        if (id_slots_[slot].actor.valid()) {
            refused.push_back({i - first, id_slots_[slot].actor});
            continue;
        }
        key.actor = ActorIndex{i};
        id_slots_[slot] = key;
    }
    return refused;
}

std::vector<Network::RefusedActor> Network::add_actors(std::vector<Actor> actors) {
    if (std::any_of(actors.begin(), actors.end(), [](const Actor& actor) { return actor.id.empty(); }))
        throw std::invalid_argument("actor without an id");
    const std::size_t first = actors_.size();
    grow_id_index(first + actors.size());
    if (actors_.empty()) actors_ = std::move(actors);
    else actors_.insert(actors_.end(), std::make_move_iterator(actors.begin()), std::make_move_iterator(actors.end()));
    forget_graph();
    auto refused = index_actors_from(first);
    if (refused.empty()) return refused;
    // Rare (the file has problems): take the refused out and index what is left again, as their
    // removal moves the actors after them.
    std::vector<std::string> refused_ids;
    std::vector<bool> keep(actors_.size() - first, true);
    for (const auto& actor : refused) {
        refused_ids.push_back(actors_[first + actor.position].id);
        keep[actor.position] = false;
    }
    keep_only(actors_, keep, first);
    id_slots_.assign(id_slots_.size(), IdSlot{});
    index_actors_from(0);
    for (std::size_t k = 0; k < refused.size(); ++k) refused[k].id_taken_by = *find_actor(refused_ids[k]);
    return refused;
}

void Network::check_ends(const Tie& tie) const {
    if (!tie.source.valid() || !tie.target.valid() || tie.source.value() >= actors_.size() ||
        tie.target.value() >= actors_.size())
        throw std::invalid_argument("tie between unknown actors");
    if (tie.source == tie.target)
        throw std::invalid_argument("self-tie of actor '" + actors_[tie.source.value()].id + "'");
}

void Network::add_ties(std::vector<Tie> ties, std::vector<Attributes> attributes) {
    if (!attributes.empty() && attributes.size() != ties.size())
        throw std::invalid_argument("ties and their attributes differ in number");
    for (const Tie& tie : ties) check_ends(tie);
    const std::size_t before = ties_.size();
    if (ties_.empty()) ties_ = std::move(ties);
    else ties_.insert(ties_.end(), std::make_move_iterator(ties.begin()), std::make_move_iterator(ties.end()));
    if (before == 0 && tie_attributes_.empty()) {
        tie_attributes_ = std::move(attributes);  // the storage, as for the ties
    } else if (!attributes.empty() || !tie_attributes_.empty()) {
        tie_attributes_.resize(before);  // the ties before, if they had none
        tie_attributes_.insert(tie_attributes_.end(), std::make_move_iterator(attributes.begin()),
                               std::make_move_iterator(attributes.end()));
        tie_attributes_.resize(ties_.size());  // these ties, if they have none
    }
    forget_graph();
}

TieIndex Network::add_tie(Tie tie, Attributes attributes) {
    check_ends(tie);
    const TieIndex index{ties_.size()};
    ties_.push_back(std::move(tie));
    if (!attributes.empty() || !tie_attributes_.empty()) {
        tie_attributes_.resize(ties_.size());
        tie_attributes_.back() = std::move(attributes);
    }
    forget_graph();
    return index;
}

void Network::change_tie(TieIndex index, Tie tie, Attributes attributes) {
    Tie& current = ties_.at(index.value());
    if (tie.source != current.source || tie.target != current.target)
        throw std::invalid_argument("a changed tie must keep its ends");
    current = std::move(tie);
    if (!attributes.empty() || !tie_attributes_.empty()) {
        tie_attributes_.resize(ties_.size());
        tie_attributes_[index.value()] = std::move(attributes);
    }
}

void Network::reserve(std::size_t actors, std::size_t ties) {
    actors_.reserve(actors);
    ties_.reserve(ties);
    grow_id_index(actors);
}

void Network::forget_graph() { graph_.forget(); }

const SupportGraph& Network::graph() const {
    if (graph_.built.load(std::memory_order_acquire)) return *graph_.graph;
    // Built by the first thread that asks; the others wait for it. One lock for all networks:
    // graphs are built seldom, and the lock is not taken once a graph is built.
    static std::mutex building;
    const std::lock_guard lock(building);
    if (graph_.built.load(std::memory_order_relaxed)) return *graph_.graph;
    // Arc 2i runs from tie i's source to its target, arc 2i+1 back. Boost's counting sort of
    // unsorted arcs is stable, so each actor's arcs keep the order of its ties; reading the arcs
    // straight from the ties spares a copy of them all (130 MB at a million residents).
    const auto arc = [this](std::size_t k) {
        const Tie& tie = ties_[k / 2];
        return k % 2 == 0 ? std::pair{tie.source.value(), tie.target.value()}
                          : std::pair{tie.target.value(), tie.source.value()};
    };
    const auto edge = [](std::size_t k) { return TieEdge{TieIndex{k / 2}}; };
    const auto arcs = boost::make_transform_iterator(boost::counting_iterator<std::size_t>(0), arc);
    const auto edges = boost::make_transform_iterator(boost::counting_iterator<std::size_t>(0), edge);
    graph_.graph.emplace(boost::edges_are_unsorted_multi_pass, arcs, arcs + static_cast<std::ptrdiff_t>(2 * ties_.size()),
                         edges, static_cast<std::uint32_t>(actors_.size()));
    graph_.built.store(true, std::memory_order_release);
    return *graph_.graph;
}

std::optional<ActorIndex> Network::find_actor(std::string_view id) const {
    if (id_slots_.empty()) return std::nullopt;
    IdSlot key;
    const ActorIndex found = id_slots_[slot_of(id, key)].actor;
    if (!found.valid()) return std::nullopt;
    return found;
}

std::vector<TieIndex> Network::ties_of(ActorIndex actor) const {
    std::vector<TieIndex> result;
    const SupportGraph& all = graph();
    for (const auto edge : boost::make_iterator_range(boost::out_edges(actor.value(), all))) result.push_back(all[edge].tie);
    return result;
}

}  // namespace wijknet
