/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent swaps), bounded by `max`:
 * returns `max + 1` as soon as the distance must exceed it, which keeps "did you mean"
 * lookups over thousands of keys cheap.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) {
    return max + 1;
  }
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let d = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, (prevPrev[j - 2] as number) + 1);
      }
      row.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) {
      return max + 1;
    }
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length] as number;
}

/** The candidates closest to `word` (at most `limit`, within a distance that grows with its length). */
export function closestMatches(word: string, candidates: Iterable<string>, limit = 3): string[] {
  const max = word.length <= 8 ? 2 : word.length <= 20 ? 3 : 4;
  const found: Array<{ candidate: string; distance: number }> = [];
  for (const candidate of candidates) {
    const distance = editDistance(word, candidate, max);
    if (distance <= max) {
      found.push({ candidate, distance });
    }
  }
  found.sort((x, y) => x.distance - y.distance || x.candidate.localeCompare(y.candidate));
  return found.slice(0, limit).map((f) => f.candidate);
}
