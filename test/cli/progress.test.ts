import { describe, expect, it } from "vitest";
import { createProgressReporter, formatBytes } from "../../src/cli/progress.js";

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
    expect(writes[0]).toMatch(/^\ruploading job\.jar \[ +\] 0% 0 B \/ 10\.0 MB/);
    expect(writes[1]).toMatch(/^\ruploading job\.jar \[#{30}\] 100% 10\.0 MB \/ 10\.0 MB/);
    expect(writes.at(-1)).toBe("\n");
  });

  it("given no terminal and a large upload, then the start, one line per tenth and the end once", () => {
    const { writes, stream: s } = stream(false);
    const progress = createProgressReporter("uploading job.jar", s);
    const total = 20 * 1_048_576;
    for (let sent = 0; sent <= total; sent += total / 20) {
      progress.update({ sent, total });
    }
    progress.update({ sent: total, total });
    progress.done();
    expect(writes[0]).toBe("uploading job.jar (20.0 MB)\n");
    expect(writes.slice(1, -1)).toEqual(
      [10, 20, 30, 40, 50, 60, 70, 80, 90].map(
        (p) => `uploading job.jar ${p}% (${formatBytes((total * p) / 100)} of 20.0 MB)\n`,
      ),
    );
    expect(writes.at(-1)).toBe("uploading job.jar: done, 20.0 MB sent\n");
    expect(writes.filter((w) => w.includes("100%"))).toEqual([]);
  });

  it("given no terminal and a tiny jar, then sizes in bytes and no percentages (issue 10: '68% 0.0 MB of 0.0 MB')", () => {
    const { writes, stream: s } = stream(false);
    const progress = createProgressReporter("uploading t.jar", s);
    for (const sent of [0, 150, 170, 222]) {
      progress.update({ sent, total: 222 });
    }
    progress.done();
    expect(writes).toEqual(["uploading t.jar (222 B)\n", "uploading t.jar: done, 222 B sent\n"]);
  });
});
