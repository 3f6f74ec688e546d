// SPDX-License-Identifier: MIT
#include "wijknet/concurrency/pieces.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <stdexcept>
#include <vector>

namespace wijknet {
namespace {

TEST(Pieces, AsManyAsTheWorkIsWorthAndTheCoresAllow) {
    EXPECT_EQ(pieces_for(0, 100), 1u);
    EXPECT_EQ(pieces_for(99, 100), 1u) << "less than one piece's worth";
    const std::size_t most = std::min<std::size_t>(cores(), 8);
    EXPECT_EQ(pieces_for(1'000'000, 1), cores() == 1 ? 1u : most);
    EXPECT_EQ(pieces_for(1'000'000, 1, 4), cores() == 1 ? 1u : 4 * most);
    EXPECT_LE(pieces_for(250, 100, 4), 2u) << "never more pieces than the work is worth";
}

TEST(Pieces, EachPieceRunsOnceWhateverTheirNumber) {
    for (const std::size_t pieces : {0u, 1u, 2u, 3u, 17u, 200u}) {
        std::vector<std::atomic<int>> runs(pieces);
        on_each_piece(pieces, [&](std::size_t piece) { ++runs[piece]; });
        for (std::size_t piece = 0; piece < pieces; ++piece) EXPECT_EQ(runs[piece], 1) << pieces << " pieces";
    }
}

TEST(Pieces, AFailedPieceIsThrownAfterTheOthersHaveRun) {
    std::vector<std::atomic<int>> runs(20);
    EXPECT_THROW(on_each_piece(20,
                               [&](std::size_t piece) {
                                   if (piece == 7) throw std::runtime_error("piece 7");
                                   ++runs[piece];
                               }),
                 std::runtime_error);
    for (std::size_t piece = 0; piece < runs.size(); ++piece) EXPECT_EQ(runs[piece], piece == 7 ? 0 : 1) << piece;
}

}  // namespace
}  // namespace wijknet
