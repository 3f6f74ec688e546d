// SPDX-License-Identifier: MIT
#include "gdal_session.hpp"

#include <cpl_conv.h>
#include <cpl_error.h>
#include <gdal.h>

#include <mutex>

#include "wijknet/io/diagnostic.hpp"

namespace wijknet::gis::detail {
namespace {

thread_local std::string last_error;

void CPL_STDCALL keep_message(CPLErr level, CPLErrorNum, const char* message) {
    if (level >= CE_Failure) last_error = message ? message : "";
}

}  // namespace

void ensure_gdal() {
    static std::once_flag once;
    std::call_once(once, [] {
        // No network calls at run time: PROJ must not fetch transformation grids.
        CPLSetConfigOption("PROJ_NETWORK", "OFF");
        CPLSetErrorHandler(keep_message);
        GDALAllRegister();
    });
    last_error.clear();
}

std::string last_gdal_error() { return last_error; }

OGRSpatialReference spatial_reference(int epsg) {
    ensure_gdal();
    OGRSpatialReference reference;
    if (reference.importFromEPSG(epsg) != OGRERR_NONE)
        throw RunError("unknown coordinate system EPSG:" + std::to_string(epsg));
    reference.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    return reference;
}

}  // namespace wijknet::gis::detail
