// SPDX-License-Identifier: MIT
#include "foreign_table.hpp"

#include <algorithm>
#include <fstream>
#include <iterator>

#include "field_binding.hpp"
#include "input_path.hpp"
#include "wijknet/io/diagnostic.hpp"
#include "wijknet/text/ascii.hpp"

namespace wijknet {

std::optional<std::size_t> column_named(const CsvTable& table, std::string_view name) {
    const auto found = std::find(table.header.begin(), table.header.end(), name);
    if (found == table.header.end()) return std::nullopt;
    return static_cast<std::size_t>(found - table.header.begin());
}

std::optional<std::size_t> column_named_any(const CsvTable& table, std::span<const std::string_view> names) {
    for (const auto name : names)
        for (std::size_t column = 0; column < table.header.size(); ++column)
            if (text::iequals(text::trim(table.header[column]), name)) return column;
    return std::nullopt;
}

std::string_view field_at(const CsvTable::Record& record, std::optional<std::size_t> column) {
    if (!column || *column >= record.fields.size()) return {};
    return text::trim(record.fields[*column]);
}

void keep_variables(const CsvTable& table, const CsvTable::Record& record, const std::set<std::size_t>& structural,
                    std::string_view prefix, Attributes& attributes) {
    for (std::size_t column = 0; column < record.fields.size() && column < table.header.size(); ++column) {
        if (structural.contains(column)) continue;
        const std::string_view value = text::trim(record.fields[column]);
        if (value.empty()) continue;
        const std::string_view header = text::trim(table.header[column]);
        set_attribute(attributes, header.empty() ? "column " + std::to_string(column + 1) : binding::foreign_attribute_name(header, prefix),
                      std::string(value));
    }
}

std::string whole_text(const std::filesystem::path& path, std::string_view expected) {
    expect_input_file(path, expected);
    std::ifstream in(path, std::ios::binary);
    std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    if (!in && !in.eof()) throw InputError(path.string(), 0, "cannot be read (expected " + std::string(expected) + ")");
    return text;
}

ExportFolder read_export_folder(const std::filesystem::path& folder, std::string_view expected) {
    const auto paths = files_in(folder);
    ExportFolder read;
    read.texts.reserve(paths.size());  // the files' views stay valid
    for (const auto& path : paths) {
        read.texts.push_back(whole_text(path, expected));
        read.files.push_back({path.string(), read.texts.back()});
    }
    return read;
}

std::string whole_text_prefix(const std::filesystem::path& path, std::size_t bytes) {
    std::error_code unreadable;
    if (!std::filesystem::is_regular_file(path, unreadable)) return {};
    std::ifstream in(path, std::ios::binary);
    std::string text(bytes, '\0');
    in.read(text.data(), static_cast<std::streamsize>(bytes));
    text.resize(static_cast<std::size_t>(std::max<std::streamsize>(in.gcount(), 0)));
    return text;
}

std::vector<std::filesystem::path> files_in(const std::filesystem::path& folder) {
    std::vector<std::filesystem::path> paths;
    std::error_code error;
    for (std::filesystem::directory_iterator entry(folder, error), end; !error && entry != end; entry.increment(error)) {
        const std::string name = entry->path().filename().string();
        std::error_code unreadable;
        if (!name.starts_with(".") && !entry->is_directory(unreadable)) paths.push_back(entry->path());
    }
    if (error) throw InputError(folder.string(), 0, "cannot be listed: " + error.message() + " (expected a readable folder)");
    std::sort(paths.begin(), paths.end());
    return paths;
}

}  // namespace wijknet
