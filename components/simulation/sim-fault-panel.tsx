'use client';

import { memo, useState } from 'react';
import type { SimFault } from '@/lib/domain/simulator';
import { duration } from './format';
import type { FaultRequest } from './protocol';
import { useSimulation, useSimulationCommand } from './use-simulation';

const BUTTON = 'rounded-md px-2 py-1 text-xs font-medium ring-1 ring-inset ring-slate-300 hover:bg-slate-50 disabled:opacity-40';
const FIELD = 'mt-0.5 block w-full rounded-md border-slate-300 py-1 text-xs';

/**
 * Fault injection while the run goes on: each fault starts at the current
 * virtual time (the worker replays the run up to now with it, so nothing before
 * changes) and stays for the rest of the run; a reset keeps it at that time.
 *
 * @example
 * <SimFaultPanel events={['OrderCreated']} consumers={['Inventory Service']} />
 */
export const SimFaultPanel = memo(function SimFaultPanel({ events, consumers }: { events: string[]; consumers: string[] }) {
  const send = useSimulationCommand();
  const faults = useSimulation((s) => s.frame?.faults);
  const [event, setEvent] = useState(events[0] ?? '');
  const [probability, setProbability] = useState('0.3');
  const [consumer, setConsumer] = useState(consumers[0] ?? '');
  const [outageMs, setOutageMs] = useState('2000');
  const [count, setCount] = useState('10');

  const p = Math.min(1, Math.max(0, Number.parseFloat(probability) || 0));
  const fault = (f: FaultRequest) => send({ type: 'fault', fault: f });

  return (
    <div className="space-y-3 rounded-lg border border-slate-200 bg-white p-3 text-xs" data-testid="sim-faults">
      <h3 className="text-sm font-semibold text-slate-900">Inject faults</h3>
      <div className="grid grid-cols-[1fr_5rem] gap-2">
        <label className="text-slate-600">
          Event
          <select className={FIELD} value={event} onChange={(e) => setEvent(e.target.value)} aria-label="Fault event">
            {events.map((n) => (
              <option key={n}>{n}</option>
            ))}
          </select>
        </label>
        <label className="text-slate-600">
          Probability
          <input className={FIELD} inputMode="decimal" value={probability} onChange={(e) => setProbability(e.target.value)} aria-label="Fault probability" />
        </label>
      </div>
      <div className="flex flex-wrap gap-1.5">
        <button type="button" className={BUTTON} disabled={!event} onClick={() => fault({ kind: 'duplicate', event, probability: p })}>
          Duplicate
        </button>
        <button type="button" className={BUTTON} disabled={!event} onClick={() => fault({ kind: 'out-of-order', event, probability: p })}>
          Out of order
        </button>
        <button type="button" className={BUTTON} disabled={!event} onClick={() => fault({ kind: 'malformed', event, probability: p })}>
          Malformed payload
        </button>
      </div>
      <div className="grid grid-cols-[1fr_5rem] gap-2">
        <label className="text-slate-600">
          Consumer
          <select className={FIELD} value={consumer} onChange={(e) => setConsumer(e.target.value)} aria-label="Outage consumer">
            {consumers.map((n) => (
              <option key={n}>{n}</option>
            ))}
          </select>
        </label>
        <label className="text-slate-600">
          For (ms)
          <input className={FIELD} inputMode="numeric" value={outageMs} onChange={(e) => setOutageMs(e.target.value)} aria-label="Outage duration" />
        </label>
      </div>
      <button type="button" className={BUTTON} disabled={!consumer} onClick={() => fault({ kind: 'outage', consumer, durationMs: Number.parseInt(outageMs, 10) || 1000 })}>
        Consumer outage
      </button>
      <div className="flex items-end gap-2 border-t border-slate-100 pt-2">
        <label className="text-slate-600">
          Count
          <input className={`${FIELD} w-16`} inputMode="numeric" value={count} onChange={(e) => setCount(e.target.value)} aria-label="Events to emit" />
        </label>
        <button type="button" className={BUTTON} disabled={!event} onClick={() => send({ type: 'inject', event, count: Number.parseInt(count, 10) || 1 })}>
          Emit {event ? `× ${event}` : ''}
        </button>
      </div>
      <ActiveFaults faults={faults ?? []} />
    </div>
  );
});

function ActiveFaults({ faults }: { faults: SimFault[] }) {
  if (faults.length === 0) return <p className="text-slate-400">No faults added. Reset keeps added faults; “Reset without faults” clears them.</p>;
  return (
    <ul className="space-y-0.5 border-t border-slate-100 pt-2" data-testid="sim-active-faults">
      {faults.map((f, i) => (
        <li key={i} className="text-violet-800">
          {f.kind === 'outage'
            ? `outage of ${f.consumer}, ${duration(f.fromMs)} – ${duration(f.toMs)}`
            : `${f.kind} ${f.event}${f.probability !== undefined ? ` (p ${f.probability})` : ''} from ${duration(f.fromMs ?? 0)}`}
        </li>
      ))}
    </ul>
  );
}
