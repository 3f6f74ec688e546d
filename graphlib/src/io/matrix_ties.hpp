// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <functional>
#include <map>
#include <string>
#include <utility>

#include "network_assembler.hpp"

namespace wijknet {

/// A cell of an adjacency matrix that is not zero: its value, and the line it was written on.
struct MatrixCell {
    double value = 0;
    std::size_t line = 0;
};
/// The cells of one matrix that are not zero, by (row, column): as files of matrices (UCINET
/// DL, Pajek's *Matrix) give a relation.
using MatrixCells = std::map<std::pair<std::size_t, std::size_t>, MatrixCell>;

/// Whether every cell has its mirror with the same value: a matrix of undirected ties.
bool is_symmetric(const MatrixCells& cells);

/// Adds the ties of one matrix: a symmetric one gives one undirected tie per pair, any other a
/// tie per cell marked `directed=yes`; a value other than 1 is kept as `weight`, and `relation`,
/// when not empty, as `relation`. `id_of` gives the actor id of a row or column.
void add_matrix_ties(const MatrixCells& cells, const std::function<std::string(std::size_t)>& id_of, const std::string& relation,
                     const std::string& file, NetworkAssembler& assembler);

}  // namespace wijknet
