import type { Principal } from '@/lib/server/actor';

/** The CLI holds the store itself, so it acts as owner everywhere (like a DBA at the console). */
export const LOCAL_PRINCIPAL: Principal = { kind: 'local', name: 'eventflow cli' };
