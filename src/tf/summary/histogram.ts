/**
 * histogram::Histogram with its default bucket limits (tensorflow/core/lib/histogram/histogram.cc,
 * TF 1.15): limits growing by 10% from 1e-12 to 1e20, mirrored for negatives, with 0 and ±DBL_MAX;
 * Add() counts a value in the first bucket whose limit exceeds it; EncodeToProto(proto, false) merges
 * each run of empty buckets into one entry (the run's last limit, count 0).
 */
import { ProtoWriter } from "./proto-wire.js";

const DBL_MAX = Number.MAX_VALUE;

// InitDefaultBucketsInner (histogram.cc 28-44).
const DEFAULT_LIMITS: readonly number[] = (() => {
  const pos: number[] = [];
  let v = 1.0e-12;
  while (v < 1.0e20) {
    pos.push(v);
    v *= 1.1;
  }
  pos.push(DBL_MAX);
  return [...pos.map((x) => -x).reverse(), 0.0, ...pos];
})();

export class Histogram {
  private readonly limits = DEFAULT_LIMITS;
  private readonly buckets = new Array<number>(DEFAULT_LIMITS.length).fill(0);
  // Clear() (histogram.cc 91-101).
  private min = DEFAULT_LIMITS[DEFAULT_LIMITS.length - 1]!;
  private max = -DBL_MAX;
  private num = 0;
  private sum = 0;
  private sumSquares = 0;

  /** Histogram::Add: std::upper_bound over the limits. */
  add(value: number): void {
    let lo = 0;
    let hi = this.limits.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.limits[mid]! > value) hi = mid;
      else lo = mid + 1;
    }
    this.buckets[lo]! += 1;
    if (this.min > value) this.min = value;
    if (this.max < value) this.max = value;
    this.num++;
    this.sum += value;
    this.sumSquares += value * value;
  }

  /** EncodeToProto(proto, preserve_zero_buckets=false) as HistogramProto bytes (summary.proto). */
  encode(): Uint8Array {
    const limits: number[] = [];
    const counts: number[] = [];
    for (let i = 0; i < this.buckets.length;) {
      let end = this.limits[i]!;
      let count = this.buckets[i]!;
      i++;
      if (count <= 0) {
        while (i < this.buckets.length && this.buckets[i]! <= 0) {
          end = this.limits[i]!;
          count = this.buckets[i]!;
          i++;
        }
      }
      limits.push(end);
      counts.push(count);
    }
    return new ProtoWriter()
      .double(1, this.min).double(2, this.max).double(3, this.num).double(4, this.sum).double(5, this.sumSquares)
      .packedDoubles(6, limits).packedDoubles(7, counts).finish();
  }
}
