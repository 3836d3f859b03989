"""Vectorised NumPy version of CoreBenchmark's synthetic plan under re-decide (run by hand).

The same model as Sources/CoreBenchmark/SyntheticModel.swift: 12 sources over 2020-2060,
emissions_s(t) = activity_s(t) x intensity_s(t) x ((1 - e_s(t)) x fuel_s + e_s(t) x grid),
50 measures (even: scale intensity of source m % 12 by `by`; odd: blend its electric share
towards `target`), deployment p(t) = ramp(t) x max, project costs (capex x CRF(r, 15) + opex) x p
plus the energy-cost change, both price bases and both discount rates drawn.

Each draw re-orders the measures like the core's PathwayOrder: repeatedly add the candidate
with the lowest interacted cost per tonne in the target year (2030) given those already in
(ties by id); candidates that no longer abate are left out. Then the chosen measure is applied
over every year, and at the end the pathway, its peak year and each measure's social and
private cost per tonne are recorded. Every step is vectorised over the draws (and over the
candidates when scoring), so Python loops run 50 x 50 times per batch, not per draw.

    pip install numpy
    python3 redecide_numpy.py [draws] [batch]
    python3 redecide_numpy.py [draws] sweep   # every batch size in BATCHES, then the fastest

NumPy's speed depends on the batch size by a factor of about 3 on the 2-core machine (small
batches stay in cache; very small ones pay Python's per-step overhead), so compare with the
fastest batch of a sweep, not with one chosen batch.
"""
import sys
import time

import numpy as np

SOURCES, MEASURES = 12, 50
YEARS = np.arange(2020, 2061)
T = 2030 - 2020  # target-year offset


def triangular(u, low, mode, high):
    """The core's inverse-CDF triangular draw (CounterRandom.swift)."""
    split = (mode - low) / (high - low)
    return np.where(u < split, low + np.sqrt((high - low) * (mode - low) * u),
                    high - np.sqrt((high - low) * (high - mode) * (1 - u)))


def crf(rate, years):
    return np.where(np.abs(rate) < 1e-12, 1.0 / years, rate / (1 - (1 + rate) ** -years))


def measures():
    """Per measure: source, kind (0 scale intensity, 1 blend electric), ranges, deployment."""
    rows = []
    for m in range(MEASURES):
        s = m % SOURCES
        if m % 2 == 0:
            effect = (-(0.20 + (m % 20) / 100), -(0.10 + (m % 20) / 100), -(0.05 + (m % 5) / 100))
        else:
            effect = (0.4, 0.6, 0.8)
        start, ramp = 2021 + m % 8, 1 + m % 5
        p = np.clip((YEARS - start + 1) / ramp, 0, 1) if ramp > 1 else (YEARS >= start).astype(float)
        p = np.where(YEARS < start, 0.0, p)
        k = 1 + m % 7
        rows.append(dict(source=s, kind=m % 2, effect=effect, ramp=p,
                         capex=(800_000 * k, 1_000_000 * k, 1_300_000 * k),
                         opex=(-80_000 * (1 + m % 3), -50_000 * (1 + m % 3), -20_000 * (1 + m % 3))))
    return rows


def run(draws, rng):
    ms = measures()
    n = draws
    # Inputs: activity with 2 % growth, intensity 1, electric share 0.1, fuel factors ~ tri(0.06, 0.07x, 0.09).
    base = np.array([1_000_000 + s * 50_000 for s in range(SOURCES)], float)
    activity = base[None, :, None] * 1.02 ** (YEARS - 2020)[None, None, :]          # 1 x S x Y
    fuel = triangular(rng.random((n, SOURCES)), 0.06, 0.07 + (np.arange(SOURCES) % 10) / 1000, 0.09)
    grid = triangular(rng.random(n), 0.12, 0.15, 0.18)
    price_fuel = triangular(rng.random(n), 45, 60, 80)
    price_power = triangular(rng.random(n), 110, 150, 190)
    private_power = triangular(rng.random(n), 140, 180, 230)
    social_rate = triangular(rng.random(n), 0.03, 0.05, 0.08)
    private_rate = triangular(rng.random(n), 0.06, 0.08, 0.12)
    effect = np.stack([triangular(rng.random(n), *m["effect"]) for m in ms], 1)       # n x M
    maximum = triangular(rng.random((n, MEASURES)), 0.6, 0.8, 1.0)
    capex = np.stack([triangular(rng.random(n), *m["capex"]) for m in ms], 1)
    opex = np.stack([triangular(rng.random(n), *m["opex"]) for m in ms], 1)
    source = np.array([m["source"] for m in ms])
    kind = np.array([m["kind"] for m in ms])
    ramp = np.stack([m["ramp"] for m in ms])                                          # M x Y
    pen = maximum[:, :, None] * ramp[None, :, :]                                      # n x M x Y
    social_crf, private_crf = crf(social_rate, 15.0), crf(private_rate, 15.0)

    intensity = np.ones((n, SOURCES, len(YEARS)))
    electric = np.full((n, SOURCES, len(YEARS)), 0.1)

    def emissions(a, i, e, f, g):
        energy = a * i
        return energy * ((1 - e) * f + e * g), energy * (1 - e), energy * e

    rows = np.arange(n)
    remaining = np.ones((n, MEASURES), bool)
    rank = np.zeros((n, MEASURES), int)
    cost = np.full((n, MEASURES), np.nan)
    private_cost = np.full((n, MEASURES), np.nan)
    a_t = activity[0, :, T][None, :]
    for step in range(MEASURES):
        # Score every candidate on the target year given the current state (n x M).
        i_s, e_s = intensity[:, source, T], electric[:, source, T]
        a_m, f_m = a_t[:, source], fuel[:, source]
        p_t = pen[:, :, T]
        i_new = np.where(kind == 0, np.clip(i_s * (1 + effect * p_t), 0, None), i_s)
        e_new = np.where(kind == 1, np.clip(e_s + p_t * (effect - e_s), 0, 1), e_s)
        old, fuel_old, power_old = emissions(a_m, i_s, e_s, f_m, grid[:, None])
        new, fuel_new, power_new = emissions(a_m, i_new, e_new, f_m, grid[:, None])
        abatement = old - new
        energy = (fuel_new - fuel_old) * price_fuel[:, None] + (power_new - power_old) * price_power[:, None]
        net = (capex * social_crf[:, None] + opex) * p_t + energy
        score = np.where(remaining & (abatement > 0), net / np.where(abatement > 0, abatement, 1), np.inf)
        best = np.argmin(score, 1)                      # lowest cost; ties by id (= index order)
        ok = np.isfinite(score[rows, best])
        if not ok.any():
            break
        d = rows[ok]
        b = best[ok]
        private_energy = ((fuel_new - fuel_old) * price_fuel[:, None]
                          + (power_new - power_old) * private_power[:, None])[d, b]
        private_net = (capex[d, b] * private_crf[d] + opex[d, b]) * p_t[d, b] + private_energy
        rank[d, b] = step + 1
        cost[d, b] = score[d, b]
        private_cost[d, b] = private_net / abatement[d, b]
        remaining[d, b] = False
        # Apply the chosen measure over every year.
        s = source[b]
        p_all = pen[d, b, :]
        scale = kind[b] == 0
        intensity[d, s, :] = np.where(scale[:, None], np.clip(intensity[d, s, :] * (1 + effect[d, b][:, None] * p_all), 0, None),
                                      intensity[d, s, :])
        electric[d, s, :] = np.where(~scale[:, None], np.clip(electric[d, s, :] + p_all * (effect[d, b][:, None] - electric[d, s, :]), 0, 1),
                                     electric[d, s, :])
    total, _, _ = emissions(activity, intensity, electric, fuel[:, :, None], grid[:, None, None])
    pathway = total.sum(1)                                                            # n x Y
    peak = YEARS[np.argmax(pathway, 1)]
    return pathway[:, T], peak, rank, cost, private_cost


BATCHES = (100, 200, 300, 500, 1_000, 2_000, 5_000, 20_000)


def main():
    draws = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
    if len(sys.argv) > 2 and sys.argv[2] == "sweep":
        rates = {batch: measure(draws, batch) for batch in BATCHES}
        best = max(rates, key=rates.get)
        print(f"numpy re-decide, fastest batch: {best} at {rates[best]:.0f} draws/s")
        return
    measure(draws, int(sys.argv[2]) if len(sys.argv) > 2 else 2_000)


def measure(draws, batch):
    """Runs `draws` draws in batches of `batch`, prints the rates and returns draws/s."""
    rng = np.random.default_rng(1)
    run(min(batch, 200), rng)  # warm-up
    start, cpu = time.perf_counter(), time.process_time()
    done, ranks = 0, []
    while done < draws:
        size = min(batch, draws - done)
        target, peak, rank, cost, private_cost = run(size, rng)
        ranks.append(rank)
        done += size
    elapsed, used = time.perf_counter() - start, time.process_time() - cpu
    rank = np.concatenate(ranks)
    print(f"numpy re-decide: {draws} draws in {elapsed:.3f} s = {draws / elapsed:.0f} draws/s (batch {batch}); "
          f"{used:.3f} CPU s = {draws / used:.0f} draws per CPU s; "
          f"mean measures chosen {np.mean((rank > 0).sum(1)):.1f}; P(m0 rank = its median rank) "
          f"{np.mean(rank[:, 0] == np.median(rank[:, 0])):.3f}")
    return draws / elapsed


if __name__ == "__main__":
    main()
