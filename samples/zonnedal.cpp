// SPDX-License-Identifier: MIT
#include "wijknet/samples/zonnedal.hpp"

#include <cstddef>

#include "wijknet/io/csv_pair.hpp"

namespace wijknet::samples {
namespace embedded {
extern const unsigned char actors_csv[];
extern const std::size_t actors_csv_size;
extern const unsigned char ties_csv[];
extern const std::size_t ties_csv_size;
extern const unsigned char buurten_geojson[];
extern const std::size_t buurten_geojson_size;
}  // namespace embedded

std::string_view zonnedal_actors_csv() {
    return {reinterpret_cast<const char*>(embedded::actors_csv), embedded::actors_csv_size};
}

std::string_view zonnedal_ties_csv() {
    return {reinterpret_cast<const char*>(embedded::ties_csv), embedded::ties_csv_size};
}

std::string_view zonnedal_buurten_geojson() {
    return {reinterpret_cast<const char*>(embedded::buurten_geojson), embedded::buurten_geojson_size};
}

Network zonnedal_network() {
    return read_csv_pair_text(zonnedal_actors_csv(), zonnedal_ties_csv(), "zonnedal/actors.csv", "zonnedal/ties.csv");
}

}  // namespace wijknet::samples
