// Which language a voter's page speaks: the voter's own choice, else the first of the browser's
// languages that we have, else the event's (client/common/i18n.ts); and the voter's store that
// loads only that language, showing no words before its texts are there.
import { describe, expect, it, vi } from "vitest";
import { localeOfTag, pageLocale, textDirection } from "../../client/common/i18n.js";
import type { LiveOptions } from "../../client/common/live.js";
import { createVoterSession, type VoterStorage } from "../../client/voter/voter-session.js";
import { loadVoterStrings } from "../../client/voter/voter-strings.js";
import type { Locale } from "../../shared/locales.js";
import type { SnapshotMessage } from "../../shared/messages.js";
import { scriptedLive } from "../helpers/scripted-live.js";

describe("the page language", () => {
  it("is the language the voter chose on this phone, before the browser's and the event's", () => {
    expect(pageLocale({ chosen: "uk", browser: ["tr-TR", "de-DE"], event: "de" })).toBe("uk");
  });

  it("else is the first of the browser's languages that we have, looking at all of them in order", () => {
    expect(pageLocale({ chosen: null, browser: ["tr-TR", "de-DE"], event: "en" })).toBe("tr");
    expect(pageLocale({ chosen: null, browser: ["fr-FR", "es", "fa-IR", "de"], event: "en" })).toBe("fa");
    expect(pageLocale({ chosen: null, browser: ["fr-FR", "AR-eg"], event: "en" })).toBe("ar");
  });

  it("else is the event's language", () => {
    expect(pageLocale({ chosen: null, browser: ["fr-FR", "es-ES"], event: "ro" })).toBe("ro");
    expect(pageLocale({ chosen: null, browser: [], event: "pl" })).toBe("pl");
  });

  it("is not known yet when nothing names one of ours and the event has not arrived", () => {
    expect(pageLocale({ chosen: null, browser: ["fr-FR"], event: null })).toBeNull();
  });

  it("ignores a stored choice that is no page language (an old or tampered value)", () => {
    expect(pageLocale({ chosen: "xx", browser: ["ru-RU"], event: "de" })).toBe("ru");
  });

  it("reads a browser tag by its language, not by its first two letters", () => {
    expect(localeOfTag("uk-UA")).toBe("uk");
    expect(localeOfTag("pl_PL")).toBe("pl");
    expect(localeOfTag("ro")).toBe("ro");
    // Filipino is not Finnish, nor anything of ours; "rom" (Romany) is not Romanian.
    expect(localeOfTag("fil-PH")).toBeNull();
    expect(localeOfTag("rom")).toBeNull();
  });

  it("runs from right to left for Arabic and Persian only", () => {
    expect(textDirection("ar")).toBe("rtl");
    expect(textDirection("fa")).toBe("rtl");
    for (const locale of ["de", "en", "tr", "uk", "ru", "pl", "ro"] as const) expect(textDirection(locale)).toBe("ltr");
  });
});

const CODE = "kurze-wege";
const event = (locale: Locale) => ({
  code: CODE,
  title: "Erfolg durch kurze Wege",
  locale,
  createdAt: "",
  accessCodeRequired: false,
  screen: { show: "join" as const },
  qa: { enabled: false, moderation: "post" as const, names: true },
});

function snapshot(locale: Locale): SnapshotMessage {
  return {
    type: "snapshot",
    event: event(locale),
    polls: [],
    results: {},
    myVotes: {},
    questions: [],
    myUpvotes: [],
    participantToken: null,
    role: "voter",
    accessGranted: true,
  };
}

const memoryStorage = (): VoterStorage => {
  const map = new Map<string, string>();
  return {
    get: (key) => map.get(key) ?? null,
    set: (key, value) => (value === null ? map.delete(key) : map.set(key, value)),
  };
};

/** A phone on the event page, with these browser languages and this choice, loading the real texts. */
function phone(browserLanguages: string[], chosen: Locale | null = null) {
  const live = scriptedLive();
  const loaded: Locale[] = [];
  let choice = chosen;
  let status: LiveOptions["onStatus"] = () => {};
  const voter = createVoterSession({
    connect: (options) => {
      status = options.onStatus;
      return live.connect(options);
    },
    storage: memoryStorage(),
    browserLanguages,
    chosenLocale: () => choice,
    chooseLocale: (locale) => {
      choice = locale;
    },
    loadStrings: (locale) => {
      loaded.push(locale);
      return loadVoterStrings(locale);
    },
    codeCorrected: () => {},
  });
  voter.joinEvent(CODE);
  live.open();
  /** The server says there is no such event. */
  const gone = () => status("gone");
  return { voter, live, loaded, gone, state: () => voter.store.get() };
}

describe("the voter's page language", () => {
  it("starts loading the browser's language at once, before the event has arrived", async () => {
    const { loaded, state } = phone(["tr-TR", "de-DE"]);
    expect(loaded).toEqual(["tr"]);
    await vi.waitFor(() => expect(state().strings?.locale).toBe("tr"));
    expect(state().strings?.voter.thanks).toBe("Teşekkürler! Oyunuz sayıldı.");
  });

  it("keeps the browser's language when the event speaks another", async () => {
    const { live, loaded, state } = phone(["uk-UA"]);
    live.receive(snapshot("de"));
    await vi.waitFor(() => expect(state().strings?.locale).toBe("uk"));
    expect(loaded).toEqual(["uk"]);
  });

  it("shows no words until it knows the language, then the event's when the browser has none of ours", async () => {
    const { live, loaded, state } = phone(["fr-FR", "es-ES"]);
    expect(loaded).toEqual([]);
    expect(state().strings).toBeNull();
    live.receive(snapshot("ar"));
    await vi.waitFor(() => expect(state().strings?.locale).toBe("ar"));
    expect(loaded).toEqual(["ar"]);
    // The moderator changes the event's language: this phone follows, it has nothing better.
    live.receive({ type: "event", event: event("ro") });
    await vi.waitFor(() => expect(state().strings?.locale).toBe("ro"));
  });

  it("follows the voter's choice, remembers it, and keeps it when the event's language changes", async () => {
    const { voter, live, state } = phone(["de-DE"]);
    live.receive(snapshot("de"));
    voter.pickLanguage("fa");
    expect(state().locale).toBe("fa");
    await vi.waitFor(() => expect(state().strings?.locale).toBe("fa"));
    live.receive({ type: "event", event: event("en") });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(state().strings?.locale).toBe("fa");
  });

  it("starts in the language chosen on this phone before, whatever the browser says", async () => {
    const { loaded, state } = phone(["de-DE"], "pl");
    expect(loaded).toEqual(["pl"]);
    await vi.waitFor(() => expect(state().strings?.locale).toBe("pl"));
  });

  it("falls back to English for an unknown event when nothing else names a language", async () => {
    const { gone, state } = phone(["fr-FR"]);
    gone();
    await vi.waitFor(() => expect(state().strings?.locale).toBe("en"));
  });
});
