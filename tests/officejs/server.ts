/**
 * Answers Office.js's RichApi requests from the in-memory host (tests/host): each object path is
 * resolved to the host's proxy by the same call the add-in would make (`GetRange` → getRange,
 * `Format` → format, an indexer → getItem), each action is applied to it, the host syncs, and
 * loaded values go back in the response format the library reads. The answers are therefore the
 * host's, with its rules and errors; only the request bodies are Microsoft's.
 */
import {
  ACTION,
  camel,
  pascal,
  PATH,
  type ActionInfo,
  type ActionResult,
  type ObjectPathInfo,
  type RequestBody,
  type ResponseBody,
} from "./wire";

/** A host proxy, reached by reflection: the host implements the API's members under their camelCase names. */
type Proxy = Record<string, unknown>;

/** The host's request context, as `host.run` hands it to a batch. */
export interface HostRequestContext {
  readonly workbook: unknown;
  sync(): Promise<unknown>;
}

/** Thrown for requests the harness cannot answer (a member the host does not have): a gap, never an add-in result. */
export class HarnessGap extends Error {
  override readonly name = "HarnessGap";
}

const isProxy = (v: unknown): v is Proxy => typeof v === "object" && v !== null;

function member(target: Proxy, name: string, path: string): unknown {
  if (!(name in target)) throw new HarnessGap(`the host has no ${path}`);
  return target[name];
}

function invoke(target: Proxy, name: string, args: readonly unknown[], path: string): unknown {
  const f = member(target, name, path);
  if (typeof f !== "function") throw new HarnessGap(`${path} is not a method in the host`);
  return (f as (...a: unknown[]) => unknown).apply(target, [...args]);
}

/** A pending answer, computed once the host has synced. */
type Pending = { readonly id: number; readonly value: () => unknown };

/**
 * One Excel.run's server side. Objects the library keeps across syncs (its `_ReferenceId`s) live
 * as long as the run, like the host proxies behind them.
 */
export class RichApiServer {
  private readonly references = new Map<string, Proxy>();
  private nextReference = 1;

  constructor(private readonly host: HostRequestContext) {}

  /** Applies one request to the host and builds the response body. */
  async execute(body: RequestBody): Promise<ResponseBody> {
    const resolved = new Map<number, Proxy>();
    const pending: Pending[] = [];
    // Only objects the library asks to keep (a _KeepReference action) get a reference id back.
    const kept = new Set(body.Actions.filter((a) => a.Name === "_KeepReference").map((a) => a.ObjectPathId));
    let failure: unknown;
    let failedAt = -1;
    for (const [i, action] of body.Actions.entries()) {
      try {
        const answer = this.apply(action, body, resolved, kept);
        if (answer) pending.push(answer);
      } catch (e) {
        // Excel applies the actions before a failing one; so does the host at the sync below.
        failure = e;
        failedAt = i;
        break;
      }
    }
    try {
      await this.host.sync();
    } catch (e) {
      failure ??= e;
    }
    if (failure !== undefined) {
      if (failure instanceof HarnessGap) throw failure;
      return { Error: errorOf(failure, failedAt) };
    }
    return { Results: pending.map((p) => ({ ActionId: p.id, Value: p.value() })) satisfies ActionResult[] };
  }

  private apply(action: ActionInfo, body: RequestBody, resolved: Map<number, Proxy>, kept: ReadonlySet<number>): Pending | undefined {
    const target = this.resolve(action.ObjectPathId, body, resolved);
    const where = `${typeof target.typeName === "string" ? target.typeName : "object"}.${camel(action.Name)}`;
    switch (action.ActionType) {
      case ACTION.instantiate:
        return this.instantiate(action, kept.has(action.ObjectPathId), target);
      case ACTION.query:
        return query(action, target);
      case ACTION.setProperty:
        if (!(camel(action.Name) in target)) throw new HarnessGap(`the host has no ${where}`);
        target[camel(action.Name)] = this.args(action.ArgumentInfo, body, resolved)[0];
        return undefined;
      case ACTION.method:
        return this.method(action, target, this.args(action.ArgumentInfo, body, resolved), where);
      case ACTION.trace:
        return undefined;
      default:
        throw new HarnessGap(`action type ${action.ActionType} (${action.Name}) is not answered by the harness`);
    }
  }

  private method(action: ActionInfo, target: Proxy, args: readonly unknown[], where: string): Pending | undefined {
    if (action.Name === "_KeepReference") return undefined; // the run keeps every reference anyway
    if (action.Name === "_RemoveReference") return undefined;
    // Office.js checks the array of a large write before splitting it (setRangePropertiesInBulk); the split writes follow.
    if (action.Name === "_ValidateArraySize") return undefined;
    const result = invoke(target, camel(action.Name), args, where);
    return isProxy(result) ? undefined : { id: action.Id, value: () => result };
  }

  /**
   * The answer to an Instantiate: null for a null object; the object's Id when it has one (a
   * worksheet, which the library then reaches by indexer); a reference id for an object the
   * library asked to keep (a tracked range), by which it names the object in later requests.
   */
  private instantiate(action: ActionInfo, keep: boolean, target: Proxy): Pending {
    const hasId = "id" in target && typeof target.load === "function";
    if (hasId) invoke(target, "load", ["id"], "load");
    let reference: string | undefined;
    if (keep) {
      reference = `{6B1F9D3E-0000-4C2A-9E51-${String(this.nextReference++).padStart(12, "0")}}`;
      this.references.set(reference, target);
    }
    return {
      id: action.Id,
      value: () => {
        if (target.isNullObject === true) return null;
        if (hasId) return { Id: target.id };
        return reference ? { _ReferenceId: reference } : {};
      },
    };
  }

  private resolve(id: number, body: RequestBody, resolved: Map<number, Proxy>): Proxy {
    const known = resolved.get(id);
    if (known) return known;
    const path = body.ObjectPaths[String(id)];
    if (!path) throw new HarnessGap(`object path ${id} is not in the request`);
    const parent = (): Proxy => this.resolve(path.ParentObjectPathId ?? -1, body, resolved);
    const args = (): unknown[] => this.args(path.ArgumentInfo, body, resolved);
    let out: unknown;
    switch (path.ObjectPathType) {
      case PATH.global:
        out = this.host.workbook;
        break;
      case PATH.property:
        out = member(parent(), camel(path.Name), camel(path.Name));
        break;
      case PATH.method:
        out = invoke(parent(), camel(path.Name), args(), camel(path.Name));
        break;
      case PATH.indexer:
        out = invoke(parent(), "getItem", args(), "getItem");
        break;
      case PATH.referenceId:
        out = this.references.get(path.Name);
        if (!out) throw new HarnessGap(`unknown reference ${path.Name}`);
        break;
      default:
        throw new HarnessGap(`object path type ${path.ObjectPathType} is not answered by the harness`);
    }
    if (!isProxy(out)) throw new HarnessGap(`object path ${path.Name} gave no object in the host`);
    resolved.set(id, out);
    return out;
  }

  /** Arguments, with client objects (sent as their object path ids) replaced by the host's proxies. */
  private args(info: ObjectPathInfo["ArgumentInfo"], body: RequestBody, resolved: Map<number, Proxy>): unknown[] {
    const values = info?.Arguments ?? [];
    const refs = info?.ReferencedObjectPathIds ?? [];
    return values.map((v, i) => {
      const ref = refs[i];
      return typeof ref === "number" && ref > 0 ? this.resolve(ref, body, resolved) : v;
    });
  }
}

/** A load: the host loads the same paths; the answer carries them in PascalCase, nested per navigation. */
function query(action: ActionInfo, target: Proxy): Pending {
  const select = action.QueryInfo?.Select;
  if (action.QueryInfo?.Expand?.length) throw new HarnessGap("load with expand is not answered by the harness");
  const isCollection = "items" in target;
  const wanted = select && select.length > 0 ? select : undefined;
  const load = (t: Proxy, paths: readonly string[] | undefined): void =>
    void invoke(t, "load", paths ? [paths.map((p) => (isCollection ? `items/${p}` : p)).join(",")] : [], "load");
  // Items are named by their Id in later requests when they have one (worksheets).
  const withId = isCollection && wanted && !wanted.includes("id") ? [...wanted, "id"] : wanted;
  try {
    load(target, withId);
  } catch {
    load(target, wanted);
  }
  return {
    id: action.Id,
    value: () => {
      if (target.isNullObject === true) return null;
      if (!isCollection) return readSelected(target, wanted);
      const items = (target.items as Proxy[]).map((item) => readSelected(item, withId));
      return { _Items: items };
    },
  };
}

function readSelected(target: Proxy, paths: readonly string[] | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (!paths) {
    const json = (target.toJSON as () => Record<string, unknown>).call(target);
    for (const [k, v] of Object.entries(json)) out[pascal(k)] = v;
    return out;
  }
  for (const path of paths) {
    const parts = path.split("/");
    let node = out;
    let source: Proxy = target;
    for (const [i, part] of parts.entries()) {
      const value = source[part];
      if (i === parts.length - 1) {
        // `id` was added for the library's paths; a host without it answers none.
        node[part === "id" ? "Id" : pascal(part)] = value;
        break;
      }
      if (!isProxy(value)) throw new HarnessGap(`${path}: ${part} is not an object in the host`);
      source = value;
      const key = pascal(part);
      node = (node[key] ??= {}) as Record<string, unknown>;
    }
  }
  return out;
}

function errorOf(e: unknown, actionIndex: number): NonNullable<ResponseBody["Error"]> {
  const err = e as { code?: unknown; message?: unknown; debugInfo?: { errorLocation?: unknown } };
  return {
    Code: typeof err.code === "string" ? err.code : "GeneralException",
    Message: typeof err.message === "string" ? err.message : String(e),
    Location: typeof err.debugInfo?.errorLocation === "string" ? err.debugInfo.errorLocation : "",
    ActionIndex: actionIndex,
    HttpStatusCode: 400,
  };
}
