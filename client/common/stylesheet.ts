// A stylesheet linked by hand, for views the voter page loads later: a lazy chunk that imported
// its CSS the usual way would make Vite add its preload helper to the page's up-front script
// (about 400 bytes gzipped of the 20 KB budget). Resolves once the sheet is there (or failed),
// so the view is never drawn unstyled.
export function linkStylesheet(href: string): Promise<void> {
  const link = document.createElement("link");
  link.rel = "stylesheet";
  link.href = href;
  const loaded = new Promise<void>((resolve) => {
    link.onload = link.onerror = () => resolve();
  });
  document.head.append(link);
  return loaded;
}
