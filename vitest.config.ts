import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    setupFiles: ["test/setup/fastCheckSeed.ts", "test/setup/cacheHome.ts"],
    // Property tests run hundreds of exact 360-period schedules; on a loaded
    // 2-core CI machine that can take longer than vitest's 5 s default.
    testTimeout: 60_000,
    // Two test files at a time: on a 2-core machine vitest's default (cores − 1)
    // runs one, and most files wait on child processes rather than on a core.
    maxWorkers: 2,
  },
});
