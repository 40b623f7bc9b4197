'use client';

import { memo, useState } from 'react';
import { SIM_SPEEDS, type SimSpeed } from './protocol';
import { useSimulation, useSimulationCommand } from './use-simulation';

const BUTTON = 'rounded-md px-2.5 py-1 text-sm font-medium ring-1 ring-inset ring-slate-300 hover:bg-slate-50 disabled:opacity-40';
const speedLabel = (s: SimSpeed) => (s === 'max' ? 'max' : `${s}×`);

/**
 * Play / pause / step / speed, and the inputs a reset applies: scenario, seed,
 * events per starting producer.
 *
 * @example
 * <SimControls ready={{ name: 'Orders with 15% stock-outs', seed: 2026 }} />
 */
export const SimControls = memo(function SimControls({ ready }: { ready: { name: string; seed: number } | null }) {
  const send = useSimulationCommand();
  const playing = useSimulation((s) => s.frame?.playing ?? false);
  const done = useSimulation((s) => s.frame?.done ?? false);
  const speed = useSimulation((s) => s.frame?.speed ?? 1);
  const runSeed = useSimulation((s) => s.frame?.seed ?? null);
  const [scenario, setScenario] = useState<'ready' | 'plain'>(ready ? 'ready' : 'plain');
  const [seed, setSeed] = useState(String(ready?.seed ?? 1));
  const [events, setEvents] = useState('');

  const reset = (keepFaults: boolean) => {
    const n = Number.parseInt(seed, 10);
    const count = Number.parseInt(events, 10);
    send({ type: 'reset', seed: Number.isFinite(n) ? n : 1, scenario, eventsPerProducer: Number.isFinite(count) && count >= 0 ? count : null, keepFaults });
  };

  return (
    <div className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3" data-testid="sim-controls">
      <div className="flex items-center gap-1.5">
        {playing ? (
          <button type="button" className={`${BUTTON} bg-slate-900 text-white hover:bg-slate-700`} onClick={() => send({ type: 'pause' })}>
            Pause
          </button>
        ) : (
          <button type="button" className={`${BUTTON} bg-brand-600 text-white ring-brand-600 hover:bg-brand-700`} disabled={done} onClick={() => send({ type: 'play' })}>
            Play
          </button>
        )}
        <button type="button" className={BUTTON} disabled={done} onClick={() => send({ type: 'step', items: 1 })} title="Process the next scheduled item">
          Step
        </button>
        <button type="button" className={BUTTON} onClick={() => reset(true)} title="Start again from 0 with the scenario, seed and volume below (faults kept)">
          Reset
        </button>
      </div>
      <div role="group" aria-label="Speed" className="flex overflow-hidden rounded-md ring-1 ring-inset ring-slate-300">
        {SIM_SPEEDS.map((s) => (
          <button
            key={String(s)}
            type="button"
            aria-pressed={speed === s}
            className={`px-2 py-1 text-sm ${speed === s ? 'bg-slate-900 text-white' : 'hover:bg-slate-50'}`}
            onClick={() => send({ type: 'speed', speed: s })}
          >
            {speedLabel(s)}
          </button>
        ))}
      </div>
      <label className="text-xs text-slate-600">
        Scenario
        <select className="mt-0.5 block rounded-md border-slate-300 py-1 text-sm" value={scenario} onChange={(e) => setScenario(e.target.value as 'ready' | 'plain')}>
          {ready && <option value="ready">{ready.name}</option>}
          <option value="plain">Plain (10/s × 20 per producer)</option>
        </select>
      </label>
      <label className="text-xs text-slate-600">
        Seed
        <input className="mt-0.5 block w-24 rounded-md border-slate-300 py-1 text-sm" inputMode="numeric" value={seed} onChange={(e) => setSeed(e.target.value)} aria-label="Seed" />
      </label>
      <label className="text-xs text-slate-600">
        Events per producer
        <input className="mt-0.5 block w-28 rounded-md border-slate-300 py-1 text-sm" inputMode="numeric" placeholder="scenario's" value={events} onChange={(e) => setEvents(e.target.value)} />
      </label>
      <div className="flex gap-1.5">
        <button type="button" className={BUTTON} onClick={() => reset(false)} title="Reset and remove the faults and injections added">
          Reset without faults
        </button>
      </div>
      <p className="ml-auto text-xs text-slate-500" data-testid="sim-seed">
        Running seed <span className="font-mono text-slate-800">{runSeed ?? '…'}</span>
      </p>
    </div>
  );
});
