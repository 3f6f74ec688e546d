// SPDX-License-Identifier: MIT
#pragma once

// What a Project holds in memory: the network as last read or changed, and how its actors and
// ties map to the rows its backend keeps.

#include <memory>
#include <vector>

#include "project_backend.hpp"
#include "wijknet/store/project.hpp"

namespace wijknet::store {

struct Project::State {
    std::filesystem::path path;
    ProjectOptions options;
    std::string user;
    std::unique_ptr<ProjectBackend> backend;

    Network network;
    Revision revision = 0;
    std::string pseudonym_key;
    std::vector<std::int64_t> actor_rows;   // by ActorIndex
    std::vector<Revision> actor_revisions;  // by ActorIndex
    /// A tie through time, by its id. Its versions are a chain from the newest back, kept in
    /// the versions' records: a list of its own per tie cost half a million allocations to read
    /// a city's project.
    struct TieRecord {
        Revision revision = 0;
        TieIndex newest;
        std::uint32_t versions = 0;  // 0: no tie has this id
    };
    std::vector<TieRecord> ties;  // by tie id
    struct VersionRecord {
        std::int64_t row = 0;
        std::int64_t tie = 0;
        std::optional<Date> entered;
        TieIndex older;  // the version before it, if any
    };
    std::vector<VersionRecord> versions;  // by TieIndex

    /// Reads everything from the backend again.
    void load();
    /// Writes a whole network into the project in one transaction, without reading it back.
    Revision write_import(const Network& imported, std::string_view source);
    [[nodiscard]] std::chrono::system_clock::time_point now() const;
    [[nodiscard]] Date today() const;
    /// A log entry of this user at this time.
    [[nodiscard]] LogEntry entry(std::string event, std::string object, std::string object_id, std::string client,
                                 const ChangeNote& note) const;
    [[nodiscard]] ActorIndex actor_named(std::string_view id) const;
    [[nodiscard]] TieRecord& tie_record(TieId tie);
    /// The client a change concerns: the note's, else the actor itself or a tie's end that is one.
    [[nodiscard]] std::string client_of(const ChangeNote& note, std::initializer_list<ActorIndex> actors) const;
    /// Adds an actor to the network, kept as `row`.
    ActorIndex remember_actor(Actor actor, std::int64_t row, Revision revision);
    /// Adds a version to the network, kept as `row` of tie `tie`.
    TieIndex remember_version(Tie tie, Attributes attributes, std::int64_t row, std::int64_t tie_id, Date entered);
};

/// The name of the user the program runs as.
std::string system_user();

}  // namespace wijknet::store
