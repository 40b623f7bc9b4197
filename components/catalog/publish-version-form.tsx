'use client';

import { type FormEvent, useActionState, useMemo, useState } from 'react';
import { useInBrowser } from '@/components/use-in-browser';
import { LiveVerdictPanel } from '@/components/review/live-verdict-panel';
import type { ProposeDraft, VersionDraft } from '@/components/review/live-verdict-state';
import { useLiveVerdict } from '@/components/review/use-live-verdict';
import { FormAlert } from './form-alert';
import { TextAreaField } from './form-field';
import { type FormState, valueOf } from './form-state';
import { primaryButton, secondaryButton } from './page-header';
import { ReviewPanel } from './review-panel';
import { SchemaFields } from './schema-fields';
import { publishFormStart, type VersionListItem } from './version-list-items';

type Action = (state: FormState, form: FormData) => Promise<FormState>;

/** The draft fields of the form an event came from. */
function readDraft(form: HTMLFormElement): VersionDraft & { forceReason: string } {
  const field = (name: string) => {
    const element = form.elements.namedItem(name);
    return element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement ? element.value : '';
  };
  return { format: field('format'), schema: field('schema'), examples: field('examples'), forceReason: field('forceReason') };
}

type PublishFormProps = {
  action: Action;
  propose: ProposeDraft;
  latest: Pick<VersionListItem, 'format' | 'schema' | 'examples'> | undefined;
  canForce: boolean;
};

/**
 * Publishes a new version of an event, prefilled with the latest schema so a change
 * is an edit. The compatibility verdict follows the edits live; while it says the draft
 * breaks the event's mode, Publish stays disabled unless an owner gives an override reason.
 * `latest` is the same object the page's version list gets, so the page data carries it once.
 * Rendered by the browser only: the form needs its scripts for the live verdict anyway, and its
 * server render (the latest schema again, in an editor) was about a sixth of the event page's CPU.
 */
export function PublishVersionForm(props: PublishFormProps) {
  return useInBrowser() ? <PublishVersionEditor {...props} /> : <p className="text-sm text-slate-500">Loading the publish form…</p>;
}

function PublishVersionEditor({ action, propose, latest, canForce }: PublishFormProps) {
  const [state, formAction, pending] = useActionState(action, {});
  const initial = useMemo(() => publishFormStart(latest), [latest]);
  const { verdict, onDraft } = useLiveVerdict(propose);
  const [forceReason, setForceReason] = useState('');
  const v = (name: string) => valueOf(state, initial, name);
  const e = state.fieldErrors ?? {};
  const onChange = (event: FormEvent<HTMLFormElement>) => {
    const draft = readDraft(event.currentTarget);
    setForceReason(draft.forceReason);
    onDraft(draft);
  };
  const reason = forceReason || v('forceReason');
  const breaking = verdict.status === 'review' && !verdict.review.compatible ? verdict.review : undefined;
  const blocked = breaking !== undefined && !(canForce && reason.trim() !== '');
  // Before the first edit there is no live verdict; a review the server sent back is the freshest.
  const serverReview = verdict.status === 'idle' ? state.review : undefined;
  return (
    <form key={state.nonce} action={formAction} onChange={onChange} noValidate className="space-y-5">
      <FormAlert state={state} />
      {serverReview ? (
        <div className={`rounded-md border p-4 ${serverReview.compatible ? 'border-emerald-200 bg-emerald-50/40' : 'border-red-200 bg-red-50/50'}`}>
          <ReviewPanel review={serverReview} />
          {canForce && !serverReview.compatible && <p className="mt-3 text-xs text-slate-600">Change the schema, or give an override reason below to publish anyway.</p>}
        </div>
      ) : (
        <LiveVerdictPanel verdict={verdict} canForce={canForce} />
      )}
      <SchemaFields value={v} errors={e} />
      {canForce && (
        <details
          className="rounded-md border border-amber-200 bg-amber-50 px-4 py-3"
          open={Boolean(reason || (state.review && !state.review.compatible) || breaking)}
        >
          <summary className="cursor-pointer text-sm font-medium text-amber-900">Override the compatibility check (owners)</summary>
          <div className="mt-3">
            <TextAreaField
              name="forceReason"
              label="Override reason"
              rows={2}
              defaultValue={v('forceReason')}
              error={e.forceReason}
              hint="Only if the change is knowingly breaking; the reason is kept in the history."
            />
          </div>
        </details>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="submit"
          name="intent"
          value="publish"
          disabled={pending || blocked}
          aria-describedby={blocked ? 'publish-blocked-reason' : undefined}
          className={primaryButton}
        >
          Publish version
        </button>
        <button type="submit" name="intent" value="check" disabled={pending} className={secondaryButton}>
          Check compatibility
        </button>
        {pending && <span role="status" className="text-sm text-slate-500">Working…</span>}
        {blocked && (
          <span id="publish-blocked-reason" className="text-sm text-red-800">
            Not {breaking.mode} compatible{canForce ? ': give an override reason to publish anyway' : ''}.
          </span>
        )}
      </div>
    </form>
  );
}
