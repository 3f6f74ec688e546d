// SPDX-License-Identifier: MIT
#pragma once

// The store's seam: what a Project needs of the place it is kept. The SQLite file is one
// backend (sqlite_backend.cpp); a shared PostgreSQL server for a whole wijkteam is meant to be
// the next, with the same rows and the same transactions. A backend knows rows, revisions and
// the log; what a change means (versions, corrections, which client) is the Project's.

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "wijknet/model/actor.hpp"
#include "wijknet/model/tie.hpp"
#include "wijknet/store/project_log.hpp"

namespace wijknet::store {

/// An actor as kept: its row (the order actors are listed in) and its last change.
struct StoredActor {
    std::int64_t row = 0;
    Actor actor;
    Revision revision = 0;
};

/// A tie through time: its ends (actor rows) and its last change.
struct StoredTie {
    std::int64_t id = 0;
    std::int64_t source_row = 0;
    std::int64_t target_row = 0;
    Revision revision = 0;
};

/// One version of a tie: its row (the order ties are listed in), the fields of the version
/// (its ends are the tie's), and the day it was entered (none for versions from before that
/// was kept).
struct StoredVersion {
    std::int64_t row = 0;
    std::int64_t tie = 0;
    Tie fields;
    Attributes attributes;
    std::optional<Date> entered;
};

struct ProjectContents {
    std::vector<StoredActor> actors;
    std::vector<StoredTie> ties;
    std::vector<StoredVersion> versions;
    Revision revision = 0;
    std::string pseudonym_key;
};

enum class StoredObject { actor, tie };

/// \brief The changes of one transaction. Nothing is kept unless commit() is called; the
/// destructor of an uncommitted transaction undoes it all.
class StoreTransaction {
public:
    virtual ~StoreTransaction() = default;
    /// \throws StaleRevision when the object's revision is not `based_on` any more, NotFound
    /// when it is gone.
    virtual void expect_revision(StoredObject object, std::int64_t key, Revision based_on,
                                 const std::string& description) = 0;
    /// Appends to the log; returns the entry's number, which becomes the revision of what it
    /// changed.
    virtual Revision append_log(const LogEntry& entry) = 0;
    virtual std::int64_t insert_actor(const Actor& actor, Revision revision) = 0;
    virtual void update_actor(std::int64_t row, const Actor& actor, Revision revision) = 0;
    /// Removes an actor; its ties must be deleted first.
    virtual void delete_actor(std::int64_t row) = 0;
    virtual std::int64_t insert_tie(std::int64_t source_row, std::int64_t target_row, Revision revision) = 0;
    virtual void set_tie_revision(std::int64_t tie, Revision revision) = 0;
    virtual std::int64_t insert_version(std::int64_t tie, const Tie& fields, const Attributes& attributes,
                                        Date entered) = 0;
    virtual void update_version(std::int64_t row, const Tie& fields, const Attributes& attributes) = 0;
    /// Removes a tie with all its versions.
    virtual void delete_tie(std::int64_t tie) = 0;
    /// Makes it all last. \throws RunError when it cannot be written (disk full, locked).
    virtual void commit() = 0;
};

class ProjectBackend {
public:
    virtual ~ProjectBackend() = default;
    virtual ProjectContents load() = 0;
    /// Whether another program changed the project since this backend last read or wrote it.
    virtual bool changed_elsewhere() = 0;
    /// Starts a transaction of about `rows` rows (an import: many; a change: a few).
    virtual std::unique_ptr<StoreTransaction> begin(std::size_t rows = 1) = 0;
    virtual std::vector<LogEntry> log(const LogFilter& filter) = 0;
};

/// Opens the project file at `path`. \throws InputError when it is not a readable project.
std::unique_ptr<ProjectBackend> open_sqlite_backend(const std::filesystem::path& path);
/// Makes a new project file at `path`, which must not exist.
std::unique_ptr<ProjectBackend> create_sqlite_backend(const std::filesystem::path& path);

}  // namespace wijknet::store
