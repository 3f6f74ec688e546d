// SPDX-License-Identifier: MIT
#pragma once

// The SQLite seam's handles: a database and its prepared statements, owned and closed by RAII,
// every status turned into an SqliteError. Only sqlite_*.cpp in this folder include sqlite3.h.

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace wijknet::store::sqlite {

/// What went wrong, in the terms a message to the user needs.
enum class Failure { busy, corrupt, not_a_database, full, read_only, cannot_open, constraint, other };

/// \brief A failed SQLite call: SQLite's own message and what kind of failure it was.
class SqliteError : public std::runtime_error {
public:
    SqliteError(int code, const std::string& message);
    [[nodiscard]] Failure failure() const { return failure_; }

private:
    Failure failure_;
};

/// \brief An open database connection.
class Database {
public:
    enum class Mode { open_existing, create };
    Database(const std::filesystem::path& path, Mode mode);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// Runs one or more statements that return no rows.
    void execute(const std::string& sql);
    /// The single integer a PRAGMA or query returns.
    std::int64_t integer(const std::string& sql);
    [[nodiscard]] std::int64_t last_insert_row() const;
    [[nodiscard]] sqlite3* handle() const { return handle_; }

private:
    sqlite3* handle_ = nullptr;
};

/// \brief A prepared statement, reused: bind, step through its rows, and it resets itself.
class Statement {
public:
    Statement(Database& database, std::string_view sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    /// Parameters count from 1, as in SQLite.
    Statement& bind(int index, std::string_view text);
    Statement& bind(int index, std::int64_t value);
    /// Empty text is stored as NULL, as the columns of unset fields are.
    Statement& bind_text_or_null(int index, std::string_view text);
    Statement& bind_null(int index);
    /// Steps to the next row; false when there is none (and the statement is reset).
    bool next();
    /// Runs a statement that returns no rows.
    void run();
    void reset();

    [[nodiscard]] std::string_view text(int column) const;
    [[nodiscard]] std::int64_t integer(int column) const;
    [[nodiscard]] bool is_null(int column) const;

private:
    Database& database_;
    sqlite3_stmt* handle_ = nullptr;
};

}  // namespace wijknet::store::sqlite
