/**
 * A growable ring-buffer FIFO: O(1) push/shift without the array re-indexing
 * of `Array.prototype.shift`, used for partition queues and ready lists.
 *
 * @example
 * const q = new Fifo<string>();
 * q.push('a'); q.shift(); // 'a'
 */
export class Fifo<T> {
  private items: (T | undefined)[] = new Array(8);
  private head = 0;
  size = 0;

  push(item: T): void {
    if (this.size === this.items.length) this.grow();
    this.items[(this.head + this.size) & (this.items.length - 1)] = item;
    this.size++;
  }

  peek(): T | undefined {
    return this.size === 0 ? undefined : this.items[this.head];
  }

  shift(): T | undefined {
    if (this.size === 0) return undefined;
    const item = this.items[this.head];
    this.items[this.head] = undefined;
    this.head = (this.head + 1) & (this.items.length - 1);
    this.size--;
    return item;
  }

  private grow(): void {
    const next: (T | undefined)[] = new Array(this.items.length * 2);
    for (let i = 0; i < this.size; i++) next[i] = this.items[(this.head + i) & (this.items.length - 1)];
    this.items = next;
    this.head = 0;
  }
}
