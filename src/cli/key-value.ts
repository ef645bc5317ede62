/** Parses repeated `key=value` flags (`-D`, `--conf`) into a map; the value may contain `=`. */
export function collectKeyValue(flag: string) {
  return (pair: string, previous: Record<string, string> = {}): Record<string, string> => {
    const at = pair.indexOf("=");
    if (at <= 0) {
      throw new Error(`${flag} expects key=value, got ${JSON.stringify(pair)}.`);
    }
    return { ...previous, [pair.slice(0, at).trim()]: pair.slice(at + 1) };
  };
}
