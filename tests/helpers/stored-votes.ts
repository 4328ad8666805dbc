// Reads a database file the way an auditor would: a second SQLite connection and plain SQL,
// no server code. The server may keep running beside it (WAL lets readers in).
import { createHash } from "node:crypto";
import Sqlite from "better-sqlite3";

/** participants.token_hash: SHA-256 of the participant token, hex. */
export const tokenHashOf = (token: string): string => createHash("sha256").update(token).digest("hex");

export type StoredVotes = {
  /** The poll's votes: ballot value by participant token hash. */
  byTokenHash: Map<string, number>;
  /** Every participant the file knows, by token hash. */
  participantHashes: Set<string>;
  /** Option id → position (bit `position` of a choice ballot value says it was chosen). */
  positionOf: Map<number, number>;
  /** Rows of PRAGMA integrity_check: ["ok"] when the file is sound. */
  integrity: string[];
  /** Rows of PRAGMA foreign_key_check: none when every reference holds. */
  foreignKeyProblems: unknown[];
};

export function readStoredVotes(databasePath: string, pollId: number): StoredVotes {
  const db = new Sqlite(databasePath, { fileMustExist: true });
  try {
    const byTokenHash = new Map<string, number>();
    const rows = db
      .prepare<[number], { tokenHash: string; value: number }>(
        `SELECT p.token_hash AS tokenHash, v.value AS value
           FROM votes v JOIN participants p ON p.id = v.participant_id
          WHERE v.poll_id = ?`,
      )
      .all(pollId);
    for (const row of rows) {
      if (byTokenHash.has(row.tokenHash)) throw new Error(`two votes of one participant on poll ${pollId}`);
      byTokenHash.set(row.tokenHash, row.value);
    }
    const participantHashes = new Set(
      db.prepare<[], string>("SELECT token_hash FROM participants").pluck().all() as string[],
    );
    const positionOf = new Map(
      db
        .prepare<[number], { id: number; position: number }>("SELECT id, position FROM options WHERE poll_id = ?")
        .all(pollId)
        .map((option) => [option.id, option.position]),
    );
    return {
      byTokenHash,
      participantHashes,
      positionOf,
      integrity: (db.pragma("integrity_check") as { integrity_check: string }[]).map((row) => row.integrity_check),
      foreignKeyProblems: db.pragma("foreign_key_check") as unknown[],
    };
  } finally {
    db.close();
  }
}

/** The ballot value of a choice vote: bit i set for the option at position i. */
export function choiceValue(optionIds: readonly number[], positionOf: ReadonlyMap<number, number>): number {
  let value = 0;
  for (const id of optionIds) {
    const position = positionOf.get(id);
    if (position === undefined) throw new Error(`option ${id} is not stored`);
    value |= 1 << position;
  }
  return value;
}
