/**
 * AsyncAPI-safe keys for channels, messages, operations and servers:
 * component keys must match `^[a-zA-Z0-9._-]+$`, and every key must be unique.
 */

/**
 * Turns a display name into an AsyncAPI-safe key (letters, digits, `.`, `_`, `-`).
 *
 * @example
 * sanitizeKey('Order Service') // 'Order_Service'
 */
export function sanitizeKey(name: string): string {
  const cleaned = name
    .trim()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // Ü → U: keep the letter, drop the accent
    .replace(/[^A-Za-z0-9._-]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return cleaned === '' ? 'unnamed' : cleaned;
}

/**
 * Hands out unique keys: the first request for a base gets it as is, later ones get `_2`, `_3`...
 *
 * @example
 * const keys = new KeyAllocator();
 * keys.take('orders'); // 'orders'
 * keys.take('orders'); // 'orders_2'
 */
export class KeyAllocator {
  private readonly used = new Set<string>();

  take(base: string): string {
    const safe = sanitizeKey(base);
    let key = safe;
    for (let n = 2; this.used.has(key); n++) key = `${safe}_${n}`;
    this.used.add(key);
    return key;
  }
}

/**
 * Compares two strings by code units, the same in every locale (keeps exports deterministic).
 *
 * @example
 * ['b', 'a'].sort(compareText) // ['a', 'b']
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
