// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <functional>

namespace wijknet {

/// The cores of this machine (at least one).
std::size_t cores();

/// How many pieces to cut work of `items` into: `per_core` for each core (several when the
/// pieces may take unequal times, so that a core that finishes early takes another), at most
/// eight cores' worth; one when the machine has a single core or each piece would get fewer
/// than `min_items` (starting a thread would cost more than it saves).
std::size_t pieces_for(std::size_t items, std::size_t min_items, std::size_t per_core = 1);

/// Runs `work(piece)` for each piece 0 .. pieces-1, on as many threads as there are cores (the
/// caller's among them), each taking the next piece left; returns when all are done. Pieces may
/// run in any order. An exception in any piece is thrown again here, after every piece has run.
void on_each_piece(std::size_t pieces, const std::function<void(std::size_t piece)>& work);

/// The first item of `piece` when `items` are cut into `pieces` nearly equal runs.
constexpr std::size_t piece_begin(std::size_t items, std::size_t pieces, std::size_t piece) {
    return items * piece / pieces;
}

}  // namespace wijknet
