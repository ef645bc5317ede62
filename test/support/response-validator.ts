/**
 * Validates every JSON response against the response schema `openapi.yaml` declares for its
 * operation and status (Ajv, JSON Schema 2020-12 as OpenAPI 3.1 uses it). Installed as an
 * openapi-fetch middleware, so the contract suite checks real Flink and the fake alike.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import type { Middleware } from "openapi-fetch";
import { parse } from "yaml";

interface Operation {
  responses?: Record<string, { $ref?: string; content?: Record<string, { schema?: unknown }> }>;
}

type Spec = {
  paths: Record<string, Record<string, Operation>>;
  components: { responses?: Record<string, { content?: Record<string, { schema?: unknown }> }> };
};

export interface Violation {
  operation: string;
  status: number;
  errors: string[];
  body: unknown;
}

const specPath = fileURLToPath(new URL("../../openapi.yaml", import.meta.url));

export function createResponseValidator() {
  const spec = parse(readFileSync(specPath, "utf8")) as Spec;
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
  // The whole document under one id, so "#/components/schemas/X" refs resolve inside it.
  ajv.addSchema({ $id: "openapi", ...(spec as object) } as never);
  const cache = new Map<string, ValidateFunction | null>();
  const violations: Violation[] = [];
  let checked = 0;

  function schemaFor(path: string, method: string, status: number): ValidateFunction | null {
    const key = `${method} ${path} ${status}`;
    if (cache.has(key)) {
      return cache.get(key) ?? null;
    }
    const op = spec.paths[path]?.[method];
    let response =
      op?.responses?.[String(status)] ?? op?.responses?.[`${String(status)[0]}XX`] ?? op?.responses?.default;
    if (response?.$ref) {
      response = spec.components.responses?.[response.$ref.split("/").pop() as string];
    }
    const schema = response?.content?.["application/json"]?.schema as { $ref?: string } | undefined;
    let validate: ValidateFunction | null = null;
    if (schema) {
      const rebased = JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"openapi#/components/'));
      validate = ajv.compile(rebased);
    }
    cache.set(key, validate);
    return validate;
  }

  const middleware: Middleware = {
    async onResponse({ response, schemaPath, request }) {
      const type = response.headers.get("content-type") ?? "";
      if (!type.includes("json")) {
        return undefined;
      }
      const text = await response.clone().text();
      if (text === "") {
        return undefined;
      }
      const method = request.method.toLowerCase();
      const validate = schemaFor(schemaPath, method, response.status);
      const operation = `${request.method} ${schemaPath}`;
      if (!validate) {
        violations.push({
          operation,
          status: response.status,
          errors: ["the contract declares no JSON body for this status"],
          body: text.slice(0, 500),
        });
        return undefined;
      }
      checked++;
      const body = JSON.parse(text);
      if (!validate(body)) {
        violations.push({
          operation,
          status: response.status,
          errors: (validate.errors ?? []).map(
            (e) => `${e.instancePath || "/"} ${e.message}${e.params ? ` ${JSON.stringify(e.params)}` : ""}`,
          ),
          body,
        });
      }
      return undefined;
    },
  };
  return {
    middleware,
    violations,
    get checked() {
      return checked;
    },
  };
}
