import { writeSync } from "node:fs";
setInterval(() => { global.gc(); const m = process.memoryUsage(); writeSync(2, `${(m.heapUsed / 1e6).toFixed(1)}MB heap ${(m.rss / 1e6).toFixed(0)}MB rss ${(m.external/1e6).toFixed(1)}MB ext ${(m.arrayBuffers/1e6).toFixed(1)}MB ab\n`); }, 3000).unref();
await import("../bin/jobparse.js");
