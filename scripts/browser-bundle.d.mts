import type { OutputFile } from "esbuild";

export function bundleForBrowser(source: { entry: string } | { contents: string }): Promise<{
  /** The chunks a page loads before any dynamic import. */
  initial: OutputFile[];
  /** The chunks the loaded code can import later. */
  onDemand: OutputFile[];
  /** The source files in the initial chunks (paths relative to the repository root). */
  inputs: string[];
}>;
