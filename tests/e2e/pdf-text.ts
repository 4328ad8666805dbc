// Reading a PDF that Chromium printed: its text page by page (pdf.js, its build for Node.js) and
// pictures of its pages (drawn by pdf.js on a Skia canvas from @napi-rs/canvas), to look at.
import { readFileSync, writeFileSync } from "node:fs";
import { createCanvas } from "@napi-rs/canvas";
import { getDocument, type PDFDocumentProxy } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { TextItem } from "pdfjs-dist/types/src/display/api.js";

export async function openPdf(path: string): Promise<PDFDocumentProxy> {
  // verbosity 0 keeps pdf.js's font notes out of the log.
  return getDocument({ data: new Uint8Array(readFileSync(path)), verbosity: 0 }).promise;
}

/** The PDF's text page by page in drawing order, each with its whitespace (line breaks too) made single spaces. */
export async function pdfPages(pdf: PDFDocumentProxy): Promise<string[]> {
  const pages: string[] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const { items } = await (await pdf.getPage(number)).getTextContent();
    // pdf.js puts the gaps between words in as " " items itself; a line's end is a flag.
    const text = (items as TextItem[]).map((item) => (item.hasEOL ? `${item.str}\n` : item.str)).join("");
    pages.push(text.replace(/\s+/g, " ").trim());
  }
  return pages;
}

/** A page as a PNG at `dpi` (as pdftoppm's -r). */
export async function writePagePng(pdf: PDFDocumentProxy, number: number, path: string, dpi: number): Promise<void> {
  const page = await pdf.getPage(number);
  const viewport = page.getViewport({ scale: dpi / 72 });
  const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
  // @napi-rs/canvas is the canvas pdf.js itself uses in Node.js; its types differ from the DOM's.
  await page.render({ canvas: canvas as unknown as HTMLCanvasElement, viewport }).promise;
  writeFileSync(path, canvas.toBuffer("image/png"));
}
