// SPDX-License-Identifier: MIT
#pragma once

namespace wijknet {

/// How cgraph marks the names of the nodes it names itself (`%3`): a name from a file or an
/// actor's id that starts so is lost, read or written.
inline constexpr char graphviz_own_name_mark = '%';

}  // namespace wijknet
