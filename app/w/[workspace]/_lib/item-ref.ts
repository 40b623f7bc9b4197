import { notFound } from 'next/navigation';
import { AppError } from '@/lib/server/errors';

/**
 * An item named in the URL. Names never contain "%" (the input rules forbid it),
 * so a leftover escape is decoded whether or not the router already did.
 */
export function itemRef(segment: string): string {
  if (!segment.includes('%')) return segment;
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Loads an item for a page; an unknown one shows the 404 page. */
export async function orNotFound<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if (error instanceof AppError && error.status === 404) notFound();
    throw error;
  }
}
