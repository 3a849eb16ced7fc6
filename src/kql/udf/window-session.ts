/**
 * row_window_session over a whole serialized row set (row-window-session-function.md): the
 * page's model row by row. A row starts a session when there is no previous session value or it
 * is null, when its value >= session start + maxDistanceFromFirst, when it >= the previous value +
 * maxDistanceBetweenNeighbors, or when restart is true. A null value gives null.
 * In: JSON arrays of the values (microseconds or null) and restart flags; out: JSON array of starts.
 */
export function rowWindowSession(valuesJson: string, restartsJson: string, fromFirst: bigint, neighbors: bigint): string | null {
  const values = JSON.parse(valuesJson) as (number | null)[];
  const restarts = JSON.parse(restartsJson) as (boolean | null)[];
  if (!Array.isArray(values) || !Array.isArray(restarts) || values.length !== restarts.length) return null;
  const d1 = Number(fromFirst);
  const d2 = Number(neighbors);
  const out: (number | null)[] = [];
  let start: number | null = null;
  let previous: number | null = null;
  values.forEach((v, i) => {
    if (v === null) start = null;
    else if (start === null || previous === null || restarts[i] === true || v >= start + d1 || v >= previous + d2) start = v;
    previous = v;
    out.push(start);
  });
  return JSON.stringify(out);
}
