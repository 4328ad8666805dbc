// The overlay's query parameters, for an OBS browser source URL:
//   position=bottom|top|left|right  theme=dark|light  scale=0.9…3  poll=ID (default: the projector's)
//   code=0 hides the join line  qr=1 adds the QR code  bg=chroma paints chroma-key green
//   show=qa always shows the highlighted audience question (a lower third), whatever the projector shows
export type OverlayPosition = "bottom" | "top" | "left" | "right";

export type OverlayOptions = {
  position: OverlayPosition;
  theme: "dark" | "light";
  scale: number;
  /** A fixed poll to show; null follows what the projector shows (nothing on its join screen). */
  pollId: number | null;
  /** ?show=qa: the highlighted question, nothing while none is; the poll and the projector's choice are ignored. */
  showQa: boolean;
  showCode: boolean;
  showQr: boolean;
  chroma: boolean;
};

const POSITIONS: readonly OverlayPosition[] = ["bottom", "top", "left", "right"];
/**
 * Below it, text on a 720p source falls under 16 px, answer labels under 18 px (overlay.css):
 * smaller than a viewer on a phone can read, so a smaller scale asked for gets this one.
 */
export const MIN_SCALE = 0.9;
const MAX_SCALE = 3;

const flag = (value: string | null, fallback: boolean): boolean =>
  value === null ? fallback : !["0", "false", "no", "off"].includes(value.toLowerCase());

export function overlayOptions(query: URLSearchParams): OverlayOptions {
  const position = query.get("position") as OverlayPosition | null;
  const scale = Number(query.get("scale") ?? "1");
  const pollId = Number(query.get("poll"));
  return {
    position: position && POSITIONS.includes(position) ? position : "bottom",
    theme: query.get("theme") === "light" ? "light" : "dark",
    scale: Number.isFinite(scale) && scale > 0 ? Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale)) : 1,
    pollId: Number.isInteger(pollId) && pollId > 0 ? pollId : null,
    showQa: query.get("show") === "qa",
    showCode: flag(query.get("code"), true),
    showQr: flag(query.get("qr"), false),
    chroma: query.get("bg") === "chroma",
  };
}

/** What the console's overlay settings choose (the rest keeps its default); lang: null for the event's. */
export type OverlayLinkSettings = Pick<
  OverlayOptions,
  "position" | "theme" | "showQa" | "showCode" | "showQr" | "chroma"
> & {
  lang: string | null;
};

/** The query of an overlay link with these settings, read back by overlayOptions; defaults are left out. */
export function overlayQuery(settings: OverlayLinkSettings): string {
  const query = new URLSearchParams();
  if (settings.position !== "bottom") query.set("position", settings.position);
  if (settings.theme !== "dark") query.set("theme", settings.theme);
  if (settings.showQa) query.set("show", "qa");
  if (!settings.showCode) query.set("code", "0");
  if (settings.showQr) query.set("qr", "1");
  if (settings.chroma) query.set("bg", "chroma");
  if (settings.lang) query.set("lang", settings.lang);
  const text = query.toString();
  return text ? `?${text}` : "";
}
