import { DEFAULT_FIT_BINNING, type FitBinning } from "../app/scorecard/fitBinning.js";

/** The binning options that differ from the defaults, as the command line writes them; "" when none do (the split is in the heading). */
export function binningParts(b: FitBinning): string {
  const d = DEFAULT_FIT_BINNING;
  const parts = [
    ...(b.minBinShare === d.minBinShare ? [] : [`--min-bin-share ${Number((b.minBinShare * 100).toPrecision(6))}%`]),
    ...(b.maxBins === null ? [] : [`--max-bins ${b.maxBins}`]),
    ...(b.monotone === d.monotone ? [] : [`--monotone ${b.monotone}`]),
    ...(b.ivMin === d.ivMin ? [] : [`--iv-min ${b.ivMin}`]),
  ];
  for (const [field, own] of Object.entries(b.fields)) {
    if (own.monotone !== undefined) parts.push(`--monotone ${field}=${own.monotone}`);
    if (own.breaks !== undefined) parts.push(`--breaks ${field}=${own.breaks}`);
    if (own.special !== undefined) parts.push(`--special ${field}=${own.special.join(",")}`);
  }
  return parts.join(", ");
}
