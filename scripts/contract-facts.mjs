// Renders generated/contract-facts.ts: the facts of openapi.yaml that code reads at run time, as
// data. The SDK, the request builder, the resolver and the fake cluster ask this one table what
// a Flink release line has (operations, fields, parameters, behaviours), never a literal of
// their own. Used by scripts/generate.mjs.

const METHODS = ["get", "put", "post", "delete", "patch"];

/** The status enumerations whose terminal values (x-flink-terminal) code reads, and their constants. */
const TERMINAL_CONSTANTS = {
  JobStatus: { constant: "TERMINAL_JOB_STATES", what: "Job states a job never leaves" },
  ApplicationState: { constant: "TERMINAL_APPLICATION_STATES", what: "Application states an application never leaves" },
};

/** Follows `$ref`s inside the document. */
function resolve(doc, node) {
  let n = node;
  for (let i = 0; n && typeof n === "object" && typeof n.$ref === "string" && i < 20; i++) {
    n = n.$ref
      .replace(/^#\//, "")
      .split("/")
      .reduce((acc, key) => acc?.[key.replace(/~1/g, "/").replace(/~0/g, "~")], doc);
  }
  return n;
}

const schemaName = (node) => /^#\/components\/schemas\/(.+)$/.exec(node?.$ref ?? "")?.[1];

/** `{ since, until }` of an element, without absent ends. */
function rangeOf(node) {
  const range = {};
  if (node?.["x-flink-since"] !== undefined) {
    range.since = String(node["x-flink-since"]);
  }
  if (node?.["x-flink-until"] !== undefined) {
    range.until = String(node["x-flink-until"]);
  }
  return range;
}

/**
 * The JSON type of a request field as Flink's mapper reads it: string (with its pattern), integer,
 * boolean, array of strings, a map of strings, or one of an enumeration's values.
 */
function typeOf(doc, node, where) {
  const nonNull = (node.anyOf ?? node.oneOf)?.filter((n) => resolve(doc, n)?.type !== "null");
  if (nonNull?.length === 1) {
    return typeOf(doc, nonNull[0], where);
  }
  const target = resolve(doc, node);
  const enumName = schemaName(node);
  if (Array.isArray(target?.enum)) {
    if (!enumName) {
      throw new Error(`${where}: an inline enum; give it a schema of its own`);
    }
    return { type: "enum", values: target.enum.map(String) };
  }
  const type = Array.isArray(target?.type) ? target.type.find((t) => t !== "null") : target?.type;
  switch (type) {
    case "string":
      return target.pattern ? { type, pattern: target.pattern } : { type };
    case "integer":
    case "boolean":
      return { type };
    case "array":
      if (resolve(doc, target.items)?.type !== "string") {
        throw new Error(`${where}: only arrays of strings are read as request fields`);
      }
      return { type: "string-list" };
    case "object":
      if (resolve(doc, target.additionalProperties)?.type !== "string") {
        throw new Error(`${where}: only maps of strings are read as request fields`);
      }
      return { type: "string-map" };
    default:
      throw new Error(`${where}: no request-field type for ${JSON.stringify(type)}`);
  }
}

/** The behaviours an element declares, checked to agree with every other declaration of the name. */
function collectBehaviours(doc) {
  const behaviours = {};
  const visit = (node, path) => {
    if (Array.isArray(node)) {
      node.forEach((n, i) => {
        visit(n, `${path}[${i}]`);
      });
      return;
    }
    if (!node || typeof node !== "object") {
      return;
    }
    for (const b of node["x-flink-behaviours"] ?? []) {
      const range = rangeOf({ "x-flink-since": b.since, "x-flink-until": b.until });
      if (!b.name || Object.keys(range).length === 0) {
        throw new Error(`${path}: a behaviour needs a name and a since or until`);
      }
      const seen = behaviours[b.name];
      if (seen && JSON.stringify(seen) !== JSON.stringify(range)) {
        throw new Error(
          `${path}: behaviour ${b.name} is ${JSON.stringify(range)} here, ${JSON.stringify(seen)} elsewhere`,
        );
      }
      behaviours[b.name] = range;
    }
    for (const [key, value] of Object.entries(node)) {
      if (key !== "x-flink-behaviours") {
        visit(value, `${path}/${key}`);
      }
    }
  };
  visit(doc, "#");
  return behaviours;
}

function propertiesOf(doc, schema) {
  const out = {};
  const visit = (s) => {
    const r = resolve(doc, s);
    Object.assign(out, r?.properties ?? {});
    for (const part of r?.allOf ?? []) {
      visit(part);
    }
  };
  visit(schema);
  return out;
}

/** Everything the table holds, as plain data. */
export function contractFacts(doc, lines) {
  const operations = {};
  const parameters = {};
  const requestSchemas = new Set();
  for (const item of Object.values(doc.paths ?? {})) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op?.operationId) {
        continue;
      }
      const range = rangeOf(op);
      if (Object.keys(range).length > 0) {
        operations[op.operationId] = range;
      }
      for (const p of (op.parameters ?? []).map((x) => resolve(doc, x))) {
        const range = rangeOf(p);
        if (p?.in === "query" && Object.keys(range).length > 0) {
          parameters[op.operationId] ??= {};
          parameters[op.operationId][p.name] = range;
        }
      }
      const body = schemaName(op.requestBody?.content?.["application/json"]?.schema);
      if (body) {
        requestSchemas.add(body);
      }
    }
  }
  const requestFields = {};
  const answerFields = {};
  for (const [name, schema] of Object.entries(doc.components?.schemas ?? {})) {
    const request = requestSchemas.has(name);
    for (const [prop, node] of Object.entries(propertiesOf(doc, schema))) {
      const range = rangeOf(node);
      if (request) {
        requestFields[name] ??= {};
        requestFields[name][prop] = { ...typeOf(doc, node, `${name}.${prop}`), ...range };
      } else if (Object.keys(range).length > 0) {
        answerFields[name] ??= {};
        answerFields[name][prop] = range;
      }
    }
  }
  const enums = {};
  const terminal = {};
  let notStarted;
  for (const [name, schema] of Object.entries(doc.components?.schemas ?? {})) {
    if (Array.isArray(schema.enum)) {
      enums[name] = schema.enum.map(String);
    }
    if (schema["x-flink-terminal"]) {
      if (!TERMINAL_CONSTANTS[name]) {
        throw new Error(`${name}: x-flink-terminal is read on ${Object.keys(TERMINAL_CONSTANTS).join(" and ")} only`);
      }
      terminal[name] = schema["x-flink-terminal"].map(String);
      const unknown = terminal[name].filter((v) => !enums[name]?.includes(v));
      if (unknown.length > 0) {
        throw new Error(`${name}: x-flink-terminal names values the enum lacks: ${unknown.join(", ")}`);
      }
    }
    if (schema["x-flink-not-started"]) {
      if (name !== "JobStatus") {
        throw new Error(`${name}: x-flink-not-started is read on JobStatus only`);
      }
      notStarted = schema["x-flink-not-started"].map(String);
    }
  }
  for (const name of Object.keys(TERMINAL_CONSTANTS)) {
    if (!terminal[name]) {
      throw new Error(`${name} has no x-flink-terminal`);
    }
  }
  if (!notStarted) {
    throw new Error("JobStatus needs x-flink-not-started");
  }
  return {
    lines,
    operations,
    requestFields,
    answerFields,
    parameters,
    behaviours: collectBehaviours(doc),
    enums,
    terminal,
    notStarted,
  };
}

const sortedEntries = (o) => Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
const literal = (value) => JSON.stringify(value);
const rows = (o, indent = "  ") => sortedEntries(o).map(([k, v]) => `${indent}${JSON.stringify(k)}: ${literal(v)},`);
const nested = (o) =>
  sortedEntries(o).map(([k, v]) => `  ${JSON.stringify(k)}: {\n${rows(v, "    ").join("\n")}\n  },`);

/** `JarRunRequestBody` → `JAR_RUN_REQUEST_BODY`: one constant per schema, so bundlers keep only those used. */
const constantName = (name) =>
  name
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .replaceAll("-", "_")
    .toUpperCase();

/** The TypeScript module (after the banner). */
export function renderContractFacts(facts) {
  return `/**
 * The facts of openapi.yaml that code reads at run time: which release line has which operation,
 * field, query parameter and behaviour (x-flink-since / x-flink-until / x-flink-behaviours), the
 * JSON types of request fields, and the enumerations. Read through src/versions/.
 */

/** Release lines the SDK supports, oldest first (flink-versions.json). */
export const FLINK_LINES = ${literal(facts.lines)} as const;

/** A supported release line. */
export type FlinkLine = (typeof FLINK_LINES)[number];

/** \`since\`: the first release line that has an element; \`until\`: the first that no longer has it. */
export interface LineRange {
  readonly since?: string;
  readonly until?: string;
}

/** The JSON type Flink's mapper reads a request field as. */
export interface FieldType {
  readonly type: "string" | "integer" | "boolean" | "string-list" | "string-map" | "enum";
  /** For strings with a fixed form (IDs). */
  readonly pattern?: string;
  /** For enums: the values. */
  readonly values?: readonly string[];
}

${sortedEntries(facts.operations)
  .map(
    ([id, range]) => `/** The lines that have the operation ${id}. */
export const ${constantName(id)}_LINES = ${literal(range)} as const satisfies LineRange;
`,
  )
  .join("\n")}
/** Every operation that not all lines have, by operationId (the constants above, in one map). */
export const OPERATION_LINES: Readonly<Record<string, LineRange>> = {
${sortedEntries(facts.operations)
  .map(([id]) => `  ${id}: ${constantName(id)}_LINES,`)
  .join("\n")}
};

${sortedEntries(facts.requestFields)
  .map(
    ([name, fields]) => `/** The properties of ${name}, with their JSON types and the lines that have them. */
export const ${constantName(name)}_FIELDS = {
${rows(fields).join("\n")}
} as const satisfies Record<string, LineRange & FieldType>;
`,
  )
  .join("\n")}
/** The properties of the other schemas (answers) that not every supported line has. */
export const ANSWER_FIELD_RANGES = {
${nested(facts.answerFields).join("\n")}
} as const satisfies Record<string, Record<string, LineRange>>;

${sortedEntries(facts.parameters)
  .map(
    ([id, params]) => `/** The query parameters of ${id} that not every supported line has. */
export const ${constantName(id)}_QUERY_LINES = {
${rows(params).join("\n")}
} as const satisfies Record<string, LineRange>;
`,
  )
  .join("\n")}
${sortedEntries(facts.behaviours)
  .map(
    ([name, range]) => `/** The lines with the behaviour ${name} (x-flink-behaviours). */
export const ${constantName(name)}_LINES = ${literal(range)} as const satisfies LineRange;
`,
  )
  .join("\n")}
/** The contract's enumerations. */
export const ENUMS = {
${rows(facts.enums).join("\n")}
} as const satisfies Record<string, readonly string[]>;

${sortedEntries(facts.terminal)
  .map(
    ([name, values]) => `/** ${TERMINAL_CONSTANTS[name].what} (x-flink-terminal on ${name}). */
export const ${TERMINAL_CONSTANTS[name].constant} = ${literal(values)} as const;
`,
  )
  .join("\n")}
/** Job states of a job that has not started yet: \`flink list\`'s scheduled jobs (x-flink-not-started on JobStatus). */
export const NOT_STARTED_JOB_STATES = ${literal(facts.notStarted)} as const;
`;
}
