'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

const SECTIONS = [
  { path: '', label: 'Events', alsoActive: '/events' },
  { path: '/services', label: 'Services' },
  { path: '/channels', label: 'Channels' },
  { path: '/flows', label: 'Flows' },
  { path: '/asyncapi', label: 'AsyncAPI' },
  { path: '/history', label: 'History' },
];
/** Only owners manage members and tokens, so only they see the section. */
const OWNER_SECTIONS = [{ path: '/settings', label: 'Settings', alsoActive: undefined }];

/** The workspace's sections; the one being viewed is marked for sighted and screen-reader users. */
export function WorkspaceNav({ slug, isOwner = false }: { slug: string; isOwner?: boolean }) {
  const pathname = usePathname();
  const base = `/w/${slug}`;
  const isActive = (path: string, alsoActive?: string) =>
    path === ''
      ? pathname === base || (alsoActive !== undefined && pathname.startsWith(base + alsoActive))
      : pathname.startsWith(base + path);
  return (
    <nav aria-label="Workspace" className="flex gap-1 overflow-x-auto">
      {[...SECTIONS, ...(isOwner ? OWNER_SECTIONS : [])].map((s) => {
        const active = isActive(s.path, s.alsoActive);
        return (
          <Link
            key={s.label}
            href={base + s.path}
            aria-current={active ? 'page' : undefined}
            className={`whitespace-nowrap border-b-2 px-3 py-2.5 text-sm font-medium ${active ? 'border-brand-600 text-brand-700' : 'border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900'}`}
          >
            {s.label}
          </Link>
        );
      })}
    </nav>
  );
}
