import Link from 'next/link';

/** Tags as chips; with `hrefFor`, each chip links to the list filtered by that tag. */
export function TagList({ tags, hrefFor }: { tags: string[]; hrefFor?: (tag: string) => string }) {
  if (tags.length === 0) return null;
  const chip = 'inline-flex rounded-md bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700';
  return (
    <ul className="flex flex-wrap gap-1">
      {tags.map((tag) => (
        <li key={tag}>
          {hrefFor ? (
            <Link href={hrefFor(tag)} className={`${chip} hover:bg-brand-100 hover:text-brand-700`} title={`Show items tagged ${tag}`}>
              #{tag}
            </Link>
          ) : (
            <span className={chip}>#{tag}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
