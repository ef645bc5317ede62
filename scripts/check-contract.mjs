#!/usr/bin/env node
// Checks openapi.yaml against Flink's generated REST specifications (the reference files).
//
//   node scripts/check-contract.mjs [reference-dir]
//
// reference-dir defaults to ../shared/reference/flink relative to the repository root and must
// hold rest_v1_dispatcher-<line>.yml for every line of flink-versions.json. Exits 1 when a check fails:
//   1. the (path, method) pairs equal those of the newest line exactly;
//   2. every operation has a unique camelCase operationId, exactly one declared tag, a summary,
//      a description and error responses (4XX/5XX/default) whose body is ErrorResponseBody (except
//      BadGateway, a proxy's answer);
//      the operationIds other code relies on are the agreed ones;
//   3. x-flink-since / x-flink-until agree with the reference files: on operations, on query
//      parameters, and on properties of schemas that keep Flink's name (a since older than the
//      oldest line records history the reference files cannot show);
//   4. no description or summary of ours equals one in any reference file (our words only).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import YAML from "yaml";
import { FLINK_LINES, NEWEST_LINE } from "./flink-lines.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const refDir = resolve(process.argv[2] ?? join(root, "..", "shared", "reference", "flink"));
const VERSIONS = FLINK_LINES;
const TARGET = NEWEST_LINE;
const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

const EXPECTED_IDS = {
  "GET /jars": "listJars",
  "POST /jars/upload": "uploadJar",
  "DELETE /jars/{jarid}": "deleteJar",
  "POST /jars/{jarid}/plan": "getJarPlan",
  "POST /jars/{jarid}/run": "runJar",
  "POST /jars/{jarid}/run-application": "runJarApplication",
  "GET /config": "getDashboardConfig",
  "GET /jobmanager/config": "getJobManagerConfig",
  "GET /overview": "getClusterOverview",
  "GET /jobs": "listJobs",
  "GET /jobs/overview": "getJobsOverview",
  "GET /jobs/{jobid}": "getJobDetails",
  "PATCH /jobs/{jobid}": "cancelJob",
  "GET /jobs/{jobid}/status": "getJobStatus",
  "GET /jobs/{jobid}/config": "getJobConfig",
  "GET /jobs/{jobid}/exceptions": "getJobExceptions",
  "GET /jobs/{jobid}/execution-result": "getJobExecutionResult",
  "GET /jobs/{jobid}/plan": "getJobPlan",
  "GET /jobs/{jobid}/jobmanager/config": "getJobJobManagerConfig",
  "GET /jobs/{jobid}/checkpoints": "getCheckpointStatistics",
  "POST /jobs/{jobid}/checkpoints": "triggerCheckpoint",
  "GET /jobs/{jobid}/checkpoints/{triggerid}": "getCheckpointStatus",
  "GET /jobs/{jobid}/checkpoints/config": "getCheckpointConfig",
  "POST /jobs/{jobid}/savepoints": "triggerSavepoint",
  "GET /jobs/{jobid}/savepoints/{triggerid}": "getSavepointStatus",
  "POST /jobs/{jobid}/stop": "stopJobWithSavepoint",
  "PATCH /jobs/{jobid}/rescaling": "triggerRescaling",
  "GET /jobs/{jobid}/rescaling/{triggerid}": "getRescalingStatus",
  "POST /savepoint-disposal": "triggerSavepointDisposal",
  "GET /savepoint-disposal/{triggerid}": "getSavepointDisposalStatus",
  "GET /taskmanagers": "listTaskManagers",
  "GET /taskmanagers/{taskmanagerid}": "getTaskManagerDetails",
  "DELETE /cluster": "shutdownCluster",
};

const failures = [];
const fail = (msg) => failures.push(msg);

if (!existsSync(refDir)) {
  console.error(`check-contract: reference directory not found: ${refDir}`);
  process.exit(2);
}
const spec = YAML.parse(readFileSync(join(root, "openapi.yaml"), "utf8"));
const refs = {};
for (const v of VERSIONS) {
  const file = join(refDir, `rest_v1_dispatcher-${v}.yml`);
  if (!existsSync(file)) {
    console.error(`check-contract: missing reference file ${file}`);
    process.exit(2);
  }
  refs[v] = YAML.parse(readFileSync(file, "utf8"));
}

const operationsOf = (doc) => {
  const out = new Map();
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of METHODS) {
      if (item[method]) {
        out.set(`${method.toUpperCase()} ${path}`, item[method]);
      }
    }
  }
  return out;
};
const resolveRef = (doc, node) => {
  let n = node;
  for (let i = 0; n && typeof n === "object" && typeof n.$ref === "string" && i < 20; i++) {
    const ptr = n.$ref
      .replace(/^#\//, "")
      .split("/")
      .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
    n = ptr.reduce((acc, key) => acc?.[key], doc);
  }
  return n;
};
const vIndex = (v) => VERSIONS.indexOf(v);
const lineOrder = (v) =>
  v
    .split(".")
    .map(Number)
    .reduce((major, minor) => major * 1000 + minor);
/** A release line older than every reference file (e.g. 1.15 for a field that came before 1.17). */
const beforeReferences = (v) => /^\d+\.\d+$/.test(v) && lineOrder(v) < lineOrder(VERSIONS[0]);
const _firstWith = (pred) => VERSIONS.find((v) => pred(v));

// ---------------------------------------------------------------- 1. same operations as 2.3
const ours = operationsOf(spec);
const target = operationsOf(refs[TARGET]);
for (const key of target.keys()) {
  if (!ours.has(key)) {
    fail(`missing operation ${key}`);
  }
}
for (const key of ours.keys()) {
  if (!target.has(key)) {
    fail(`operation not in Flink ${TARGET}: ${key}`);
  }
}

// ---------------------------------------------------------------- 2. per-operation rules
const declaredTags = new Set((spec.tags ?? []).map((t) => t.name));
const seenIds = new Map();
// The one error answer that is not Flink's: a proxy's 502 in front of the JobManager (text, not JSON).
const PROXY_RESPONSE = "#/components/responses/BadGateway";
const errorRefersToErrorBody = (response) => {
  if (response?.$ref === PROXY_RESPONSE) {
    return true;
  }
  const r = resolveRef(spec, response);
  const schema = r?.content?.["application/json"]?.schema;
  return schema?.$ref === "#/components/schemas/ErrorResponseBody";
};
for (const [key, op] of ours) {
  const id = op.operationId;
  if (!id) {
    fail(`${key}: no operationId`);
  } else {
    if (!/^[a-z][a-zA-Z0-9]*$/.test(id)) {
      fail(`${key}: operationId ${id} is not camelCase`);
    }
    if (seenIds.has(id)) {
      fail(`${key}: operationId ${id} also used by ${seenIds.get(id)}`);
    }
    seenIds.set(id, key);
  }
  if (EXPECTED_IDS[key] && EXPECTED_IDS[key] !== id) {
    fail(`${key}: operationId must be ${EXPECTED_IDS[key]}, is ${id}`);
  }
  if (!Array.isArray(op.tags) || op.tags.length !== 1) {
    fail(`${key}: needs exactly one tag`);
  } else if (!declaredTags.has(op.tags[0])) {
    fail(`${key}: tag ${op.tags[0]} is not declared in tags`);
  }
  if (!op.summary) {
    fail(`${key}: no summary`);
  }
  if (!op.description) {
    fail(`${key}: no description`);
  }
  const errors = Object.entries(op.responses ?? {}).filter(([code]) => code === "default" || /^[45]/.test(code));
  if (errors.length === 0) {
    fail(`${key}: documents no error response`);
  }
  for (const [code, response] of errors) {
    if (!errorRefersToErrorBody(response)) {
      fail(`${key}: error response ${code} does not use ErrorResponseBody`);
    }
  }
  if (!op.responses?.default && !errors.some(([c]) => c.startsWith("5"))) {
    fail(`${key}: needs a default or 5XX error response`);
  }
}
for (const key of Object.keys(EXPECTED_IDS)) {
  if (!ours.has(key)) {
    fail(`agreed operation ${key} is missing`);
  }
}

// ---------------------------------------------------------------- 3. version annotations
// presence: one entry per reference version, true / false, or null where the reference files
// cannot tell (the enclosing schema does not exist under that name in that version).
// `inherited` is the since-version of the enclosing operation: an element as old as its
// operation needs no annotation of its own.
const checkAnnotation = (label, node, presence, inherited) => {
  const known = VERSIONS.map((v, i) => [v, presence[i]]).filter(([, p]) => p !== null);
  if (!known.some(([, p]) => p)) {
    return; // unknown to the reference files (wire name differs)
  }
  const firstKnownPresent = known.findIndex(([, p]) => p);
  const since = firstKnownPresent > 0 ? known[firstKnownPresent][0] : undefined;
  const lastPresent = known.map(([, p]) => p).lastIndexOf(true);
  const until = lastPresent < known.length - 1 ? known[lastPresent + 1][0] : undefined;
  const mySince = node["x-flink-since"];
  const sinceOk =
    since === undefined
      ? mySince === undefined ||
        beforeReferences(mySince) ||
        (VERSIONS.includes(mySince) && vIndex(mySince) <= vIndex(known[0][0]))
      : mySince === since || (mySince === undefined && inherited === since);
  if (!sinceOk) {
    fail(`${label}: x-flink-since should be ${since ?? "absent"}, is ${mySince ?? "absent"}`);
  }
  if ((node["x-flink-until"] ?? undefined) !== until) {
    fail(`${label}: x-flink-until should be ${until ?? "absent"}, is ${node["x-flink-until"] ?? "absent"}`);
  }
  if (until && node.deprecated !== true) {
    fail(`${label}: removed in ${until} but not deprecated: true`);
  }
  if (mySince !== undefined && !VERSIONS.includes(mySince) && !beforeReferences(mySince)) {
    fail(`${label}: unknown version ${mySince}`);
  }
};
const refOps = Object.fromEntries(VERSIONS.map((v) => [v, operationsOf(refs[v])]));
for (const [key, op] of ours) {
  checkAnnotation(
    `operation ${key}`,
    op,
    VERSIONS.map((v) => refOps[v].has(key)),
  );
  // query parameters, by name; only versions in which the operation exists say anything
  const ourParams = (op.parameters ?? []).map((p) => resolveRef(spec, p)).filter((p) => p?.in === "query");
  const refNames = new Set();
  for (const v of VERSIONS) {
    for (const p of refOps[v].get(key)?.parameters ?? []) {
      if (p.in === "query") {
        refNames.add(p.name);
      }
    }
  }
  for (const name of refNames) {
    const mine = ourParams.find((p) => p.name === name);
    if (!mine) {
      fail(`operation ${key}: query parameter ${name} (in the reference files) is not described`);
      continue;
    }
    const presence = VERSIONS.map((v) => {
      const refOp = refOps[v].get(key);
      return refOp ? (refOp.parameters ?? []).some((p) => p.in === "query" && p.name === name) : null;
    });
    checkAnnotation(`operation ${key} query ${name}`, mine, presence, op["x-flink-since"]);
  }
  for (const p of ourParams) {
    if (!refNames.has(p.name)) {
      fail(`operation ${key}: query parameter ${p.name} is unknown to Flink`);
    }
  }
}
// Properties of schemas that keep Flink's name. Schema names themselves are an artefact of
// Flink's generator (several were renamed while the wire format stayed), so only properties
// are compared, and only over the versions in which the schema exists under this name. A
// schema that disappeared as a whole carries x-flink-until itself.
const refSchema = (v, name) => refs[v].components?.schemas?.[name];
const propsOf = (doc, schema) => {
  const out = new Map();
  const visit = (s) => {
    const r = resolveRef(doc, s);
    if (!r || typeof r !== "object") {
      return;
    }
    for (const [k, val] of Object.entries(r.properties ?? {})) {
      out.set(k, val);
    }
    for (const part of r.allOf ?? []) {
      visit(part);
    }
  };
  visit(schema);
  return out;
};
for (const [name, schema] of Object.entries(spec.components?.schemas ?? {})) {
  const existsIn = VERSIONS.filter((v) => refSchema(v, name));
  if (existsIn.length === 0) {
    continue;
  }
  const schemaGone = !refSchema(TARGET, name);
  if (schemaGone && schema["x-flink-until"] === undefined && !schema.description?.includes("wire")) {
    fail(`schema ${name}: not in Flink ${TARGET}; mark it x-flink-until or explain why it stays`);
  }
  const mine = propsOf(spec, schema);
  const refProps = new Set(existsIn.flatMap((v) => [...propsOf(refs[v], refSchema(v, name)).keys()]));
  for (const prop of refProps) {
    const node = mine.get(prop);
    if (!node) {
      continue; // wire name differs from Flink's generated name (documented in the schema)
    }
    const presence = VERSIONS.map((v) => {
      if (!refSchema(v, name)) {
        return null;
      }
      return propsOf(refs[v], refSchema(v, name)).has(prop);
    });
    if (schemaGone) {
      // the schema's own x-flink-until covers the removal; compare only the since side
      const lastKnown = presence.map((p) => p !== null).lastIndexOf(true);
      for (let i = lastKnown + 1; i < presence.length; i++) {
        presence[i] = null;
      }
      const known = presence.filter((p) => p !== null);
      if (known.length && known[known.length - 1] === false) {
        continue;
      }
    }
    checkAnnotation(`schema ${name}.${prop}`, node, presence);
  }
}

// ---------------------------------------------------------------- 4. our own words
const normalise = (s) => s.replace(/\s+/g, " ").trim();
const collect = (doc, into) => {
  const walk = (node) => {
    if (Array.isArray(node)) {
      node.forEach(walk);
    } else if (node && typeof node === "object") {
      for (const [k, v] of Object.entries(node)) {
        if ((k === "description" || k === "summary") && typeof v === "string") {
          into.add(normalise(v));
        } else {
          walk(v);
        }
      }
    }
  };
  walk(doc);
  return into;
};
const theirs = new Set();
for (const file of readdirSync(refDir).filter((f) => /\.ya?ml$/.test(f))) {
  collect(YAML.parse(readFileSync(join(refDir, file), "utf8")), theirs);
}
for (const text of collect(spec, new Set())) {
  if (theirs.has(text)) {
    fail(`description copied from a reference file: "${text.slice(0, 80)}"`);
  }
}

// ---------------------------------------------------------------- report
if (failures.length > 0) {
  for (const f of failures) {
    console.error(`✗ ${f}`);
  }
  console.error(`check-contract: ${failures.length} problem(s).`);
  process.exit(1);
}
console.log(
  `check-contract: OK (${ours.size} operations match Flink ${TARGET}; ids, tags, errors, version annotations and wording checked against ${refDir}).`,
);
