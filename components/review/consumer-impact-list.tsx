import Link from 'next/link';
import type { ConsumerImpact } from '@/lib/domain/review/consumer-impact';

/**
 * The consuming services a breaking change hurts: the fields they read that it touches,
 * or a warning that they never said which fields they read.
 */
export function ConsumerImpactList({ impact, serviceBase }: { impact: ConsumerImpact[]; serviceBase?: string }) {
  return (
    <ul className="mt-1 space-y-1" data-testid="affected-consumers">
      {impact.map((i) => (
        <li key={i.serviceId} className="rounded-md border border-amber-200 bg-amber-50/60 px-3 py-1.5 text-slate-800" data-testid="affected-consumer">
          {serviceBase ? (
            <Link href={`${serviceBase}/${encodeURIComponent(i.serviceName)}`} className="font-medium hover:underline">
              {i.serviceName}
            </Link>
          ) : (
            <span className="font-medium">{i.serviceName}</span>
          )}
          {i.undeclared ? (
            <span className="text-slate-700"> — did not declare the fields it reads, so every breaking change may hurt it</span>
          ) : (
            <span className="text-slate-700">
              {' '}
              — reads{' '}
              {i.fieldsHit.map((f, k) => (
                <span key={f}>
                  {k > 0 && ', '}
                  <code className="rounded bg-white px-1 font-mono text-xs">{f}</code>
                </span>
              ))}
            </span>
          )}
          <span className="block text-xs text-slate-500">
            via {i.changes.map((c) => `${c.kind} at ${c.payloadPath}`).join('; ')}
          </span>
        </li>
      ))}
    </ul>
  );
}
