// The baseline for simulate: a plain Node pass that parses and re-stringifies every NDJSON line.
import { createReadStream } from "node:fs";

let rest = "";
let out = "";
for await (const chunk of createReadStream(process.argv[2], { encoding: "utf8", highWaterMark: 1 << 20 })) {
  const lines = (rest + chunk).split("\n");
  rest = lines.pop();
  for (const line of lines) if (line.trim()) out += JSON.stringify(JSON.parse(line)) + "\n";
  if (out.length > 1 << 16) {
    if (!process.stdout.write(out)) await new Promise((r) => process.stdout.once("drain", r));
    out = "";
  }
}
if (rest.trim()) out += JSON.stringify(JSON.parse(rest)) + "\n";
process.stdout.write(out);
