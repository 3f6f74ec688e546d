// SPDX-License-Identifier: MIT
#include "wijknet/io/network_file.hpp"

#include "input_path.hpp"
#include "wijknet/io/csv_pair.hpp"
#include "wijknet/io/diagnostic.hpp"
#include "wijknet/io/dot.hpp"
#include "wijknet/io/easynwk.hpp"
#include "wijknet/io/ego_tables.hpp"
#include "wijknet/io/gexf.hpp"
#include "wijknet/io/gml.hpp"
#include "wijknet/io/graphml.hpp"
#include "wijknet/io/kumu.hpp"
#include "wijknet/io/network_canvas.hpp"
#include "wijknet/io/pajek.hpp"
#include "wijknet/io/ucinet_dl.hpp"
#include "wijknet/io/workbook.hpp"
#include "wijknet/store/project.hpp"
#include "wijknet/text/ascii.hpp"

namespace wijknet {

NetworkFormat format_of(const std::filesystem::path& path) {
    std::error_code unreachable;  // a path that cannot be reached is told by what it names
    if (std::filesystem::is_directory(path, unreachable)) return NetworkFormat::csv_pair;
    if (store::is_project_path(path)) return NetworkFormat::project;
    const std::string extension = text::lower(path.extension().string());
    if (extension == ".graphml") return NetworkFormat::graphml;
    if (extension == ".dot" || extension == ".gv") return NetworkFormat::dot;
    if (extension == ".net" || extension == ".paj") return NetworkFormat::pajek;
    if (extension == ".gml") return NetworkFormat::gml;
    if (extension == ".gexf") return NetworkFormat::gexf;
    if (extension == ".json") return NetworkFormat::easynwk;
    if (extension == ".dl") return NetworkFormat::ucinet_dl;
    if (extension == ".xlsx" || extension == ".ods") return NetworkFormat::workbook;
    // GDAL's reader of the old format (FreeXL) drops boolean cells, a client's ja/nee among them.
    if (extension == ".xls")
        throw InputError(path.string(), 0, "is an Excel 97-2003 workbook, which wijknet does not read (expected .xlsx or .ods: save it as .xlsx in Excel or LibreOffice)");
    // UCINET's text data sets are often .dat or .txt; a file that starts with DL is one.
    if ((extension == ".dat" || extension == ".txt") && is_ucinet_dl_file(path)) return NetworkFormat::ucinet_dl;
    if (extension.empty()) return NetworkFormat::csv_pair;
    throw InputError(path.string(), 0,
                     "has extension '" + extension +
                         "', which wijknet does not know (expected a folder for the CSV pair, .graphml, .gexf, .net or .paj (Pajek), .gml, .dot, .json (easyNWK), .dl (UCINET), .xlsx or .ods (a workbook with sheets actors and ties) or .wijknet)");
}

namespace {

[[noreturn]] void refuse_to_write(const std::filesystem::path& path, std::string_view format) {
    throw InputError(path.string(), 0,
                     "is " + std::string(format) + " file, which wijknet reads but does not write (expected a folder, .graphml, .gexf, .wijknet or .dot)");
}

}  // namespace

Network load_network(const std::filesystem::path& path, DiagnosticList* warnings) {
    // Told before anything opens it: a named pipe would block the reader, a device never end.
    const auto kind = input_kind(path, "a folder with actors.csv and ties.csv, a .graphml, .gexf, .net, .gml, .dot, easyNWK .json or UCINET .dl file, an .xlsx or .ods workbook, or a .wijknet project");
    if (kind == InputKind::folder) {
        if (is_network_canvas_export(path)) return read_network_canvas_export(path, warnings);
        if (is_ego_tables_folder(path)) return read_ego_tables(path, warnings);
        if (is_kumu_folder(path)) return read_kumu_folder(path, warnings);
        return read_csv_pair(path);
    }
    switch (format_of(path)) {
        case NetworkFormat::graphml: return read_graphml(path, warnings);
        case NetworkFormat::pajek: return read_pajek(path, warnings);
        case NetworkFormat::project: return store::Project::open(path).take_network();
        case NetworkFormat::dot: return read_dot(path, warnings);
        case NetworkFormat::gml: return read_gml(path, warnings);
        case NetworkFormat::gexf: return read_gexf(path, warnings);
        case NetworkFormat::easynwk: return read_easynwk(path, warnings);
        case NetworkFormat::ucinet_dl: return read_ucinet_dl(path, warnings);
        case NetworkFormat::workbook: {
            const Workbook workbook = read_workbook_file(path);
            if (!has_actor_and_tie_sheets(workbook) && is_kumu_workbook(workbook)) return read_kumu_workbook(workbook, path.string(), warnings);
            return read_workbook_network(workbook, path.string());
        }
        case NetworkFormat::csv_pair: break;
    }
    return read_csv_pair(path);
}

void save_network(const Network& network, const std::filesystem::path& path, std::string_view source) {
    switch (format_of(path)) {
        case NetworkFormat::project: store::Project::create_from(network, path, source); return;
        case NetworkFormat::csv_pair: write_csv_pair(network, path); return;
        case NetworkFormat::graphml: write_graphml(network, path); return;
        case NetworkFormat::dot: write_dot(network, path); return;
        case NetworkFormat::gexf: write_gexf(network, path); return;
        case NetworkFormat::pajek: refuse_to_write(path, "a Pajek"); return;
        case NetworkFormat::gml: refuse_to_write(path, "a GML"); return;
        case NetworkFormat::easynwk: refuse_to_write(path, "an easyNWK"); return;
        case NetworkFormat::ucinet_dl: refuse_to_write(path, "a UCINET DL"); return;
        case NetworkFormat::workbook: refuse_to_write(path, "a spreadsheet"); return;
    }
}

}  // namespace wijknet
