// Secret query parameters never reach the log, however their names are spelled: the server's
// query parser decodes %-escapes in names, so `?%70articipant=` is the participant token too.
import { describe, expect, it } from "vitest";
import { redactUrl } from "../../server/security/redact-url.js";

const LIVE = "/api/events/kurze-wege/live";

describe("redactUrl", () => {
  it("blanks the participant token, the access code and a key", () => {
    expect(redactUrl(`${LIVE}?participant=TOKEN&access=Wald-42&role=screen`)).toBe(
      `${LIVE}?participant=[redacted]&access=[redacted]&role=screen`,
    );
    expect(redactUrl("/moderate/kurze-wege?key=SECRET")).toBe("/moderate/kurze-wege?key=[redacted]");
  });

  it("blanks them when their names are percent-encoded or in capitals", () => {
    expect(redactUrl(`${LIVE}?%70articipant=TOKEN&%61%63cess=CODE&%4Bey=KEY&ACCESS=CODE2`)).toBe(
      `${LIVE}?%70articipant=[redacted]&%61%63cess=[redacted]&%4Bey=[redacted]&ACCESS=[redacted]`,
    );
  });

  it("keeps everything else as it was, malformed escapes included", () => {
    for (const url of [
      LIVE,
      `${LIVE}?role=screen`,
      `${LIVE}?lang=de&%E0%A4%A=1`,
      "/e/kurze-wege?",
      `${LIVE}?participant`,
    ]) {
      expect(redactUrl(url)).toBe(url);
    }
  });
});
