import { inspect } from "node:util";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createFlinkClient } from "../../src/client/create-client.js";
import { createFlinkMock } from "../../src/msw/index.js";
import { flinkOptionCatalog as catalog } from "../../src/options/full-catalog.js";
import { HIDDEN_CONTENT, isSensitiveKey, redactConfiguration, redactValue } from "../../src/options/redaction.js";
import { validateFlinkConfiguration } from "../../src/options/validate.js";
import { buildRunRequest } from "../../src/run/build.js";
import { toConfigValue } from "../../src/run/config-values.js";
import { resolveRunConfiguration } from "../../src/run/resolve.js";
import { emptyJar, setupFakeFlink } from "../support/flink-mock-server.js";

/**
 * Sensitive keys of every shape the config layer handles: catalog options of each value type
 * (so that invalid values are echoed), a suffix-option template, keys of modules the catalog does
 * not read, and unknown keys that only the sensitive-key rule recognises.
 */
const SENSITIVE_KEYS = [
  "security.ssl.keystore-password",
  "security.delegation.tokens.renewal.retry.backoff", // duration
  "security.delegation.tokens.renewal.time-ratio", // double
  "security.delegation.tokens.enabled", // boolean
  "security.delegation.token.provider.hbase.enabled", // template, boolean
  "kubernetes.secrets", // map
  "kubernetes.env.secretKeyRef", // list of maps
  "kubernetes.container.image.pull-secrets", // list
  "s3.secret-key",
  "fs.azure.account.key.acct.blob.core.windows.net",
  "acme.db.password",
  "acme.API-KEY",
  "acme.auth-params",
  "sasl.jaas.config",
  "acme.http-headers",
];

/** A secret that cannot appear in a message by accident. */
const secret = fc.stringMatching(/^[A-Za-z0-9]{8,16}$/).map((s) => `S3cr3t-${s}`);

/** The secret in every form that reaches a message: alone, as a bad value, inside lists and maps. */
const valueAround = (s: string) =>
  fc.constantFrom<unknown>(s, `${s} ms`, `${s};${s}`, `a:${s},${s}`, `key:${s};${s}`, `'${s}`, ` ${s} `);

function messagesOf(thing: unknown): string {
  if (thing instanceof Error) {
    return `${thing.message}\n${thing.stack}\n${inspect(thing, { depth: 5 })}\n${JSON.stringify(thing)}`;
  }
  return JSON.stringify(thing) ?? "";
}

/** The messages a call produces: its result (findings) and any error it throws. */
function capture(run: () => unknown): string {
  try {
    return messagesOf(run());
  } catch (error) {
    return messagesOf(error);
  }
}

/** Only the error: for calls whose result is the configuration itself (data, not a message). */
function captureError(run: () => unknown): string {
  return capture(() => {
    run();
  });
}

describe("secrets never leak into messages, diagnostics or errors", () => {
  const versions = fc.constantFrom("1.17", "1.19", "1.20", "2.0", "2.1", "2.3");

  it("through the validator, the resolver, the request builder (every validation mode) and config-values.ts", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SENSITIVE_KEYS),
        secret.chain((s) => fc.tuple(fc.constant(s), valueAround(s))),
        versions,
        (key, [s, value], flinkVersion) => {
          const config = { [key]: value, "pipeline.name": "visible" };
          const outputs = [
            capture(() => validateFlinkConfiguration(config, { flinkVersion, catalog })),
            capture(() => validateFlinkConfiguration(config, { flinkVersion })),
            captureError(() => Object.entries(config).map(([k, v]) => toConfigValue("run", k, v))),
            ...(["warn", "error", "off"] as const).flatMap((validation) => [
              capture(
                () =>
                  buildRunRequest({ flinkConfiguration: config as never }, { flinkVersion, catalog, validation })
                    .diagnostics,
              ),
              capture(
                () =>
                  resolveRunConfiguration({
                    flinkVersion,
                    catalog,
                    validation,
                    clusterConfig: { [key]: s, "parallelism.default": "4" },
                    body: { flinkConfiguration: config },
                  }).diagnostics,
              ),
            ]),
          ];
          for (const output of outputs) {
            expect(output).not.toContain(s);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("through values Flink refuses by type (null, objects, arrays, NaN) and the handler's own checks", () => {
    const s = "S3cr3t-handler";
    for (const key of SENSITIVE_KEYS) {
      for (const value of [null, { s }, [s], Number.NaN]) {
        for (const run of [
          () => buildRunRequest({ flinkConfiguration: { [key]: value as never } }, { flinkVersion: "2.3", catalog }),
          () => validateFlinkConfiguration({ [key]: value }, { flinkVersion: "2.3", catalog }),
          () => resolveRunConfiguration({ flinkVersion: "2.3", body: { flinkConfiguration: { [key]: value } } }),
        ]) {
          expect(capture(run)).not.toContain(s);
        }
      }
    }
  });

  it("shows the redaction where a bad value of a sensitive key is reported", () => {
    const [finding] = validateFlinkConfiguration(
      { "security.delegation.tokens.renewal.retry.backoff": "S3cr3t-x" },
      { flinkVersion: "2.3", catalog },
    ).filter((d) => d.code === "invalid-value");
    expect(finding?.message).toContain(`= ${HIDDEN_CONTENT}:`);
    // A non-sensitive key keeps its value: the message must stay useful.
    expect(
      validateFlinkConfiguration({ "pipeline.object-reuse": "yes" }, { flinkVersion: "2.3", catalog })[0]?.message,
    ).toContain('"yes"');
  });

  describe("through the fake cluster's recorded findings and answers", () => {
    const fake = setupFakeFlink();
    it("given secrets in a run, then neither the findings nor the error bodies contain them", async () => {
      const s = "S3cr3t-fake";
      const { client, mock } = fake.use({ flinkVersion: "2.3", diagnostics: true, catalog });
      const { data } = await client.POST("/jars/upload", { body: { jarfile: emptyJar() } });
      const jarid = (data?.filename ?? "").split("/").pop() as string;
      const flinkConfiguration = Object.fromEntries(SENSITIVE_KEYS.map((k) => [k, `${s};bad:${s}`]));
      const ok = await client.POST("/jars/{jarid}/run", { params: { path: { jarid } }, body: { flinkConfiguration } });
      expect(ok.response.status).toBe(200);
      const nulled = await client.POST("/jars/{jarid}/run", {
        params: { path: { jarid } },
        body: { flinkConfiguration: { ...flinkConfiguration, "acme.password": null } } as never,
      });
      expect(nulled.response.status).toBe(500);
      expect(JSON.stringify(mock.cluster.diagnostics)).not.toContain(s);
      expect(JSON.stringify(nulled.error)).not.toContain(s);
      expect(mock.cluster.diagnostics[0]?.diagnostics.length).toBeGreaterThan(5);
    });
  });
});

describe("isSensitiveKey, redactValue, redactConfiguration", () => {
  it("redacts the values of sensitive keys only, keeping keys and order", () => {
    expect(redactConfiguration({ "pipeline.name": "orders", "s3.secret-key": "abc", "a.token": 1 })).toEqual({
      "pipeline.name": "orders",
      "s3.secret-key": HIDDEN_CONTENT,
      "a.token": HIDDEN_CONTENT,
    });
    expect(redactValue("pipeline.name", "x")).toBe("x");
    expect(isSensitiveKey("Security.SSL.Keystore-Password")).toBe(true);
  });

  it("a client never needs the secret to report it: HIDDEN_CONTENT is Flink's own mask", () => {
    expect(HIDDEN_CONTENT).toBe("******");
    expect(createFlinkMock).toBeTypeOf("function");
    expect(createFlinkClient).toBeTypeOf("function");
  });
});
