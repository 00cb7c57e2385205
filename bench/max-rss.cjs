// Preloaded into the benchmark's processes (node -r): writes the process's peak resident memory
// (bytes) and its CPU time (user + system, ms) to the file named by CASEREPORT_BENCH_RSS on exit.
const file = process.env.CASEREPORT_BENCH_RSS;
if (file) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    require('node:fs').writeFileSync(file, `${usage.maxRSS * 1024} ${(usage.userCPUTime + usage.systemCPUTime) / 1000}`);
  });
}
