// SPDX-License-Identifier: MIT
#include "wijknet/store/project.hpp"

#include <pwd.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fstream>

#include "project_state.hpp"
#include "row_index.hpp"
#include "sqlite_file_header.hpp"
#include "wijknet/io/diagnostic.hpp"
#include "wijknet/text/ascii.hpp"

namespace wijknet::store {

ChangeRefused::ChangeRefused(std::vector<FieldProblem> problems)
    : std::runtime_error(problems.empty() ? "change refused" : problems.front().field + " " + problems.front().message),
      problems_(std::move(problems)) {}

ChangeRefused::ChangeRefused(std::string field, std::string message)
    : ChangeRefused(std::vector<FieldProblem>{{std::move(field), std::move(message)}}) {}

StaleRevision::StaleRevision(const std::string& what, Revision based_on, const LogEntry& latest)
    : std::runtime_error(what + " was changed since revision " + std::to_string(based_on) + " (by " +
                         (latest.user.empty() ? std::string("someone") : latest.user) +
                         (latest.time.empty() ? std::string() : " at " + latest.time) + ", revision " +
                         std::to_string(latest.id) + "): load it again and make the change there"),
      latest_(latest) {}

std::string system_user() {
    std::string buffer(4096, '\0');
    passwd entry{};
    passwd* found = nullptr;
    if (getpwuid_r(geteuid(), &entry, buffer.data(), buffer.size(), &found) == 0 && found && found->pw_name)
        return found->pw_name;
    if (const char* user = std::getenv("USER"); user && *user) return user;
    return "uid " + std::to_string(geteuid());
}

bool is_project_path(const std::filesystem::path& path) {
    if (text::lower(path.extension().string()) == project_extension) return true;
    std::error_code error;
    return std::filesystem::is_regular_file(path, error) && sqlite::has_project_header(path);
}

std::chrono::system_clock::time_point Project::State::now() const {
    return options.clock ? options.clock() : std::chrono::system_clock::now();
}

Date Project::State::today() const {
    const std::time_t seconds = std::chrono::system_clock::to_time_t(now());
    std::tm local{};
    localtime_r(&seconds, &local);
    return Date::from_ymd(local.tm_year + 1900, static_cast<unsigned>(local.tm_mon + 1), static_cast<unsigned>(local.tm_mday));
}

LogEntry Project::State::entry(std::string event, std::string object, std::string object_id, std::string client,
                               const ChangeNote& note) const {
    const auto time = now();
    const std::time_t seconds = std::chrono::system_clock::to_time_t(time);
    const auto millis = std::chrono::duration_cast<std::chrono::milliseconds>(time.time_since_epoch()).count() % 1000;
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    char stamp[40];
    std::strftime(stamp, sizeof stamp, "%Y-%m-%dT%H:%M:%S", &utc);
    char with_millis[48];
    std::snprintf(with_millis, sizeof with_millis, "%s.%03dZ", stamp, static_cast<int>(millis));
    LogEntry made;
    made.time = with_millis;
    made.user = user;
    made.on_behalf_of = options.on_behalf_of;
    made.event = std::move(event);
    made.object = std::move(object);
    made.object_id = std::move(object_id);
    made.client = std::move(client);
    made.reason = note.reason;
    return made;
}

ActorIndex Project::State::actor_named(std::string_view id) const {
    const auto found = network.find_actor(id);
    if (!found) throw NotFound("actor '" + std::string(id) + "' is not in the project");
    return *found;
}

Project::State::TieRecord& Project::State::tie_record(TieId tie) {
    if (tie.value <= 0 || static_cast<std::size_t>(tie.value) >= ties.size() || ties[static_cast<std::size_t>(tie.value)].versions == 0)
        throw NotFound("tie " + std::to_string(tie.value) + " is not in the project");
    return ties[static_cast<std::size_t>(tie.value)];
}

std::string Project::State::client_of(const ChangeNote& note, std::initializer_list<ActorIndex> actors) const {
    if (!note.client.empty()) return note.client;
    for (const ActorIndex actor : actors)
        if (actor.valid() && network.actor(actor).is_client) return network.actor(actor).id;
    return {};
}

ActorIndex Project::State::remember_actor(Actor actor, std::int64_t row, Revision made) {
    const ActorIndex index = network.add_actor(std::move(actor));
    actor_rows.push_back(row);
    actor_revisions.push_back(made);
    return index;
}

TieIndex Project::State::remember_version(Tie tie, Attributes attributes, std::int64_t row, std::int64_t tie_id,
                                          Date entered) {
    const TieIndex index = network.add_tie(std::move(tie), std::move(attributes));
    if (static_cast<std::size_t>(tie_id) >= ties.size()) ties.resize(static_cast<std::size_t>(tie_id) + 1);
    TieRecord& record = ties[static_cast<std::size_t>(tie_id)];
    versions.push_back({row, tie_id, entered, record.newest});
    record.newest = index;
    ++record.versions;
    return index;
}

void Project::State::load() {
    ProjectContents contents = backend->load();
    const auto damaged = [&](const std::string& what) {
        return InputError(path.string(), 0, "is damaged: " + what + " (expected a project as wijknet writes it; restore it from a backup)");
    };
    std::vector<std::int64_t> rows;
    std::vector<Revision> revisions;
    std::vector<Actor> actors;
    rows.reserve(contents.actors.size());
    revisions.reserve(contents.actors.size());
    actors.reserve(contents.actors.size());
    const auto actor_at_row = RowIndex::of(contents.actors, [](const StoredActor& actor) { return actor.row; });
    for (std::size_t i = 0; i < contents.actors.size(); ++i) {
        rows.push_back(contents.actors[i].row);
        revisions.push_back(contents.actors[i].revision);
        actors.push_back(std::move(contents.actors[i].actor));
    }
    Network loaded;
    try {
        if (!loaded.add_actors(std::move(actors)).empty()) throw damaged("two actors have the same id");
    } catch (const std::invalid_argument& error) {
        throw damaged(error.what());
    }
    const auto actor_of = [&](std::int64_t row) {
        const std::size_t at = actor_at_row.find(row);
        return at == RowIndex::none ? ActorIndex{} : ActorIndex{at};
    };
    // Ties are kept in a table by id (Project::State::ties); a file whose ids will not fit one
    // was not written by wijknet.
    // Scanned, not taken from the ends: a damaged file can hand out its rows in any order.
    std::int64_t smallest_tie = 1, largest_tie = 0;
    for (std::size_t k = 0; k < contents.ties.size(); ++k) {
        smallest_tie = k == 0 ? contents.ties[k].id : std::min(smallest_tie, contents.ties[k].id);
        largest_tie = std::max(largest_tie, contents.ties[k].id);
    }
    if (smallest_tie <= 0 || static_cast<std::uint64_t>(largest_tie) > 4 * static_cast<std::uint64_t>(contents.ties.size()) + 1'000'000)
        throw damaged("its tie numbers run from " + std::to_string(smallest_tie) + " to " + std::to_string(largest_tie) +
                      " for " + std::to_string(contents.ties.size()) + " ties");
    std::vector<TieRecord> records(static_cast<std::size_t>(largest_tie) + 1);
    const auto tie_at_id = RowIndex::of(contents.ties, [](const StoredTie& tie) { return tie.id; });
    for (const StoredTie& tie : contents.ties) {
        if (!actor_of(tie.source_row).valid() || !actor_of(tie.target_row).valid())
            throw damaged("tie " + std::to_string(tie.id) + " names a missing actor");
        records[static_cast<std::size_t>(tie.id)].revision = tie.revision;
    }
    std::vector<Tie> ties_in_order;
    std::vector<Attributes> attributes;
    std::vector<VersionRecord> version_records;
    ties_in_order.reserve(contents.versions.size());
    attributes.reserve(contents.versions.size());
    version_records.reserve(contents.versions.size());
    bool any_attributes = false;
    for (StoredVersion& version : contents.versions) {
        const std::size_t k = tie_at_id.find(version.tie);
        if (k == RowIndex::none) throw damaged("a version of tie " + std::to_string(version.tie) + " has no tie");
        version.fields.source = actor_of(contents.ties[k].source_row);
        version.fields.target = actor_of(contents.ties[k].target_row);
        TieRecord& record = records[static_cast<std::size_t>(version.tie)];
        version_records.push_back({version.row, version.tie, version.entered, record.newest});
        record.newest = TieIndex{ties_in_order.size()};
        ++record.versions;
        ties_in_order.push_back(version.fields);
        any_attributes = any_attributes || !version.attributes.empty();
        attributes.push_back(std::move(version.attributes));
    }
    if (!any_attributes) attributes.clear();
    try {
        loaded.add_ties(std::move(ties_in_order), std::move(attributes));
    } catch (const std::invalid_argument& error) {
        throw damaged(error.what());
    }
    network = std::move(loaded);
    actor_rows = std::move(rows);
    actor_revisions = std::move(revisions);
    ties = std::move(records);
    versions = std::move(version_records);
    revision = contents.revision;
    pseudonym_key = std::move(contents.pseudonym_key);
}

Project::Project(std::unique_ptr<State> state) : state_(std::move(state)) {}
Project::Project(Project&&) noexcept = default;
Project& Project::operator=(Project&&) noexcept = default;
Project::~Project() = default;

namespace {

std::unique_ptr<Project::State> new_state(const std::filesystem::path& path, ProjectOptions options) {
    auto state = std::make_unique<Project::State>();
    state->path = path;
    state->user = options.user.empty() ? system_user() : options.user;
    state->options = std::move(options);
    return state;
}

/// A name beside `path` for a project being made, renamed into place once complete.
std::filesystem::path unfinished_path(const std::filesystem::path& path) {
    return path.parent_path() / ("." + path.filename().string() + ".new-" + std::to_string(::getpid()));
}

void remove_database_files(const std::filesystem::path& path) {
    std::error_code ignored;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) std::filesystem::remove(path.string() + suffix, ignored);
}

}  // namespace

Project Project::open(const std::filesystem::path& path, ProjectOptions options) {
    auto state = new_state(path, std::move(options));
    state->backend = open_sqlite_backend(path);
    state->load();
    return Project(std::move(state));
}

Project Project::create(const std::filesystem::path& path, ProjectOptions options) {
    return create_from(Network{}, path, "", std::move(options));
}

Project Project::create_from(const Network& network, const std::filesystem::path& path, std::string_view source,
                             ProjectOptions options) {
    std::error_code error;
    if (std::filesystem::exists(path, error))
        throw InputError(path.string(), 0, "exists already (expected a new file; use 'wijknet import' to add to a project)");
    const auto unfinished = unfinished_path(path);
    remove_database_files(unfinished);
    try {
        {
            auto state = new_state(unfinished, options);
            state->backend = create_sqlite_backend(unfinished);
            if (network.actor_count() > 0 || !source.empty()) state->write_import(network, source);
        }  // closed, so its log is folded into the file before it takes its name
        // A link fails when the name is taken meanwhile (another program making the same
        // project): a rename would replace that file under the program writing it.
        if (::link(unfinished.c_str(), path.c_str()) != 0) {
            if (errno == EEXIST)
                throw InputError(path.string(), 0, "exists already (expected a new file; use 'wijknet import' to add to a project)");
            // A file system without hard links (a FAT memory stick): as near as a rename comes.
            if (errno != EPERM && errno != ENOTSUP && errno != EOPNOTSUPP)
                throw RunError("cannot make " + path.string() + ": " + std::strerror(errno));
            if (std::filesystem::exists(path, error))
                throw InputError(path.string(), 0, "exists already (expected a new file; use 'wijknet import' to add to a project)");
            std::filesystem::rename(unfinished, path, error);
            if (error) throw RunError("cannot make " + path.string() + ": " + error.message());
        }
        remove_database_files(unfinished);
    } catch (...) {
        remove_database_files(unfinished);
        throw;
    }
    return open(path, std::move(options));
}

const std::filesystem::path& Project::path() const { return state_->path; }
const Network& Project::network() const { return state_->network; }
Network Project::take_network() && { return std::move(state_->network); }
Revision Project::revision() const { return state_->revision; }
const std::string& Project::user() const { return state_->user; }
Date Project::today() const { return state_->today(); }
const std::string& Project::pseudonym_key() const { return state_->pseudonym_key; }

bool Project::refresh() {
    if (!state_->backend->changed_elsewhere()) return false;
    state_->load();
    return true;
}

Revision Project::revision_of(ActorIndex actor) const { return state_->actor_revisions.at(actor.value()); }

Revision Project::revision_of(TieId tie) const { return state_->tie_record(tie).revision; }

TieId Project::tie_of(TieIndex version) const { return TieId{state_->versions.at(version.value()).tie}; }

std::vector<TieIndex> Project::versions_of(TieId tie) const {
    std::vector<TieIndex> chain;
    for (TieIndex version = state_->tie_record(tie).newest; version.valid(); version = state_->versions[version.value()].older)
        chain.push_back(version);
    std::reverse(chain.begin(), chain.end());
    return chain;
}

TieIndex Project::newest_version(TieId tie) const { return state_->tie_record(tie).newest; }

std::vector<TieId> Project::ties() const {
    std::vector<TieId> all;
    for (std::size_t id = 0; id < state_->ties.size(); ++id)
        if (state_->ties[id].versions > 0) all.push_back(TieId{static_cast<std::int64_t>(id)});
    return all;
}

std::vector<LogEntry> Project::log(const LogFilter& filter) const { return state_->backend->log(filter); }

}  // namespace wijknet::store
