/** Line and column of a path inside a JSON text, for located data-file messages. */
import { findNodeAtLocation, type Node } from "jsonc-parser";
import type { DataProblem, DataProblemCode, DataProblemParams } from "./problems";

export type PathSegment = string | number;

/** Turns a path such as ["targets", 3, "value"] into `targets[3].value`. */
export function formatPath(path: readonly PathSegment[]): string {
  return path.map((s, i) => (typeof s === "number" ? `[${s}]` : i === 0 ? s : `.${s}`)).join("");
}

/** Finds line and column of a path in a JSON text, for located messages. */
export class JsonLocator {
  private lines: number[] | undefined;
  private tree: { node: Node | undefined } | undefined;

  /** `root` is called the first time a problem needs locating: a valid file is never parsed twice. */
  constructor(
    private readonly text: string,
    private readonly root: () => Node | undefined,
    readonly source: string,
  ) {}

  private get lineStarts(): number[] {
    if (!this.lines) {
      this.lines = [0];
      for (let i = 0; i < this.text.length; i++) if (this.text.charCodeAt(i) === 10) this.lines.push(i + 1);
    }
    return this.lines;
  }

  position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (this.lineStarts[lo] ?? 0) + 1 };
  }

  /** The problem located at the path: at the deepest part of it that the file has. */
  problem(path: readonly PathSegment[], code: DataProblemCode, params: DataProblemParams = {}): DataProblem {
    // The deepest node that exists: a missing property is located at its parent object.
    this.tree ??= { node: this.root() };
    const root = this.tree.node;
    let node: Node | undefined;
    for (let n = path.length; n >= 0 && !node && root; n--) node = findNodeAtLocation(root, path.slice(0, n));
    const where = node ? this.position(node.offset) : {};
    return { source: this.source, path: formatPath(path), code, params, ...where };
  }
}
