'use client';

import { useActionState } from 'react';
import { formatTime } from '@/components/catalog/meta-list';
import type { AdminState } from './admin-state';

type Action = (state: AdminState, form: FormData) => Promise<AdminState>;

export interface TokenView {
  id: string;
  name: string;
  role: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/** One API token: never its secret, only the prefix that tells tokens apart; Revoke asks first. */
export function TokenRow({ token, action }: { token: TokenView; action: Action }) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <tr className={`border-b border-slate-100 align-top last:border-0 ${token.revokedAt ? 'text-slate-400' : ''}`} data-testid="token-row">
      <td className="py-2.5 pr-3 font-medium">{token.name}</td>
      <td className="py-2.5 pr-3 font-mono text-xs">{token.prefix}…</td>
      <td className="py-2.5 pr-3">{token.role}</td>
      <td className="py-2.5 pr-3 text-xs">{formatTime(token.createdAt)}</td>
      <td className="py-2.5 pr-3 text-xs">{token.lastUsedAt ? formatTime(token.lastUsedAt) : 'never'}</td>
      <td className="py-2.5 text-right">
        {token.revokedAt ? (
          <span className="text-xs" title={formatTime(token.revokedAt)}>Revoked {formatTime(token.revokedAt)}</span>
        ) : (
          <form
            action={formAction}
            onSubmit={(e) => {
              if (!window.confirm(`Revoke the token “${token.name}”? Anything using it stops working at once.`)) e.preventDefault();
            }}
          >
            <button type="submit" disabled={pending} className="rounded-md px-3 py-1.5 text-sm font-medium text-red-700 hover:bg-red-50 disabled:opacity-60">
              Revoke
            </button>
          </form>
        )}
        {state.error && <p role="alert" className="mt-1 text-sm text-red-700">{state.error}</p>}
      </td>
    </tr>
  );
}
