import type { SimulationRun } from '@/lib/server/simulation/run-simulation';
import type { ConsumeEdgeMetrics, LatencyStats, ProduceEdgeMetrics } from '@/lib/domain/simulator/metrics';
import { formatTable } from './output';

/**
 * The human form of a simulation run: producers, consumer routes and nodes as tables
 * (processed, throughput, latency p50/p99, retries, DLQ, lag, violations), then totals
 * and the first violation samples.
 * @example formatSimulation(run).startsWith('Simulated flow ecommerce-order-flow') // true
 */
export function formatSimulation(run: SimulationRun): string {
  const { result } = run;
  const scenario = run.scenario ? `, scenario "${run.scenario}"` : '';
  const truncated = result.truncated ? ' (stopped at the event limit)' : '';
  const lines = [
    `Simulated flow ${run.flow.slug} ("${run.flow.name}"${scenario}): seed ${result.seed}, ${seconds(result.endTimeMs)} virtual, ${result.steps} steps${truncated}.`,
    '',
  ];
  const produces = result.edges.filter((e): e is ProduceEdgeMetrics => e.kind === 'produces');
  const consumes = result.edges.filter((e): e is ConsumeEdgeMetrics => e.kind === 'consumes');
  if (produces.length > 0) {
    lines.push('Producers:', indent(formatTable([
      ['PRODUCER', 'EVENT', 'VERSION', 'EMITTED', 'PER SEC'],
      ...produces.map((e) => [e.producer, e.event, e.version, String(e.emitted), fixed(e.throughput)]),
    ])));
  }
  if (consumes.length > 0) {
    lines.push('Consumers:', indent(formatTable([
      ['EVENT', 'CONSUMER', 'GROUP', 'PROCESSED', 'PER SEC', 'P50 MS', 'P99 MS', 'RETRIES', 'DLQ', 'LAG MAX', 'VIOLATIONS'],
      ...consumes.map((e) => [
        e.event, e.consumer, e.consumerGroup, String(e.processed), fixed(e.throughput), ...latency(e.latencyMs),
        String(e.retries), String(e.deadLettered), String(e.lag.max), String(e.violations),
      ]),
    ])));
  }
  if (result.nodes.length > 0) {
    lines.push('Nodes:', indent(formatTable([
      ['KIND', 'NAME', 'IN', 'OUT', 'PER SEC', 'P50 MS', 'P99 MS', 'RETRIES', 'DLQ', 'LAG MAX', 'VIOLATIONS'],
      ...result.nodes.map((n) => [
        n.kind, n.name, String(n.in), String(n.out), fixed(n.throughput), ...latency(n.latencyMs),
        String(n.retries), String(n.deadLettered), String(n.lag.max), String(n.violations),
      ]),
    ])));
  }
  const t = result.totals;
  lines.push(
    `Totals: ${t.events} events, ${t.deliveries} deliveries, ${t.processed} processed, ${t.retries} retries, ` +
      `${t.deadLettered} dead-lettered, ${t.dropped} dropped, ${t.deduplicated} deduplicated, ${t.violations} contract violation${t.violations === 1 ? '' : 's'}.`,
  );
  const faults = result.faultsApplied.filter((f) => f.applied > 0);
  if (faults.length > 0) lines.push(`Faults applied: ${faults.map((f) => `${f.kind} ×${f.applied}`).join(', ')}.`);
  if (result.violationSamples.length > 0) {
    lines.push('', 'Contract violations (first samples):');
    for (const v of result.violationSamples) lines.push(`  at ${seconds(v.timeMs)}: ${v.type} ${v.eventId} → ${v.consumer}: ${v.detail}`);
  }
  return `${lines.join('\n')}\n`;
}

function latency(stats: LatencyStats | null): [string, string] {
  return stats ? [fixed(stats.p50), fixed(stats.p99)] : ['-', '-'];
}

function fixed(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

function indent(table: string): string {
  return table.replace(/^(?=.)/gm, '  ');
}
