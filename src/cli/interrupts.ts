/**
 * Ctrl-C and SIGTERM: the first signal aborts the command's work through an AbortSignal, so the
 * command can say what it knows (the job id, whether the job may be running) and delete the jar it
 * uploaded, in bounded time; a second signal ends the process at once.
 */
import { EXIT } from "./exit-codes.js";

export interface Interrupts {
  /** Aborted by the first SIGINT or SIGTERM. */
  readonly signal: AbortSignal;
  /** The signal received, if any. */
  received(): "SIGINT" | "SIGTERM" | undefined;
  dispose(): void;
}

const CODES = { SIGINT: EXIT.interrupted, SIGTERM: EXIT.terminated } as const;

export function exitCodeOfSignal(name: "SIGINT" | "SIGTERM"): number {
  return CODES[name];
}

export function installInterrupts(exit: (code: number) => void = (code) => process.exit(code)): Interrupts {
  const controller = new AbortController();
  let received: "SIGINT" | "SIGTERM" | undefined;
  const on = (name: "SIGINT" | "SIGTERM") => () => {
    if (received) {
      // A second signal: the user does not want to wait for the cleanup.
      exit(CODES[name]);
      return;
    }
    received = name;
    controller.abort(new DOMException(`interrupted by ${name}`, "AbortError"));
  };
  const onInt = on("SIGINT");
  const onTerm = on("SIGTERM");
  process.on("SIGINT", onInt);
  process.on("SIGTERM", onTerm);
  return {
    signal: controller.signal,
    received: () => received,
    dispose() {
      process.off("SIGINT", onInt);
      process.off("SIGTERM", onTerm);
    },
  };
}
