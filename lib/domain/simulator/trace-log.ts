import type { CloudEventEnvelope, SimEnvelope } from './envelope';

export type TraceKind =
  | 'publish'
  | 'deliver'
  | 'processed'
  | 'failed'
  | 'retry'
  | 'dead-letter'
  | 'dropped'
  | 'deduplicated'
  | 'violation'
  | 'fault';

export interface TraceRecord {
  timeMs: number;
  kind: TraceKind;
  eventId: string;
  correlationId: string;
  type: string;
  /** Consumer service for delivery-side records, the source for `publish`. */
  service: string;
  channel: string | null;
  partition: number | null;
  attempt: number | null;
  detail: string | null;
}

export interface TraceNode {
  envelope: CloudEventEnvelope;
  records: TraceRecord[];
  children: TraceNode[];
}

/**
 * The last `cap` trace records (a ring; cap 0 turns tracing off), plus the
 * envelopes they mention so `traceOf` can rebuild a causation tree.
 *
 * @example
 * const log = new TraceLog(1000);
 * log.add(record, envelope);
 * log.traceOf(envelope.correlationid);
 */
export class TraceLog {
  private readonly records: (TraceRecord | undefined)[];
  private readonly envelopes: (SimEnvelope | undefined)[];
  private next = 0;
  total = 0;

  constructor(readonly cap: number) {
    this.records = new Array(Math.max(0, cap));
    this.envelopes = new Array(Math.max(0, cap));
  }

  get enabled(): boolean {
    return this.cap > 0;
  }

  add(record: TraceRecord, envelope: SimEnvelope): void {
    if (this.cap === 0) return;
    this.records[this.next] = record;
    this.envelopes[this.next] = envelope;
    this.next = this.next + 1 === this.cap ? 0 : this.next + 1;
    this.total++;
  }

  /** Records oldest first (at most `cap`). */
  list(): TraceRecord[] {
    const out: TraceRecord[] = [];
    const n = Math.min(this.total, this.cap);
    const start = this.total > this.cap ? this.next : 0;
    for (let i = 0; i < n; i++) {
      const r = this.records[(start + i) % this.cap];
      if (r) out.push(r);
    }
    return out;
  }

  /** The causation tree of one correlation id (roots first), from the records still held. */
  traceOf(correlationId: string): TraceNode[] {
    const nodes = new Map<string, TraceNode>();
    const order: SimEnvelope[] = [];
    const n = Math.min(this.total, this.cap);
    const start = this.total > this.cap ? this.next : 0;
    for (let i = 0; i < n; i++) {
      const idx = (start + i) % this.cap;
      const env = this.envelopes[idx];
      const rec = this.records[idx];
      if (!env || !rec || env.correlationid !== correlationId) continue;
      let node = nodes.get(env.id);
      if (!node) {
        node = { envelope: env.toJSON(), records: [], children: [] };
        nodes.set(env.id, node);
        order.push(env);
      }
      node.records.push(rec);
    }
    const roots: TraceNode[] = [];
    for (const env of order) {
      const node = nodes.get(env.id) as TraceNode;
      const parent = env.causationid === null ? undefined : nodes.get(env.causationid);
      if (parent) parent.children.push(node);
      else roots.push(node);
    }
    return roots;
  }
}
