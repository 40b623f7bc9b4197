/**
 * Simulator throughput: event hops (deliveries to a consumer) per second through
 * the generated 50-node flow, with and without per-hop contract checks.
 * The target rows use process CPU time (the run is single-threaded, so this is
 * "on one core" and stays meaningful on a busy machine); wall-clock rows are info.
 * Run: `npx tsx bench/simulator.bench.ts`.
 */
import { runSimulation } from '../lib/domain/simulator/engine';
import { benchmarkFlow } from '../lib/domain/simulator/benchmark-flow';

export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  target: string;
}

interface Measure {
  perCpuSecond: number;
  perWallSecond: number;
  hops: number;
}

function hopsPerSecond(validate: boolean, roots: number): Measure {
  const model = benchmarkFlow({ roots });
  runSimulation(benchmarkFlow({ roots: 500 }), { validate, traceCap: 0 }); // warm-up: JIT and validator compile
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const result = runSimulation(model, { validate, traceCap: 0 });
  const wallMs = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const hops = result.totals.deliveries;
  return { perCpuSecond: Math.round(hops / (cpuMs / 1000)), perWallSecond: Math.round(hops / (wallMs / 1000)), hops };
}

/** Rows for the bench runner: `{ name, value, unit, target }`. */
export async function run(): Promise<BenchRow[]> {
  const roots = Number(process.env.SIM_BENCH_ROOTS ?? 40_000);
  const plain = hopsPerSecond(false, roots);
  const checked = hopsPerSecond(true, roots);
  return [
    { name: 'simulator hops/s (CPU time), 50-node flow, no validation', value: plain.perCpuSecond, unit: 'hops/s', target: '>= 1000000' },
    { name: 'simulator hops/s (CPU time), 50-node flow, per-hop validation', value: checked.perCpuSecond, unit: 'hops/s', target: '>= 200000' },
    { name: 'simulator hops/s (wall clock), no validation', value: plain.perWallSecond, unit: 'hops/s', target: 'info' },
    { name: 'simulator hops/s (wall clock), per-hop validation', value: checked.perWallSecond, unit: 'hops/s', target: 'info' },
    { name: 'simulator hops per run', value: plain.hops, unit: 'hops', target: 'info' },
  ];
}

const isMain = process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'));
if (isMain) {
  run().then((rows) => {
    console.table(rows);
  });
}
