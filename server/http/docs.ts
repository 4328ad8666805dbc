// GET /api/openapi.json (the machine-readable API) and /docs (the same, readable by people).
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { WEBSOCKET_DOCUMENT } from "./openapi.js";

type Operation = {
  summary?: string;
  security?: unknown[];
  requestBody?: { content: { "application/json": { schema: unknown } } };
  responses: Record<string, { description: string }>;
};

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

const DOCS_CSS = `
body { font: 16px/1.5 system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #1b1b1b; }
h1 { font-size: 1.8rem; } h2 { margin-top: 2.5rem; border-bottom: 1px solid #ccc; }
section { margin: 1.2rem 0; padding: .8rem 1rem; border: 1px solid #ddd; border-radius: .5rem; }
.method { display: inline-block; min-width: 4.5rem; font-weight: 700; font-family: ui-monospace, monospace; }
code, pre { font-family: ui-monospace, monospace; font-size: .85rem; }
pre { background: #f5f5f5; padding: .6rem; overflow-x: auto; border-radius: .3rem; }
.who { color: #555; font-size: .9rem; }
`;

function renderDocs(document: Record<string, unknown>): string {
  const info = document.info as { title: string; description: string };
  const paths = document.paths as Record<string, Record<string, Operation>>;
  const sections = Object.entries(paths).flatMap(([path, operations]) =>
    Object.entries(operations).map(([method, operation]) => {
      const who = operation.security?.some((s) => s && Object.keys(s as object).includes("moderatorKey"))
        ? "moderator key"
        : "anyone";
      const requestBody = operation.requestBody
        ? `<p>Body:</p><pre>${escapeHtml(JSON.stringify(operation.requestBody.content["application/json"].schema, null, 2))}</pre>`
        : "";
      const responses = Object.entries(operation.responses)
        .map(([status, response]) => `<li><code>${status}</code> ${escapeHtml(response.description)}</li>`)
        .join("");
      return `<section><h3><span class="method">${method.toUpperCase()}</span> <code>${escapeHtml(path)}</code></h3>
<p>${escapeHtml(operation.summary ?? "")} <span class="who">(${who})</span></p>${requestBody}<ul>${responses}</ul></section>`;
    }),
  );
  const websocket = WEBSOCKET_DOCUMENT;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(info.title)}</title><link rel="stylesheet" href="/docs/docs.css"></head>
<body><h1>${escapeHtml(info.title)}</h1><p>${escapeHtml(info.description)}</p>
<p>Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1).</p>
<h2>REST</h2>${sections.join("\n")}
<h2>WebSocket</h2><p><code>${escapeHtml(websocket.url)}</code></p><p>${escapeHtml(websocket.description)}</p>
<h3>Client → server frames</h3><pre>${escapeHtml(JSON.stringify(websocket.clientMessages, null, 2))}</pre>
<h3>Server → client frames</h3><pre>${escapeHtml(JSON.stringify(websocket.serverMessages, null, 2))}</pre>
</body></html>`;
}

export const docsRoutes: FastifyPluginAsyncZod = async (app) => {
  // Made on the first request, once every route is registered; the routes do not change after.
  let page: string | undefined;
  const apiDocument = (): Record<string, unknown> => ({ ...app.swagger() });
  app.get(
    "/api/openapi.json",
    {
      schema: {
        summary: "This document (OpenAPI 3.1); /docs shows it as a page",
        response: { 200: z.record(z.string(), z.unknown()).describe("The OpenAPI document") },
      },
    },
    async () => apiDocument(),
  );
  // Pages for people, not part of the API.
  app.get("/docs", { schema: { hide: true } }, async (_request, reply) => {
    page ??= renderDocs(apiDocument());
    return reply.type("text/html; charset=utf-8").send(page);
  });
  app.get("/docs/docs.css", { schema: { hide: true } }, async (_request, reply) =>
    reply.type("text/css; charset=utf-8").send(DOCS_CSS),
  );
};
