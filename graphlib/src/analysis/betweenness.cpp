// SPDX-License-Identifier: MIT
#include "wijknet/analysis/betweenness.hpp"

#include <cmath>
#include <numeric>
#include <random>

namespace wijknet {
namespace {

/// One source's shortest-path dependencies added to `raw` (Brandes' accumulation), with scratch
/// space kept across sources.
class DependencyAccumulator {
public:
    explicit DependencyAccumulator(const ContactGraph& graph)
        : graph_(graph),
          sigma_(boost::num_vertices(graph)),
          distance_(boost::num_vertices(graph), -1),
          delta_(boost::num_vertices(graph)) {}

    void add_source(SupportVertex source, std::vector<double>& raw) {
        order_.clear();
        order_.push_back(source);
        sigma_[source] = 1;
        distance_[source] = 0;
        for (std::size_t head = 0; head < order_.size(); ++head) {
            const SupportVertex v = order_[head];
            for (const auto w : boost::make_iterator_range(boost::adjacent_vertices(v, graph_))) {
                if (distance_[w] < 0) {
                    distance_[w] = distance_[v] + 1;
                    order_.push_back(w);
                }
                if (distance_[w] == distance_[v] + 1) sigma_[w] += sigma_[v];
            }
        }
        for (auto it = order_.rbegin(); it != order_.rend(); ++it) {
            const SupportVertex w = *it;
            for (const auto v : boost::make_iterator_range(boost::adjacent_vertices(w, graph_)))
                if (distance_[v] == distance_[w] - 1) delta_[v] += sigma_[v] / sigma_[w] * (1.0 + delta_[w]);
            if (w != source) raw[w] += delta_[w];
        }
        for (const auto v : order_) {
            sigma_[v] = 0;
            distance_[v] = -1;
            delta_[v] = 0;
        }
    }

private:
    const ContactGraph& graph_;
    std::vector<double> sigma_;
    std::vector<long> distance_;
    std::vector<double> delta_;
    std::vector<SupportVertex> order_;
};

}  // namespace

Betweenness betweenness(const ContactGraph& graph, const BetweennessOptions& options) {
    const std::size_t n = boost::num_vertices(graph);
    Betweenness result;
    result.raw.assign(n, 0.0);
    DependencyAccumulator accumulator(graph);

    if (n <= options.exact_up_to || options.sampled_sources >= n) {
        for (SupportVertex s = 0; s < n; ++s) accumulator.add_source(s, result.raw);
        result.sources = n;
        // Each unordered pair was counted from both of its ends.
        for (auto& value : result.raw) value /= 2.0;
    } else {
        // Sources drawn without replacement; each contributes an unbiased estimate scaled by n/k.
        std::vector<SupportVertex> all(n);
        std::iota(all.begin(), all.end(), SupportVertex{0});
        std::mt19937_64 random(options.seed);
        const std::size_t k = options.sampled_sources;
        for (std::size_t i = 0; i < k; ++i) {
            const auto pick = i + random() % (n - i);
            std::swap(all[i], all[pick]);
            accumulator.add_source(all[i], result.raw);
        }
        const double scale = static_cast<double>(n) / static_cast<double>(k) / 2.0;
        for (auto& value : result.raw) value *= scale;
        result.sampled = true;
        result.sources = k;
        // A source s adds dependency d_s(v) <= n-2, so each draw's contribution to the normalised
        // estimate, n d_s(v) / ((n-1)(n-2)), lies in [0, n/(n-1)]. Hoeffding's inequality (which
        // also holds when sampling without replacement) bounds the mean of k such draws.
        const double range = static_cast<double>(n) / static_cast<double>(n - 1);
        result.error_bound = range * std::sqrt(std::log(2.0 / 0.05) / (2.0 * static_cast<double>(k)));
    }

    result.normalised.resize(n, 0.0);
    if (n > 2) {
        const double pairs = static_cast<double>(n - 1) * static_cast<double>(n - 2) / 2.0;
        for (std::size_t v = 0; v < n; ++v) result.normalised[v] = result.raw[v] / pairs;
    }
    return result;
}

}  // namespace wijknet
