// SPDX-License-Identifier: MIT
#include "sqlite_database.hpp"

#include <sqlite3.h>

namespace wijknet::store::sqlite {
namespace {

Failure failure_of(int code) {
    switch (code & 0xFF) {
        case SQLITE_BUSY:
        case SQLITE_LOCKED: return Failure::busy;
        case SQLITE_CORRUPT: return Failure::corrupt;
        case SQLITE_NOTADB: return Failure::not_a_database;
        case SQLITE_FULL: return Failure::full;
        case SQLITE_READONLY:
        case SQLITE_PERM: return Failure::read_only;
        case SQLITE_CANTOPEN: return Failure::cannot_open;
        case SQLITE_CONSTRAINT: return Failure::constraint;
        default: return Failure::other;
    }
}

void check(int code, sqlite3* database) {
    if (code == SQLITE_OK || code == SQLITE_ROW || code == SQLITE_DONE) return;
    throw SqliteError(code, database ? sqlite3_errmsg(database) : sqlite3_errstr(code));
}

}  // namespace

SqliteError::SqliteError(int code, const std::string& message)
    : std::runtime_error(message), failure_(failure_of(code)) {}

Database::Database(const std::filesystem::path& path, Mode mode) {
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE |
                      (mode == Mode::create ? SQLITE_OPEN_CREATE : 0);
    const int code = sqlite3_open_v2(path.c_str(), &handle_, flags, nullptr);
    if (code != SQLITE_OK) {
        const std::string message = handle_ ? sqlite3_errmsg(handle_) : sqlite3_errstr(code);
        sqlite3_close(handle_);
        handle_ = nullptr;
        throw SqliteError(code, message);
    }
    // A second program (another server, an import) may hold the write lock for a moment.
    sqlite3_busy_timeout(handle_, 2000);
}

Database::~Database() { sqlite3_close_v2(handle_); }

void Database::execute(const std::string& sql) {
    check(sqlite3_exec(handle_, sql.c_str(), nullptr, nullptr, nullptr), handle_);
}

std::int64_t Database::integer(const std::string& sql) {
    Statement statement(*this, sql);
    if (!statement.next()) return 0;
    const std::int64_t value = statement.integer(0);
    statement.reset();
    return value;
}

std::int64_t Database::last_insert_row() const { return sqlite3_last_insert_rowid(handle_); }

Statement::Statement(Database& database, std::string_view sql) : database_(database) {
    check(sqlite3_prepare_v3(database.handle(), sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT,
                             &handle_, nullptr),
          database.handle());
}

Statement::~Statement() { sqlite3_finalize(handle_); }

Statement& Statement::bind(int index, std::string_view text) {
    check(sqlite3_bind_text64(handle_, index, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8),
          database_.handle());
    return *this;
}

Statement& Statement::bind(int index, std::int64_t value) {
    check(sqlite3_bind_int64(handle_, index, value), database_.handle());
    return *this;
}

Statement& Statement::bind_text_or_null(int index, std::string_view text) {
    return text.empty() ? bind_null(index) : bind(index, text);
}

Statement& Statement::bind_null(int index) {
    check(sqlite3_bind_null(handle_, index), database_.handle());
    return *this;
}

bool Statement::next() {
    const int code = sqlite3_step(handle_);
    if (code == SQLITE_ROW) return true;
    sqlite3_reset(handle_);
    check(code, database_.handle());
    return false;
}

void Statement::run() {
    while (next()) {
    }
}

void Statement::reset() {
    sqlite3_reset(handle_);
    sqlite3_clear_bindings(handle_);
}

std::string_view Statement::text(int column) const {
    const auto* bytes = sqlite3_column_text(handle_, column);
    if (!bytes) return {};
    return {reinterpret_cast<const char*>(bytes), static_cast<std::size_t>(sqlite3_column_bytes(handle_, column))};
}

std::int64_t Statement::integer(int column) const { return sqlite3_column_int64(handle_, column); }

bool Statement::is_null(int column) const { return sqlite3_column_type(handle_, column) == SQLITE_NULL; }

}  // namespace wijknet::store::sqlite
