// The OpenAPI document comes from the routes themselves: it lists exactly the API routes the
// server registered (every method and path), and each says what it does and what it answers.
// Only the pages for people (web pages, their files, /docs) are left out.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { request } from "../helpers/api.js";
import { startServer, type TestServer } from "../helpers/server.js";

let server: TestServer;
// biome-ignore lint/suspicious/noExplicitAny: the document is read as JSON; assertions check it
let document: any;

beforeAll(async () => {
  server = await startServer();
  document = (await request(server.url, "GET", "/api/openapi.json")).body;
});
afterAll(async () => {
  await server.close();
  server.cleanup();
});

/**
 * Every route Fastify registered, as "METHOD /path" with OpenAPI's `{param}`, read from its
 * route tree: one node per line, four characters of indent per level, a node's path is its
 * parent's path and its own segment, and its methods are in parentheses.
 */
function registeredRoutes(): string[] {
  const routes: string[] = [];
  const pathAtDepth: string[] = [];
  for (const line of server.app.printRoutes({ commonPrefix: false }).split("\n")) {
    const node = /^(.*?)[└├]── (.+?)(?: \(([A-Z, ]+)\))?$/.exec(line);
    if (!node) continue;
    const depth = (node[1] ?? "").length / 4;
    const path = depth === 0 ? (node[2] ?? "") : `${pathAtDepth[depth - 1]}${node[2]}`;
    pathAtDepth[depth] = path;
    for (const method of node[3]?.split(", ") ?? []) {
      routes.push(`${method} ${path.replace(/:(\w+)/g, "{$1}")}`);
    }
  }
  return routes;
}

const isApiRoute = (route: string) => /^\S+ (\/api\/|\/healthz$|\/metrics$)/.test(route);

const documentedRoutes = (): string[] =>
  Object.entries(document.paths as Record<string, Record<string, unknown>>).flatMap(([path, operations]) =>
    Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
  );

describe("the OpenAPI document", () => {
  it("lists exactly the API routes the server registered", () => {
    // HEAD is Fastify's own twin of every GET, not a route of ours.
    const registered = registeredRoutes().filter((route) => !route.startsWith("HEAD "));
    // The tree was read right: the hot route and a page are both there.
    expect(registered).toContain("POST /api/events/{code}/polls/{pollId}/votes");
    expect(registered).toContain("GET /moderate/{code}");
    expect(documentedRoutes().sort()).toEqual(registered.filter(isApiRoute).sort());
  });

  it("says of every route what it does, and describes every answer it documents", () => {
    type Operation = { summary?: string; responses: Record<string, { description: string }> };
    for (const [path, operations] of Object.entries(document.paths as Record<string, Record<string, Operation>>)) {
      for (const [method, operation] of Object.entries(operations)) {
        const where = `${method.toUpperCase()} ${path}`;
        expect(operation.summary, where).toEqual(expect.any(String));
        const responses = Object.entries(operation.responses);
        expect(responses.length, where).toBeGreaterThan(0);
        for (const [status, response] of responses)
          expect(response.description, `${where} ${status}`).not.toBe("Default Response");
      }
    }
  });

  it("derives bodies and path parameters from the schemas that validate them", () => {
    const votes = document.paths["/api/events/{code}/polls/{pollId}/votes"].post;
    const pollId = votes.parameters.find((parameter: { name: string }) => parameter.name === "pollId");
    expect(pollId).toMatchObject({
      in: "path",
      required: true,
      schema: { type: "string", pattern: "^[1-9][0-9]{0,15}$" },
    });
    expect(JSON.stringify(votes.requestBody.content["application/json"].schema)).toContain("optionIds");
    expect(Object.keys(votes.responses)).toEqual(expect.arrayContaining(["200", "403", "404", "409", "422", "429"]));
    const deleteEvent = document.paths["/api/events/{code}"].delete;
    expect(deleteEvent.security).toEqual([{ moderatorKey: [] }]);
    expect(deleteEvent.responses["204"].content).toBeUndefined();
    expect(Object.keys(document.paths["/api/events/{code}/export.csv"].get.responses["200"].content)).toEqual([
      "text/csv; charset=utf-8",
    ]);
    expect(JSON.stringify(document["x-websocket"].serverMessages)).toContain("snapshot");
  });
});
