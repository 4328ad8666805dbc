// REST: the moderator's downloads of an event's results (CSV, JSON, Excel).
import type { FastifyReply } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import writeXlsxFile from "write-excel-file/node";
import { z } from "zod";
import { EventPath } from "../../shared/event.js";
import { EventExport } from "../../shared/export.js";
import { resultsCsv, resultsTable, TABLE_COLUMNS } from "../domain/results-table.js";
import { moderatorEvent } from "../polling/events.js";
import { exportRows } from "../polling/queries.js";
import type { StoredEvent } from "../store/events.js";
import { moderatorOnly } from "./authorization.js";
import { MODERATOR_KEY, refusal } from "./responses.js";

const CSV_TYPE = "text/csv; charset=utf-8";
const JSON_TYPE = "application/json; charset=utf-8";
const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const download = (reply: FastifyReply, event: StoredEvent, extension: string, type: string) =>
  reply.type(type).header("content-disposition", `attachment; filename="handzeichen-${event.code}.${extension}"`);

/** The schema of a moderator's download: what it holds, and who may have it. */
const exportSchema = <Body extends z.ZodType>(summary: string, produces: string, body: Body) => ({
  summary,
  security: MODERATOR_KEY,
  params: EventPath,
  produces: [produces],
  response: { 200: body, 401: refusal("UNAUTHORIZED"), 404: refusal("NOT_FOUND") },
});

export const exportRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/events/:code/export.csv",
    {
      schema: exportSchema("Results as CSV", CSV_TYPE, z.string().describe("CSV, one row per option or rating value")),
      preValidation: moderatorOnly,
    },
    // The byte order mark makes Excel read the file as UTF-8 (umlauts in German questions).
    async (request, reply) =>
      download(reply, request.event, "csv", CSV_TYPE).send(
        `\uFEFF${resultsCsv(exportRows(app.polling, request.event))}`,
      ),
  );

  app.get(
    "/api/events/:code/export.json",
    {
      schema: exportSchema(
        "Results as JSON",
        JSON_TYPE,
        EventExport.describe("The event with every poll and its results"),
      ),
      preValidation: moderatorOnly,
    },
    async (request, reply) => {
      const { event } = request;
      const body = {
        event: moderatorEvent(event),
        exportedAt: new Date().toISOString(),
        polls: exportRows(app.polling, event),
      };
      return download(reply, event, "json", JSON_TYPE).send(body);
    },
  );

  app.get(
    "/api/events/:code/export.xlsx",
    {
      schema: exportSchema(
        "Results as an Excel workbook",
        XLSX_TYPE,
        z.instanceof(Buffer).describe("An Excel workbook with the CSV's columns"),
      ),
      preValidation: moderatorOnly,
    },
    async (request, reply) => {
      const header = TABLE_COLUMNS.map((column) => ({ value: column, fontWeight: "bold" as const }));
      const rows = resultsTable(exportRows(app.polling, request.event)).map((row) =>
        row.map((cell) => (cell === null ? null : { value: cell })),
      );
      const workbook = await writeXlsxFile([header, ...rows], { sheet: "Results", stickyRowsCount: 1 }).toBuffer();
      return download(reply, request.event, "xlsx", XLSX_TYPE).send(workbook);
    },
  );
};
