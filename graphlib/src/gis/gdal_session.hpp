// SPDX-License-Identifier: MIT
#pragma once

#include <gdal_priv.h>
#include <ogr_spatialref.h>

#include <memory>
#include <string>

// What every file of the GIS seam needs from GDAL: drivers registered once, GDAL's own messages
// captured instead of printed, and owning handles for its objects.

namespace wijknet::gis::detail {

/// Registers GDAL's drivers once, keeps PROJ off the network, and routes GDAL's messages to
/// last_gdal_error() instead of stderr.
void ensure_gdal();

/// GDAL's most recent error message, for the messages wijknet shows; "" when there is none.
std::string last_gdal_error();

/// A spatial reference for an EPSG code with x = easting or longitude, whatever the official
/// axis order. \throws RunError for a code PROJ does not know.
OGRSpatialReference spatial_reference(int epsg);

struct TransformationFree {
    void operator()(OGRCoordinateTransformation* t) const { OGRCoordinateTransformation::DestroyCT(t); }
};
using TransformationHandle = std::unique_ptr<OGRCoordinateTransformation, TransformationFree>;

struct DatasetClose {
    void operator()(GDALDataset* dataset) const { GDALClose(dataset); }
};
using DatasetHandle = std::unique_ptr<GDALDataset, DatasetClose>;

}  // namespace wijknet::gis::detail
