// How the console, report, projector and overlay switch language (client/common/language.ts),
// on a real page store and the real language chunks.
import { describe, expect, it, vi } from "vitest";
import type { Locale, Strings } from "../../client/common/i18n.js";
import {
  loadStrings,
  type PageLanguage,
  switchLanguage,
  TEXT_LOAD_ATTEMPTS,
  TEXT_RETRY_MS,
} from "../../client/common/language.js";
import { createStore } from "../../client/common/store.js";
// German is loaded here first, so that below it loads at once while English is still being read.
import { de } from "../../client/i18n/de.js";

/** English, once loaded; then a moment for the page's own load of it to be applied. */
async function englishLoaded() {
  const { en } = await import("../../client/i18n/en.js");
  await new Promise((resolve) => setTimeout(resolve, 50));
  return en;
}

// The first test must run before anything has loaded English.
describe("switching a page's language", () => {
  it("ends in the language asked for last, even when an earlier one finishes loading later", async () => {
    const store = createStore<PageLanguage>({ locale: "de", strings: null });
    switchLanguage(store, "en", loadStrings);
    switchLanguage(store, "de", loadStrings);
    await englishLoaded();
    expect(store.get().locale).toBe("de");
    expect(store.get().strings).toBe(de);
  });

  it("names the new language at once and brings its texts once loaded", async () => {
    const store = createStore<PageLanguage>({ locale: "de", strings: de });
    switchLanguage(store, "en", loadStrings);
    expect(store.get()).toEqual({ locale: "en", strings: de });
    const en = await englishLoaded();
    await vi.waitFor(() => expect(store.get()).toEqual({ locale: "en", strings: en }));
  });

  it("leaves the page alone when asked for the language it already shows", async () => {
    const en = await englishLoaded();
    const store = createStore<PageLanguage>({ locale: "en", strings: en });
    let changes = 0;
    store.subscribe(() => changes++);
    switchLanguage(store, "en", loadStrings);
    await englishLoaded();
    expect(changes).toBe(0);
  });
});

describe("a language chunk that does not arrive", () => {
  it("is asked for again, and the texts come once it does", async () => {
    const en = await englishLoaded();
    vi.useFakeTimers();
    try {
      const store = createStore<PageLanguage>({ locale: "en", strings: null });
      let attempts = 0;
      const flaky = (locale: Locale) =>
        ++attempts === 1 ? Promise.reject(new Error("network lost")) : loadStrings(locale);
      switchLanguage(store, "en", flaky);
      await vi.advanceTimersByTimeAsync(TEXT_RETRY_MS);
      await vi.advanceTimersByTimeAsync(0);
      expect(store.get().strings).toBe(en);
      expect(attempts).toBe(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it("gives up after a few tries instead of asking for ever", async () => {
    vi.useFakeTimers();
    try {
      const store = createStore<PageLanguage>({ locale: "en", strings: null });
      let attempts = 0;
      const broken = (): Promise<Strings> => {
        attempts++;
        return Promise.reject(new Error("gone after a new release"));
      };
      switchLanguage(store, "en", broken);
      await vi.advanceTimersByTimeAsync(TEXT_RETRY_MS * (TEXT_LOAD_ATTEMPTS + 2));
      expect(attempts).toBe(TEXT_LOAD_ATTEMPTS);
      expect(store.get().strings).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });
});
