/** stderr without the note that --jobs was capped at the cores (it depends on the machine the tests run on). */
export const withoutJobsNote = (stderr: string): string => stderr.replace(/^note: --jobs \d+: .*\n/m, "");
