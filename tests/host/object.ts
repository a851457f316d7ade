/**
 * The proxy base, as Office.js's ClientObject: setters record the value locally (so reading it
 * back returns what was written, not what Excel made of it) and queue a command; `load` queues a
 * read whose answer lands only when the sync succeeds; reading anything else throws PropertyNotLoaded.
 */
import type { HostContext, Delivery } from "./context";
import { HostApiError, notImplemented, propertyNotLoaded } from "./errors";
import type { PathStep } from "./wire";

export interface PropSpec {
  /** Reads the property from the model at sync, for `load`. */
  readonly get: () => unknown;
  /** Applies a write at sync; absent for read-only properties. */
  readonly set?: (value: unknown) => void;
}

export type LoadInput = string | string[] | { select?: string; expand?: string } | Record<string, unknown> | undefined;

/** Property paths ("format/fill/color") from any of load's argument forms; [] means all scalars. */
export function loadPaths(input: LoadInput): string[] {
  if (input === undefined) return [];
  if (typeof input === "string")
    return input
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
  if (Array.isArray(input)) return input.flatMap((s) => loadPaths(s));
  if (typeof input.select === "string" || input.expand !== undefined) {
    if (input.expand !== undefined) throw notImplemented("load({ expand })");
    return loadPaths(input.select as string);
  }
  return Object.entries(input).flatMap(([key, v]) =>
    v === true ? [key] : typeof v === "object" && v !== null ? loadPaths(v as Record<string, unknown>).map((p) => `${key}/${p}`) : [],
  );
}

export type LoadPlan = Map<HostObject, Set<string>>;

export abstract class HostObject {
  // Made on first use: most proxies (a range's format, font, fill…) are written once and never read.
  private fieldMap: Map<string, unknown> | undefined;
  private navMap: Map<string, HostObject> | undefined;
  private nullable = false;
  /** Null-ness found when the instantiating command ran, and once the sync delivered it. */
  private probedNull: boolean | undefined;
  private deliveredNull: boolean | undefined;

  /** How Office.js would reach this object, for the request accounting (context.ts): from what, by which step. */
  wireParent: HostObject | undefined;
  wireStep: PathStep;
  /** Sent its Instantiate action(s) already; a range left tracked also costs a _KeepReference. */
  instantiated = false;
  tracked = true;
  /**
   * Office.js's object lifetime (ObjectPath.isInvalidAfterRequest): an object a method made (a
   * range: getRange, getUsedRange, getRow, getCell…) is valid for the request that sends it, and
   * after it only when Excel's answer names it by a reference id, which it gives a tracked range
   * of a request that succeeded. Anything reached through an invalid object is invalid too, and
   * using it throws InvalidObjectPath at the call, before anything is sent.
   */
  madeFrom: HostObject | undefined;
  expiresAfterRequest = false;
  /** Invalid since the last request that used it. */
  expired = false;
  /** Named by a reference id since a successful request: valid for the rest of the run. */
  kept = false;

  protected constructor(
    readonly context: HostContext,
    readonly typeName: string,
  ) {
    this.wireStep = { name: typeName };
  }

  /** Records that this object is reached from `parent` by `step` (a property, or a method and its arguments). */
  reachedFrom(parent: HostObject | undefined, step: PathStep): this {
    this.wireParent = parent;
    this.wireStep = step;
    this.madeFrom ??= parent;
    return this;
  }

  /** The first invalid object on the way from this one to the workbook, if any. */
  expiredPath(): HostObject | undefined {
    return this.expired ? this : this.madeFrom?.expiredPath();
  }

  /** The scalar properties a `load` can read. */
  protected abstract props(): Readonly<Record<string, PropSpec>>;

  /** Navigation properties by name, for load paths. */
  protected navs(): Readonly<Record<string, () => HostObject>> {
    return {};
  }

  /** Like Office: readable once a sync has run the *OrNullObject call that made this object. */
  get isNullObject(): boolean {
    if (!this.nullable) return false;
    if (this.deliveredNull === undefined) throw propertyNotLoaded("isNullObject");
    return this.deliveredNull;
  }

  /** True when the object is a null object, as known while a sync runs. */
  protected get isNullAtSync(): boolean {
    return this.probedNull === true;
  }

  /** Turns a fresh proxy into an *OrNullObject result: a queued probe decides isNullObject. */
  makeNullable(location: string, exists: () => boolean): this {
    this.nullable = true;
    this.context.enqueueRead(
      location,
      null,
      () => {
        this.probedNull = !exists();
        return { data: { isNullObject: this.probedNull }, deliver: () => (this.deliveredNull = this.probedNull) };
      },
      this,
    );
    return this;
  }

  load(input?: LoadInput): this {
    this.context.assertOpen(this.typeName);
    const plan: LoadPlan = new Map();
    this.planLoad(loadPaths(input), plan);
    this.context.enqueueRead(`${this.typeName}.load`, input ?? null, () => runPlan(plan), this);
    return this;
  }

  /** Loaded (or locally set) properties, as Office's toJSON. */
  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.fieldMap ?? []);
  }

  /** Adds what `paths` asks of this object (and of its navigation properties) to the plan. */
  planLoad(paths: readonly string[], plan: LoadPlan): void {
    const names = plan.get(this) ?? new Set<string>();
    plan.set(this, names);
    if (paths.length === 0) {
      for (const name of Object.keys(this.props())) if (this.context.supports(`${this.typeName}.${name}`)) names.add(name);
    }
    for (const path of paths) {
      const [head = "", ...rest] = path.split("/");
      const nav = this.navs()[head];
      if (nav) nav().planLoad(rest.length > 0 ? [rest.join("/")] : [], plan);
      else if (rest.length === 0 && head in this.props()) names.add(head);
      else throw notImplemented(`${this.typeName}.${path} (in load)`);
    }
  }

  /** Reads properties from the model while a sync runs (ApiNotFound for properties above the host's set). */
  readProps(names: Iterable<string>): Record<string, unknown> {
    if (this.isNullAtSync) return {};
    const out: Record<string, unknown> = {};
    const props = this.props();
    for (const name of names) {
      this.context.requireApi(`${this.typeName}.${name}`);
      out[name] = props[name]?.get();
    }
    return out;
  }

  /** The response of a load while a sync runs; collections answer with their items. */
  readForLoad(names: ReadonlySet<string>): Delivery {
    const values = this.readProps(names);
    return { data: values, deliver: () => this.receive(values) };
  }

  /** Stores what a sync delivered, replacing local values as Office does. */
  receive(values: Record<string, unknown>): void {
    const fields = (this.fieldMap ??= new Map<string, unknown>());
    for (const [k, v] of Object.entries(values)) fields.set(k, v);
  }

  protected read<T>(name: string): T {
    const v = this.fieldMap?.get(name);
    if (v === undefined && !this.deliveredNull) throw propertyNotLoaded(name);
    return v as T;
  }

  /** A property write: kept locally at once, applied at sync (ApiNotFound then, for an old host). */
  protected write(name: string, value: unknown, apply?: (wire: unknown) => void): void {
    this.context.assertOpen(this.typeName);
    const spec = this.props()[name];
    const set = apply ?? spec?.set;
    if (!set) throw new HostApiError("InvalidArgument", `${this.typeName}.${name} is read-only`);
    (this.fieldMap ??= new Map<string, unknown>()).set(name, value);
    const wire = toWire(value);
    const member = `${this.typeName}.${name}`;
    this.context.enqueue(
      member,
      wire,
      () => {
        this.context.requireApi(member);
        this.context.requireApi(`${member}(set)`);
        set(wire);
      },
      this,
    );
  }

  /** A method call: ApiNotFound at once for an old host, then queued. */
  protected call(method: string, args: unknown, apply: () => void, apiMember = `${this.typeName}.${method}`): void {
    this.context.assertOpen(this.typeName);
    this.context.requireApi(apiMember);
    this.context.enqueue(`${this.typeName}.${method}`, args, apply, this);
  }

  /** A navigation property: ApiNotFound at once for an old host; the same proxy every time. */
  protected nav<T extends HostObject>(name: string, make: () => T): T {
    this.context.requireApi(`${this.typeName}.${name}`);
    const navs = (this.navMap ??= new Map<string, HostObject>());
    let obj = navs.get(name);
    if (!obj) navs.set(name, (obj = make().reachedFrom(this, { name })));
    return obj as T;
  }
}

/** Runs a load plan while a sync runs: one delivery for all the objects it reads. */
export function runPlan(plan: LoadPlan): Delivery {
  const parts = [...plan].map(([target, names]) => target.readForLoad(names));
  return { data: parts.map((p) => p.data), deliver: () => parts.forEach((p) => p.deliver()) };
}

/** What Office.js sends: a JSON copy (undefined and NaN become null, Dates become strings). */
export function toWire(value: unknown): unknown {
  return value === undefined ? null : (JSON.parse(JSON.stringify(value)) as unknown);
}
