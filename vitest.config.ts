import { configDefaults, defineConfig } from "vitest/config";

// The long runs — fuzzing, 100,000-applicant books, a real npm install, the big property
// oracles — belong to `npm run test:slow` (CI runs it after `npm test`), so `npm test`
// stays within a minute on a quiet 2-core machine.
const SLOW = ["test/fuzz/**", "test/portfolio/hundredThousand.test.ts", "test/portfolio/fitRecoversWorld.test.ts", "test/package/install.test.ts", "test/scorecard/ownDataLarge.test.ts"];

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: process.env.SUISHENDAI_TEST_SLOW ? [...configDefaults.exclude] : [...configDefaults.exclude, ...SLOW],
    setupFiles: ["test/setup/fastCheckSeed.ts", "test/setup/cacheHome.ts"],
    // Property tests run hundreds of exact 360-period schedules; on a loaded
    // 2-core CI machine that can take longer than vitest's 5 s default.
    testTimeout: 60_000,
    // Two test files at a time: on a 2-core machine vitest's default (cores − 1)
    // runs one, and most files wait on child processes rather than on a core.
    maxWorkers: 2,
  },
});
