// Preloaded into the benchmark's processes (node -r): writes the process's peak resident memory
// (bytes) to the file named by CASEREPORT_BENCH_RSS when it exits.
const file = process.env.CASEREPORT_BENCH_RSS;
if (file) {
  process.on('exit', () => {
    require('node:fs').writeFileSync(file, String(process.resourceUsage().maxRSS * 1024));
  });
}
