// SPDX-License-Identifier: MIT
#include "pieces.hpp"

#include <algorithm>
#include <exception>
#include <thread>
#include <vector>

namespace wijknet {

std::size_t pieces_for(std::size_t items, std::size_t min_items) {
    const std::size_t cores = std::max(1u, std::thread::hardware_concurrency());
    return std::clamp<std::size_t>(items / std::max<std::size_t>(min_items, 1), 1, std::min<std::size_t>(cores, 8));
}

void on_each_piece(std::size_t pieces, const std::function<void(std::size_t piece)>& work) {
    if (pieces <= 1) {
        if (pieces == 1) work(0);
        return;
    }
    std::vector<std::exception_ptr> failures(pieces);
    std::vector<std::thread> threads;
    threads.reserve(pieces);
    const auto join_all = [&threads] {
        for (auto& thread : threads)
            if (thread.joinable()) thread.join();
    };
    try {
        for (std::size_t piece = 0; piece < pieces; ++piece)
            threads.emplace_back([&work, &failures, piece] {
                try {
                    work(piece);
                } catch (...) {
                    failures[piece] = std::current_exception();
                }
            });
    } catch (...) {
        join_all();  // a thread that could not start: the started ones finish before the error leaves
        throw;
    }
    join_all();
    for (const auto& failure : failures)
        if (failure) std::rethrow_exception(failure);
}

}  // namespace wijknet
