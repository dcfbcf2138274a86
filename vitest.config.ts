import { readdirSync, readFileSync } from "node:fs";
import { configDefaults, defineConfig } from "vitest/config";

// `npm test` stays within a minute on a quiet 2-core machine. The long runs belong to
// `npm run test:slow` (SUISHENDAI_TEST_SLOW=1; CI runs it after `npm test`): the files
// below run only there — fuzzing, 100,000-applicant books, a real npm install, the fit that
// recovers the world — and every file that sizes its runs with test/runs.ts runs there
// again at full size (the property and oracle tests, the big batches, the README examples).
const SLOW_ONLY = ["test/fuzz/**/*.test.ts", "test/portfolio/hundredThousand.test.ts", "test/portfolio/fitRecoversWorld.test.ts", "test/package/install.test.ts", "test/scorecard/ownDataLarge.test.ts"];
const SLOW = Boolean(process.env.SUISHENDAI_TEST_SLOW);

/** The test files whose size follows SUISHENDAI_TEST_SLOW (they import test/runs.ts or read the variable). */
function scaled(): string[] {
  const files = readdirSync("test", { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".test.ts"));
  return files.map((f) => `test/${f}`).filter((f) => /runs\.js"|SUISHENDAI_TEST_SLOW|_RUNS\b/.test(readFileSync(f, "utf8")));
}

// Files that need a module graph of their own: textWidth mocks string-width, skippedDays
// moves TZ under caches that key on start dates.
const ISOLATED = ["test/views/textWidth.test.ts", "test/engine/skippedDays.test.ts"];
const include = SLOW ? [...SLOW_ONLY, ...scaled()] : ["test/**/*.test.ts"];
const isolated = ISOLATED.filter((f) => !SLOW || include.includes(f));
const exclude = SLOW ? [...configDefaults.exclude] : [...configDefaults.exclude, ...SLOW_ONLY];
const setupFiles = ["test/setup/fastCheckSeed.ts", "test/setup/cacheHome.ts"];

export default defineConfig({
  test: {
    // No test in `npm test` takes more than a few seconds alone; 60 s leaves room for a machine
    // several times busier. The long runs of `npm run test:slow` get 10 minutes.
    testTimeout: SLOW ? 600_000 : 60_000,
    // Two test files at a time on a 2-core machine (vitest's default, cores − 1, runs one):
    // many files wait on a child process rather than on a core.
    maxWorkers: 2,
    projects: [
      {
        // Most files share one module graph per worker: loading vitest and src/ anew for each of
        // ~190 files cost as much CPU as the tests themselves. src/ keeps no state a test can
        // see between files (its caches are memos of pure functions).
        extends: true,
        test: { name: "shared", include, exclude: [...exclude, ...ISOLATED], isolate: false, setupFiles },
      },
      ...(isolated.length ? [{ extends: true as const, test: { name: "isolated", include: isolated, exclude, setupFiles } }] : []),
    ],
  },
});
