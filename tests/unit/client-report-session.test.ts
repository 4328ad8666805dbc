// The report's store (client/report/report-session.ts) on a scripted export: what the reader sees
// for each answer of the server, which key it forgets, and which language the report is in.
import { describe, expect, it, vi } from "vitest";
import type { ApiReply } from "../../client/moderate/api.js";
import { createReport } from "../../client/report/report-session.js";
import type { EventExport } from "../../shared/export.js";

const CODE = "kurze-wege";
const KEY = "taNP_lnQ1AKs8CNnH0kn967UXG9l6QcQQmybXMjLqSs";

const exported = (locale: EventExport["event"]["locale"]): EventExport => ({
  event: {
    code: CODE,
    title: "Erfolg durch kurze Wege",
    locale,
    createdAt: "",
    accessCodeRequired: false,
    accessCode: null,
    screen: { show: "join" },
    qa: { enabled: false, moderation: "post", names: true, blockedWords: [] },
  },
  exportedAt: "2026-11-30T10:00:00.000Z",
  questions: [],
  answers: [],
  polls: [],
});

const refused = (status: number): ApiReply<EventExport> => ({ ok: false, status, code: "X", message: "refused" });

function report(reply: ApiReply<EventExport>, locale: "en" | "de" = "en") {
  const asked: { code: string; key: string }[] = [];
  const forgotten: string[] = [];
  const session = createReport({
    fetchExport: async (code, key) => {
      asked.push({ code, key });
      return reply;
    },
    forgetKey: (code) => forgotten.push(code),
    locale,
  });
  return { session, asked, forgotten, state: () => session.store.get() };
}

describe("the report", () => {
  it("asks for the key without calling the server when it has none", async () => {
    const { session, asked, state } = report({ ok: true, body: exported("de") });
    await session.startReport(CODE, null);
    expect([state().status, asked.length]).toEqual(["noKey", 0]);
  });

  it("forgets a key the server turns down, and only such a key", async () => {
    for (const [status, shown, forgets] of [
      [401, "wrongKey", [CODE]],
      [404, "notFound", []],
      [500, "failed", []],
      [0, "failed", []],
    ] as const) {
      const { session, forgotten, state } = report(refused(status));
      await session.startReport(CODE, KEY);
      expect([status, state().status, forgotten]).toEqual([status, shown, forgets]);
    }
  });

  it("fetches the export once with the key and writes the report in the event's language", async () => {
    const { session, asked, state } = report({ ok: true, body: exported("de") }, "en");
    await session.startReport(CODE, KEY);
    await vi.waitFor(() => expect(state().strings?.locale).toBe("de"));
    expect(asked).toEqual([{ code: CODE, key: KEY }]);
    expect([state().status, state().report?.event.code, state().locale, state().strings?.locale]).toEqual([
      "ready",
      CODE,
      "de",
      "de",
    ]);
  });

  it("keeps a language the reader picked on this page, whatever the event's", async () => {
    const { session, state } = report({ ok: true, body: exported("de") }, "en");
    session.pickReportLanguage("tr");
    await session.startReport(CODE, KEY);
    await vi.waitFor(() => expect(state().strings).not.toBeNull());
    expect([state().locale, state().strings?.locale]).toEqual(["tr", "tr"]);
  });
});
