'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { LiveVerdict, ProposeDraft, VersionDraft } from './live-verdict-state';

/** The verdict as the form shows it: none yet, an answer (maybe being refreshed), or no answer. */
export type LiveVerdictView =
  | { status: 'idle'; checking: boolean }
  | (LiveVerdict & { checking: boolean })
  | { status: 'failed'; checking: boolean };

/**
 * Re-checks a draft `delayMs` after the user stops typing. Only the answer to the latest
 * draft is kept: an earlier request that returns late is dropped.
 *
 * @example
 * const { verdict, onDraft } = useLiveVerdict(propose);
 * <form onChange={(e) => onDraft(readDraft(e.currentTarget))}>
 */
export function useLiveVerdict(propose: ProposeDraft, delayMs = 500): { verdict: LiveVerdictView; onDraft: (draft: VersionDraft) => void } {
  const [verdict, setVerdict] = useState<LiveVerdictView>({ status: 'idle', checking: false });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef(0);
  const lastDraft = useRef<string | undefined>(undefined);

  useEffect(() => () => clearTimeout(timer.current), []);

  const onDraft = useCallback(
    (draft: VersionDraft) => {
      const key = JSON.stringify([draft.format, draft.schema, draft.examples]);
      if (key === lastDraft.current) return;
      lastDraft.current = key;
      clearTimeout(timer.current);
      const request = ++latest.current;
      setVerdict((current) => (current.checking ? current : { ...current, checking: true }));
      timer.current = setTimeout(() => {
        propose(draft).then(
          (answer) => {
            if (request === latest.current) setVerdict({ ...answer, checking: false });
          },
          () => {
            if (request === latest.current) setVerdict({ status: 'failed', checking: false });
          },
        );
      }, delayMs);
    },
    [propose, delayMs],
  );
  return { verdict, onDraft };
}
