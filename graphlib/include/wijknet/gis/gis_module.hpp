// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "wijknet/geo/area_layer.hpp"
#include "wijknet/gis/actor_positions.hpp"
#include "wijknet/gis/area_file.hpp"
#include "wijknet/gis/crs_transform.hpp"
#include "wijknet/gis/gis_file.hpp"
#include "wijknet/gis/workbook_file.hpp"
#include "wijknet/model/network.hpp"
#include "wijknet/version.hpp"

namespace wijknet::gis {

/// \brief The GIS seam's functions, as the GIS module (a shared object opened with dlopen) hands
/// them to the command line.
///
/// GDAL pulls in about a hundred shared libraries. Linked into the command line, the dynamic
/// linker loaded and resolved them at every start, about 70 ms, for commands that never draw a
/// map. The command line reaches the seam through this table instead, loaded the first time a
/// map needs it (tools/cli/gis_module_loader.hpp). Code that links wijknet::gis directly, such as
/// the tests, calls the functions themselves.
struct GisModule {
    /// Equal to the fingerprint of the program that loads the module: a module left from another
    /// version or build of wijknet may hand over types of another shape.
    std::uint64_t fingerprint;
    decltype(&gis::read_area_file) read_area_file;
    decltype(&gis::actor_positions) actor_positions;
    decltype(&gis::write_gis_file) write_gis_file;
    decltype(&gis::crs_name) crs_name;
    decltype(&gis::list_layers) list_layers;
    decltype(&gis::read_workbook) read_workbook;
};

/// What the module and the program that loads it must agree on: the build they come from
/// (`build`, a token CMake makes once per build folder), wijknet's version, and the sizes of the
/// types passed between them.
constexpr std::uint64_t gis_module_fingerprint(std::string_view build) {
    std::uint64_t hash = 14695981039346656037u;  // FNV-1a
    const auto mix = [&hash](std::uint64_t value) {
        for (int byte = 0; byte < 8; ++byte) {
            hash ^= (value >> (8 * byte)) & 0xffu;
            hash *= 1099511628211u;
        }
    };
    for (const char c : build) mix(static_cast<unsigned char>(c));
    for (const char c : version) mix(static_cast<unsigned char>(c));
    for (const std::size_t size : {sizeof(GisModule), sizeof(Network), sizeof(Actor), sizeof(Tie),
                                   sizeof(DiagnosticList), sizeof(AreaFileOptions), sizeof(geo::AreaLayer),
                                   sizeof(GisLayer), sizeof(Feature), sizeof(GisWriteOptions), sizeof(GisWriteReport),
                                   sizeof(Workbook), sizeof(Sheet), sizeof(SheetRow)})
        mix(size);
    return hash;
}

/// The name of the function the module exports, returning its GisModule.
inline constexpr const char* gis_module_entry = "wijknet_gis_module";

}  // namespace wijknet::gis
