// Summarizes a V8 .cpuprofile (node --cpu-prof): self time by function, and inclusive time of
// the functions in this package's src/ (where our layers spend, callees included).
//   node bench/cpuprofile-summary.mjs file.cpuprofile [top]
import { readFileSync } from "node:fs";

const [file, topArg] = process.argv.slice(2);
const top = Number(topArg ?? 30);
const profile = JSON.parse(readFileSync(file, "utf8"));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) {
  for (const c of n.children ?? []) {
    parent.set(c, n.id);
  }
}
const self = new Map();
const total = profile.timeDeltas.reduce((a, b) => a + b, 0);
for (let i = 0; i < profile.samples.length; i++) {
  const id = profile.samples[i];
  self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
}
const name = (n) => {
  const f = n.callFrame;
  const where = f.url ? f.url.replace(/^.*\/(node_modules\/|src\/|bench\/)/, "$1").replace(/^node:/, "") : "";
  return `${f.functionName || "(anonymous)"} ${where}:${f.lineNumber + 1}`;
};
const selfBy = new Map();
const inclusiveBy = new Map();
for (const [id, t] of self) {
  const n = byId.get(id);
  const key = name(n);
  selfBy.set(key, (selfBy.get(key) ?? 0) + t);
  // Inclusive: count each distinct function once per sample stack.
  const seen = new Set();
  for (let p = id; p !== undefined; p = parent.get(p)) {
    const k = name(byId.get(p));
    if (!seen.has(k)) {
      seen.add(k);
      inclusiveBy.set(k, (inclusiveBy.get(k) ?? 0) + t);
    }
  }
}
const pct = (t) => `${((100 * t) / total).toFixed(1).padStart(5)}%`;
console.log(`total ${(total / 1000).toFixed(0)} ms sampled`);
console.log("\nself time:");
for (const [k, t] of [...selfBy].sort((a, b) => b[1] - a[1]).slice(0, top)) {
  console.log(`${pct(t)}  ${k}`);
}
console.log("\ninclusive time, src/ and openapi-fetch:");
for (const [k, t] of [...inclusiveBy]
  .filter(([k]) => / src\/| node_modules\/openapi-fetch/.test(k))
  .sort((a, b) => b[1] - a[1])
  .slice(0, top)) {
  console.log(`${pct(t)}  ${k}`);
}
