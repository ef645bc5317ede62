import { describe, expect, it } from "vitest";
import { createProgressReporter } from "../../src/cli/progress.js";

function stream(isTTY: boolean) {
  const writes: string[] = [];
  return { writes, stream: { isTTY, write: (text: string) => writes.push(text) } as unknown as NodeJS.WriteStream };
}

describe("upload progress", () => {
  it("given a terminal, then one line is redrawn in place as a bar", () => {
    const { writes, stream: s } = stream(true);
    const progress = createProgressReporter("uploading job.jar", s);
    progress.update({ sent: 0, total: 10_485_760 });
    progress.update({ sent: 10_485_760, total: 10_485_760 });
    progress.done();
    expect(writes[0]).toMatch(/^\ruploading job\.jar \[ +\] 0% 0\.0 MB \/ 10\.0 MB/);
    expect(writes[1]).toMatch(/^\ruploading job\.jar \[#{30}\] 100% 10\.0 MB \/ 10\.0 MB/);
    expect(writes.at(-1)).toBe("\n");
  });

  it("given no terminal, then plain lines, one per tenth", () => {
    const { writes, stream: s } = stream(false);
    const progress = createProgressReporter("uploading job.jar", s);
    for (let sent = 0; sent <= 100; sent += 5) {
      progress.update({ sent, total: 100 });
    }
    progress.done();
    expect(writes).toHaveLength(11);
    expect(writes.every((w) => w.endsWith("\n") && !w.includes("\r"))).toBe(true);
    expect(writes.at(-1)).toMatch(/100% /);
  });
});
