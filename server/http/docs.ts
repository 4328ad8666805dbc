// GET /api/openapi.json (the machine-readable API) and /docs (the same, readable by people).
import type { FastifyInstance } from "fastify";
import { openApiDocument } from "./openapi.js";

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

function renderDocs(document: ReturnType<typeof openApiDocument>): string {
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
  const websocket = document["x-websocket"] as {
    url: string;
    description: string;
    clientMessages: unknown;
    serverMessages: unknown;
  };
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

export async function docsRoutes(app: FastifyInstance): Promise<void> {
  // Built once: the schemas do not change while the server runs.
  const document = openApiDocument();
  const page = renderDocs(document);
  app.get("/api/openapi.json", async () => document);
  app.get("/docs", async (_request, reply) => reply.type("text/html; charset=utf-8").send(page));
  app.get("/docs/docs.css", async (_request, reply) => reply.type("text/css; charset=utf-8").send(DOCS_CSS));
}
