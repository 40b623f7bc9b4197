import { SlugSchema } from '@/lib/contracts/catalog-inputs';
import { SimulationRequestSchema } from '@/lib/contracts/simulation-inputs';
import { validateInput } from '../arguments';
import { EXIT, UsageError } from '../exit-codes';
import { LOCAL_PRINCIPAL } from '../local-principal';
import { writeJson } from '../output';
import { defineVerb, stringFlag, type VerbCall } from '../verb';

const COMMAND = 'simulate';

/** `eventflow simulate --workspace W --flow F [--events N] [--seed S]`: exit 1 when a contract was violated. */
export default defineVerb({
  path: ['simulate'],
  summary: "Run a deterministic simulation of a flow (with its ready scenario) and print its metrics; exit 1 on any contract violation.",
  positionals: [],
  flags: {
    workspace: { type: 'string', required: true, valueName: 'SLUG', description: 'The workspace holding the flow.' },
    flow: { type: 'string', required: true, valueName: 'FLOW', description: 'The flow to simulate (slug or name).' },
    events: { type: 'string', valueName: 'N', description: 'Stop after N events, roots and reactions (default: the scenario\'s limit).' },
    seed: { type: 'string', valueName: 'S', description: 'Random seed, 0 to 4294967295; the same seed gives the same run.' },
  },
  async run(call) {
    const slug = validateInput(SlugSchema, stringFlag(call, 'workspace'), { '': '--workspace' }, COMMAND);
    const request = validateInput(
      SimulationRequestSchema,
      {
        flow: stringFlag(call, 'flow'),
        events: integerFlag(call, 'events'),
        seed: integerFlag(call, 'seed'),
        validate: true,
        scenario: 'ready',
        faults: [],
      },
      { flow: '--flow', events: '--events', seed: '--seed' },
      COMMAND,
    );
    const [{ actorIn }, { simulateFlow }, { formatSimulation }] = await Promise.all([
      import('@/lib/server/access'),
      import('@/lib/server/simulation/run-simulation'),
      import('../format-simulation'),
    ]);
    const db = await call.store();
    const run = await simulateFlow(db, await actorIn(db, LOCAL_PRINCIPAL, slug), request);
    if (call.json) writeJson(call.out, run);
    else call.out.stdout(formatSimulation(run));
    return run.result.totals.violations > 0 ? EXIT.failed : EXIT.ok;
  },
});

/** A whole-number flag as a number (the zod contract then checks its range). */
function integerFlag(call: VerbCall, name: string): number | undefined {
  const text = stringFlag(call, name);
  if (text === undefined) return undefined;
  if (!/^-?\d+$/.test(text.trim())) throw new UsageError(`--${name} must be a whole number, not "${text}"`, COMMAND);
  return Number(text);
}
