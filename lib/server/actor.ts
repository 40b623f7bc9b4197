import type { Role } from '@/lib/domain/model';
import { roleAllows } from '@/lib/domain/model';
import { forbidden } from './errors';

/** Who is acting, resolved once per request from a session cookie or a bearer token. */
export type Principal =
  | { kind: 'user'; userId: string; name: string; email: string }
  | { kind: 'token'; tokenId: string; workspaceId: string; workspaceSlug: string; role: Role; name: string }
  /** The CLI on the same store as the server: it already holds the database. */
  | { kind: 'local'; name: string };

/** A principal's standing in one workspace. */
export interface Actor {
  principal: Principal;
  workspaceId: string;
  role: Role;
  /** For the change log. */
  userId: string | null;
  name: string;
}

export function requireRole(actor: Actor, needed: Role): void {
  if (!roleAllows(actor.role, needed)) {
    throw forbidden(`This needs the ${needed} role; you are ${actor.role} in this workspace.`);
  }
}
