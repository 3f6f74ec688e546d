// SPDX-License-Identifier: MIT
#include "wijknet/concurrency/pieces.hpp"

#include <algorithm>
#include <atomic>
#include <exception>
#include <thread>
#include <vector>

namespace wijknet {

std::size_t cores() { return std::max(1u, std::thread::hardware_concurrency()); }

std::size_t pieces_for(std::size_t items, std::size_t min_items, std::size_t per_core) {
    if (cores() == 1) return 1;
    const std::size_t most = std::min<std::size_t>(cores(), 8) * std::max<std::size_t>(per_core, 1);
    return std::clamp<std::size_t>(items / std::max<std::size_t>(min_items, 1), 1, most);
}

void on_each_piece(std::size_t pieces, const std::function<void(std::size_t piece)>& work) {
    std::vector<std::exception_ptr> failures(pieces);
    std::atomic<std::size_t> next{0};
    // Each thread takes the next piece left until none is: a thread slowed down (by the
    // machine, or by a piece that is harder) leaves more pieces to the others.
    const auto take_pieces = [&] {
        for (std::size_t piece = next++; piece < pieces; piece = next++) {
            try {
                work(piece);
            } catch (...) {
                failures[piece] = std::current_exception();
            }
        }
    };
    const std::size_t threads = std::min(pieces, cores());
    std::vector<std::thread> helpers;
    helpers.reserve(threads);  // before any thread runs: a helper is never left unjoined
    try {
        for (std::size_t t = 1; t < threads; ++t) helpers.emplace_back(take_pieces);
    } catch (...) {
        // No thread to spare (or no memory for one): the threads there are take all pieces.
    }
    take_pieces();
    for (auto& helper : helpers) helper.join();
    for (const auto& failure : failures)
        if (failure) std::rethrow_exception(failure);
}

}  // namespace wijknet
