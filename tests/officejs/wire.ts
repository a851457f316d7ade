/**
 * The RichApi request and response bodies as Office.js builds and reads them (read from the
 * library's debug source: ClientRequestBase.buildRequestMessageBodyAndRequestFlags,
 * ClientRequestContext.processRequestExecutorResponseMessage, ObjectPath.updateUsingObjectData).
 */

/** ObjectPathType: how the server reaches an object. */
export const PATH = { global: 1, newObject: 2, method: 3, property: 4, indexer: 5, referenceId: 6, nullObject: 7 } as const;

/** ActionType: what the server does with it. */
export const ACTION = { instantiate: 1, query: 2, method: 3, setProperty: 4, trace: 5, ensureUnchanged: 6, recursiveQuery: 7 } as const;

export interface ArgumentInfo {
  readonly Arguments?: unknown[];
  /** Per argument: the object path id of a client object passed as that argument, else 0. */
  readonly ReferencedObjectPathIds?: unknown[];
}

export interface ObjectPathInfo {
  readonly Id: number;
  readonly ObjectPathType: number;
  readonly Name: string;
  readonly ParentObjectPathId?: number;
  readonly ArgumentInfo?: ArgumentInfo;
}

export interface QueryInfo {
  readonly Select?: string[];
  readonly Expand?: string[];
  readonly Top?: number;
  readonly Skip?: number;
}

export interface ActionInfo {
  readonly Id: number;
  readonly ActionType: number;
  readonly Name: string;
  readonly ObjectPathId: number;
  readonly ArgumentInfo?: ArgumentInfo;
  readonly QueryInfo?: QueryInfo;
}

export interface RequestBody {
  readonly AutoKeepReference?: boolean;
  readonly Actions: readonly ActionInfo[];
  readonly ObjectPaths: Readonly<Record<string, ObjectPathInfo>>;
}

export interface ActionResult {
  readonly ActionId: number;
  readonly Value: unknown;
}

export interface ResponseError {
  readonly Code: string;
  readonly Message: string;
  readonly Location: string;
  readonly ActionIndex: number;
  readonly HttpStatusCode: number;
}

export interface ResponseBody {
  readonly Results?: ActionResult[];
  readonly Error?: ResponseError;
}

/** Property and method names travel in PascalCase ("NumberFormat", "GetRange"); the API is camelCase. */
export const camel = (name: string): string => name.charAt(0).toLowerCase() + name.slice(1);
export const pascal = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);
