// SPDX-License-Identifier: MIT
// The one symbol the GIS module exports: its table of the seam's functions (wijknet/gis/gis_module.hpp).
#include "wijknet/gis/gis_module.hpp"

extern "C" __attribute__((visibility("default"))) const wijknet::gis::GisModule* wijknet_gis_module() {
    using namespace wijknet::gis;
    static constexpr GisModule module{gis_module_fingerprint(WIJKNET_BUILD_TOKEN),
                                      &read_area_file,
                                      &actor_positions,
                                      &write_gis_file,
                                      &crs_name,
                                      &list_layers,
                                      &read_workbook};
    return &module;
}
