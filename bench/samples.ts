// Latency samples in a growable Float64Array (no object per sample), summarized by percentiles.

export type Summary = { count: number; mean: number; p50: number; p90: number; p99: number; max: number };

export class Samples {
  private values = new Float64Array(4096);
  private size = 0;

  add(value: number): void {
    if (this.size === this.values.length) {
      const grown = new Float64Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.size++] = value;
  }

  get count(): number {
    return this.size;
  }

  at(index: number): number {
    return this.values[index] ?? Number.NaN;
  }

  /** Nearest-rank percentiles; NaN when there are no samples. */
  summary(): Summary {
    const sorted = this.values.slice(0, this.size).sort();
    const rank = (p: number) => sorted[Math.min(this.size - 1, Math.max(0, Math.ceil((p / 100) * this.size) - 1))];
    let total = 0;
    for (const value of sorted) total += value;
    return {
      count: this.size,
      mean: this.size === 0 ? Number.NaN : total / this.size,
      p50: rank(50) ?? Number.NaN,
      p90: rank(90) ?? Number.NaN,
      p99: rank(99) ?? Number.NaN,
      max: sorted[this.size - 1] ?? Number.NaN,
    };
  }
}
