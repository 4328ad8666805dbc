// The web pages in one table: the URLs each answers, the built HTML that serves them and the
// script that builds it. The server routes by it (server/http/pages.ts); Vite builds the pages
// and serves them in development by it (vite.config.ts), every HTML from the one shell
// client/page-shell.html. No imports: neither side needs more than the table.

export type WebPage = {
  /** The build's name for the page, which its script and stylesheet are named after. */
  name: "voter" | "create" | "moderate" | "report" | "present" | "overlay";
  /** The URLs it answers, in Fastify's route syntax. */
  urls: readonly string[];
  /** The built HTML, relative to dist/client (and to client/ for Vite, which writes it there). */
  html: string;
  /** The script that builds the page, relative to client/. */
  entry: string;
  /** Phones colour their toolbar with it, and draw the page's controls light. */
  themeColor?: string;
  /** Shown until the script has run: on a slow phone, the voter sees the page is coming. */
  placeholder?: string;
  /** Shown to browsers that do not run scripts. */
  noScript?: string;
};

export const WEB_PAGES: readonly WebPage[] = [
  {
    name: "voter",
    urls: ["/", "/e/:code"],
    html: "index.html",
    entry: "voter/main.tsx",
    themeColor: "#1d4ed8",
    placeholder: "Handzeichen …",
    noScript: "Handzeichen needs JavaScript. / Handzeichen braucht JavaScript.",
  },
  // Organisers are few: creating an event is a page of its own, out of the voter's budget.
  {
    name: "create",
    urls: ["/new"],
    html: "create/index.html",
    entry: "create/main.tsx",
    themeColor: "#1d4ed8",
    placeholder: "Handzeichen …",
    noScript: "Handzeichen needs JavaScript. / Handzeichen braucht JavaScript.",
  },
  { name: "moderate", urls: ["/moderate/:code"], html: "moderate/index.html", entry: "moderate/main.tsx" },
  { name: "report", urls: ["/moderate/:code/report"], html: "report/index.html", entry: "report/main.tsx" },
  { name: "present", urls: ["/present/:code"], html: "present/index.html", entry: "present/main.tsx" },
  { name: "overlay", urls: ["/overlay/:code"], html: "overlay/index.html", entry: "overlay/main.tsx" },
];
