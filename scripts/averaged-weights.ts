/**
 * The weights of a binary averaged perceptron, shared by the trainers of the events pass's small learned checks
 * (train-args.ts, train-places.ts). Averaging is lazy: each weight keeps the running sum of its values over the steps
 * it held them, brought up to date only when it changes, so an update costs the features it touches, not all of them.
 */
export class AveragedWeights {
  private readonly w = new Map<string, number>();
  private readonly total = new Map<string, number>();
  private readonly stamp = new Map<string, number>();
  /** Steps taken so far, counted from 1. */
  private c = 1;

  /** The current (not averaged) weight of a feature. */
  get(f: string): number {
    return this.w.get(f) ?? 0;
  }

  /** The current score of a set of features. */
  score(fs: readonly string[]): number {
    let s = 0;
    for (const f of fs) s += this.w.get(f) ?? 0;
    return s;
  }

  bump(f: string, d: number): void {
    const prev = this.w.get(f) ?? 0;
    this.total.set(f, (this.total.get(f) ?? 0) + prev * (this.c - (this.stamp.get(f) ?? 0)));
    this.stamp.set(f, this.c);
    this.w.set(f, prev + d);
  }

  /** One training instance seen. */
  step(): void {
    this.c++;
  }

  /** Every feature ever updated, with its weight averaged over all steps, in the order first updated. */
  averaged(): Map<string, number> {
    const out = new Map<string, number>();
    for (const [f, v] of this.w)
      out.set(f, ((this.total.get(f) ?? 0) + v * (this.c - (this.stamp.get(f) ?? 0))) / this.c);
    return out;
  }
}

/** Fisher–Yates shuffle in place, by a seeded random source (mulberry32). */
export function shuffleInPlace<T>(order: T[], rand: () => number): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
}
