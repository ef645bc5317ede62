import { writeFile } from "node:fs/promises";

/** Writes the smallest valid jar (an empty zip: its end-of-central-directory record alone). */
export async function writeEmptyJar(path: string): Promise<void> {
  const emptyZip = new Uint8Array(22);
  emptyZip.set([0x50, 0x4b, 0x05, 0x06]);
  await writeFile(path, emptyZip);
}
