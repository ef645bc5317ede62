/** What every command gets: the parsed options, the output, the interrupt signal and a client factory. */
import type { FlinkClient } from "../../client/flink-client.js";
import type { OptionValues } from "../option-values.js";
import type { Output } from "../output.js";

export interface CommandContext {
  readonly values: OptionValues;
  /** The positional arguments after the action. */
  readonly args: readonly string[];
  readonly out: Output;
  /** Aborted on SIGINT/SIGTERM. */
  readonly signal: AbortSignal;
  /** `--timeout` in ms, when given. */
  readonly timeoutMs: number | undefined;
  /** The client for the chosen cluster (created on first use). */
  client(): Promise<FlinkClient>;
}

/** A job id argument, as Flink's CLI requires one (it is checked before anything is sent). */
export const JOB_ID_ARG = /^[0-9a-fA-F]{32}$/;
