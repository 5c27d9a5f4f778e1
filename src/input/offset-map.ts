/**
 * Maps an offset in a rewritten text back to the text before the rewrite. `outStarts[i]` and
 * `srcStarts[i]` are where the i-th unchanged or replaced run starts in each text (ascending).
 */
export function mapBack(outStarts: readonly number[], srcStarts: readonly number[], offset: number, srcLength: number): number {
  let lo = 0;
  let hi = outStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (outStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return Math.min(srcLength, srcStarts[lo] + (offset - outStarts[lo]));
}
