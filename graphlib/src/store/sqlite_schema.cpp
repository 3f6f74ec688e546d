// SPDX-License-Identifier: MIT
#include "sqlite_schema.hpp"

#include <string>

#include "sqlite_database.hpp"

namespace wijknet::store::sqlite {
namespace {

// Actors and tie versions keep their fields as the CSV pair's columns, as text in the words the
// CSV pair uses, so a file opened in any SQLite tool reads like the spreadsheet.
constexpr const char* current_schema = R"sql(
CREATE TABLE project (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE actor (
  row INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  name TEXT, kind TEXT, pseudonym TEXT, x TEXT, y TEXT, crs TEXT, lon TEXT, lat TEXT,
  area TEXT, sector TEXT, organisation TEXT, client TEXT,
  revision INTEGER NOT NULL
);
CREATE TABLE actor_attribute (
  actor INTEGER NOT NULL REFERENCES actor(row) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY (actor, position)
) WITHOUT ROWID;
CREATE TABLE tie (
  id INTEGER PRIMARY KEY,
  source INTEGER NOT NULL REFERENCES actor(row),
  target INTEGER NOT NULL REFERENCES actor(row),
  revision INTEGER NOT NULL
);
CREATE INDEX tie_by_source ON tie(source);
CREATE INDEX tie_by_target ON tie(target);
CREATE TABLE tie_version (
  row INTEGER PRIMARY KEY,
  tie INTEGER NOT NULL REFERENCES tie(id) ON DELETE CASCADE,
  kind TEXT, strength TEXT, valence TEXT, direction TEXT, support TEXT, frequency TEXT,
  since TEXT, until TEXT, closeness TEXT,
  entered TEXT
);
CREATE INDEX version_by_tie ON tie_version(tie);
CREATE TABLE tie_attribute (
  version INTEGER NOT NULL REFERENCES tie_version(row) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY (version, position)
) WITHOUT ROWID;
CREATE TABLE log (
  id INTEGER PRIMARY KEY,
  time TEXT NOT NULL,
  user TEXT NOT NULL,
  on_behalf_of TEXT NOT NULL DEFAULT '',
  event TEXT NOT NULL,
  object TEXT NOT NULL,
  object_id TEXT NOT NULL,
  client TEXT NOT NULL DEFAULT '',
  before TEXT,
  after TEXT,
  reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX log_by_client ON log(client);
)sql";

// Version 1 kept neither on whose behalf a user worked nor the day a tie's version was entered
// (so every later change to it made a new version). Versions before 2 have no `entered`.
constexpr const char* version_1_to_2 = R"sql(
ALTER TABLE log ADD COLUMN on_behalf_of TEXT NOT NULL DEFAULT '';
ALTER TABLE tie_version ADD COLUMN entered TEXT;
)sql";

}  // namespace

void create_schema(Database& database) {
    database.execute(current_schema);
    database.execute("PRAGMA application_id = " + std::to_string(application_id) +
                     "; PRAGMA user_version = " + std::to_string(schema_version) + ";");
}

void migrate(Database& database, std::int64_t from_version) {
    if (from_version < 2) database.execute(version_1_to_2);
    database.execute("PRAGMA user_version = " + std::to_string(schema_version) + ";");
}

}  // namespace wijknet::store::sqlite
