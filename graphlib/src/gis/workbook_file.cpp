// SPDX-License-Identifier: MIT
#include "wijknet/gis/workbook_file.hpp"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <array>
#include <string>

#include "gdal_session.hpp"
#include "wijknet/io/diagnostic.hpp"

namespace wijknet::gis {
namespace {

/// GDAL's spreadsheet drivers guess a header row and column types by default; a sheet is read
/// here as rows of text, the header a row like the others, so that it means what the CSV pair
/// would and every row keeps its number (the feature id is then the row). Set on this thread
/// only, for the time of one read.
class PlainSheetOptions {
public:
    PlainSheetOptions() {
        for (const char* name : names) CPLSetThreadLocalConfigOption(name, value_of(name));
    }
    ~PlainSheetOptions() {
        for (const char* name : names) CPLSetThreadLocalConfigOption(name, nullptr);
    }
    PlainSheetOptions(const PlainSheetOptions&) = delete;
    PlainSheetOptions& operator=(const PlainSheetOptions&) = delete;

private:
    static constexpr std::array<const char*, 4> names{"OGR_XLSX_HEADERS", "OGR_ODS_HEADERS", "OGR_XLSX_FIELD_TYPES",
                                                      "OGR_ODS_FIELD_TYPES"};
    static const char* value_of(const char* name) {
        return std::string_view(name).ends_with("HEADERS") ? "DISABLE" : "STRING";
    }
};

detail::DatasetHandle open_spreadsheet(const std::filesystem::path& path) {
    detail::ensure_gdal();
    static constexpr std::array<const char*, 3> drivers{"XLSX", "ODS", nullptr};
    detail::DatasetHandle dataset(
        GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers.data(), nullptr, nullptr));
    if (!dataset) {
        const std::string why = detail::last_gdal_error();
        throw InputError(path.string(), 0,
                         "cannot be read as a spreadsheet (expected an .xlsx file as Excel or LibreOffice saves it, or an .ods file)" +
                             (why.empty() ? std::string() : ": " + why));
    }
    return dataset;
}

SheetRow row_of(const OGRFeature& feature) {
    SheetRow row{static_cast<std::size_t>(feature.GetFID()), {}};
    const int cells = feature.GetFieldCount();
    row.cells.reserve(static_cast<std::size_t>(cells));
    for (int i = 0; i < cells; ++i)
        row.cells.emplace_back(feature.IsFieldSetAndNotNull(i) ? feature.GetFieldAsString(i) : "");
    while (!row.cells.empty() && row.cells.back().empty()) row.cells.pop_back();
    return row;
}

Sheet sheet_of(OGRLayer& layer) {
    Sheet sheet{layer.GetName(), {}};
    for (const auto& feature : layer) {
        SheetRow row = row_of(*feature);
        if (!row.cells.empty()) sheet.rows.push_back(std::move(row));
    }
    return sheet;
}

}  // namespace

Workbook read_workbook(const std::filesystem::path& path) {
    const PlainSheetOptions plain_sheets;
    const detail::DatasetHandle dataset = open_spreadsheet(path);
    Workbook workbook;
    for (OGRLayer* layer : dataset->GetLayers()) workbook.sheets.push_back(sheet_of(*layer));
    return workbook;
}

}  // namespace wijknet::gis
