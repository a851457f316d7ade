/** The list of .xlsx files picked for consolidation. */
/** What the file list needs of a picked file; a DOM File has all of it. */
export interface FileInfo {
  readonly name: string;
  readonly size: number;
  readonly lastModified: number;
}

/** A picked file's identity: the same file picked twice is listed once. */
export function fileKey(file: FileInfo): string {
  return `${file.name}|${file.size}|${file.lastModified}`;
}

/** The list after another pick: the files already listed, then the new ones in the order picked. */
export function addFiles<T extends FileInfo>(listed: readonly T[], picked: readonly T[]): T[] {
  const seen = new Set(listed.map(fileKey));
  const out = [...listed];
  for (const file of picked) {
    if (seen.has(fileKey(file))) continue;
    seen.add(fileKey(file));
    out.push(file);
  }
  return out;
}
