// The text of generated/options/configuration.ts: `flinkConfiguration` as a type per release line,
// written out property by property. Computing these types from the catalog's key union (mapped and
// conditional types over ~1,100 keys) made the compiler give up comparing two lines (TS2590) or
// run for minutes; plain interfaces cost it nothing but parsing. Each property is declared once,
// in an interface for the set of lines where it reads the same, and each line's interface extends
// the sets that hold it.

const INTERNAL = "$internal.";

/** The TypeScript type of a value Flink reads into an option of this variant. */
function valueType(variant) {
  switch (variant.t) {
    case "boolean":
      return "boolean | string";
    case "int":
    case "long":
    case "float":
    case "double":
      return "number | string";
    case "enum":
      return `Enum<${[...new Set(variant.n ?? [])]
        .sort()
        .map((n) => JSON.stringify(n))
        .join(" | ")}>`;
    default:
      // Durations and memory sizes too: a bare number there is an easy mistake (ms? bytes?).
      return "string";
  }
}

const SCOPE_NOTES = {
  cluster: "Cluster setting: no effect on a job.",
  ignored: "Set by the /run handler: overwritten.",
  submission: "Read at submission, not by the job.",
};

/** The doc comment of a property: the facts a user checks while writing the value. */
function docOf(variant, deprecatedFor) {
  const lines = [];
  if (deprecatedFor) {
    lines.push(`@deprecated Old spelling of \`${deprecatedFor}\`.`);
  } else if (variant.dep) {
    lines.push("@deprecated Deprecated in Flink.");
  }
  const kind = variant.t === "list" ? `list of ${variant.e}` : variant.t;
  lines.push(variant.d === undefined ? `${kind}, no default.` : `${kind}, default \`${shortDefault(variant.d)}\`.`);
  const note = SCOPE_NOTES[variant.s];
  if (note) {
    lines.push(note);
  }
  return lines;
}

/** A default as a doc comment can hold it: long lists cut, no comment end. */
function shortDefault(value) {
  const text = value.length > 60 ? `${value.slice(0, 57)}...` : value;
  return text.replaceAll("*/", "*\\/").replaceAll("`", "'");
}

/** `metrics.reporter.<name>.factory.class` → `metrics.reporter.${string}.factory.class`. */
function pattern(key) {
  const anyText = "$" + "{string}"; // a TypeScript placeholder, written out
  return `\`${key.replace(/<[^>]*>/g, anyText)}\``;
}

/** One property (or index signature, for suffix options and map entries) in TypeScript. */
function member(key, type, doc) {
  const comment = doc.length ? `  /** ${doc.join(" ")} */\n` : "";
  if (key.includes("<")) {
    return `${comment}  [key: ${pattern(key)}]: ${type} | undefined;`;
  }
  return `${comment}  ${JSON.stringify(key)}?: ${type};`;
}

/**
 * Every typed member of every line: key → line index → its text. Internal options are left out;
 * deprecated spellings are typed like their option where no option of their own holds them.
 */
function membersByLine(catalog) {
  const byKey = new Map();
  const put = (key, line, type, doc) => {
    if (!byKey.has(key)) {
      byKey.set(key, new Map());
    }
    byKey.get(key).set(line, { type, doc, text: member(key, type, doc) });
  };
  const entries = Object.entries(catalog.options).filter(([key]) => !key.startsWith(INTERNAL));
  const own = (key, bit) => (catalog.options[key] ?? []).some((x) => (x.v & bit) !== 0);
  catalog.versions.forEach((_, line) => {
    const bit = 1 << line;
    for (const [key, variants] of entries) {
      const variant = variants.find((x) => (x.v & bit) !== 0);
      if (!variant) {
        continue;
      }
      // A catch-all suffix (`metrics.reporter.<name>.<parameter>`) covers the other suffix options
      // of its prefix, so it takes what any of them takes.
      put(key, line, /<[^>]*>$/.test(key) ? "FlinkConfigValue" : valueType(variant), docOf(variant));
      if (variant.t === "map") {
        put(`${key}.<entry>`, line, "FlinkConfigValue", [`An entry of the map \`${key}\`.`]);
      }
      for (const old of variant.dk ?? []) {
        if (!own(old, bit) && !byKey.get(old)?.has(line)) {
          put(old, line, valueType(variant), docOf(variant, key));
        }
      }
    }
  });
  return byKey;
}

/** `Lines11110000`: the lines of the mask, oldest first (1 = the line holds it). */
function maskName(mask, count) {
  return `Lines${[...mask.toString(2).padStart(count, "0")].reverse().join("")}`;
}

/** The part of generated/options/configuration.ts below its banner. */
export function renderConfiguration(catalog) {
  const count = catalog.versions.length;
  const groups = new Map();
  const anyLine = [];
  const patterns = [];
  for (const [key, lines] of [...membersByLine(catalog)].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const types = [...lines.values()].map((x) => x.type);
    if (key.includes("<")) {
      // Patterns are the same in every line (any line's keys, any line's types): a line's type
      // must be assignable to the any-line type, which holds every pattern.
      patterns.push(member(key, anyLineType(types), []));
      continue;
    }
    const byText = new Map();
    for (const [line, { text }] of lines) {
      byText.set(text, (byText.get(text) ?? 0) | (1 << line));
    }
    for (const [text, mask] of byText) {
      groups.set(mask, [...(groups.get(mask) ?? []), text]);
    }
    anyLine.push(member(key, anyLineType(types), anyLineDoc([...lines.values()])));
  }
  const masks = [...groups.keys()].sort((a, b) => b - a);
  const groupText = masks.map(
    (mask) =>
      `/** The keys that read the same in ${linesOf(catalog, mask)}. */\ninterface ${maskName(mask, count)} {\n${groups.get(mask).join("\n")}\n}`,
  );
  const typeName = (version) => `FlinkConfiguration${version.replace(".", "_")}`;
  const lineText = catalog.versions.map((version, line) => {
    const bases = masks.filter((mask) => (mask & (1 << line)) !== 0).map((mask) => maskName(mask, count));
    return `/** \`flinkConfiguration\` for Flink ${version}. */\nexport interface ${typeName(version)}\n  extends FlinkConfigurationPatterns,\n    ${bases.join(",\n    ")} {}`;
  });
  const byVersion = catalog.versions.map(
    (v) => `  ${JSON.stringify(v)}: ${typeName(v)};\n  [version: \`${v}.\${number}\`]: ${typeName(v)};`,
  );
  return `/** Enum constants as Flink matches them (any case), offered first by editors; any string still type-checks. */
type Enum<E extends string> = E | Lowercase<E> | (string & {});

/** A value in \`flinkConfiguration\` (Flink's field is a string map; numbers and booleans are sent as text). */
export type FlinkConfigValue = string | number | boolean;

/**
 * Suffix options (\`metrics.reporter.<name>.factory.class\`) and map entries in prefix notation
 * (\`pipeline.global-job-parameters.team\`), by pattern, as any line reads them.
 */
export interface FlinkConfigurationPatterns {
${patterns.join("\n")}
}

${groupText.join("\n\n")}

${lineText.join("\n\n")}

/** \`flinkConfiguration\` for a version known only at run time: the keys of every line, any of their value types. */
export interface FlinkConfigurationAnyLine extends FlinkConfigurationPatterns {
${anyLine.join("\n")}
}

/**
 * \`flinkConfiguration\` by Flink version: a line ("2.3") or a release of it ("2.3.0") gets the
 * line's keys; any other version (a \`string\` known at run time, a newer line) every line's. An
 * index, not a conditional type: with the version still generic, the compiler reads the \`string\`
 * entry, where a conditional would give it the union of all lines to compare (seconds per call).
 */
export interface FlinkConfigurationByVersion {
  [version: string]: FlinkConfigurationAnyLine;
${byVersion.join("\n")}
}
`;
}

/** The newest line's doc, deprecated only where every line that has the key deprecates it. */
function anyLineDoc(variants) {
  const newest = variants.at(-1).doc;
  const everywhere = variants.every((v) => v.doc[0].startsWith("@deprecated"));
  return everywhere || !newest[0].startsWith("@deprecated") ? newest : newest.slice(1);
}

function linesOf(catalog, mask) {
  return catalog.versions.filter((_, line) => (mask & (1 << line)) !== 0).join(", ");
}

/**
 * The type of a key over all lines: the union of its types; where one line has an enum and
 * another a string, the enum's hints (which take any string anyway).
 */
function anyLineType(types) {
  const unique = new Set(types.flatMap((t) => (t.startsWith("Enum<") ? [t] : t.split(" | "))));
  if ([...unique].some((t) => t.startsWith("Enum<"))) {
    unique.delete("string");
  }
  return [...unique].join(" | ");
}
