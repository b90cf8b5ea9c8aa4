#!/usr/bin/env python3
"""Expected values for the trend and correlation statistics of the hypothesis package.

Writes statistics_fixtures.json next to this script. The Java tests (coop.maillage.hypothesis
StatisticsAgreementTest) read it and compare Maillage's Mann-Kendall, Theil-Sen and Spearman with
the values below.

Run from the repository root:  python3 backend/src/test/python/make_statistics_fixtures.py
Requires scipy (1.17 was used).

Independence: Mann-Kendall is written out from the textbook formula (S, tie-corrected variance,
continuity correction; Hirsch, Slack & Smith 1982) with the normal tail from scipy, and its
uncorrected variance is checked against scipy.stats.kendalltau, which derives the same variance
for a series against time. Theil-Sen and Spearman come straight from scipy.stats.theilslopes
(method="separate") and scipy.stats.spearmanr (t approximation with n - 2 degrees of freedom).
"""
import json
import math
import os

from scipy import stats

OUT = os.path.join(os.path.dirname(__file__), "statistics_fixtures.json")

SERIES = {
    "rising_with_noise": [0.10, 0.12, 0.11, 0.15, 0.18, 0.17, 0.21, 0.24],
    "falling": [9.0, 8.5, 8.7, 7.9, 7.2, 7.4, 6.8, 6.1, 6.3, 5.0],
    "ties": [3.0, 3.0, 4.0, 4.0, 4.0, 5.0, 3.0, 6.0, 6.0],
    "no_trend": [5.0, 7.0, 4.0, 8.0, 3.0, 6.0, 5.0],
    "perfect_five": [1.0, 2.0, 3.0, 4.0, 5.0],
    "four_points": [2.0, 1.0, 4.0, 3.0],
    "sixteen_years": [0.021, 0.020, 0.024, 0.030, 0.029, 0.035, 0.034, 0.041,
                      0.039, 0.044, 0.047, 0.046, 0.052, 0.050, 0.057, 0.060],
}

PAIRS = {
    "diversity_score": (
        [0.0, 0.32, 0.5, 0.5, 0.62, 0.66, 0.72, 0.0, 0.5, 0.78, 0.44, 0.6],
        [18.0, 22.0, 24.0, 21.0, 27.0, 26.0, 30.0, 20.0, 25.0, 29.0, 23.0, 24.0]),
    "with_ties_both": (
        [1.0, 2.0, 2.0, 3.0, 4.0, 4.0, 4.0, 5.0],
        [1.0, 0.0, 1.0, 1.0, 0.0, 1.0, 1.0, 1.0]),
    "negative": (
        [1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0],
        [9.5, 7.0, 8.0, 6.5, 5.0, 5.5, 3.0, 4.0, 1.0]),
    "perfect": ([1.0, 2.0, 3.0, 4.0], [10.0, 20.0, 30.0, 40.0]),
}


def sign(v):
    return (v > 0) - (v < 0)


def mann_kendall(y):
    n = len(y)
    s = sum(sign(y[j] - y[i]) for i in range(n) for j in range(i + 1, n))
    groups = {}
    for v in y:
        groups[v] = groups.get(v, 0) + 1
    var = (n * (n - 1) * (2 * n + 5)
           - sum(t * (t - 1) * (2 * t + 5) for t in groups.values())) / 18.0
    # kendalltau of the series against time: its asymptotic p-value uses the same variance
    tau = stats.kendalltau(range(n), y, method="asymptotic")
    z_plain = s / math.sqrt(var)
    assert abs(2 * stats.norm.sf(abs(z_plain)) - tau.pvalue) < 1e-9, (y, tau)
    z = (s - 1) / math.sqrt(var) if s > 0 else (s + 1) / math.sqrt(var) if s < 0 else 0.0
    return {"s": s, "variance": var, "z": z, "p": float(2 * stats.norm.sf(abs(z)))}


def theil_sen(y):
    x = [2010 + i for i in range(len(y))]
    fit = stats.theilslopes(y, x, method="separate")
    return {"slope": float(fit.slope), "intercept": float(fit.intercept)}


def main():
    out = {"series": {}, "pairs": {}}
    for name, y in SERIES.items():
        out["series"][name] = {"y": y, "x0": 2010, "mannKendall": mann_kendall(y),
                               "theilSen": theil_sen(y)}
    for name, (x, y) in PAIRS.items():
        r = stats.spearmanr(x, y)
        out["pairs"][name] = {"x": x, "y": y, "rho": float(r.statistic),
                              "p": float(r.pvalue)}
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
