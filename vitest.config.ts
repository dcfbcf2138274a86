import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    setupFiles: ["test/setup/fastCheckSeed.ts"],
    // Property tests run hundreds of exact 360-period schedules; on a loaded
    // 2-core CI machine that can take longer than vitest's 5 s default.
    testTimeout: 60_000,
  },
});
