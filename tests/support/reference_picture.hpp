// SPDX-License-Identifier: MIT
#pragma once

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

#include "wijknet/render/image_compare.hpp"

namespace wijknet::test {

/// Compares a drawn PNG with its committed reference: fewer than 0.2% of the pixels may differ.
/// With WIJKNET_UPDATE_REFERENCE=1 in the environment the reference is rewritten on purpose and
/// the test skipped. Call with GTEST's ASSERT semantics: returns early on failure.
inline void expect_matches_reference(const std::filesystem::path& drawn, const std::filesystem::path& reference) {
    if (std::getenv("WIJKNET_UPDATE_REFERENCE")) {
        std::filesystem::create_directories(reference.parent_path());
        std::filesystem::copy_file(drawn, reference, std::filesystem::copy_options::overwrite_existing);
        GTEST_SKIP() << "reference rewritten: " << reference;
    }
    const auto share = render::differing_pixel_share(drawn, reference);
    ASSERT_TRUE(share) << "cannot compare with " << reference;
    EXPECT_LT(*share, 0.002) << "more than 0.2% of the pixels changed; look at " << drawn
                             << " and rerun with WIJKNET_UPDATE_REFERENCE=1 if the change is meant";
}

}  // namespace wijknet::test
