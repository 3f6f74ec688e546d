// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>
#include <unordered_map>
#include <vector>

namespace wijknet::store {

/// \brief Where each row (or tie) is, by its number. The numbers wijknet writes run from 1 up
/// with few gaps, and a table by number is the quickest to fill and look up; a file changed by
/// another tool may hold any numbers, negative or far apart, and gets a hash map instead of a
/// table that would not fit.
class RowIndex {
public:
    static constexpr std::size_t none = static_cast<std::size_t>(-1);

    /// Made for `count` numbers between `smallest` and `largest`.
    RowIndex(std::int64_t smallest, std::int64_t largest, std::size_t count) {
        dense_ = count == 0 || (smallest >= 0 && static_cast<std::uint64_t>(largest) < 4 * static_cast<std::uint64_t>(count) + 1024);
        if (dense_) table_.assign(count == 0 ? 0 : static_cast<std::size_t>(largest) + 1, none);
    }

    void set(std::int64_t number, std::size_t position) {
        if (dense_) table_[static_cast<std::size_t>(number)] = position;
        else map_[number] = position;
    }

    /// The position of `number`, or `none`.
    [[nodiscard]] std::size_t find(std::int64_t number) const {
        if (dense_) return number >= 0 && static_cast<std::size_t>(number) < table_.size() ? table_[static_cast<std::size_t>(number)] : none;
        const auto found = map_.find(number);
        return found == map_.end() ? none : found->second;
    }

    /// A RowIndex of the `.row` (or `member`) of each of `rows`, by position.
    template <class Rows, class Number>
    static RowIndex of(const Rows& rows, Number number) {
        std::int64_t smallest = 0, largest = 0;
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const std::int64_t n = number(rows[i]);
            if (i == 0 || n < smallest) smallest = n;
            if (i == 0 || n > largest) largest = n;
        }
        RowIndex index(smallest, largest, rows.size());
        for (std::size_t i = 0; i < rows.size(); ++i) index.set(number(rows[i]), i);
        return index;
    }

private:
    bool dense_ = true;
    std::vector<std::size_t> table_;
    std::unordered_map<std::int64_t, std::size_t> map_;
};

}  // namespace wijknet::store
