// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <atomic>
#include <cstdint>
#include <cstring>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "wijknet/memory/huge_page_allocator.hpp"
#include "wijknet/model/actor.hpp"
#include "wijknet/model/support_graph.hpp"
#include "wijknet/model/tie.hpp"

namespace wijknet {

/// \brief The whole network: actors, the ties between them, and the graph underneath.
///
/// A client's ecomap is a view on this (see ego_network.hpp), never a copy.
class Network {
public:
    /// Adds an actor. \throws std::invalid_argument when the id is empty or already taken.
    ActorIndex add_actor(Actor actor);
    /// An actor add_actors() left out: its place in the list given, and the actor that has its id.
    struct RefusedActor {
        std::size_t position;
        ActorIndex id_taken_by;
    };
    /// Adds actors in order, taking the list's storage when the network has none yet (readers
    /// parse a million actors on several threads). An actor whose id is already taken, by the
    /// network or earlier in the list, is left out and returned.
    /// \throws std::invalid_argument when an id is empty (nothing is added then).
    std::vector<RefusedActor> add_actors(std::vector<Actor> actors);
    /// Adds a tie, with the free attributes read with it (columns wijknet does not know).
    /// \throws std::invalid_argument for an unknown actor index or a self-tie.
    TieIndex add_tie(Tie tie, Attributes attributes = {});
    /// Adds ties in order, taking the lists' storage when the network has none yet (readers build
    /// millions of ties on several threads). `attributes` is empty, or holds those of each tie.
    /// \throws std::invalid_argument as add_tie() does, or when the lists differ in length.
    void add_ties(std::vector<Tie> ties, std::vector<Attributes> attributes = {});
    /// Changes what a tie says (strength, dates, support, ...) and its free attributes, as an
    /// editor does; its ends stay, so the graph stays as it is.
    /// \throws std::invalid_argument when `tie` has other ends than the tie at `index`.
    void change_tie(TieIndex index, Tie tie, Attributes attributes);
    void reserve(std::size_t actors, std::size_t ties);

    [[nodiscard]] std::size_t actor_count() const { return actors_.size(); }
    [[nodiscard]] std::size_t tie_count() const { return ties_.size(); }

    [[nodiscard]] const Actor& actor(ActorIndex index) const { return actors_[index.value()]; }
    [[nodiscard]] const Tie& tie(TieIndex index) const { return ties_[index.value()]; }
    /// Name, pseudonym and attributes may change; the id may not (it keys the index).
    [[nodiscard]] Actor& actor(ActorIndex index) { return actors_[index.value()]; }
    [[nodiscard]] std::span<const Actor> actors() const { return actors_; }
    [[nodiscard]] std::span<const Tie> ties() const { return ties_; }
    /// A tie's free attributes; empty for most.
    [[nodiscard]] const Attributes& tie_attributes(TieIndex index) const {
        static const Attributes none;
        return tie_attributes_.empty() ? none : tie_attributes_[index.value()];
    }

    /// The actor with the user's id, if any. O(1).
    [[nodiscard]] std::optional<ActorIndex> find_actor(std::string_view id) const;
    /// Asks the processor to start fetching what find_actor(id) will read. Readers look up ties'
    /// actors in batches: a million actors' index is far bigger than the cache, and fetching a
    /// batch's slots at once overlaps the waits that one lookup after another would add up.
    void prefetch_actor(std::string_view id) const {
        if (id_slots_.empty()) return;
        const IdSlot* slot = &id_slots_[hash_id(id) & (id_slots_.size() - 1)];
        __builtin_prefetch(slot);
        // GCC counts a prefetch as no effect, finds this function pure and drops calls to it,
        // unless something in it cannot be seen through: this empty asm statement.
        asm volatile("" : : "r"(slot));
    }
    /// Ties touching `actor`, in the order they were added. O(degree).
    [[nodiscard]] std::vector<TieIndex> ties_of(ActorIndex actor) const;
    /// Calls `visit(TieIndex)` for each tie touching `actor`, without allocating. O(degree).
    template <class Visit>
    void for_each_tie_of(ActorIndex actor, Visit&& visit) const {
        const SupportGraph& all = graph();
        for (const auto edge : boost::make_iterator_range(boost::out_edges(actor.value(), all))) visit(all[edge].tie);
    }

    /// The graph of all ties, built on first use after a change: O(actors + ties). Like every
    /// const member, safe to call from several threads at once (ecomaps are drawn on every core
    /// from one network); not while the network is being changed.
    [[nodiscard]] const SupportGraph& graph() const;

private:
    std::vector<Actor> actors_;
    std::vector<Tie> ties_;
    /// Empty while no tie has free attributes; then one entry per tie.
    std::vector<Attributes> tie_attributes_;
    /// Open-addressing index from id to actor, 16 bytes a slot; the ids themselves stay in
    /// actors_ (an std::unordered_map would copy every id and cost ~60 bytes an actor). An id of
    /// up to 8 bytes is kept whole in its slot, so finding it touches one cache line instead of
    /// also reading a 250-byte Actor at random: at a million actors that second read was most of
    /// the time spent loading ties. Longer ids are told apart by length, head and fingerprint, and
    /// checked against actors_ only when all three match.
    struct IdSlot {
        ActorIndex actor;
        std::uint16_t length = 0;  // capped at 0xFFFF
        std::uint16_t fingerprint = 0;
        std::uint64_t head = 0;  // the first 8 bytes, padded with zeros
    };
    static_assert(sizeof(IdSlot) == 16);
    std::vector<IdSlot, HugePageAllocator<IdSlot>> id_slots_;  // looked up at random: 2 MB pages
    /// \brief The graph of the network as it is, and whether it is built. A copy of a network
    /// starts without one and builds its own (the original's may be being built on another
    /// thread); a network moved from is left without one.
    struct GraphCache {
        std::optional<SupportGraph> graph;
        std::atomic<bool> built{false};

        GraphCache() = default;
        GraphCache(const GraphCache&) {}
        GraphCache& operator=(const GraphCache&) {
            forget();
            return *this;
        }
        GraphCache(GraphCache&& other) noexcept : graph(std::move(other.graph)), built(other.built.load()) {
            other.forget();
        }
        GraphCache& operator=(GraphCache&& other) noexcept {
            graph = std::move(other.graph);
            built = other.built.load();
            other.forget();
            return *this;
        }
        void forget() noexcept {
            graph.reset();
            built = false;
        }
    };
    mutable GraphCache graph_;
    /// Drops the graph after a change.
    void forget_graph();

    /// \throws std::invalid_argument for an unknown actor index or a self-tie.
    void check_ends(const Tie& tie) const;
    /// \brief A hash of an actor id, read as whole words. Each end of each tie read is hashed
    /// twice (to fetch its slot, then to find it): std::hash, byte by byte, was a twentieth of
    /// loading a million residents' ties. Ids are short (r0000001, a case number, a UUID).
    static std::uint64_t hash_id(std::string_view id) {
        const auto mix = [](std::uint64_t x) {  // a 128-bit product, its halves folded: one multiply
            __extension__ using Product = unsigned __int128;
            const Product product = static_cast<Product>(x ^ 0xE7037ED1A0B428DBULL) * 0x9E3779B97F4A7C15ULL;
            return static_cast<std::uint64_t>(product) ^ static_cast<std::uint64_t>(product >> 64);
        };
        const auto word_at = [](const char* p, std::size_t bytes) {
            std::uint64_t word = 0;
            std::memcpy(&word, p, bytes);
            return word;
        };
        const char* p = id.data();
        const std::size_t n = id.size();
        const std::uint64_t start = n * 0x9E3779B97F4A7C15ULL;
        if (n > 8) {
            std::uint64_t hash = start;
            for (std::size_t k = 0; k + 8 < n; k += 8) hash = mix(hash ^ word_at(p + k, 8));
            return mix(hash ^ word_at(p + n - 8, 8));  // the last 8 bytes, overlapping the word before
        }
        if (n == 8) return mix(start ^ word_at(p, 8));
        if (n >= 4) return mix(start ^ (word_at(p, 4) << 32 | word_at(p + n - 4, 4)));
        if (n > 0)
            return mix(start ^ (std::uint64_t{static_cast<unsigned char>(p[0])} << 16 |
                                std::uint64_t{static_cast<unsigned char>(p[n / 2])} << 8 |
                                static_cast<unsigned char>(p[n - 1])));
        return start;
    }
    /// The slot holding `id`, or the empty slot where it belongs; `key` is `id`'s slot contents.
    std::size_t slot_of(std::string_view id, IdSlot& key) const;
    void grow_id_index(std::size_t actors);
    /// Indexes the actors from `first` on, fetching ids a few actors ahead; returns those whose
    /// id was taken, with the first actor that has it, and leaves them out of the index.
    std::vector<RefusedActor> index_actors_from(std::size_t first);
};

}  // namespace wijknet
