import Link from 'next/link';

/**
 * A link from a flow's page to its live simulation; the flow page places it.
 *
 * @example
 * <SimulateLink workspace="demo" flow="order-saga" />
 */
export function SimulateLink({ workspace, flow }: { workspace: string; flow: string }) {
  return (
    <Link
      href={`/w/${workspace}/flows/${flow}/simulate`}
      className="inline-flex items-center gap-1 rounded-md px-2.5 py-1 text-sm font-medium text-brand-700 ring-1 ring-inset ring-brand-200 hover:bg-brand-50"
      data-testid="simulate-link"
    >
      <span aria-hidden="true">▶</span> Simulate
    </Link>
  );
}
