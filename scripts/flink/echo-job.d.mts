// Types for echo-job.mjs.
export const echoJobJar: string;
export function buildEchoJob(options?: { log?: (line: string) => void }): Promise<string>;
