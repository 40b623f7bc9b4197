'use client';

import { useActionState } from 'react';
import { secondaryButton } from '@/components/catalog/page-header';
import type { AdminState } from './admin-state';

type Action = (state: AdminState, form: FormData) => Promise<AdminState>;

export interface MemberView {
  userId: string;
  name: string;
  email: string;
  role: string;
  since: string;
}

const ROLE_OPTIONS = ['viewer', 'editor', 'owner'];
const select = 'rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm shadow-sm focus:border-brand-500 focus:outline-none focus:ring-1 focus:ring-brand-500 disabled:bg-slate-50 disabled:text-slate-500';

/**
 * One member with their role as a select and a Remove button. The last owner's
 * controls are disabled with the reason shown, since the server would refuse anyway.
 */
export function MemberRow({ member, isYou, isLastOwner, action }: { member: MemberView; isYou: boolean; isLastOwner: boolean; action: Action }) {
  const [state, formAction, pending] = useActionState(action, {});
  const selectId = `role-${member.userId}`;
  const lockedReason = isLastOwner ? 'The last owner can’t be demoted or removed: make another member owner first.' : undefined;
  return (
    <tr className="border-b border-slate-100 align-top last:border-0" data-testid="member-row">
      <td className="py-3 pr-4">
        <span className="font-medium text-slate-900">{member.name}</span>
        {isYou && <span className="ml-2 rounded-full bg-slate-100 px-2 py-0.5 text-xs text-slate-600">you</span>}
        <span className="block text-sm text-slate-600">{member.email}</span>
      </td>
      <td className="py-3">
        <form
          key={state.nonce}
          action={formAction}
          onSubmit={(e) => {
            const submitter = (e.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
            if (submitter?.value !== 'remove') return;
            const who = isYou ? 'yourself; you will lose access to this workspace' : member.name;
            if (!window.confirm(`Remove ${who}?`)) e.preventDefault();
          }}
          className="flex flex-wrap items-center gap-2"
        >
          <label htmlFor={selectId} className="sr-only">Role of {member.name}</label>
          <select id={selectId} name="role" defaultValue={member.role} disabled={isLastOwner || pending} aria-describedby={lockedReason ? `${selectId}-why` : undefined} className={select}>
            {ROLE_OPTIONS.map((r) => (
              <option key={r} value={r}>{r}</option>
            ))}
          </select>
          <button type="submit" name="intent" value="role" disabled={isLastOwner || pending} className={secondaryButton}>Change role</button>
          <button type="submit" name="intent" value="remove" disabled={isLastOwner || pending} className="rounded-md px-3 py-2 text-sm font-medium text-red-700 hover:bg-red-50 disabled:text-slate-400 disabled:hover:bg-transparent">
            Remove
          </button>
        </form>
        {lockedReason && <p id={`${selectId}-why`} className="mt-1 text-xs text-slate-500">{lockedReason}</p>}
        {state.error && <p role="alert" className="mt-1 text-sm text-red-700">{state.error}</p>}
        {state.success && <p role="status" className="mt-1 text-sm text-emerald-700">{state.success}</p>}
      </td>
    </tr>
  );
}
