import type { Metadata } from 'next';
import Link from 'next/link';
import { itemRef, orNotFound } from '../../../_lib/item-ref';
import { SelectField } from '@/components/catalog/form-field';
import { PageHeader, primaryButton, secondaryButton } from '@/components/catalog/page-header';
import { ReviewPanel } from '@/components/catalog/review-panel';
import { SectionCard } from '@/components/catalog/section-card';
import { SchemaDiff } from '@/components/review/schema-diff';
import { InvalidSchemaError, SchemaTooComplexError } from '@/lib/domain/compatibility';
import { COMPATIBILITY_MODES, type CompatibilityMode, type EventVersion } from '@/lib/domain/model';
import { compareVersions, type VersionComparison } from '@/lib/server/catalog/compare-versions';
import { getEventDetail } from '@/lib/server/catalog/events';
import { AppError } from '@/lib/server/errors';
import { pageActor } from '@/lib/server/page-context';

type Params = Promise<{ workspace: string; event: string }>;
type Query = Promise<{ from?: string | string[]; to?: string | string[]; mode?: string | string[]; full?: string | string[] }>;

const REVIEW_SCOPE = 'compare-review';

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return { title: `Compare ${itemRef((await params).event)}` };
}

/**
 * Two versions of an event side by side (`?from=1&to=2&mode=FULL`; by default the two
 * latest under the event's mode): the schema diff, the verdict under every mode, each
 * change with its counterexample, and the consumers it would hurt.
 */
export default async function CompareVersionsPage({ params, searchParams }: { params: Params; searchParams: Query }) {
  const { workspace: slug, event: segment } = await params;
  const query = await searchParams;
  const { db, actor } = await pageActor(slug);
  const detail = await orNotFound(getEventDetail(db, actor, itemRef(segment)));
  const { event, versions } = detail;
  const eventHref = `/w/${slug}/events/${encodeURIComponent(event.name)}`;
  const header = (
    <PageHeader title={`Compare versions of ${event.name}`} eyebrow={<Link href={eventHref} className="hover:text-slate-800">← {event.name}</Link>} />
  );
  const [newest, previous] = versions;
  if (!newest || !previous) {
    return (
      <div className="space-y-6">
        {header}
        <p className="rounded-md border border-slate-200 bg-white px-4 py-3 text-sm text-slate-600">
          {event.name} has {versions.length === 0 ? 'no versions' : 'only one version'}; comparing needs two.{' '}
          <Link href={`${eventHref}#publish`} className="text-brand-600 underline">Publish a version</Link>.
        </p>
      </div>
    );
  }
  const from = first(query.from) ?? String(previous.number);
  const to = first(query.to) ?? String(newest.number);
  const requestedMode = first(query.mode);
  const mode = asMode(requestedMode) ?? asMode(detail.effectiveCompatibility) ?? 'BACKWARD';
  const outcome = await compareOrExplain(() => compareVersions(db, actor, event.id, { from, to, mode }));
  const here = `${eventHref}/compare`;
  const full = first(query.full) === '1';
  const pair = `from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}&mode=${mode}`;

  return (
    <div className="space-y-6">
      {header}
      <form method="get" action={here} className="flex flex-wrap items-end gap-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm" aria-label="Versions to compare">
        <div className="min-w-48">
          <SelectField name="from" label="Old version" defaultValue={versionValue(versions, from)} options={versionOptions(versions)} idPrefix="compare" />
        </div>
        <div className="min-w-48">
          <SelectField name="to" label="New version" defaultValue={versionValue(versions, to)} options={versionOptions(versions)} idPrefix="compare" />
        </div>
        <div className="min-w-56">
          <SelectField
            name="mode"
            label="Mode"
            defaultValue={mode}
            options={COMPATIBILITY_MODES.map((m) => ({ value: m, label: m === detail.effectiveCompatibility ? `${m} (event's mode)` : m }))}
            idPrefix="compare"
          />
        </div>
        <div className="flex gap-2 pb-px">
          <button type="submit" className={primaryButton}>Compare</button>
          <Link href={`${here}?from=${encodeURIComponent(to)}&to=${encodeURIComponent(from)}&mode=${mode}`} className={secondaryButton}>
            Swap
          </Link>
        </div>
      </form>

      {requestedMode !== undefined && asMode(requestedMode) === undefined && (
        <p className="text-sm text-amber-800">Unknown mode &quot;{requestedMode}&quot;; showing {mode}.</p>
      )}

      {'problem' in outcome ? (
        <p role="alert" data-testid="compare-error" className="rounded-md border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800">
          {outcome.problem}
        </p>
      ) : (
        <>
          <SectionCard title={`v${outcome.comparison.from.label} → v${outcome.comparison.to.label}`}>
            <SchemaDiff
              from={{ label: `v${outcome.comparison.from.label} (old)`, text: outcome.comparison.from.schema }}
              to={{ label: `v${outcome.comparison.to.label} (new)`, text: outcome.comparison.to.schema }}
              changes={outcome.comparison.report.changes}
              scope={REVIEW_SCOPE}
              full={full}
              toggleHref={`${here}?${pair}${full ? '' : '&full=1'}`}
            />
          </SectionCard>
          <SectionCard title="Review">
            <ReviewPanel
              review={{ ...outcome.comparison, compatible: outcome.comparison.report.compatible }}
              testId={REVIEW_SCOPE}
              serviceBase={`/w/${slug}/services`}
              expandAll
            />
          </SectionCard>
        </>
      )}
    </div>
  );
}

/** The comparison, or why it cannot be made (unknown version, formats differ, unreadable schema). */
async function compareOrExplain(run: () => Promise<VersionComparison>): Promise<{ comparison: VersionComparison } | { problem: string }> {
  try {
    return { comparison: await run() };
  } catch (error) {
    if (error instanceof AppError && error.status < 500 && error.status !== 404) return { problem: error.message };
    if (error instanceof InvalidSchemaError || error instanceof SchemaTooComplexError) return { problem: error.message };
    throw error;
  }
}

function first(value: string | string[] | undefined): string | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  return v === undefined || v.trim() === '' ? undefined : v.trim();
}

function asMode(value: string | undefined): CompatibilityMode | undefined {
  return (COMPATIBILITY_MODES as readonly string[]).includes(value ?? '') ? (value as CompatibilityMode) : undefined;
}

function versionOptions(versions: EventVersion[]) {
  return versions.map((v, i) => ({
    value: String(v.number),
    label: `v${v.label}${v.label === String(v.number) ? '' : ` (#${v.number})`}${i === 0 ? ' · latest' : ''}`,
  }));
}

/** The option to preselect for a reference given by number or label. */
function versionValue(versions: EventVersion[], ref: string): string {
  const match = versions.find((v) => String(v.number) === ref) ?? versions.find((v) => v.label === ref);
  return match ? String(match.number) : ref;
}
