// SPDX-License-Identifier: MIT
#include "gis_module_loader.hpp"

#include <dlfcn.h>

#include <cstdlib>
#include <string>
#include <system_error>
#include <vector>

#include "wijknet/io/diagnostic.hpp"

namespace wijknet::cli {
namespace {

/// Where the module is: named by WIJKNET_GIS_MODULE (as the test programs name the build's), next
/// to the program (in the build folder), or where `cmake --install` puts it beside the program's
/// folder (PREFIX/lib/wijknet/), so an installed copy needs no path of the build.
std::vector<std::filesystem::path> default_candidates() {
    std::vector<std::filesystem::path> candidates;
    if (const char* named = std::getenv("WIJKNET_GIS_MODULE"); named != nullptr && *named != '\0') candidates.emplace_back(named);
    std::error_code error;
    const auto program = std::filesystem::read_symlink("/proc/self/exe", error);
    if (error) return candidates;
    candidates.push_back(program.parent_path() / WIJKNET_GIS_MODULE_NAME);
    candidates.push_back((program.parent_path() / WIJKNET_GIS_MODULE_FROM_PROGRAM / WIJKNET_GIS_MODULE_NAME).lexically_normal());
    return candidates;
}

std::string listed(std::span<const std::filesystem::path> paths) {
    std::string list;
    for (const auto& path : paths) list += (list.empty() ? "" : ", ") + path.string();
    return list;
}

}  // namespace

const gis::GisModule& open_gis_module(std::span<const std::filesystem::path> candidates) {
    for (const auto& path : candidates) {
        std::error_code error;
        if (!std::filesystem::is_regular_file(path, error)) continue;
        // Never closed: GDAL's drivers and the module's functions live as long as the program.
        void* handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
        if (!handle) throw RunError("cannot open wijknet's GIS module " + path.string() + ": " + dlerror());
        using Entry = const gis::GisModule* (*)();
        const auto entry = reinterpret_cast<Entry>(dlsym(handle, gis::gis_module_entry));
        if (!entry)
            throw RunError(path.string() + " is not wijknet's GIS module (it has no " + gis::gis_module_entry + ")");
        const gis::GisModule* module = entry();
        if (module->fingerprint != gis::gis_module_fingerprint(WIJKNET_BUILD_TOKEN))
            throw RunError("wijknet's GIS module " + path.string() +
                           " is from another version or build of wijknet; build both again (cmake --build)");
        return *module;
    }
    throw RunError("maps, GIS exports and spreadsheet files need wijknet's GIS module, which was not found; looked for " +
                   listed(candidates) + "; build it with the program (cmake --build)");
}

const gis::GisModule& gis_module() {
    static const gis::GisModule& module = open_gis_module(default_candidates());
    return module;
}

Workbook read_workbook_with_gis_module(const std::filesystem::path& path) { return gis_module().read_workbook(path); }

}  // namespace wijknet::cli
