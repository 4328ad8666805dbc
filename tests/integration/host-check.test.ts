// DNS rebinding: with PUBLIC_URL set, requests for a foreign host name are refused (pages, API
// and the live feed), while /healthz, loopback names and ALLOWED_ORIGINS' hosts still answer.
import { request as httpRequest } from "node:http";
import { beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { createEvent, type EventFixture } from "../helpers/api.js";
import { useServer } from "../helpers/server.js";

type Reply = { status: number; body: { error?: { code: string } } | undefined };

/** GET with a chosen Host header (fetch does not let a caller set it). */
function getWithHost(baseUrl: string, path: string, host: string): Promise<Reply> {
  const { port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest({ host: "127.0.0.1", port, path, headers: { host } }, (response) => {
      let text = "";
      response.on("data", (chunk) => {
        text += chunk;
      });
      response.on("end", () => {
        let body: Reply["body"];
        try {
          body = JSON.parse(text);
        } catch {
          body = undefined;
        }
        resolve({ status: response.statusCode ?? 0, body });
      });
    });
    outgoing.on("error", reject);
    outgoing.end();
  });
}

function upgradeWithHost(baseUrl: string, code: string, host: string): Promise<number> {
  return new Promise((resolve) => {
    const socket = new WebSocket(`${baseUrl.replace(/^http/, "ws")}/api/events/${code}/live`, { headers: { host } });
    socket.once("open", () => {
      socket.close();
      resolve(101);
    });
    socket.once("unexpected-response", (_request, response) => {
      resolve(response.statusCode ?? 0);
      response.resume();
    });
    socket.on("error", () => resolve(0));
  });
}

describe("with PUBLIC_URL set", () => {
  const server = useServer({
    publicUrl: "https://vote.example.org",
    allowedOrigins: ["https://stream.example.com"],
  });
  let event: EventFixture;
  beforeAll(async () => {
    event = await createEvent(server.url);
  });

  it("refuses the API, the pages and the live feed for a foreign host name, in the API's shape", async () => {
    const api = await getWithHost(server.url, `/api/events/${event.code}`, "rebound.example.net");
    expect(api.status).toBe(403);
    expect(api.body?.error?.code).toBe("FORBIDDEN");
    const page = await getWithHost(server.url, `/e/${event.code}`, "rebound.example.net:3000");
    expect(page.status).toBe(403);
    expect(page.body?.error?.code).toBe("FORBIDDEN");
    expect(await upgradeWithHost(server.url, event.code, "rebound.example.net")).toBe(403);
  });

  it("answers PUBLIC_URL's host, ALLOWED_ORIGINS' hosts and loopback names", async () => {
    for (const host of [
      "vote.example.org",
      "VOTE.example.org:443",
      "stream.example.com",
      "localhost:3000",
      "127.0.0.1",
    ]) {
      expect((await getWithHost(server.url, `/api/events/${event.code}`, host)).status, host).toBe(200);
    }
    expect(await upgradeWithHost(server.url, event.code, "vote.example.org")).toBe(101);
  });

  it("keeps /healthz answering whatever the host, for health checks by address", async () => {
    expect((await getWithHost(server.url, "/healthz", "10.0.0.7:3000")).status).toBe(200);
  });
});

describe("without PUBLIC_URL", () => {
  const server = useServer();

  it("answers any host name: the server does not know its own", async () => {
    const event = await createEvent(server.url);
    expect((await getWithHost(server.url, `/api/events/${event.code}`, "vote.lan:3000")).status).toBe(200);
  });
});
