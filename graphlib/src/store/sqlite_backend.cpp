// SPDX-License-Identifier: MIT
// The project file: the store's backend over one SQLite database (docs/store.md).
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <cstring>
#include <map>
#include <memory>
#include <random>
#include <optional>

#include "project_backend.hpp"
#include "row_index.hpp"
#include "sqlite_database.hpp"
#include "sqlite_file_header.hpp"
#include "sqlite_schema.hpp"
#include "change_fields.hpp"
#include "stored_fields.hpp"
#include "wijknet/io/diagnostic.hpp"
#include "wijknet/store/store_errors.hpp"

namespace wijknet::store {
namespace {

using sqlite::Database;
using sqlite::Failure;
using sqlite::SqliteError;
using sqlite::Statement;

/// What SQLite's failure means for someone opening the file.
std::string opening_problem(const SqliteError& error) {
    switch (error.failure()) {
        case Failure::busy:
            return "is locked by another program (expected it free: close the program that holds it, then try again)";
        case Failure::corrupt:
        case Failure::not_a_database:
            return std::string("is damaged: SQLite says '") + error.what() +
                   "' (expected an undamaged project; restore it from a backup)";
        case Failure::read_only:
            return "cannot be written (expected a file wijknet may write: it logs every read and change in it)";
        case Failure::cannot_open:
            return std::string("cannot be opened: ") + error.what() + " (expected a readable and writable file)";
        default: return std::string("cannot be read: SQLite says '") + error.what() + "'";
    }
}

/// What SQLite's failure means for a change that was being saved.
std::string saving_problem(const std::filesystem::path& path, const SqliteError& error) {
    const std::string start = "cannot save the change to " + path.string() + ": ";
    switch (error.failure()) {
        case Failure::busy: return start + "another program holds the file; nothing was changed, try again";
        case Failure::full: return start + "the disk is full; nothing was changed";
        case Failure::read_only: return start + "the file cannot be written; nothing was changed";
        case Failure::corrupt: return start + "the file is damaged (" + error.what() + "); nothing was changed";
        default: return start + error.what() + "; nothing was changed";
    }
}

std::string random_key() {
    std::random_device device;
    std::string key;
    constexpr char hex[] = "0123456789abcdef";
    for (int i = 0; i < 32; ++i) key += hex[device() % 16];
    return key;
}

enum class Query {
    insert_actor,
    update_actor,
    delete_actor,
    delete_actor_attributes,
    insert_actor_attribute,
    insert_tie,
    remember_last_tie,
    set_tie_revision,
    delete_tie,
    insert_version,
    update_version,
    delete_version_attributes,
    insert_version_attribute,
    insert_log,
    actor_revision,
    tie_revision,
    log_entry,
    set_project_value,
};

std::string placeholders(std::size_t count, std::size_t first = 1) {
    std::string text;
    for (std::size_t i = 0; i < count; ++i) text += (i ? ", ?" : "?") + std::to_string(first + i);
    return text;
}

std::string joined(const std::vector<std::string_view>& names, const std::string& suffix = "") {
    std::string text;
    for (const auto name : names) text += (text.empty() ? "" : ", ") + std::string(name) + suffix;
    return text;
}

std::string assignments(const std::vector<std::string_view>& names, std::size_t first) {
    std::string text;
    for (std::size_t i = 0; i < names.size(); ++i)
        text += (i ? ", " : "") + std::string(names[i]) + " = ?" + std::to_string(first + i);
    return text;
}

std::string sql_of(Query query) {
    const auto& actor = actor_column_names();
    const auto& version = version_column_names();
    switch (query) {
        case Query::insert_actor:
            return "INSERT INTO actor (" + joined(actor) + ", revision) VALUES (" + placeholders(actor.size() + 1) + ")";
        case Query::update_actor:
            return "UPDATE actor SET " + assignments(actor, 1) + ", revision = ?" + std::to_string(actor.size() + 1) +
                   " WHERE row = ?" + std::to_string(actor.size() + 2);
        case Query::delete_actor: return "DELETE FROM actor WHERE row = ?1";
        case Query::delete_actor_attributes: return "DELETE FROM actor_attribute WHERE actor = ?1";
        case Query::insert_actor_attribute:
            return "INSERT INTO actor_attribute (actor, position, name, value) VALUES (?1, ?2, ?3, ?4)";
        // Tie numbers are never given twice, also not the number of a deleted last tie: the log
        // names ties by number.
        case Query::insert_tie:
            return "INSERT INTO tie (id, source, target, revision) VALUES (max(coalesce((SELECT CAST(value AS INTEGER) FROM "
                   "project WHERE key = 'last_tie'), 0), coalesce((SELECT max(id) FROM tie), 0)) + 1, ?1, ?2, ?3)";
        case Query::remember_last_tie: return "INSERT OR REPLACE INTO project (key, value) VALUES ('last_tie', ?1)";
        case Query::set_tie_revision: return "UPDATE tie SET revision = ?1 WHERE id = ?2";
        case Query::delete_tie: return "DELETE FROM tie WHERE id = ?1";
        case Query::insert_version:
            return "INSERT INTO tie_version (tie, " + joined(version) + ", entered) VALUES (" +
                   placeholders(version.size() + 2) + ")";
        case Query::update_version:
            return "UPDATE tie_version SET " + assignments(version, 1) + " WHERE row = ?" +
                   std::to_string(version.size() + 1);
        case Query::delete_version_attributes: return "DELETE FROM tie_attribute WHERE version = ?1";
        case Query::insert_version_attribute:
            return "INSERT INTO tie_attribute (version, position, name, value) VALUES (?1, ?2, ?3, ?4)";
        case Query::insert_log:
            return "INSERT INTO log (time, user, on_behalf_of, event, object, object_id, client, before, after, reason) "
                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)";
        case Query::actor_revision: return "SELECT revision FROM actor WHERE row = ?1";
        case Query::tie_revision: return "SELECT revision FROM tie WHERE id = ?1";
        case Query::log_entry:
            return "SELECT id, time, user, on_behalf_of, event, object, object_id, client, before, after, reason "
                   "FROM log WHERE id = ?1";
        case Query::set_project_value: return "INSERT OR REPLACE INTO project (key, value) VALUES (?1, ?2)";
    }
    return {};
}

/// The fields of a JSON object as the log keeps them, read back by SQLite's own JSON functions.
Attributes fields_of_json(Database& database, std::string_view json) {
    Attributes fields;
    if (json.empty()) return fields;
    Statement each(database, "SELECT key, value FROM json_each(?1)");
    each.bind(1, json);
    while (each.next()) fields.push_back({std::string(each.text(0)), std::string(each.text(1))});
    return fields;
}

LogEntry log_entry_at(Database& database, const Statement& row) {
    LogEntry entry;
    entry.id = row.integer(0);
    entry.time = row.text(1);
    entry.user = row.text(2);
    entry.on_behalf_of = row.text(3);
    entry.event = row.text(4);
    entry.object = row.text(5);
    entry.object_id = row.text(6);
    entry.client = row.text(7);
    entry.before = fields_of_json(database, row.text(8));
    entry.after = fields_of_json(database, row.text(9));
    entry.reason = row.text(10);
    return entry;
}

bool is_change(const std::string& event) { return event != "read" && event != "export" && event != "refused"; }

class SqliteBackend final : public ProjectBackend {
public:
    SqliteBackend(const std::filesystem::path& path, Database::Mode mode) : path_(path), database_(path, mode) {
        // Pages are read, not mapped: a file cut short under a mapping would end the program.
        database_.execute("PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL;");
    }

    /// Checks and migrates a file just opened; nothing is written to a file that is refused.
    void prepare_existing() {
        if (database_.integer("PRAGMA application_id") != sqlite::application_id)
            throw InputError(path_.string(), 0, "is an SQLite database of another program, not a wijknet project");
        const std::int64_t version = database_.integer("PRAGMA user_version");
        if (version > sqlite::schema_version || version < 1)
            throw InputError(path_.string(), 0, "has project schema version " + std::to_string(version) +
                                                    " (expected 1 to " + std::to_string(sqlite::schema_version) + ")");
        if (version < sqlite::schema_version) {
            database_.execute("BEGIN IMMEDIATE");
            try {
                sqlite::migrate(database_, version);
                ensure_project_values();
                // Read through once before the migration is kept: a file refused as damaged is
                // left as it was, in its old version.
                ProjectContents checked;
                load_into(checked);
                database_.execute("COMMIT");
            } catch (...) {
                database_.execute("ROLLBACK");
                throw;
            }
        }
        database_.execute("PRAGMA journal_mode = WAL");
    }

    void prepare_new() {
        database_.execute("PRAGMA journal_mode = WAL");
        database_.execute("BEGIN IMMEDIATE");
        sqlite::create_schema(database_);
        ensure_project_values();
        database_.execute("COMMIT");
    }

    ProjectContents load() override {
        ProjectContents contents;
        // Read before the snapshot: a change by another program after it makes the next check
        // differ. SQLite leaves this value alone for this connection's own commits.
        data_version_ = database_.integer("PRAGMA data_version");
        database_.execute("BEGIN");  // one consistent view of all tables
        try {
            load_into(contents);
            database_.execute("COMMIT");
        } catch (...) {
            database_.execute("ROLLBACK");
            throw;
        }
        return contents;
    }

    bool changed_elsewhere() override { return database_.integer("PRAGMA data_version") != data_version_; }

    std::unique_ptr<StoreTransaction> begin(std::size_t rows) override;

    std::vector<LogEntry> log(const LogFilter& filter) override {
        std::string sql = "SELECT id, time, user, on_behalf_of, event, object, object_id, client, before, after, reason FROM log";
        std::vector<std::string> conditions;
        if (!filter.client.empty()) conditions.push_back("client = ?1");
        if (filter.after) conditions.push_back("id > ?2");
        for (std::size_t i = 0; i < conditions.size(); ++i) sql += (i ? " AND " : " WHERE ") + conditions[i];
        // Following the log (`after`): the next entries; otherwise the newest.
        const bool newest = filter.limit && !filter.after;
        sql += newest ? " ORDER BY id DESC LIMIT " + std::to_string(filter.limit) : " ORDER BY id";
        if (filter.limit && filter.after) sql += " LIMIT " + std::to_string(filter.limit);
        Statement query(database_, sql);
        if (!filter.client.empty()) query.bind(1, filter.client);
        if (filter.after) query.bind(2, *filter.after);
        std::vector<LogEntry> entries;
        while (query.next()) entries.push_back(log_entry_at(database_, query));
        if (newest) std::reverse(entries.begin(), entries.end());
        return entries;
    }

    Statement& statement(Query query) {
        auto& slot = statements_[query];
        if (!slot) slot = std::make_unique<Statement>(database_, sql_of(query));
        return *slot;
    }
    Database& database() { return database_; }
    const std::filesystem::path& path() const { return path_; }

private:
    void ensure_project_values() {
        database_.execute("INSERT OR IGNORE INTO project (key, value) VALUES ('pseudonym_key', '" + random_key() + "')");
        database_.execute(
            "INSERT OR IGNORE INTO project (key, value) SELECT 'revision', coalesce(max(id), 0) FROM log "
            "WHERE event NOT IN ('read', 'export', 'refused')");
    }

    void load_into(ProjectContents& contents) {
        std::vector<std::string> problems;
        const auto problem = [&](const std::string& what, std::vector<std::string>& found) {
            for (auto& text : found) problems.push_back(what + ": " + text);
            found.clear();
        };
        {
            Statement actors(database_, "SELECT row, revision, " + joined(actor_column_names()) + " FROM actor ORDER BY row");
            std::vector<std::string_view> columns(actor_column_names().size());
            std::vector<std::string> found;
            contents.actors.reserve(static_cast<std::size_t>(database_.integer("SELECT count(*) FROM actor")));
            while (actors.next()) {
                for (std::size_t i = 0; i < columns.size(); ++i) columns[i] = actors.text(static_cast<int>(i + 2));
                StoredActor stored{actors.integer(0), actor_from_columns(columns, found), actors.integer(1)};
                problem("actor '" + stored.actor.id + "'", found);
                contents.actors.push_back(std::move(stored));
            }
        }
        const auto actor_at = RowIndex::of(contents.actors, [](const StoredActor& actor) { return actor.row; });
        {
            Statement attributes(database_, "SELECT actor, name, value FROM actor_attribute ORDER BY actor, position");
            while (attributes.next()) {
                const std::size_t found = actor_at.find(attributes.integer(0));
                if (found == RowIndex::none) continue;  // the foreign key keeps this from happening
                std::vector<std::string> found_problems;
                if (!readable(attributes.text(1), "attribute", found_problems) || !readable(attributes.text(2), attributes.text(1), found_problems)) {
                    problem("actor '" + contents.actors[found].actor.id + "'", found_problems);
                    continue;
                }
                contents.actors[found].actor.attributes.push_back(
                    {std::string(attributes.text(1)), std::string(attributes.text(2))});
            }
        }
        {
            Statement ties(database_, "SELECT id, source, target, revision FROM tie ORDER BY id");
            while (ties.next())
                contents.ties.push_back({ties.integer(0), ties.integer(1), ties.integer(2), ties.integer(3)});
        }
        {
            Statement versions(database_, "SELECT row, tie, entered, " + joined(version_column_names()) +
                                              " FROM tie_version ORDER BY row");
            std::vector<std::string_view> columns(version_column_names().size());
            std::vector<std::string> found;
            contents.versions.reserve(static_cast<std::size_t>(database_.integer("SELECT count(*) FROM tie_version")));
            while (versions.next()) {
                for (std::size_t i = 0; i < columns.size(); ++i) columns[i] = versions.text(static_cast<int>(i + 3));
                StoredVersion stored;
                stored.row = versions.integer(0);
                stored.tie = versions.integer(1);
                stored.fields = version_from_columns(columns, found);
                if (!versions.is_null(2)) stored.entered = Date::parse(versions.text(2));
                problem("tie " + std::to_string(stored.tie), found);
                contents.versions.push_back(std::move(stored));
            }
        }
        const auto version_at = RowIndex::of(contents.versions, [](const StoredVersion& version) { return version.row; });
        {
            Statement attributes(database_, "SELECT version, name, value FROM tie_attribute ORDER BY version, position");
            while (attributes.next()) {
                const std::size_t found = version_at.find(attributes.integer(0));
                if (found == RowIndex::none) continue;
                std::vector<std::string> found_problems;
                if (!readable(attributes.text(1), "attribute", found_problems) || !readable(attributes.text(2), attributes.text(1), found_problems)) {
                    problem("tie " + std::to_string(contents.versions[found].tie), found_problems);
                    continue;
                }
                contents.versions[found].attributes.push_back(
                    {std::string(attributes.text(1)), std::string(attributes.text(2))});
            }
        }
        {
            Statement values(database_, "SELECT key, value FROM project");
            while (values.next()) {
                if (values.text(0) == "pseudonym_key") contents.pseudonym_key = values.text(1);
                if (values.text(0) != "revision") continue;
                const std::string_view text = values.text(1);
                const auto read = std::from_chars(text.data(), text.data() + text.size(), contents.revision);
                if (read.ec != std::errc{} || read.ptr != text.data() + text.size())
                    problems.push_back("its revision is '" + std::string(text) + "' (expected a whole number)");
            }
        }
        if (!problems.empty()) {
            std::vector<Diagnostic> diagnostics;
            for (auto& text : problems) diagnostics.push_back({path_.string(), 0, std::move(text)});
            throw InputError(std::move(diagnostics));
        }
    }

    std::filesystem::path path_;
    Database database_;
    std::int64_t data_version_ = 0;
    std::map<Query, std::unique_ptr<Statement>> statements_;
};

class SqliteTransaction final : public StoreTransaction {
    /// Runs one step of the change; SQLite's failure becomes the user's message, and the
    /// destructor undoes the transaction.
    template <class Work>
    auto saving(Work&& work) {
        try {
            return work();
        } catch (const SqliteError& error) {
            throw RunError(saving_problem(backend_.path(), error));
        }
    }

public:
    explicit SqliteTransaction(SqliteBackend& backend) : backend_(backend) {
        backend_.database().execute("BEGIN IMMEDIATE");
    }
    ~SqliteTransaction() override {
        if (open_) {
            try {
                backend_.database().execute("ROLLBACK");
            } catch (const SqliteError&) {
                // A failed COMMIT may have rolled back already.
            }
        }
    }

    void expect_revision(StoredObject object, std::int64_t key, Revision based_on, const std::string& description) override {
        saving([&] {
            auto& query = backend_.statement(object == StoredObject::actor ? Query::actor_revision : Query::tie_revision);
            query.bind(1, key);
            if (!query.next()) throw NotFound(description + " is not in the project (any more)");
            const Revision current = query.integer(0);
            query.reset();
            if (current == based_on) return;
            auto& entry = backend_.statement(Query::log_entry);
            entry.bind(1, current);
            LogEntry latest;
            latest.id = current;
            if (entry.next()) latest = log_entry_at(backend_.database(), entry);
            entry.reset();
            throw StaleRevision(description, based_on, latest);
        });
    }

    Revision append_log(const LogEntry& entry) override {
        return saving([&] {
            auto& insert = backend_.statement(Query::insert_log);
            insert.bind(1, entry.time).bind(2, entry.user).bind(3, entry.on_behalf_of).bind(4, entry.event);
            insert.bind(5, entry.object).bind(6, entry.object_id).bind(7, entry.client);
            insert.bind_text_or_null(8, entry.before.empty() ? "" : json_text(entry.before));
        insert.bind_text_or_null(9, entry.after.empty() ? "" : json_text(entry.after)).bind(10, entry.reason);
            insert.run();
            insert.reset();
            const Revision id = backend_.database().last_insert_row();
            if (is_change(entry.event)) last_change_ = id;
            return id;
        });
    }

    std::int64_t insert_actor(const Actor& actor, Revision revision) override {
        return saving([&] {
            auto& insert = backend_.statement(Query::insert_actor);
            const auto columns = actor_columns(actor);
            for (std::size_t i = 0; i < columns.size(); ++i) insert.bind_text_or_null(static_cast<int>(i + 1), columns[i]);
            insert.bind(static_cast<int>(columns.size() + 1), revision);
            insert.run();
            insert.reset();
            const std::int64_t row = backend_.database().last_insert_row();
            insert_attributes(Query::insert_actor_attribute, row, actor.attributes);
            return row;
        });
    }

    void update_actor(std::int64_t row, const Actor& actor, Revision revision) override {
        saving([&] {
            auto& update = backend_.statement(Query::update_actor);
            const auto columns = actor_columns(actor);
            for (std::size_t i = 0; i < columns.size(); ++i) update.bind_text_or_null(static_cast<int>(i + 1), columns[i]);
            update.bind(static_cast<int>(columns.size() + 1), revision).bind(static_cast<int>(columns.size() + 2), row);
            update.run();
            update.reset();
            run_with(Query::delete_actor_attributes, row);
            insert_attributes(Query::insert_actor_attribute, row, actor.attributes);
        });
    }

    void delete_actor(std::int64_t row) override {
        saving([&] { run_with(Query::delete_actor, row); });
    }

    std::int64_t insert_tie(std::int64_t source_row, std::int64_t target_row, Revision revision) override {
        return saving([&] {
            auto& insert = backend_.statement(Query::insert_tie);
            insert.bind(1, source_row).bind(2, target_row).bind(3, revision);
            insert.run();
            insert.reset();
            last_tie_ = backend_.database().last_insert_row();
            return *last_tie_;
        });
    }

    void set_tie_revision(std::int64_t tie, Revision revision) override {
        saving([&] {
            auto& update = backend_.statement(Query::set_tie_revision);
            update.bind(1, revision).bind(2, tie);
            update.run();
            update.reset();
        });
    }

    std::int64_t insert_version(std::int64_t tie, const Tie& fields, const Attributes& attributes, Date entered) override {
        return saving([&] {
            auto& insert = backend_.statement(Query::insert_version);
            const auto columns = version_columns(fields);
            insert.bind(1, tie);
            for (std::size_t i = 0; i < columns.size(); ++i) insert.bind_text_or_null(static_cast<int>(i + 2), columns[i]);
            insert.bind(static_cast<int>(columns.size() + 2), entered.to_string());
            insert.run();
            insert.reset();
            const std::int64_t row = backend_.database().last_insert_row();
            insert_attributes(Query::insert_version_attribute, row, attributes);
            return row;
        });
    }

    void update_version(std::int64_t row, const Tie& fields, const Attributes& attributes) override {
        saving([&] {
            auto& update = backend_.statement(Query::update_version);
            const auto columns = version_columns(fields);
            for (std::size_t i = 0; i < columns.size(); ++i) update.bind_text_or_null(static_cast<int>(i + 1), columns[i]);
            update.bind(static_cast<int>(columns.size() + 1), row);
            update.run();
            update.reset();
            run_with(Query::delete_version_attributes, row);
            insert_attributes(Query::insert_version_attribute, row, attributes);
        });
    }

    void delete_tie(std::int64_t tie) override {
        saving([&] { run_with(Query::delete_tie, tie); });
    }

    void commit() override {
        try {
            if (last_change_) {
                auto& set = backend_.statement(Query::set_project_value);
                set.bind(1, std::string_view("revision")).bind(2, std::to_string(*last_change_));
                set.run();
                set.reset();
            }
            if (last_tie_) {
                auto& remember = backend_.statement(Query::remember_last_tie);
                remember.bind(1, std::to_string(*last_tie_));
                remember.run();
                remember.reset();
            }
            backend_.database().execute("COMMIT");
        } catch (const SqliteError& error) {
            throw RunError(saving_problem(backend_.path(), error));
        }
        open_ = false;
    }

private:
    void run_with(Query query, std::int64_t key) {
        auto& statement = backend_.statement(query);
        statement.bind(1, key);
        statement.run();
        statement.reset();
    }

    void insert_attributes(Query query, std::int64_t owner, const Attributes& attributes) {
        auto& insert = backend_.statement(query);
        for (std::size_t i = 0; i < attributes.size(); ++i) {
            insert.bind(1, owner).bind(2, static_cast<std::int64_t>(i)).bind(3, attributes[i].name).bind(4, attributes[i].value);
            insert.run();
            insert.reset();
        }
    }

    SqliteBackend& backend_;
    bool open_ = true;
    std::optional<Revision> last_change_;
    std::optional<std::int64_t> last_tie_;
};

std::unique_ptr<StoreTransaction> SqliteBackend::begin(std::size_t rows) {
    try {
        // A cache of 64 MB for a transaction of many rows: with SQLite's 2 MB an import of a
        // city read its own pages back from the file again and again. The usual change, and
        // reading a project once through, need no more than 2 MB.
        database_.execute(rows > 10000 ? "PRAGMA cache_size = -65536" : "PRAGMA cache_size = -2000");
        return std::make_unique<SqliteTransaction>(*this);
    } catch (const SqliteError& error) {
        throw RunError(saving_problem(path_, error));
    }
}

/// Runs `work`, turning SQLite's failures into the error a user reading the file should see.
template <class Work>
auto opening(const std::filesystem::path& path, Work&& work) {
    try {
        return work();
    } catch (const SqliteError& error) {
        throw InputError(path.string(), 0, opening_problem(error));
    }
}

/// Wraps a backend so that every later SQLite failure is a RunError or InputError with words.
class CheckedBackend final : public ProjectBackend {
public:
    explicit CheckedBackend(std::unique_ptr<SqliteBackend> backend) : backend_(std::move(backend)) {}
    ProjectContents load() override {
        return opening(backend_->path(), [&] { return backend_->load(); });
    }
    bool changed_elsewhere() override {
        return opening(backend_->path(), [&] { return backend_->changed_elsewhere(); });
    }
    std::unique_ptr<StoreTransaction> begin(std::size_t rows) override { return backend_->begin(rows); }
    std::vector<LogEntry> log(const LogFilter& filter) override {
        return opening(backend_->path(), [&] { return backend_->log(filter); });
    }

private:
    std::unique_ptr<SqliteBackend> backend_;
};

}  // namespace

std::unique_ptr<ProjectBackend> open_sqlite_backend(const std::filesystem::path& path) {
    sqlite::check_project_header(path);
    auto backend = opening(path, [&] {
        auto opened = std::make_unique<SqliteBackend>(path, Database::Mode::open_existing);
        opened->prepare_existing();
        return opened;
    });
    return std::make_unique<CheckedBackend>(std::move(backend));
}

std::unique_ptr<ProjectBackend> create_sqlite_backend(const std::filesystem::path& path) {
    // Readable by its owner only, before anything is in it: it will hold names and notes.
    // SQLite gives its -wal and -shm files the same permissions.
    const int file = ::open(path.c_str(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
    if (file < 0) throw RunError("cannot make the project " + path.string() + ": " + std::strerror(errno));
    ::close(file);
    try {
        auto created = std::make_unique<SqliteBackend>(path, Database::Mode::create);
        created->prepare_new();
        return std::make_unique<CheckedBackend>(std::move(created));
    } catch (const SqliteError& error) {
        throw RunError("cannot make the project " + path.string() + ": " + error.what());
    }
}

}  // namespace wijknet::store
