// Times model.squiggle (the Java engine's Monte Carlo target case) with @quri/squiggle-lang.
// Usage: npm install && node montecarlo.mjs [samples=100000] [repeats=3]
import { readFileSync } from "node:fs";
import { run, defaultEnvironment } from "@quri/squiggle-lang";

const samples = Number(process.argv[2] ?? 100_000);
const repeats = Number(process.argv[3] ?? 3);
const code = readFileSync(new URL("./model.squiggle", import.meta.url), "utf8");
const environment = { ...defaultEnvironment, sampleCount: samples, seed: "1" };

console.log(`Squiggle ${samples} samples x 10 years x 10 uncertain parameters, ` +
  `24 outputs x (mean + 5 quantiles), node ${process.version}`);
let best = Infinity;
let rows;
for (let i = 0; i < repeats; i++) {
  const t0 = process.hrtime.bigint();
  const output = await run(code, { environment });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (!output.result.ok) {
    console.error("Squiggle error:", output.result.value.toString());
    process.exit(1);
  }
  rows = output.result.value.result;
  best = Math.min(best, ms);
  console.log(`  run ${i + 1}: ${ms.toFixed(1)} ms${i === 0 ? " (cold)" : ""}`);
}
const heap = process.memoryUsage();
console.log(`best ${best.toFixed(1)} ms; rss ${(heap.rss / 2 ** 20).toFixed(0)} MiB, ` +
  `heap used ${(heap.heapUsed / 2 ** 20).toFixed(0)} MiB`);
// Spot check against the Java CLI (same scenario; figures agree to sampling noise and quantile rule).
const table = rows.asJS();
const [mean2024, , , p50_2024] = table[0][6];
console.log(`2024 depinAiCapexUsdB mean ${mean2024.toFixed(3)}, p50 ${p50_2024.toFixed(3)}; ` +
  `2033 spendGapRatio p50 ${table[9][7][3]}; 2033 computeGapRatio p50 ${table[9][21][3].toFixed(3)}`);
