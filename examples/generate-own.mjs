#!/usr/bin/env node
// Writes seeded, reproducible records of a team's OWN data — columns no
// built-in profile has — each labelled `bad` "yes" or "no" from a stated true
// model, so anyone can check what `suishendai fit --target bad --bad yes` recovers:
//   node examples/generate-own.mjs [--count 4000] [--seed 20261208] [--format csv|ndjson] [--truth FILE] > own.csv
// The same options always give the same bytes. The distributions are rough
// guesses, not data about real people. docs/fit.md ("Your own data") uses it.
//
// Columns: id (O0000001…), queries6m (credit-bureau queries in 6 months, 0–20),
// deviceAgeMonths (~10% missing; -1 for ~3%, a special value: "unknown device"),
// utilisation (revolving balance ÷ limit, 0–1.5), channel (app | web | store |
// partner), region (east | north | south | west | central, and a rare
// northwest, ~2%), hasCar (true/false), income (monthly, CNY), bad ("yes"/"no").
//
// The true model: P(bad) = 1 ÷ (1 + e^−η), η =
//   −2.0
//   + 0.12 × queries6m
//   − 0.45 × ln((deviceAgeMonths + 1) ÷ 12)   when known;  +0.35 when missing;  +1.0 when −1
//   + 1.8 × (utilisation − 0.5)
//   + channel: app 0, web +0.3, store −0.5, partner +0.9
//   + region: east −0.2, north 0, south +0.1, west +0.3, central 0, northwest +1.0
//   − 0.35 when hasCar
//   − 0.4 × ln(income ÷ 8000)
// About 16% are bad. `--truth FILE` writes each record's true P(bad) to FILE
// (CSV: id,pd), so a test can measure how well the truth itself ranks.
import { writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { seededDraws } from "./seededDraws.mjs";

export const CHANNEL_EFFECT = { app: 0, web: 0.3, store: -0.5, partner: 0.9 };
export const REGION_EFFECT = { east: -0.2, north: 0, south: 0.1, west: 0.3, central: 0, northwest: 1.0 };
export const COLUMNS = ["id", "queries6m", "deviceAgeMonths", "utilisation", "channel", "region", "hasCar", "income", "bad"];

/** The true model's logit of bad for a record this generator drew (the formula at the top). */
export function trueLogit(r) {
  const device = r.deviceAgeMonths === undefined ? 0.35 : r.deviceAgeMonths === -1 ? 1.0 : -0.45 * Math.log((r.deviceAgeMonths + 1) / 12);
  return -2.0 + 0.12 * r.queries6m + device + 1.8 * (r.utilisation - 0.5) + CHANNEL_EFFECT[r.channel] + REGION_EFFECT[r.region] + (r.hasCar ? -0.35 : 0) - 0.4 * Math.log(r.income / 8000);
}

/** The true P(bad) of a record. */
export const truePd = (r) => 1 / (1 + Math.exp(-trueLogit(r)));

/** One level of `weights` ({level: weight}) drawn with `u` in [0, 1). */
function pick(weights, u) {
  const total = Object.values(weights).reduce((s, w) => s + w, 0);
  let acc = 0;
  for (const [level, w] of Object.entries(weights)) if (u < (acc += w / total)) return level;
  return Object.keys(weights).at(-1);
}

/** `count` records drawn with `seed` (mulberry32, as the other generators), in id order; a missing value is an absent key. */
export function ownRecords(count, seed) {
  const { random, between, chance, normal, round } = seededDraws(seed);
  const out = [];
  for (let i = 1; i <= count; i++) {
    const queries6m = Math.min(20, Math.floor(Math.abs(2.5 * normal())) + (chance(0.15) ? between(3, 10) : 0));
    const device = random();
    const r = {
      id: `O${String(i).padStart(7, "0")}`,
      queries6m,
      deviceAgeMonths: device < 0.1 ? undefined : device < 0.13 ? -1 : Math.min(96, Math.round(Math.exp(2.8 + 0.8 * normal()))),
      utilisation: round(Math.min(1.5, Math.max(0, 0.45 + 0.3 * normal())), 3),
      channel: pick({ app: 50, web: 25, store: 15, partner: 10 }, random()),
      region: pick({ east: 30, north: 20, south: 20, west: 15, central: 13, northwest: 2 }, random()),
      hasCar: chance(0.35),
      income: Math.max(1500, Math.round(Math.exp(Math.log(8000) + 0.5 * normal()) / 10) * 10),
    };
    if (r.deviceAgeMonths === undefined) delete r.deviceAgeMonths;
    r.bad = random() < truePd(r) ? "yes" : "no";
    out.push(r);
  }
  return out;
}

/** A record as a CSV row of COLUMNS (a missing value an empty cell; no value needs quoting). */
const csvRow = (r) => COLUMNS.map((c) => (r[c] === undefined ? "" : String(r[c]))).join(",");

const usage = "usage: node examples/generate-own.mjs [--count N] [--seed S] [--format csv|ndjson] [--truth FILE]";
function main(argv) {
  const options = { "--count": 4000, "--seed": 20261208, "--format": "csv", "--truth": undefined };
  for (let i = 0; i < argv.length; i += 2) {
    const [name, value] = [argv[i], argv[i + 1]];
    const whole = name === "--count" || name === "--seed";
    const ok = name in options && value !== undefined && (whole ? /^\d+$/.test(value) && Number(value) <= 2 ** 32 - 1 : name === "--format" ? value === "csv" || value === "ndjson" : value !== "");
    if (!ok) {
      process.stderr.write(`error: ${name}${value === undefined ? "" : ` ${value}`}: expected --count or --seed with a whole number up to 4294967295, --format csv or ndjson, or --truth FILE (${usage})\n`);
      process.exit(2);
    }
    options[name] = whole ? Number(value) : value;
  }
  const records = ownRecords(options["--count"], options["--seed"]);
  const lines = options["--format"] === "csv" ? [COLUMNS.join(","), ...records.map(csvRow)] : records.map((r) => JSON.stringify(r));
  if (options["--truth"] !== undefined) writeFileSync(options["--truth"], ["id,pd", ...records.map((r) => `${r.id},${truePd(r)}`)].join("\n") + "\n");
  process.stdout.write(lines.length ? `${lines.join("\n")}\n` : "");
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));
