// REST: the moderator's downloads of an event's results.
import type { FastifyInstance } from "fastify";
import { resultsCsv } from "../domain/results-csv.js";
import { pollsOfEvent, resultsOfPoll } from "../polling/registry.js";
import { moderatedEvent } from "./access.js";

export async function exportRoutes(app: FastifyInstance): Promise<void> {
  app.get("/api/events/:code/export.csv", async (request, reply) => {
    const event = moderatedEvent(request, reply);
    if (!event) return reply;
    const { registry } = app.polling;
    const polls = pollsOfEvent(registry, event.code).map((poll) => ({ poll, results: resultsOfPoll(registry, poll) }));
    return reply
      .type("text/csv; charset=utf-8")
      .header("content-disposition", `attachment; filename="handzeichen-${event.code}.csv"`)
      .send(`\uFEFF${resultsCsv(polls)}`);
  });
}
