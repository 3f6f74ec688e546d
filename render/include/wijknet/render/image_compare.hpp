// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>
#include <optional>

namespace wijknet::render {

/// The share of pixels (0..1) whose colour differs by more than `channel_tolerance` (0..255) in any
/// channel between two PNG files, or nothing when they cannot be read or differ in size. For
/// reference-image tests.
std::optional<double> differing_pixel_share(const std::filesystem::path& a, const std::filesystem::path& b,
                                            int channel_tolerance = 24);

}  // namespace wijknet::render
