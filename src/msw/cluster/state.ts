/**
 * The fake cluster's state: jars, jobs, savepoints and pending operations, with the settings it
 * was made with. Every route module reads and changes this one object.
 */
import { FLINK_LINES } from "../../../generated/contract-facts.js";
import type { Diagnostic } from "../../options/diagnostics.js";
import { flinkOptionCatalog } from "../../options/full-catalog.js";
import type { OptionCatalog } from "../../options/option-catalog.js";
import { parseFlinkVersion } from "../../versions/flink-version.js";
import type { FakeApplication } from "../views/fake-application.js";
import type { FakeJob } from "../views/job-views.js";
import { JobScripts } from "./job-scripts.js";
import { CONFIG_ECHO_ENTRY_CLASS, configEchoProgram, type FakeProgram } from "./programs.js";

export interface FakeClusterOptions {
  /** Flink version to imitate, e.g. "1.19", "1.20.1", "2.3.0" (default: the newest supported line). */
  flinkVersion?: string;
  /** The cluster's own configuration (what `GET /jobmanager/config` shows). */
  clusterConfig?: Readonly<Record<string, string>>;
  /** Programs by entry class, in addition to the default config-echo program. */
  programs?: Readonly<Record<string, FakeProgram>>;
  /** Entry class every uploaded jar's manifest names (default: the config-echo job). */
  defaultEntryClass?: string;
  /** Task slots of the one fake TaskManager (default 4). */
  slots?: number;
  /** Clock, for deterministic tests (default Date.now). */
  now?: () => number;
  /** Source of random 32-hex ids (default crypto.randomUUID). */
  randomHex?: () => string;
  /** Address shown in `GET /jars` (default http://localhost:8081). */
  address?: string;
  /**
   * Record the SDK's findings about every run's flinkConfiguration in `cluster.diagnostics` (as
   * `resolveRunConfiguration` reports them). Only recorded: the fake still answers as Flink does.
   */
  diagnostics?: boolean;
  /** Option facts for those findings, e.g. `flinkOptionCatalog` from `flink-rest-client/options`. */
  catalog?: OptionCatalog;
  /** How long simulated things take (the fake applies them on the next request after their time). */
  timings?: FakeTimings;
}

/** Durations of what the fake simulates over time, in ms. */
export interface FakeTimings {
  /** How long a bounded job (BATCH, or a bounded source) runs before it is FINISHED (default 1,000). */
  boundedJobMs?: number;
  /** How long a cancelled application stays CANCELING before it is CANCELED (default 500; ~2 s on real 2.3.0). */
  applicationCancelMs?: number;
}

/** What the SDK found in one run request (`diagnostics: true`). */
export interface RunDiagnostics {
  readonly jarId: string;
  /** The job the run created, when it created one. */
  jobId: string | undefined;
  readonly diagnostics: readonly Diagnostic[];
}

export interface FakeJar {
  readonly id: string;
  readonly name: string;
  readonly uploaded: number;
  readonly size: number;
  readonly path: string;
  readonly entryClass: string;
}

/** A savepoint, stop or checkpoint trigger known to the fake cluster. */
export interface FakeOperation {
  readonly jobId: string;
  readonly kind: "savepoint" | "checkpoint" | "stop" | "disposal";
  readonly location?: string;
  /** Flink's stack-trace text of the failure; its first word is the exception's class. */
  readonly failure?: string;
}

/** Savepoints (or stops, checkpoints) that a test made fail. */
export interface SnapshotFault {
  /** Only this job's; every job's when absent. */
  readonly jobId?: string;
  readonly kinds: ReadonlyArray<FakeOperation["kind"]>;
  remaining: number;
  /** Flink's stack-trace text of the failure. */
  readonly cause: string;
}

/** What the last /run or /plan request resolved to (for the request log). */
export interface ResolvedRequest {
  /** The configuration main() got, when Flink read the request that far. */
  readonly configuration: Readonly<Record<string, string>> | undefined;
  readonly jobId: string | undefined;
}

function defaultRandomHex(): string {
  return globalThis.crypto.randomUUID().replaceAll("-", "");
}

/** "2.3" → "2.3.0", so `/config` shows a full release number as Flink does. */
function fullVersion(version: string): string {
  const { major, minor, patch } = parseFlinkVersion(version);
  return version.includes("-") ? version : `${major}.${minor}.${patch}`;
}

/**
 * Where Flink keeps uploaded jars: `<web.upload.dir>/flink-web-upload` when the cluster sets
 * web.upload.dir, else a new `flink-web-<uuid>` folder in `web.tmpdir` (or /tmp).
 */
function jarDirOf(config: Readonly<Record<string, string>>, uuid: () => string): string {
  const uploadDir = config["web.upload.dir"];
  if (uploadDir) {
    return `${uploadDir.replace(/\/+$/, "")}/flink-web-upload`;
  }
  return `${(config["web.tmpdir"] ?? "/tmp").replace(/\/+$/, "")}/flink-web-${uuid()}/flink-web-upload`;
}

export class ClusterState {
  readonly flinkVersion: string;
  readonly clusterConfig: Readonly<Record<string, string>>;
  readonly jars = new Map<string, FakeJar>();
  readonly jobs = new Map<string, FakeJob>();
  /** Applications by id (Flink 2.3+). */
  readonly applications = new Map<string, FakeApplication>();
  readonly timings: Required<FakeTimings>;
  /** Savepoint paths that exist (taken by this cluster, or registered by a test). */
  readonly savepoints = new Set<string>();
  /** The findings of every run request Flink got past its own checks, oldest first (`diagnostics: true`). */
  readonly diagnostics: RunDiagnostics[] = [];
  readonly operations = new Map<string, FakeOperation>();
  readonly programs = new Map<string, FakeProgram>();
  /** Scripted job states (tests). */
  readonly scripts = new JobScripts();
  /** Snapshot operations that a test made fail. */
  readonly snapshotFaults: SnapshotFault[] = [];
  /** The resolution of the last /run or /plan request. */
  lastResolved: ResolvedRequest | undefined;
  /** Whether to record findings, and with which catalog. */
  readonly validation: { readonly record: boolean; readonly catalog: OptionCatalog | undefined };
  /** Option facts for behaving like Flink (spellings, defaults): the full catalog unless given one. */
  readonly facts: OptionCatalog;
  readonly now: () => number;
  readonly randomHex: () => string;
  readonly slots: number;
  readonly address: string;
  readonly defaultEntryClass: string;
  readonly jarDir: string;

  constructor(options: FakeClusterOptions) {
    this.flinkVersion = fullVersion(options.flinkVersion ?? (FLINK_LINES[FLINK_LINES.length - 1] as string));
    this.clusterConfig = Object.freeze({ ...(options.clusterConfig ?? {}) });
    this.validation = { record: options.diagnostics ?? false, catalog: options.catalog };
    this.facts = options.catalog ?? flinkOptionCatalog;
    this.now = options.now ?? Date.now;
    this.randomHex = options.randomHex ?? defaultRandomHex;
    this.slots = options.slots ?? 4;
    this.timings = { boundedJobMs: 1000, applicationCancelMs: 500, ...options.timings };
    this.address = options.address ?? "http://localhost:8081";
    this.defaultEntryClass = options.defaultEntryClass ?? CONFIG_ECHO_ENTRY_CLASS;
    this.#initialPrograms = { [CONFIG_ECHO_ENTRY_CLASS]: configEchoProgram, ...(options.programs ?? {}) };
    this.reset();
    this.jarDir = jarDirOf(this.clusterConfig, () => this.uuid());
  }

  readonly #initialPrograms: Readonly<Record<string, FakeProgram>>;

  /** Back to the state the cluster was created with: no jars, jobs, savepoints, scripts or faults. */
  reset(): void {
    this.jars.clear();
    this.jobs.clear();
    this.savepoints.clear();
    this.diagnostics.length = 0;
    this.operations.clear();
    this.scripts.clear();
    this.snapshotFaults.length = 0;
    this.lastResolved = undefined;
    this.programs.clear();
    for (const [entryClass, program] of Object.entries(this.#initialPrograms)) {
      this.programs.set(entryClass, program);
    }
  }

  /** A random UUID in Flink's dashed form. */
  uuid(): string {
    const hex = this.randomHex();
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
  }
}
