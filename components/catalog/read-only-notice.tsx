import Link from 'next/link';

/** Shown instead of a form to members who may read but not change the catalog. */
export function ReadOnlyNotice({ role, backHref }: { role: string; backHref: string }) {
  return (
    <div role="alert" className="rounded-lg border border-amber-200 bg-amber-50 px-5 py-4 text-sm text-amber-900">
      <p>
        You have the <strong>{role}</strong> role in this workspace, so you can browse the catalog but not change it. Ask a workspace owner for
        the editor role.
      </p>
      <Link href={backHref} className="mt-2 inline-block font-medium underline">Go back</Link>
    </div>
  );
}
