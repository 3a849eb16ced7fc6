/**
 * Position lists per dictionary code: for each distinct value, the ascending positions of the
 * rows that carry it. Built in two passes (count, then fill) into one shared buffer.
 */
export function buildPostings(rows: number, codes: number, codeAt: (pos: number) => number): Uint32Array[] {
  const counts = new Uint32Array(codes);
  for (let p = 0; p < rows; p++) counts[codeAt(p)]++;
  const buffer = new Uint32Array(rows);
  const lists: Uint32Array[] = [];
  const fill = new Uint32Array(codes);
  let offset = 0;
  for (let c = 0; c < codes; c++) {
    lists.push(buffer.subarray(offset, offset + (counts[c] as number)));
    offset += counts[c] as number;
  }
  for (let p = 0; p < rows; p++) {
    const c = codeAt(p);
    (lists[c] as Uint32Array)[fill[c]++] = p;
  }
  return lists;
}

/** The first index in an ascending list whose value is ≥ `v`. */
export function lowerIndex(list: Uint32Array, v: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] as number) < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
