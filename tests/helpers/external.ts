/** Tests that need an external program: run when it is installed, fail in CI without it, else skip loudly. */

export type DescribeLike = (name: string, fn: () => void) => void;

export interface ExternalTool {
  /** What to call it in messages, e.g. "LibreOffice (libreoffice-calc-nogui)". */
  readonly name: string;
  readonly found: boolean;
  /** Where it was looked for. */
  readonly looked: string;
  /** How to install it, e.g. "apt-get install chromium". */
  readonly install: string;
  /** The environment variable that names the binary. */
  readonly envVar: string;
}

/**
 * `describe` when the tool is installed. Without it: in CI (`$CI` set) a describe whose one
 * test fails saying the tool is required; locally `describe.skip`, after a loud warning.
 */
export function describeWithTool(tool: ExternalTool, what: string): DescribeLike {
  if (tool.found) return describe;
  if (process.env.CI) {
    const message = `${tool.name} is required in CI; looked for ${tool.looked}. Install it: ${tool.install}`;
    return (name) =>
      describe(name, () => {
        it(`needs ${tool.name}`, () => {
          throw new Error(message);
        });
      });
  }
  console.warn(
    [
      "*".repeat(78),
      `SKIPPED: ${what} - ${tool.name} not found (looked for ${tool.looked}).`,
      `Install it to run them: ${tool.install}  (or set ${tool.envVar} to the binary)`,
      "*".repeat(78),
    ].join("\n"),
  );
  return describe.skip;
}
