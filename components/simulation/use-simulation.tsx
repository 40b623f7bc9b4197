'use client';

import { createContext, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { SimGraphIndex } from './graph-index';
import type { FromWorker, SimSetup, ToWorker } from './protocol';
import { applyFrame, createSimulationStore, pruneDots, type SimulationState, type SimulationStore } from './simulation-store';

interface SimulationContextValue {
  store: SimulationStore;
  send: (message: ToWorker) => void;
}

const SimulationContext = createContext<SimulationContextValue | null>(null);

/**
 * Starts the simulation worker for a setup and shares its state with the page's
 * components; the worker is terminated when the page goes away.
 *
 * @example
 * <SimulationProvider setup={setup} index={indexGraph(graph)}><SimControls /></SimulationProvider>
 */
export function SimulationProvider({ setup, index, children }: { setup: SimSetup; index: SimGraphIndex; children: ReactNode }) {
  const [store] = useState(createSimulationStore);
  const worker = useRef<Worker | null>(null);

  useEffect(() => {
    const w = new Worker(new URL('./simulation.worker.ts', import.meta.url), { type: 'module' });
    worker.current = w;
    w.onmessage = (event: MessageEvent<FromWorker>) => {
      const message = event.data;
      if (message.type === 'frame') applyFrame(store, index, message.frame, performance.now());
      else if (message.type === 'trace') store.setState({ trace: { correlationId: message.correlationId, roots: message.roots } });
      else store.setState({ error: message.message });
    };
    w.onerror = (event) => store.setState({ error: event.message || 'The simulation worker failed to start.' });
    w.postMessage({ type: 'init', setup } satisfies ToWorker);
    // Dots that arrived must go even when no frames come (paused, finished).
    const prune = setInterval(() => pruneDots(store, performance.now()), 250);
    return () => {
      clearInterval(prune);
      w.terminate();
      worker.current = null;
    };
  }, [setup, index, store]);

  const value = useMemo<SimulationContextValue>(() => ({ store, send: (message) => worker.current?.postMessage(message) }), [store]);
  return <SimulationContext.Provider value={value}>{children}</SimulationContext.Provider>;
}

function useSimulationContext(): SimulationContextValue {
  const ctx = useContext(SimulationContext);
  if (!ctx) throw new Error('Simulation components must sit inside <SimulationProvider>.');
  return ctx;
}

/** A slice of the simulation state; the component re-renders only when the slice changes. */
export function useSimulation<T>(select: (state: SimulationState) => T): T {
  return useStore(useSimulationContext().store, select);
}

/** Sends a command to the worker. */
export function useSimulationCommand(): (message: ToWorker) => void {
  return useSimulationContext().send;
}
