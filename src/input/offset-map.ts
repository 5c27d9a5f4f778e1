/**
 * Maps an offset in a rewritten text back to the text before the rewrite. `outStarts[i]` and
 * `srcStarts[i]` are where the i-th unchanged or replaced run starts in each text (ascending).
 */
export function mapBack(outStarts: readonly number[], srcStarts: readonly number[], offset: number, srcLength: number): number {
  const i = lastAtOrBefore(outStarts, offset);
  return Math.min(srcLength, srcStarts[i] + (offset - outStarts[i]));
}

/** The index of the last of ascending `starts` that is ≤ `offset` (0 when none is). */
export function lastAtOrBefore(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
