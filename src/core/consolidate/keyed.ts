/**
 * Read-only maps over a shared list of keys. Every unit's report maps the same hundred-odd
 * programme codes to a value; at national size ten thousand Maps cost a hash table each
 * (several kilobytes), while these cost an array of values each, and the order in which the
 * keys were added only where it differs from the shared order.
 */

/** The keys of one kind of map (indicator codes, task codes), each given a slot when first seen. */
export class KeySlots {
  private readonly slots = new Map<string, number>();
  private readonly names: string[] = [];

  slotOf(key: string): number {
    let slot = this.slots.get(key);
    if (slot === undefined) {
      slot = this.names.length;
      this.slots.set(key, slot);
      this.names.push(key);
    }
    return slot;
  }

  find(key: string): number | undefined {
    return this.slots.get(key);
  }

  keyAt(slot: number): string {
    return this.names[slot] ?? "";
  }
}

/**
 * Module-level cache: slots shared per kind of key, by name, so the units' value maps share one
 * key table instead of a string per value (one process consolidates one programme at a time, or
 * a few). Never cleared: it grows only with the indicator codes of the programmes seen.
 */
const shared = new Map<string, KeySlots>();

export function keySlots(kind: string): KeySlots {
  let slots = shared.get(kind);
  if (!slots) shared.set(kind, (slots = new KeySlots()));
  return slots;
}

/** A ReadonlyMap holding its values by slot; iteration keeps the order the entries were given in. */
export class KeyedMap<V extends NonNullable<unknown>> implements ReadonlyMap<string, V> {
  private readonly bySlot: (V | undefined)[] = [];
  /** Slots in insertion order, kept only when not ascending. */
  private readonly order: readonly number[] | undefined;
  readonly size: number;

  constructor(
    private readonly slots: KeySlots,
    entries: Iterable<readonly [string, V]>,
  ) {
    const order: number[] = [];
    for (const [key, value] of entries) {
      const slot = slots.slotOf(key);
      if (this.bySlot[slot] === undefined) order.push(slot);
      this.bySlot[slot] = value;
    }
    this.size = order.length;
    this.order = order.every((s, i) => i === 0 || s > (order[i - 1] ?? -1)) ? undefined : order;
  }

  get(key: string): V | undefined {
    const slot = this.slots.find(key);
    return slot === undefined ? undefined : this.bySlot[slot];
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  private list(): [string, V][] {
    const out: [string, V][] = [];
    const visit = (slot: number): void => {
      const value = this.bySlot[slot];
      if (value !== undefined) out.push([this.slots.keyAt(slot), value]);
    };
    if (this.order) this.order.forEach(visit);
    else for (let slot = 0; slot < this.bySlot.length; slot++) visit(slot);
    return out;
  }

  forEach(f: (value: V, key: string, map: ReadonlyMap<string, V>) => void): void {
    for (const [key, value] of this.list()) f(value, key, this);
  }

  entries(): MapIterator<[string, V]> {
    return this.list().values();
  }

  keys(): MapIterator<string> {
    return this.list()
      .map(([key]) => key)
      .values();
  }

  values(): MapIterator<V> {
    return this.list()
      .map(([, value]) => value)
      .values();
  }

  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }
}
