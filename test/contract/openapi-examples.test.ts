/**
 * The request examples of openapi.yaml are bodies Flink accepts. They are what the API reference
 * shows and what its copy button gives, so each one is:
 *   - shown at all: a JSON request body without an example gets one invented from its schema
 *     (every field at once: programArgs with programArgsList, claimMode with restoreMode);
 *   - valid against its schema, with no field the schema does not name;
 *   - made of fields that every release line it names has (x-flink-since / x-flink-until on the
 *     example, within its operation's lines), with a flinkConfiguration the option catalog finds
 *     nothing wrong with on those lines;
 *   - sent to the fake cluster configured as each of those lines, which must accept it (and the
 *     job must run, the savepoint or checkpoint complete).
 */
import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import { getResponse } from "msw";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import * as facts from "../../generated/contract-facts.js";
import { FLINK_LINES, type LineRange } from "../../generated/contract-facts.js";
import { createFlinkClient } from "../../src/client/create-client.js";
import { runJar } from "../../src/jobs/run.js";
import { uploadJar } from "../../src/jobs/upload.js";
import { configEchoProgram, createFlinkMock, type FlinkMock } from "../../src/msw/index.js";
import { flinkOptionCatalog } from "../../src/options/full-catalog.js";
import { validateFlinkConfiguration } from "../../src/options/validate.js";
import { inLines, type RequestFields } from "../../src/versions/contract.js";

type Node = Record<string, unknown> & { $ref?: string };
interface Operation {
  operationId: string;
  requestBody?: { content?: Record<string, { schema?: Node; example?: unknown; examples?: Record<string, Node> }> };
}
const spec = parse(readFileSync(new URL("../../openapi.yaml", import.meta.url), "utf8")) as {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Node> };
};
const METHODS = ["get", "put", "post", "delete", "patch"];

/** `JarRunRequestBody` → `JAR_RUN_REQUEST_BODY`: the names generated/contract-facts.ts gives. */
const constantName = (name: string) => name.replaceAll(/([a-z0-9])([A-Z])/g, "$1_$2").toUpperCase();
const factsTable = facts as unknown as Record<string, unknown>;

interface Example {
  operationId: string;
  method: string;
  path: string;
  schemaName: string;
  name: string;
  value: Record<string, unknown>;
  /** The release lines the example is for: its own range within its operation's. */
  lines: string[];
}

interface Body {
  operationId: string;
  schemaName: string;
  examples: Example[];
}

function rangeOf(node: Node | undefined): LineRange {
  return {
    ...(node?.["x-flink-since"] ? { since: String(node["x-flink-since"]) } : {}),
    ...(node?.["x-flink-until"] ? { until: String(node["x-flink-until"]) } : {}),
  };
}

/** Every JSON request body of the contract, with the examples the reference shows for it. */
const BODIES: Body[] = Object.entries(spec.paths).flatMap(([path, item]) =>
  METHODS.flatMap((method) => {
    const operation = item[method];
    const media = operation?.requestBody?.content?.["application/json"];
    if (!operation || !media) {
      return [];
    }
    const schemaName = (media.schema?.$ref ?? "").split("/").pop() as string;
    const schema = spec.components.schemas[schemaName];
    const operationLines = (factsTable[`${constantName(operation.operationId)}_LINES`] ?? {}) as LineRange;
    // What Redoc shows: the media type's examples, else its example, else the schema's example.
    const shown: Array<[string, Node]> = media.examples
      ? Object.entries(media.examples)
      : media.example !== undefined
        ? [["example", { value: media.example }]]
        : schema?.example !== undefined
          ? [["schema example", { value: schema.example }]]
          : [];
    const examples = shown.map(([name, example]) => ({
      operationId: operation.operationId,
      method,
      path,
      schemaName,
      name,
      value: example.value as Record<string, unknown>,
      lines: FLINK_LINES.filter((line) => inLines(line, operationLines) && inLines(line, rangeOf(example))),
    }));
    return [{ operationId: operation.operationId, schemaName, examples }];
  }),
);
const EXAMPLES = BODIES.flatMap((b) => b.examples);
const label = (e: Example) => `${e.operationId} "${e.name}"`;

const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
ajv.addSchema({ $id: "openapi", ...spec } as never);

function properties(schema: Node | undefined): Record<string, unknown> | undefined {
  const resolved = schema?.$ref ? spec.components.schemas[schema.$ref.split("/").pop() as string] : schema;
  return resolved?.properties as Record<string, unknown> | undefined;
}

// ---- sending an example to the fake cluster ------------------------------------------------------

function emptyJar(): File {
  const bytes = new Uint8Array(22);
  bytes.set([0x50, 0x4b, 0x05, 0x06]);
  return new File([bytes], "orders-job.jar", { type: "application/java-archive" });
}

interface Sent {
  mock: FlinkMock;
  /** Undefined when the fake has no route for the operation. */
  response: Response | undefined;
  jobId: string | undefined;
}

/**
 * A fake cluster of the line with what the example presumes: an uploaded jar that has the example's
 * entry class, a running job, the savepoint it restores from. Then the example, as the reference
 * shows it, goes to the fake's handlers.
 */
async function send(example: Example, line: string): Promise<Sent> {
  const mock = createFlinkMock({ flinkVersion: line, diagnostics: true, catalog: flinkOptionCatalog });
  const flink = createFlinkClient({
    baseUrl: mock.baseUrl,
    fetch: (input, init) => mock.handle(new Request(input, init)),
  });
  const { value } = example;
  if (typeof value.entryClass === "string") {
    mock.cluster.registerProgram(value.entryClass, configEchoProgram);
  }
  // The savepoint an example restores from or disposes of exists, as it would on a real cluster.
  for (const path of [value.savepointPath, value["savepoint-path"]]) {
    if (typeof path === "string") {
      mock.cluster.savepoints.add(path);
    }
  }
  const { jarId } = await uploadJar(flink, emptyJar());
  const jobId = example.path.includes("{jobid}")
    ? (await runJar(flink, jarId, { flinkVersion: line })).jobId
    : undefined;
  const url = example.path.replace("{jarid}", jarId).replace("{jobid}", jobId ?? "");
  const request = new Request(`${mock.baseUrl}${url}`, {
    method: example.method.toUpperCase(),
    headers: { "content-type": "application/json" },
    body: JSON.stringify(value),
  });
  return { mock, response: await getResponse(mock.handlers, request), jobId };
}

/** What the fake did with an accepted example: the job runs, the operation completes. */
async function expectDone(example: Example, sent: Sent, where: string): Promise<void> {
  const answer = (await (sent.response as Response).json()) as Record<string, unknown>;
  const get = async (path: string) => (await sent.mock.handle(new Request(`${sent.mock.baseUrl}${path}`))).json();
  if (example.operationId === "runJar") {
    const job = sent.mock.cluster.jobs.get(answer.jobid as string);
    expect(job?.state, where).toBe("RUNNING");
    if (typeof example.value.jobId === "string") {
      expect(answer.jobid, where).toBe(example.value.jobId);
    }
    const findings = sent.mock.cluster.diagnosticsFor(answer.jobid as string);
    expect(
      findings.filter((d) => d.severity !== "info"),
      where,
    ).toEqual([]);
  } else if (typeof answer["request-id"] === "string") {
    const kind = example.path.endsWith("/checkpoints") ? "checkpoints" : "savepoints";
    // A disposal's status lives under its own path, not under a job.
    const statusPath =
      example.path === "/savepoint-disposal"
        ? `/savepoint-disposal/${answer["request-id"]}`
        : `/jobs/${sent.jobId}/${kind}/${answer["request-id"]}`;
    const status = (await get(statusPath)) as {
      status: { id: string };
      operation: Record<string, unknown>;
    };
    expect(status.status.id, where).toBe("COMPLETED");
    expect(status.operation["failure-cause"] ?? status.operation.failureCause, where).toBeUndefined();
  }
}

// ---- the tests -----------------------------------------------------------------------------------

describe("the request examples of openapi.yaml", () => {
  it("given every JSON request body, then the reference shows an example for it (none is invented from the schema)", () => {
    expect(BODIES.length).toBeGreaterThanOrEqual(9);
    expect(BODIES.filter((b) => b.examples.length === 0).map((b) => b.operationId)).toEqual([]);
  });

  it("given runJar, then its examples differ per release line where Flink's bodies differ", () => {
    const runJar = EXAMPLES.filter((e) => e.operationId === "runJar");
    // Every line can restore: with claimMode from 1.20, with restoreMode before.
    for (const line of FLINK_LINES) {
      const restores = runJar.filter((e) => e.lines.includes(line) && "savepointPath" in e.value);
      expect(
        restores.map((e) => Object.keys(e.value).find((k) => /Mode$/.test(k))),
        line,
      ).toEqual([inLines(line, facts.JAR_RUN_REQUEST_BODY_FIELDS.claimMode) ? "claimMode" : "restoreMode"]);
    }
    // No example mixes the two argument forms or the two claim mode fields, or sends the deprecated one.
    for (const e of EXAMPLES) {
      expect("programArgs" in e.value, label(e)).toBe(false);
      expect("claimMode" in e.value && "restoreMode" in e.value, label(e)).toBe(false);
    }
  });

  describe.each(EXAMPLES.map((e) => [label(e), e] as const))("%s", (_, example) => {
    it("given its schema, then it is valid and names no field the schema does not have", () => {
      expect(example.lines.length).toBeGreaterThan(0);
      const validate = ajv.compile({ $ref: `openapi#/components/schemas/${example.schemaName}` });
      expect(validate(example.value), JSON.stringify(validate.errors)).toBe(true);
      const known = properties(spec.components.schemas[example.schemaName]);
      if (known) {
        expect(Object.keys(example.value).filter((k) => !(k in known))).toEqual([]);
      }
    });

    it("given each release line it is for, then that line has every field and the options draw no finding", () => {
      const fields = factsTable[`${constantName(example.schemaName)}_FIELDS`] as RequestFields | undefined;
      for (const line of example.lines) {
        for (const field of Object.keys(example.value)) {
          if (fields) {
            expect(inLines(line, fields[field]), `${field} on ${line}`).toBe(true);
          }
        }
        const configuration = example.value.flinkConfiguration as Record<string, string> | undefined;
        if (configuration) {
          expect(validateFlinkConfiguration(configuration, { flinkVersion: line }), line).toEqual([]);
        }
      }
    });

    it("given the fake cluster of each release line it is for, then the fake accepts it (or has no such route)", async () => {
      const unserved: string[] = [];
      for (const line of example.lines) {
        const where = `${label(example)} on ${line}`;
        const sent = await send(example, line);
        if (!sent.response) {
          unserved.push(line);
          continue;
        }
        const status = sent.response.status;
        expect(status >= 200 && status < 300, `${where}: ${status} ${await sent.response.clone().text()}`).toBe(true);
        await expectDone(example, sent, where);
      }
      // An operation the fake does not serve is checked above against its schema and lines only.
      expect(unserved.length === 0 || unserved.length === example.lines.length, label(example)).toBe(true);
    });
  });

  it("given the operations the fake serves, then their examples were sent to it on every line they are for", async () => {
    const served = new Set<string>();
    for (const example of EXAMPLES) {
      if ((await send(example, example.lines.at(-1) as string)).response) {
        served.add(example.operationId);
      }
    }
    for (const operationId of [
      "runJar",
      "getJarPlan",
      "triggerCheckpoint",
      "triggerSavepoint",
      "stopJobWithSavepoint",
    ]) {
      expect(served, operationId).toContain(operationId);
    }
  });
});
