// REST: the moderator's downloads of an event's results (CSV, JSON, Excel).
import type { FastifyReply } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import writeXlsxFile from "write-excel-file/node";
import { z } from "zod";
import { EventPath } from "../../shared/event.js";
import { EventExport } from "../../shared/export.js";
import { ANSWER_COLUMNS, answersCsv, answersTable } from "../domain/answers-table.js";
import { QUESTION_COLUMNS, questionsCsv, questionsTable } from "../domain/questions-table.js";
import { resultsCsv, resultsTable, TABLE_COLUMNS, type TableRow } from "../domain/results-table.js";
import { moderatorEvent } from "../polling/events.js";
import { exportedAnswers, exportRows, visiblePolls } from "../polling/queries.js";
import { exportedQuestions } from "../polling/questions.js";
import type { StoredEvent } from "../store/events.js";
import { moderatorOnly } from "./authorization.js";
import { MODERATOR_KEY, refusal } from "./responses.js";

const CSV_TYPE = "text/csv; charset=utf-8";
const JSON_TYPE = "application/json; charset=utf-8";
const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const download = (reply: FastifyReply, event: StoredEvent, extension: string, type: string, part = "") =>
  reply
    .type(type)
    .header("content-disposition", `attachment; filename="handzeichen-${event.code}${part}.${extension}"`);

/** A sheet of the workbook: bold header row kept in view, then the rows. */
const sheetRows = (columns: readonly string[], rows: readonly TableRow[]) => [
  columns.map((column) => ({ value: column, fontWeight: "bold" as const })),
  ...rows.map((row) => row.map((cell) => (cell === null ? null : { value: cell }))),
];

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
    "/api/events/:code/export-questions.csv",
    {
      schema: exportSchema(
        "Audience questions as CSV",
        CSV_TYPE,
        z.string().describe("CSV, one row per question with its state, upvotes and time"),
      ),
      preValidation: moderatorOnly,
    },
    async (request, reply) =>
      download(reply, request.event, "csv", CSV_TYPE, "-questions").send(
        `\uFEFF${questionsCsv(exportedQuestions(app.polling, request.event))}`,
      ),
  );

  app.get(
    "/api/events/:code/export-answers.csv",
    {
      schema: exportSchema(
        "Open answers as CSV",
        CSV_TYPE,
        z.string().describe("CSV, one row per answer of a text poll with its group and mark"),
      ),
      preValidation: moderatorOnly,
    },
    async (request, reply) => {
      const { event } = request;
      const polls = visiblePolls(app.polling, event, "moderator");
      return download(reply, event, "csv", CSV_TYPE, "-answers").send(
        `\uFEFF${answersCsv(polls, await exportedAnswers(app.polling, event))}`,
      );
    },
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
        questions: exportedQuestions(app.polling, event),
        answers: await exportedAnswers(app.polling, event),
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
        z
          .instanceof(Buffer)
          .describe("An Excel workbook: the results sheet (the CSV's columns), the questions and the answers sheet"),
      ),
      preValidation: moderatorOnly,
    },
    async (request, reply) => {
      const { event } = request;
      const workbook = await writeXlsxFile([
        {
          sheet: "Results",
          stickyRowsCount: 1,
          data: sheetRows(TABLE_COLUMNS, resultsTable(exportRows(app.polling, event))),
        },
        {
          sheet: "Questions",
          stickyRowsCount: 1,
          data: sheetRows(QUESTION_COLUMNS, questionsTable(exportedQuestions(app.polling, event))),
        },
        {
          sheet: "Answers",
          stickyRowsCount: 1,
          data: sheetRows(
            ANSWER_COLUMNS,
            answersTable(visiblePolls(app.polling, event, "moderator"), await exportedAnswers(app.polling, event)),
          ),
        },
      ]).toBuffer();
      return download(reply, request.event, "xlsx", XLSX_TYPE).send(workbook);
    },
  );
};
