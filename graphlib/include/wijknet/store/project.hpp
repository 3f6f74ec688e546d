// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "wijknet/model/network.hpp"
#include "wijknet/store/project_log.hpp"
#include "wijknet/store/store_errors.hpp"

namespace wijknet::store {

/// The extension of a project file.
inline constexpr std::string_view project_extension = ".wijknet";

/// Whether `path` names a project: a `.wijknet` file, or an existing file that starts as a
/// project does. Reads at most the file's first bytes; never opens the database.
bool is_project_path(const std::filesystem::path& path);

/// \brief A tie through time: one relation between two actors, whose versions are the Network's
/// ties for it (each with its own `since` and `until`). Stable for the life of the project.
struct TieId {
    std::int64_t value = 0;
    auto operator<=>(const TieId&) const = default;
};

/// Fields of an actor or tie in the CSV pair's vocabulary: column names (`id`, `name`, `kind`,
/// `source`, `strength`, ... in English or Dutch) with their values as text; any other name is a
/// free attribute. The editor, the API and the log speak this, so every way in means the same.
using Fields = Attributes;

/// What a change is about, for the log: the client whose network it is (found from the actors
/// when not given) and, optionally, why.
struct ChangeNote {
    std::string client;
    std::string reason;
};

/// \brief Who works with the project, for the log (NEN 7513: the user, and on whose behalf).
struct ProjectOptions {
    /// Empty: the user the program runs as.
    std::string user;
    std::string on_behalf_of;
    /// The time changes and reads are logged at, and whose day "today" is; the system clock
    /// when not set (tests set it to move through days).
    std::function<std::chrono::system_clock::time_point()> clock;
};

/// \brief A contact added to a client's network in one step: the actor (new or already in the
/// project) and the tie to the client.
struct ContactAdded {
    std::string actor_id;
    TieId tie;
    Revision revision = 0;
};

/// \brief A project: one network with its history and access log, kept in one file (an SQLite
/// database, docs/store.md).
///
/// The network holds every version of every tie, dated as in a CSV pair, so `--at` and
/// `--compare` work on a project as on files. History is never overwritten: ending a tie sets
/// `until`, changing it closes its version and opens a new one (a change on the day the version
/// was entered corrects it instead). Only delete_actor() and delete_tie(), for what was entered
/// by mistake, remove anything, and the log says so.
///
/// Every change is one transaction, committed before the call returns, and carries the revision
/// it was based on: a change to something another tab, program or person changed since is
/// refused with StaleRevision, never applied over it. Not safe to call from several threads.
class Project {
public:
    /// Opens an existing project, migrating an older schema forward.
    /// \throws InputError for a missing file, a file that is not a project, a newer schema, a
    /// damaged or truncated file, or one locked by another program; nothing in it is changed then.
    static Project open(const std::filesystem::path& path, ProjectOptions options = {});
    /// Makes a new, empty project. \throws InputError when the file exists, RunError when it
    /// cannot be written.
    static Project create(const std::filesystem::path& path, ProjectOptions options = {});
    /// Makes a new project holding `network`, written under a temporary name and renamed into
    /// place once complete. `source` names where the network came from, for the log.
    static Project create_from(const Network& network, const std::filesystem::path& path, std::string_view source,
                               ProjectOptions options = {});

    Project(Project&&) noexcept;
    Project& operator=(Project&&) noexcept;
    ~Project();

    [[nodiscard]] const std::filesystem::path& path() const;
    /// The network as the project holds it now.
    [[nodiscard]] const Network& network() const;
    /// The network, taken out of a project that is not used after: for a command that reads a
    /// city's project once, a copy would cost as much again.
    [[nodiscard]] Network take_network() &&;
    /// The number of the last change; it grows with every change.
    [[nodiscard]] Revision revision() const;
    /// The user changes and reads are logged for.
    [[nodiscard]] const std::string& user() const;
    /// Today, by the project's clock.
    [[nodiscard]] Date today() const;
    /// The key pseudonyms are made with in this project, made at random with it; never written
    /// to an output.
    [[nodiscard]] const std::string& pseudonym_key() const;
    /// Reads the project again if another program changed it since. Returns whether it did.
    bool refresh();

    /// The revision of the last change to an actor (or to one of its versions, for a tie).
    [[nodiscard]] Revision revision_of(ActorIndex actor) const;
    [[nodiscard]] Revision revision_of(TieId tie) const;
    [[nodiscard]] TieId tie_of(TieIndex version) const;
    /// A tie's versions in the network, oldest first. \throws NotFound for an unknown tie.
    [[nodiscard]] std::vector<TieIndex> versions_of(TieId tie) const;
    /// Its newest version: the tie as it is now, or as it was when it ended.
    [[nodiscard]] TieIndex newest_version(TieId tie) const;
    /// Every tie, in the order they were made.
    [[nodiscard]] std::vector<TieId> ties() const;

    /// Adds an actor from its fields; an id is made when none is given. Returns the revision,
    /// and the id in `id`. \throws ChangeRefused for a bad field or an id already taken.
    Revision add_actor(const Fields& fields, const ChangeNote& note, std::string* id = nullptr);
    /// Changes the fields given (an empty value clears a field); the id cannot change.
    Revision change_actor(std::string_view id, const Fields& changes, Revision based_on, const ChangeNote& note);
    /// Removes an actor entered by mistake, with all its ties.
    Revision delete_actor(std::string_view id, Revision based_on, const ChangeNote& note);

    /// Adds a tie from its fields (`source` and `target` name actors by id).
    TieId add_tie(const Fields& fields, const ChangeNote& note);
    /// Changes a tie from `from` on (today when not given): the current version ends the day
    /// before and a new one starts. A change to the dates alone, to a tie that has ended, or on
    /// the day its version was entered, corrects that version instead.
    Revision change_tie(TieId tie, const Fields& changes, Revision based_on, const ChangeNote& note,
                        std::optional<Date> from = std::nullopt);
    /// Ends a tie: its current version gets `until` (today when not given).
    Revision end_tie(TieId tie, std::optional<Date> until, Revision based_on, const ChangeNote& note);
    /// Ends several ties in one transaction (a contact that is gone, with all its ties to the
    /// client), each change based on its own revision.
    Revision end_ties(std::span<const std::pair<TieId, Revision>> ties, std::optional<Date> until, const ChangeNote& note);
    /// Ends every tie of an actor that has not ended (someone who moved away or died): the
    /// actor stays, with all its history. Based on the actor's revision.
    Revision end_actor(std::string_view id, std::optional<Date> until, Revision based_on, const ChangeNote& note);
    /// Removes a tie entered by mistake, with all its versions.
    Revision delete_tie(TieId tie, Revision based_on, const ChangeNote& note);

    /// Adds a contact to `client`'s network in one transaction: a new actor from `actor` (or the
    /// actor named by its `id` when that is already in the project) and a tie from the client
    /// to it from `tie`. Problems with the tie's fields are named `tie.FIELD`.
    ContactAdded add_contact(std::string_view client, const Fields& actor, const Fields& tie, const ChangeNote& note);

    /// Adds a whole network (a CSV pair or GraphML read elsewhere) in one transaction, logged as
    /// one import from `source`. \throws ChangeRefused when one of its ids is already taken.
    Revision import(const Network& network, std::string_view source);

    /// Logs that someone looked at or took out a client's network (`client` empty: the whole
    /// network): `event` is `read` or `export`, `what` says how ("ecomap", "isolated", ...).
    void record_read(std::string_view event, std::string_view client, std::string_view what);
    /// Logs a request the server refused, and why.
    void record_refusal(std::string_view request, std::string_view why);
    [[nodiscard]] std::vector<LogEntry> log(const LogFilter& filter = {}) const;

    /// What a project holds in memory (src/store/project_state.hpp); not for users.
    struct State;

private:
    explicit Project(std::unique_ptr<State> state);
    struct ActorExpectation {
        std::int64_t row;
        Revision based_on;
        std::string id;
    };
    Revision end_ties_as_of(std::span<const std::pair<TieId, Revision>> ties, std::optional<Date> until,
                            const ChangeNote& note, std::optional<ActorExpectation> actor);
    std::unique_ptr<State> state_;
};

/// The fields of an actor as the log and the API show them: known fields set, then its free
/// attributes.
Fields fields_of(const Network& network, ActorIndex actor);
/// The fields of a tie version, `source` and `target` as actor ids.
Fields fields_of(const Network& network, TieIndex tie);

}  // namespace wijknet::store
