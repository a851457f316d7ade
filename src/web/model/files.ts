/**
 * Which files the page reads and in what order: those picked or dropped, and from a folder what
 * the command line takes from one. Files are read in name order, as the command line reads a
 * folder, so that the page and `cchc-report consolidate` write the same report from the same files.
 */
import { addFiles, type FileInfo } from "../../ui/model/files";

/** A picked file's place in a picked folder ("Folder/file.xlsx"), as the browser gives it; empty for a file picked alone. */
export interface FolderFileInfo extends FileInfo {
  readonly webkitRelativePath: string;
}

/** JavaScript's default order, by UTF-16 code unit: what the command line's sort() gives. */
export function byName(a: FileInfo, b: FileInfo): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/** A report file of a folder as the command line sees it: .xlsx, and not Excel's "~$" lock file of an open workbook. */
export function isFolderReport(name: string): boolean {
  return /\.xlsx$/i.test(name) && !name.startsWith("~$");
}

/**
 * What consolidating a picked folder takes from it, as `cchc-report consolidate FOLDER` does:
 * its report files, not those of its subfolders (a browser hands over the whole tree).
 */
export function folderReports<T extends FolderFileInfo>(files: readonly T[]): T[] {
  return files.filter((f) => f.webkitRelativePath.split("/").length <= 2 && isFolderReport(f.name));
}

/** The list after another pick or drop: each file once, in name order (stable for equal names). */
export function withPicked<T extends FileInfo>(listed: readonly T[], picked: readonly T[]): T[] {
  return addFiles(listed, picked).sort(byName);
}
