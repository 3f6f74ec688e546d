// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <utility>
#include <vector>

namespace wijknet {

/// Keeps, of the items from `first` on, those whose entry in `keep` (one per item from `first`)
/// is true, in order, moving each at most once. Readers close the holes that lines without an
/// actor or tie left, and keep lists that run beside them in step.
template <class T>
void keep_only(std::vector<T>& items, const std::vector<bool>& keep, std::size_t first = 0) {
    std::size_t kept = first;
    for (std::size_t i = first; i < items.size(); ++i) {
        if (!keep[i - first]) continue;
        if (kept != i) items[kept] = std::move(items[i]);
        ++kept;
    }
    items.erase(items.begin() + static_cast<std::ptrdiff_t>(kept), items.end());
}

}  // namespace wijknet
