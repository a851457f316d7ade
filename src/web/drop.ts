/**
 * Files dropped on the page: a file dropped is taken as it is (as a file named on the command
 * line); a folder dropped gives its report files, not its subfolders' (as a folder named on the
 * command line). The browser's entry API is asynchronous and hands a folder's entries in batches.
 */
import { isFolderReport } from "./model/files";

const fileOf = (entry: FileSystemFileEntry): Promise<File> => new Promise((done, fail) => entry.file(done, fail));

async function folderFiles(folder: FileSystemDirectoryEntry): Promise<File[]> {
  const reader = folder.createReader();
  const entries: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((done, fail) => reader.readEntries(done, fail));
    if (batch.length === 0) break;
    entries.push(...batch);
  }
  const reports = entries.filter((e): e is FileSystemFileEntry => e.isFile && isFolderReport(e.name));
  return Promise.all(reports.map(fileOf));
}

/** The files of a drop, folders expanded. */
export async function droppedFiles(data: DataTransfer): Promise<File[]> {
  // Entries must be taken while the drop event is being handled; reading them can wait.
  const items = Array.from(data.items).filter((i) => i.kind === "file");
  const entries = items.map((i) => ({ entry: i.webkitGetAsEntry(), file: i.getAsFile() }));
  const out: File[] = [];
  for (const { entry, file } of entries) {
    if (entry?.isDirectory) out.push(...(await folderFiles(entry as FileSystemDirectoryEntry)));
    else if (file) out.push(file);
  }
  return out;
}
