import type { ScoreRow } from "../../app/scorecard/scoreRows.js";
import { scoresCsv, scoresNdjson } from "../../views/scoresFile.js";
import { writeAtomic } from "../atomicWrite.js";
import { checkTarget } from "./outPath.js";

const WORDS = {
  empty: "give a file name to write each record's score to, e.g. --scores scores.csv",
  dash: "give a file name (stdout holds the report); .csv writes CSV, any other name NDJSON",
  instead: "write the scores to another file",
};

/** `--scores` checked before any work, as fit's --out is: a file name, none the command reads, not stdout's, writable. */
export function checkScores(path: string, reads: readonly (readonly [string, string | undefined])[], stdin?: string, stdout?: readonly string[]): void {
  checkTarget("--scores", WORDS, path, reads, stdin, stdout);
}

/** A name ending in .csv (any case) gets CSV, any other NDJSON. */
export const wantsCsv = (path: string): boolean => /\.csv$/i.test(path);

/** Writes the scored records to `path`, whole or not at all (atomicWrite.ts). */
export async function writeScores(path: string, rows: readonly ScoreRow[], withSet: boolean): Promise<void> {
  await writeAtomic(path, wantsCsv(path) ? scoresCsv(rows, withSet) : scoresNdjson(rows), "--scores");
}
