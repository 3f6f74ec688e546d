// SPDX-License-Identifier: MIT
#pragma once

// The project file's schema, by version, and the steps that migrate an older file forward.
// docs/store.md describes it for people; this is the same in SQL.

#include <cstdint>

namespace wijknet::store::sqlite {

class Database;

/// 'WKNT' in the file header (PRAGMA application_id): how a project tells itself from other
/// SQLite files.
inline constexpr std::int32_t application_id = 0x574B4E54;
/// The schema this wijknet writes. Files of an older version are migrated when opened.
inline constexpr std::int64_t schema_version = 2;

/// Makes the current schema in an empty database.
void create_schema(Database& database);
/// Brings a file of `from_version` to schema_version, inside the caller's transaction.
void migrate(Database& database, std::int64_t from_version);

}  // namespace wijknet::store::sqlite
