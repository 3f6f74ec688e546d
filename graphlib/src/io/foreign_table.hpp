// SPDX-License-Identifier: MIT
// A table another tool exported (Network Canvas, egor), read whole: small files of a study, whose
// columns are found by name and whose every other column is kept as an attribute.
#pragma once

#include <filesystem>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "wijknet/io/csv_table.hpp"
#include "wijknet/io/export_file.hpp"
#include "wijknet/model/attributes.hpp"

namespace wijknet {

/// The column with header `name` (exactly as the tool writes it), if any.
std::optional<std::size_t> column_named(const CsvTable& table, std::string_view name);
/// The first column whose header is one of `names`, ignoring case.
std::optional<std::size_t> column_named_any(const CsvTable& table, std::span<const std::string_view> names);

/// The trimmed field of `record` in `column`; empty when there is no such column or field.
std::string_view field_at(const CsvTable::Record& record, std::optional<std::size_t> column);

/// Keeps every non-empty field of `record` as an attribute, except the columns in `structural`.
/// A header named like a column of the CSV pair is kept with `prefix` in front, a column without
/// a header by its number.
void keep_variables(const CsvTable& table, const CsvTable::Record& record, const std::set<std::size_t>& structural,
                    std::string_view prefix, Attributes& attributes);

/// The whole text of a file of an export; `expected` says what it should be, in messages.
/// \throws InputError when it is no regular file or cannot be read.
std::string whole_text(const std::filesystem::path& path, std::string_view expected);

/// At most the first `bytes` of a file (enough for its header line); empty when it cannot be read.
std::string whole_text_prefix(const std::filesystem::path& path, std::size_t bytes);

/// \brief The files of an export folder, read whole: each file's text and an ExportFile viewing it.
struct ExportFolder {
    std::vector<std::string> texts;
    std::vector<ExportFile> files;
};
/// Reads every file files_in(folder) lists; `expected` says what each should be, in messages.
ExportFolder read_export_folder(const std::filesystem::path& folder, std::string_view expected);

/// The regular files of `folder` whose names do not start with a dot, sorted.
/// \throws InputError when the folder cannot be listed.
std::vector<std::filesystem::path> files_in(const std::filesystem::path& folder);

}  // namespace wijknet
