/**
 * DO NOT EDIT: generated from openapi.yaml by scripts/generate.mjs (openapi-typescript).
 * Change the contract and run `npm run generate`; CI fails when this file is stale.
 */

/** Operations that exist only from (`since`) or up to before (`until`) a Flink release line. */
export const OPERATION_VERSIONS = {
  cancelApplication: { method: "post", path: "/applications/{applicationid}/cancel", since: "2.3" },
  getApplicationDetails: { method: "get", path: "/applications/{applicationid}", since: "2.3" },
  getApplicationExceptions: { method: "get", path: "/applications/{applicationid}/exceptions", since: "2.3" },
  getApplicationJobManagerConfig: { method: "get", path: "/applications/{applicationid}/jobmanager/config", since: "2.3" },
  getApplicationsOverview: { method: "get", path: "/applications/overview", since: "2.3" },
  getJobManagerOperatorMetrics: { method: "get", path: "/jobs/{jobid}/vertices/{vertexid}/jm-operator-metrics", since: "1.20" },
  getJobRescaleConfig: { method: "get", path: "/jobs/{jobid}/rescales/config", since: "2.3" },
  getJobRescaleDetails: { method: "get", path: "/jobs/{jobid}/rescales/details/{rescaleuuid}", since: "2.3" },
  getJobRescalesHistory: { method: "get", path: "/jobs/{jobid}/rescales/history", since: "2.3" },
  getJobRescalesOverview: { method: "get", path: "/jobs/{jobid}/rescales/overview", since: "2.3" },
  getJobRescalesSummary: { method: "get", path: "/jobs/{jobid}/rescales/summary", since: "2.3" },
  getJobResourceRequirements: { method: "get", path: "/jobs/{jobid}/resource-requirements", since: "1.18" },
  runJarApplication: { method: "post", path: "/jars/{jarid}/run-application", since: "2.3" },
  sendJobClientHeartbeat: { method: "patch", path: "/jobs/{jobid}/clientHeartbeat", since: "1.18" },
  updateJobResourceRequirements: { method: "put", path: "/jobs/{jobid}/resource-requirements", since: "1.18" },
} as const;
