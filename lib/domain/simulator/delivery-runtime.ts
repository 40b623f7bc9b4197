import { sampleLatency } from './rng';
import type { SimEnvelope } from './envelope';
import { readField, writeField } from './field-path';
import { COMPLETE, PublishingRuntime, RETRY } from './publishing-runtime';
import type { RtEmission, RtGroup, RtReaction, RtRoute } from './runtime-model';

/**
 * The consuming half of a run: per-partition workers, contract checks,
 * idempotency, processing attempts with retry/backoff, dead letters and reactions.
 */
export abstract class DeliveryRuntime extends PublishingRuntime {
  protected startNext(g: RtGroup, p: number): void {
    const q = g.queues[p];
    if (!q) return;
    for (;;) {
      const env = q.peek();
      if (env === undefined) return;
      const route = this.c.routes[g.routeByEvent[env.typeIdx] as number] as RtRoute;
      const sub = this.c.subscriptions[route.subscription];
      if (!sub) return;
      if (g.attempt[p] === 0) {
        route.delivered++;
        if (this.trace.enabled) this.record('deliver', env, sub.consumer, g, p, null, null);
        if (route.validator !== null) {
          const reason = route.validator(env.data);
          if (reason !== null) {
            this.flagViolation(route, env, sub.consumer, g, p, reason);
            if (sub.deadLetterViolations) {
              this.dequeue(g, p, route);
              this.deadLetter(env, sub.deadLetterChannel, route, sub.consumer, g, p, `contract violation: ${reason}`);
              continue;
            }
          }
        }
        if (sub.idempotent && sub.seen.has(idempotencyKey(env, sub.idempotencyPath))) {
          this.dequeue(g, p, route);
          route.deduplicated++;
          if (this.trace.enabled) this.record('deduplicated', env, sub.consumer, g, p, null, null);
          continue;
        }
      }
      g.busy[p] = 1;
      g.inFlight++;
      g.attempt[p] = (g.attempt[p] as number) + 1;
      this.agenda.push(this.now + sampleLatency(sub.latency, sub.rng), COMPLETE, g.partitionBase + p, null);
      return;
    }
  }

  /** A processing attempt finished: succeed (and react), retry after backoff, or give up. */
  protected complete(globalPartition: number): void {
    const g = this.c.groups[this.c.groupOfPartition[globalPartition] as number] as RtGroup;
    const p = globalPartition - g.partitionBase;
    const env = (g.queues[p] as { peek(): SimEnvelope | undefined }).peek();
    if (env === undefined) return;
    const route = this.c.routes[g.routeByEvent[env.typeIdx] as number] as RtRoute;
    const sub = this.c.subscriptions[route.subscription];
    if (!sub) return;
    const attempt = g.attempt[p] as number;
    if (sub.failureProbability > 0 && sub.rng.next() < sub.failureProbability) {
      route.failures++;
      if (attempt < sub.maxAttempts) {
        route.retries++;
        if (this.trace.enabled) this.record('retry', env, sub.consumer, g, p, attempt, null);
        // blocking retry: the worker keeps the partition (and its slot) during backoff, preserving order
        this.agenda.push(this.now + sub.backoffMs * sub.multiplier ** (attempt - 1), RETRY, globalPartition, null);
        return;
      }
      this.dequeue(g, p, route);
      if (sub.deadLetterChannel >= 0) {
        this.deadLetter(env, sub.deadLetterChannel, route, sub.consumer, g, p, `failed after ${attempt} attempts`);
      } else {
        route.dropped++;
        if (this.trace.enabled) this.record('dropped', env, sub.consumer, g, p, attempt, `failed after ${attempt} attempts`);
      }
    } else {
      this.dequeue(g, p, route);
      route.processed++;
      route.latency.record(this.now - env.vms);
      if (sub.idempotent) sub.seen.add(idempotencyKey(env, sub.idempotencyPath));
      if (this.trace.enabled) this.record('processed', env, sub.consumer, g, p, attempt, null);
      if (route.reactions.length > 0) this.react(route, sub.rng, env);
    }
    g.busy[p] = 0;
    g.inFlight--;
    if ((g.queues[p] as { size: number }).size > 0) {
      g.queued[p] = 1;
      g.ready.push(p);
    }
    this.drain(g);
  }

  protected retry(globalPartition: number): void {
    const g = this.c.groups[this.c.groupOfPartition[globalPartition] as number] as RtGroup;
    const p = globalPartition - g.partitionBase;
    if (g.outages.length > 0 && this.pausedUntil(g) > 0) {
      // the consumer went down during backoff: give the slot back, resume with the same attempt count
      g.busy[p] = 0;
      g.inFlight--;
      g.queued[p] = 1;
      g.ready.push(p);
      return;
    }
    const env = (g.queues[p] as { peek(): SimEnvelope | undefined }).peek();
    if (env === undefined) return;
    const sub = this.c.subscriptions[(this.c.routes[g.routeByEvent[env.typeIdx] as number] as RtRoute).subscription];
    if (!sub) return;
    g.attempt[p] = (g.attempt[p] as number) + 1;
    this.agenda.push(this.now + sampleLatency(sub.latency, sub.rng), COMPLETE, globalPartition, null);
  }

  protected dequeue(g: RtGroup, p: number, route: RtRoute): void {
    (g.queues[p] as { shift(): unknown }).shift();
    g.attempt[p] = 0;
    g.depth--;
    route.pending--;
  }

  protected deadLetter(env: SimEnvelope, channel: number, route: RtRoute, consumer: string, g: RtGroup, p: number, reason: string): void {
    if (channel < 0) {
      route.dropped++;
      if (this.trace.enabled) this.record('dropped', env, consumer, g, p, null, reason);
      return;
    }
    route.deadLettered++;
    const ch = this.c.channels[channel];
    if (ch) ch.deadLettered++;
    if (this.trace.enabled) this.record('dead-letter', env, consumer, g, p, null, `${ch?.name}: ${reason}`);
    this.publish(env, channel);
  }

  protected flagViolation(route: RtRoute, env: SimEnvelope, consumer: string, g: RtGroup, p: number, reason: string): void {
    route.violations++;
    const detail = `pinned v${route.pinnedLabel ?? '?'}, got v${env.dataversion}: ${reason}`;
    if (route.firstViolation === null) route.firstViolation = detail;
    if (this.violationSamples.length < 100) {
      this.violationSamples.push({ timeMs: this.now, eventId: env.id, type: env.type, consumer, detail });
    }
    if (this.trace.enabled) this.record('violation', env, consumer, g, p, null, detail);
  }

  protected react(route: RtRoute, rng: { next(): number }, env: SimEnvelope): void {
    for (let i = 0; i < route.reactions.length; i++) {
      const r = route.reactions[i] as RtReaction;
      const emission = r.condition === null || holds(r, env.data, rng) ? r.main : r.otherwise;
      if (emission === null) continue;
      const edge = this.c.producerEdges[emission.edge];
      if (!edge) continue;
      let data = this.payloadFor(edge);
      if (emission.targets.length > 0) data = applyMapping(data, emission, env.data);
      this.emit(emission.edge, data, env, emission.delayMs);
    }
  }

}

function idempotencyKey(env: SimEnvelope, path: readonly string[] | null): string {
  if (path === null) return env.id;
  const v = readField(env.data, path);
  return typeof v === 'string' ? v : JSON.stringify(v) ?? 'undefined';
}

function holds(r: RtReaction, data: unknown, rng: { next(): number }): boolean {
  const c = r.condition;
  if (c === null) return true;
  if (c.kind === 'probability') return rng.next() < c.p;
  const v = readField(data, r.conditionPath ?? []);
  if (c.exists !== undefined && (v !== undefined) !== c.exists) return false;
  if ('equals' in c && v !== c.equals) return false;
  if ('notEquals' in c && v === c.notEquals) return false;
  return true;
}

function applyMapping(base: unknown, e: RtEmission, source: unknown): unknown {
  let out: unknown = base !== null && typeof base === 'object' && !Array.isArray(base) ? { ...(base as object) } : {};
  for (let i = 0; i < e.targets.length; i++) {
    const src = e.sources[i];
    const value = src === null || src === undefined ? e.constants[i] : readField(source, src);
    const target = e.targets[i] as readonly string[];
    if (target.length === 1) (out as Record<string, unknown>)[target[0] as string] = value;
    else out = writeField(out, target, value);
  }
  return out;
}
