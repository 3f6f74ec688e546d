// SPDX-License-Identifier: MIT
#include "sqlite_file_header.hpp"

#include <array>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <optional>
#include <string>

#include "sqlite_schema.hpp"
#include "wijknet/io/diagnostic.hpp"

namespace wijknet::store::sqlite {
namespace {

// The database header (https://www.sqlite.org/fileformat.html#the_database_header).
constexpr std::size_t header_size = 100;
constexpr char magic[] = "SQLite format 3";  // with its NUL: 16 bytes

using Header = std::array<unsigned char, header_size>;

std::optional<Header> read_header(const std::filesystem::path& path, std::size_t& size_read) {
    std::ifstream file(path, std::ios::binary);
    if (!file) return std::nullopt;
    Header header{};
    file.read(reinterpret_cast<char*>(header.data()), header_size);
    size_read = static_cast<std::size_t>(file.gcount());
    return header;
}

std::uint32_t big_endian(const Header& header, std::size_t offset, std::size_t bytes) {
    std::uint32_t value = 0;
    for (std::size_t i = 0; i < bytes; ++i) value = value << 8 | header[offset + i];
    return value;
}

bool starts_as_sqlite(const Header& header) { return std::memcmp(header.data(), magic, sizeof magic) == 0; }

std::int32_t application_id_of(const Header& header) { return static_cast<std::int32_t>(big_endian(header, 68, 4)); }

[[noreturn]] void refuse(const std::filesystem::path& path, const std::string& why) {
    throw InputError(path.string(), 0, why);
}

/// Bytes the header says the file holds, when it can say (SQLite keeps the page count valid
/// only while the change counter matches the one it was written with).
std::optional<std::uintmax_t> declared_size(const Header& header) {
    const std::uint32_t page_size = big_endian(header, 16, 2) == 1 ? 65536 : big_endian(header, 16, 2);
    const std::uint32_t pages = big_endian(header, 28, 4);
    if (pages == 0 || big_endian(header, 24, 4) != big_endian(header, 92, 4)) return std::nullopt;
    return std::uintmax_t{page_size} * pages;
}

bool has_write_ahead_log(const std::filesystem::path& path) {
    std::error_code error;
    const auto size = std::filesystem::file_size(path.string() + "-wal", error);
    return !error && size > 0;
}

}  // namespace

bool has_project_header(const std::filesystem::path& path) {
    std::size_t size = 0;
    const auto header = read_header(path, size);
    return header && size == header_size && starts_as_sqlite(*header) && application_id_of(*header) == application_id;
}

void check_project_header(const std::filesystem::path& path) {
    std::error_code error;
    if (!std::filesystem::exists(path, error))
        refuse(path, "does not exist (expected a project file, made by 'wijknet import' or 'wijknet serve')");
    if (std::filesystem::is_directory(path, error))
        refuse(path, "is a folder (expected a project file ending in .wijknet)");
    std::size_t size = 0;
    const auto header = read_header(path, size);
    if (!header) refuse(path, "cannot be read (expected a project file wijknet may read and write)");
    if (size == 0) refuse(path, "is empty (expected a wijknet project)");
    if (size < header_size || !starts_as_sqlite(*header))
        refuse(path, size < header_size && starts_as_sqlite(*header)
                         ? "is cut short: it ends inside its header (expected a whole project; restore it from a backup)"
                         : "is not a wijknet project (expected a project file made by 'wijknet import' or 'wijknet serve')");
    if (application_id_of(*header) != application_id)
        refuse(path, "is an SQLite database of another program, not a wijknet project (expected a file made by "
                     "'wijknet import' or 'wijknet serve')");
    const std::uint32_t version = big_endian(*header, 60, 4);
    if (version > schema_version)
        refuse(path, "was written by a newer wijknet (project schema version " + std::to_string(version) +
                         "; this wijknet reads versions 1 to " + std::to_string(schema_version) +
                         "): update wijknet to open it");
    if (version < 1) refuse(path, "has no project schema version (expected a project made by wijknet)");
    // With a write-ahead log beside it, the file alone may rightly be shorter than it says.
    const auto declared = declared_size(*header);
    const auto actual = std::filesystem::file_size(path, error);
    if (declared && !error && actual < *declared && !has_write_ahead_log(path))
        refuse(path, "is cut short: it holds " + std::to_string(actual) + " of its " + std::to_string(*declared) +
                         " bytes (expected a whole project; restore it from a backup)");
}

}  // namespace wijknet::store::sqlite
