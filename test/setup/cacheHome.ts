import { tmpdir } from "node:os";
import { join } from "node:path";

// Runs of the built bin keep V8's code cache out of the user's ~/.cache: one
// cache directory for the suite, kept between runs so start-up stays warm.
// (runBin passes it on; children spawned with process.env inherit it.)
process.env.XDG_CACHE_HOME = join(tmpdir(), `suishendai-test-cache-${process.getuid?.() ?? "user"}`);
