/**
 * A file given to the page, read as the command line reads one (src/cli/sources.ts): refused from
 * its size before its bytes are read, then inspected and parsed by the .xlsx adapter (the
 * browser's DecompressionStream checks each part); a file that cannot be read becomes a source
 * saying why. One file's bytes at a time.
 */
import { refuse } from "../../core/check/unreadable";
import { unreadableSource, type SourceInput } from "../../core/consolidate/submissions";
import { READ_LIMITS, readWorkbookBuffer } from "../../xlsx/read";
import type { InputFile } from "../model/jobs";

export async function readInputFile(file: InputFile): Promise<SourceInput> {
  const source = { label: file.name, file: file.name };
  try {
    if (file.size > READ_LIMITS.fileBytes) throw refuse("too_large", { size: file.size, limit: READ_LIMITS.fileBytes });
    return { kind: "workbook", source, grids: await readWorkbookBuffer(await file.arrayBuffer(), file.name) };
  } catch (e) {
    return unreadableSource(source, e);
  }
}
