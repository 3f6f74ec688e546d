// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <functional>

namespace wijknet {

/// How many pieces to cut work of `items` into, one per core: one when the machine has a single
/// core or each piece would get fewer than `min_items` (starting a thread would cost more than
/// it saves), never more than eight.
std::size_t pieces_for(std::size_t items, std::size_t min_items);

/// Runs `work(piece)` for each piece 0 .. pieces-1, each on a thread of its own, and waits for all.
/// An exception in any piece is thrown again here, after every piece has stopped.
void on_each_piece(std::size_t pieces, const std::function<void(std::size_t piece)>& work);

/// The first item of `piece` when `items` are cut into `pieces` nearly equal runs.
constexpr std::size_t piece_begin(std::size_t items, std::size_t pieces, std::size_t piece) {
    return items * piece / pieces;
}

}  // namespace wijknet
