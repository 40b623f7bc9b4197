import type { Counterexample, ReportedChange } from '@/lib/domain/compatibility/types';
import type { CompatibilityMode } from '@/lib/domain/model';
import { SchemaView } from '@/components/catalog/schema-view';
import { changeAnchor } from './review-summary';

const DIRECTION_NAMES = {
  backward: 'backward (a consumer on the new schema reads old data)',
  forward: 'forward (a consumer on the old schema reads new data)',
} as const;

/**
 * Changes of a report, each numbered by its place in the report (the numbers the schema
 * diff shows), with the directions and modes it breaks and, when one was built, the
 * payload proving it.
 */
export function ChangeList({ entries, mode, scope }: { entries: Array<{ change: ReportedChange; n: number }>; mode: CompatibilityMode; scope: string }) {
  return (
    <ol className="space-y-2">
      {entries.map(({ change: c, n }) => {
        const breaking = c.breakingUnder.includes(mode);
        const directions = (['backward', 'forward'] as const).filter((d) => c.breaks[d]);
        return (
          <li
            key={n}
            id={changeAnchor(scope, n)}
            data-testid="review-change"
            data-kind={c.kind}
            className={`scroll-mt-20 rounded-md border bg-white px-3 py-2 ${breaking ? 'border-red-200' : 'border-slate-200'}`}
          >
            <p className="text-slate-800">
              <span className="mr-1.5 inline-block rounded bg-amber-100 px-1.5 font-mono text-xs text-amber-900">#{n}</span>
              {c.message}
            </p>
            <p className="mt-1 font-mono text-xs text-slate-500">
              {c.kind} at {c.path || '(root)'} · against version #{c.against}
            </p>
            <dl className="mt-1 grid gap-x-3 gap-y-0.5 text-xs text-slate-600 sm:grid-cols-[auto_1fr]">
              <dt className="font-medium">Breaks</dt>
              <dd>{directions.length === 0 ? 'neither direction' : directions.map((d) => DIRECTION_NAMES[d]).join('; ')}</dd>
              <dt className="font-medium">Breaking under</dt>
              <dd>
                {c.breakingUnder.length === 0 ? (
                  'no mode'
                ) : (
                  <span className="flex flex-wrap gap-1">
                    {c.breakingUnder.map((m) => (
                      <span key={m} className={`rounded px-1 font-mono ${m === mode ? 'bg-red-100 font-semibold text-red-800' : 'bg-slate-100 text-slate-700'}`}>
                        {m}
                      </span>
                    ))}
                  </span>
                )}
              </dd>
            </dl>
            {c.counterexample && <CounterexampleView example={c.counterexample} />}
          </li>
        );
      })}
    </ol>
  );
}

/** A payload one side accepts and the other rejects, and what the rejecting validator said. */
function CounterexampleView({ example }: { example: Counterexample }) {
  const rejectedBy = example.acceptedBy === 'old' ? 'new' : 'old';
  return (
    <div className="mt-2" data-testid="counterexample">
      <p className="text-xs text-slate-700">
        <span className="font-medium">Counterexample ({example.direction}):</span> the {example.acceptedBy} schema accepts this payload, the {rejectedBy} one
        rejects it: <span className="font-mono text-red-800" data-testid="counterexample-rejection">{example.rejection}</span>
      </p>
      <div className="mt-1">
        <SchemaView text={JSON.stringify(example.payload)} />
      </div>
    </div>
  );
}
