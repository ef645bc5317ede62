/**
 * "Did you mean" over a release line's keys, fast enough to run for every unknown key of a large
 * configuration: a bigram filter discards most candidates before the bounded edit distance runs.
 * One edit (an adjacent swap included) removes at most three of a word's distinct bigrams, so a
 * key within distance k shares at least `|bigrams(word)| - 3k` of them.
 */
import { editDistance } from "./edit-distance.js";

function bigrams(word: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < word.length; i++) {
    out.add(word.slice(i, i + 2));
  }
  return out;
}

/** The largest edit distance still worth suggesting for a word of this length (as `closestMatches`). */
export function maxSuggestionDistance(word: string): number {
  return word.length <= 8 ? 2 : word.length <= 20 ? 3 : 4;
}

export class KeySuggester {
  private readonly keys: readonly string[];
  private readonly postings = new Map<string, number[]>();

  /** `keys` are the candidates; `canonicalOf` maps each to the key to suggest (an old spelling to its option). */
  constructor(
    keys: readonly string[],
    private readonly canonicalOf: (key: string) => string = (key) => key,
  ) {
    this.keys = keys;
    keys.forEach((key, id) => {
      for (const gram of bigrams(key)) {
        let list = this.postings.get(gram);
        if (!list) {
          list = [];
          this.postings.set(gram, list);
        }
        list.push(id);
      }
    });
  }

  /** The keys closest to `word`, nearest first (ties alphabetical), at most `limit`, canonical spellings. */
  suggest(word: string, limit = 3): string[] {
    const max = maxSuggestionDistance(word);
    const grams = bigrams(word);
    const needed = grams.size - 3 * max;
    let candidates: Iterable<number>;
    if (needed > 0) {
      const shared = new Uint16Array(this.keys.length);
      const passing: number[] = [];
      for (const gram of grams) {
        for (const id of this.postings.get(gram) ?? []) {
          const count = (shared[id] as number) + 1;
          shared[id] = count;
          if (count === needed) {
            passing.push(id);
          }
        }
      }
      candidates = passing;
    } else {
      candidates = this.keys.keys();
    }
    const found: Array<{ key: string; distance: number }> = [];
    for (const id of candidates) {
      const key = this.keys[id] as string;
      if (Math.abs(key.length - word.length) > max) {
        continue;
      }
      const distance = editDistance(word, key, max);
      if (distance <= max) {
        found.push({ key, distance });
      }
    }
    found.sort((x, y) => x.distance - y.distance || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
    const out: string[] = [];
    for (const { key } of found) {
      const canonical = this.canonicalOf(key);
      if (canonical !== word && !out.includes(canonical)) {
        out.push(canonical);
        if (out.length === limit) {
          break;
        }
      }
    }
    return out;
  }
}
