import { describe, expect, it } from "vitest";
import { readAnswer } from "../../src/client/read-answer.js";

const request = new Request("http://jm:8081/jobs/overview");
const fetched = (body: string | null, status = 200) => {
  const response = new Response(body, {
    status,
    statusText: "Fine",
    headers: { "content-type": "application/json", "x-flink": "1" },
  });
  Object.defineProperty(response, "url", { value: "http://jm:8081/jobs/overview" });
  return response;
};

describe("an answer read into memory is still a whole Response (its body stream is made only when asked for)", () => {
  it("given a JSON answer, then json() gives the value parsed once, and the body can still be read", async () => {
    const answer = await readAnswer(fetched('{"jobs":[]}'), request, true);
    expect(answer).toBeInstanceOf(Response);
    expect([answer.status, answer.statusText, answer.ok, answer.url]).toEqual([
      200,
      "Fine",
      true,
      "http://jm:8081/jobs/overview",
    ]);
    expect(answer.headers.get("x-flink")).toBe("1");
    expect(await answer.json()).toEqual({ jobs: [] });
    expect(answer.bodyUsed).toBe(false);
    expect(await answer.clone().json()).toEqual({ jobs: [] });
    expect(await answer.text()).toBe('{"jobs":[]}');
    expect(answer.bodyUsed).toBe(true);
    await expect(answer.text()).rejects.toThrow(TypeError);
  });

  it("given an error answer, then its text, bytes and body stream are the bytes Flink sent", async () => {
    const body = '{"errors":["Service temporarily unavailable"]}';
    expect(await (await readAnswer(fetched(body, 503), request, true)).text()).toBe(body);
    expect(new TextDecoder().decode(await (await readAnswer(fetched(body, 503), request, true)).bytes())).toBe(body);
    const stream = (await readAnswer(fetched(body, 503), request, true)).body;
    expect(await new Response(stream).text()).toBe(body);
  });

  it("given an empty answer, then it has no body", async () => {
    const answer = await readAnswer(fetched(""), request, true);
    expect(answer.body).toBeNull();
    expect(await answer.text()).toBe("");
  });

  it("given an answer that is not JSON where JSON is due, then a FlinkResponseError names the request", async () => {
    await expect(readAnswer(fetched("<html>"), request, true)).rejects.toThrow(/GET \/jobs\/overview: the answer/);
  });
});
