import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CLUSTER_LINES } from "../../scripts/flink-lines.mjs";
import { resolveRunConfiguration } from "../../src/run/resolve.js";

// Keys the handler treats specially are excluded: their rules have their own tests.
const SPECIAL =
  /^(parallelism\.default|pipeline\.(jars|classpaths)|execution\.(target|attached)|execution\.savepoint|execution\.state-recovery|\$internal\.pipeline\.job-id)/;
const key = fc
  .stringMatching(/^[a-z][a-z0-9-]{0,8}(\.[a-z][a-z0-9-]{0,8}){0,3}$/)
  .filter((k) => !SPECIAL.test(k) && k !== "__proto__");
const value = fc.string({ maxLength: 12 });
const config = fc.dictionary(key, value, { maxKeys: 30 });
const versions = fc.constantFrom("1.17", "1.19", "1.20", "2.0", "2.3");

describe("resolver precedence, for arbitrary configurations", () => {
  it("flinkConfiguration wins over the cluster key by key, and every other cluster key is kept", () => {
    fc.assert(
      fc.property(versions, config, config, (flinkVersion, cluster, request) => {
        const r = resolveRunConfiguration({
          flinkVersion,
          clusterConfig: cluster,
          body: { flinkConfiguration: request },
        });
        for (const [k, v] of Object.entries(request)) {
          expect(r.values[k]).toBe(v);
          expect(r.entries.get(k)?.source).toBe("flinkConfiguration");
        }
        for (const [k, v] of Object.entries(cluster)) {
          if (!(k in request)) {
            expect(r.values[k]).toBe(v);
            expect(r.entries.get(k)?.source).toBe("cluster");
          }
        }
      }),
    );
  });

  it("parallelism is body ?? query ?? flinkConfiguration ?? 1, never the cluster's", () => {
    const p = fc.option(fc.integer({ min: 1, max: 512 }), { nil: undefined });
    fc.assert(
      fc.property(versions, p, p, p, fc.integer({ min: 1, max: 512 }), (flinkVersion, body, query, conf, cluster) => {
        const r = resolveRunConfiguration({
          flinkVersion,
          clusterConfig: { "parallelism.default": String(cluster) },
          body: {
            ...(body === undefined ? {} : { parallelism: body }),
            ...(conf === undefined ? {} : { flinkConfiguration: { "parallelism.default": String(conf) } }),
          },
          ...(query === undefined ? {} : { query: { parallelism: String(query) } }),
        });
        expect(r.settings.parallelism).toBe(body ?? query ?? conf ?? 1);
        expect(r.values["parallelism.default"]).toBe(String(body ?? query ?? conf ?? 1));
      }),
    );
  });

  it("adding request keys never changes the value of any other key", () => {
    fc.assert(
      fc.property(versions, config, config, config, (flinkVersion, cluster, request, extra) => {
        const base = resolveRunConfiguration({
          flinkVersion,
          clusterConfig: cluster,
          body: { flinkConfiguration: request },
        });
        const more = resolveRunConfiguration({
          flinkVersion,
          clusterConfig: cluster,
          body: { flinkConfiguration: { ...request, ...extra } },
        });
        for (const [k, v] of Object.entries(base.values)) {
          if (!(k in extra)) {
            expect(more.values[k]).toBe(v);
          }
        }
      }),
    );
  });

  it("the savepoint path comes from the highest layer that has a non-empty one", () => {
    const path = fc.option(fc.constantFrom("/a", "/b", "/c", ""), { nil: undefined });
    fc.assert(
      fc.property(
        fc.constantFrom(...CLUSTER_LINES),
        path,
        path,
        path,
        path,
        (flinkVersion, body, query, conf, cluster) => {
          const keyName = flinkVersion === "1.19" ? "execution.savepoint.path" : "execution.state-recovery.path";
          const r = resolveRunConfiguration({
            flinkVersion,
            clusterConfig: cluster === undefined ? {} : { [keyName]: cluster },
            body: {
              ...(body === undefined ? {} : { savepointPath: body }),
              ...(conf === undefined ? {} : { flinkConfiguration: { [keyName]: conf } }),
            },
            ...(query === undefined ? {} : { query: { savepointPath: query } }),
          });
          const nonEmpty = (s: string | undefined) => (s === "" ? undefined : s);
          const expected = nonEmpty(body) ?? nonEmpty(query) ?? conf ?? cluster;
          expect(r.settings.savepoint?.path).toBe(expected);
        },
      ),
    );
  });
});
