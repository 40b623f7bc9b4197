/**
 * The simulator's agenda: a binary min-heap on (time, seq) stored in parallel
 * typed arrays, so scheduling allocates nothing per entry. Equal times pop in
 * insertion order, which keeps runs deterministic.
 *
 * @example
 * const q = new EventQueue();
 * q.push(5, KIND_COMPLETE, partition, null);
 * while (q.pop()) handle(q.lastTime, q.lastKind, q.lastArg, q.lastRef);
 */
export class EventQueue {
  private times = new Float64Array(1024);
  private seqs = new Float64Array(1024);
  private kinds = new Int32Array(1024);
  private args = new Int32Array(1024);
  private refs: unknown[] = new Array(1024);
  private heap = new Int32Array(1024);
  private free: number[] = [];
  private nextSlot = 0;
  private seq = 0;
  size = 0;

  /** Schedule `kind` at `time` with an integer argument and an object reference. */
  push(time: number, kind: number, arg: number, ref: unknown): void {
    let slot: number;
    if (this.free.length > 0) slot = this.free.pop() as number;
    else {
      if (this.nextSlot === this.times.length) this.grow();
      slot = this.nextSlot++;
    }
    this.times[slot] = time;
    this.seqs[slot] = this.seq++;
    this.kinds[slot] = kind;
    this.args[slot] = arg;
    this.refs[slot] = ref;
    const heap = this.heap;
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = heap[parent] as number;
      if (!this.less(slot, p)) break;
      heap[i] = p;
      i = parent;
    }
    heap[i] = slot;
  }

  /** Time of the next entry, or Infinity when empty. */
  peekTime(): number {
    return this.size === 0 ? Infinity : (this.times[this.heap[0] as number] as number);
  }

  /** Pop the next entry; read it through `lastTime/lastKind/lastArg/lastRef`. */
  pop(): boolean {
    if (this.size === 0) return false;
    const heap = this.heap;
    const top = heap[0] as number;
    this.lastTime = this.times[top] as number;
    this.lastKind = this.kinds[top] as number;
    this.lastArg = this.args[top] as number;
    this.lastRef = this.refs[top];
    this.refs[top] = undefined;
    this.free.push(top);
    const last = heap[--this.size] as number;
    const n = this.size;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      let c = l;
      if (r < n && this.less(heap[r] as number, heap[l] as number)) c = r;
      const child = heap[c] as number;
      if (!this.less(child, last)) break;
      heap[i] = child;
      i = c;
    }
    heap[i] = last;
    return true;
  }

  lastTime = 0;
  lastKind = 0;
  lastArg = 0;
  lastRef: unknown = undefined;

  private less(a: number, b: number): boolean {
    const ta = this.times[a] as number;
    const tb = this.times[b] as number;
    return ta < tb || (ta === tb && (this.seqs[a] as number) < (this.seqs[b] as number));
  }

  private grow(): void {
    const n = this.times.length * 2;
    const t = new Float64Array(n);
    t.set(this.times);
    this.times = t;
    const s = new Float64Array(n);
    s.set(this.seqs);
    this.seqs = s;
    const k = new Int32Array(n);
    k.set(this.kinds);
    this.kinds = k;
    const a = new Int32Array(n);
    a.set(this.args);
    this.args = a;
    const h = new Int32Array(n);
    h.set(this.heap);
    this.heap = h;
    this.refs.length = n;
  }
}
