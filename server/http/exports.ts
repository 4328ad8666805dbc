// REST: the moderator's downloads of an event's results (CSV, JSON, Excel).
import type { FastifyInstance, FastifyReply } from "fastify";
import writeXlsxFile from "write-excel-file/node";
import type { PollWithResults } from "../../shared/export.js";
import { resultsCsv, resultsTable, TABLE_COLUMNS } from "../domain/results-table.js";
import { moderatorEvent } from "../polling/events.js";
import { pollsOfEvent, resultsOfPoll } from "../polling/registry.js";
import type { StoredEvent } from "../store/events.js";
import { moderatedEvent } from "./access.js";

function pollsWithResults(app: FastifyInstance, event: StoredEvent): PollWithResults[] {
  const { registry } = app.polling;
  return pollsOfEvent(registry, event.code).map((poll) => ({ poll, results: resultsOfPoll(registry, poll) }));
}

const download = (reply: FastifyReply, event: StoredEvent, extension: string, type: string) =>
  reply.type(type).header("content-disposition", `attachment; filename="handzeichen-${event.code}.${extension}"`);

export async function exportRoutes(app: FastifyInstance): Promise<void> {
  app.get("/api/events/:code/export.csv", async (request, reply) => {
    const event = moderatedEvent(request, reply);
    if (!event) return reply;
    // The byte order mark makes Excel read the file as UTF-8 (umlauts in German questions).
    return download(reply, event, "csv", "text/csv; charset=utf-8").send(
      `\uFEFF${resultsCsv(pollsWithResults(app, event))}`,
    );
  });

  app.get("/api/events/:code/export.json", async (request, reply) => {
    const event = moderatedEvent(request, reply);
    if (!event) return reply;
    const body = {
      event: moderatorEvent(event),
      exportedAt: new Date().toISOString(),
      polls: pollsWithResults(app, event),
    };
    return download(reply, event, "json", "application/json; charset=utf-8").send(body);
  });

  app.get("/api/events/:code/export.xlsx", async (request, reply) => {
    const event = moderatedEvent(request, reply);
    if (!event) return reply;
    const header = TABLE_COLUMNS.map((column) => ({ value: column, fontWeight: "bold" as const }));
    const rows = resultsTable(pollsWithResults(app, event)).map((row) =>
      row.map((cell) => (cell === null ? null : { value: cell })),
    );
    const workbook = await writeXlsxFile([header, ...rows], { sheet: "Results", stickyRowsCount: 1 }).toBuffer();
    return download(reply, event, "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").send(
      workbook,
    );
  });
}
