/** Virtual time 0 is this instant, so envelope times are stable across runs (no Date.now()). */
export const SIM_EPOCH_MS = Date.UTC(2026, 0, 1);

/** The CloudEvents-style envelope as it serialises (attribute names per CloudEvents 1.0). */
export interface CloudEventEnvelope {
  specversion: '1.0';
  id: string;
  type: string;
  source: string;
  time: string;
  datacontenttype: string;
  dataschema: string;
  dataversion: string;
  correlationid: string;
  causationid: string | null;
  partitionkey: string | null;
  data: unknown;
}

/**
 * One simulated event. The only per-event allocation of the hot loop: the
 * ISO `time` is derived on demand from virtual ms rather than formatted per hop.
 *
 * @example
 * const e = new SimEnvelope('evt-1', 'OrderCreated', 'Order Service', 1500, 'application/json',
 *   'urn:eventflow:schema:OrderCreated:1', '1', null, null, { orderId: 'o-1' }, 0, 1);
 * e.time; // '2026-01-01T00:00:01.500Z'
 */
export class SimEnvelope {
  readonly id: string;
  readonly type: string;
  readonly source: string;
  /** Virtual emit time in ms since SIM_EPOCH_MS. */
  readonly vms: number;
  readonly datacontenttype: string;
  readonly dataschema: string;
  readonly dataversion: string;
  readonly correlationid: string;
  readonly causationid: string | null;
  data: unknown;
  /** Index of the event type in the compiled model. */
  readonly typeIdx: number;
  readonly versionNumber: number;
  partitionkey: string | null = null;
  /** Set when a fault corrupted the payload on purpose. */
  malformed = false;

  constructor(
    id: string,
    type: string,
    source: string,
    vms: number,
    datacontenttype: string,
    dataschema: string,
    dataversion: string,
    correlationid: string | null,
    causationid: string | null,
    data: unknown,
    typeIdx: number,
    versionNumber: number,
  ) {
    this.id = id;
    this.type = type;
    this.source = source;
    this.vms = vms;
    this.datacontenttype = datacontenttype;
    this.dataschema = dataschema;
    this.dataversion = dataversion;
    this.correlationid = correlationid ?? id;
    this.causationid = causationid;
    this.data = data;
    this.typeIdx = typeIdx;
    this.versionNumber = versionNumber;
  }

  get time(): string {
    return new Date(SIM_EPOCH_MS + this.vms).toISOString();
  }

  toJSON(): CloudEventEnvelope {
    return {
      specversion: '1.0',
      id: this.id,
      type: this.type,
      source: this.source,
      time: this.time,
      datacontenttype: this.datacontenttype,
      dataschema: this.dataschema,
      dataversion: this.dataversion,
      correlationid: this.correlationid,
      causationid: this.causationid,
      partitionkey: this.partitionkey,
      data: this.data,
    };
  }
}
