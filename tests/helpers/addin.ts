/** The add-in's service over a fresh in-memory host, and picked files as the task pane passes them. */
import { createAddinService } from "../../src/excel/addin";
import type { AddinService, OfficeHost, PickedFile } from "../../src/excel/service";
import { createExcelHost, type ExcelHost, type HostOptions } from "../host";
import { bundle } from "./build";

/** Office's side of the adapter over the host: Excel.run with the options the adapter passes. */
export function officeOf(host: ExcelHost): OfficeHost {
  return { run: (batch, options) => host.run(options ?? {}, batch), isSetSupported: (v) => host.isSetSupported("ExcelApi", v) };
}

export function addinOnHost(options: HostOptions = {}): { host: ExcelHost; service: AddinService } {
  const host = createExcelHost(options);
  return { host, service: createAddinService(officeOf(host), bundle) };
}

/** A picked file as a DOM File offers it: its size at once, its bytes when asked. */
export function pickedFile(name: string, bytes: Uint8Array | ArrayBuffer): PickedFile {
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  return {
    name,
    size: data.byteLength,
    arrayBuffer: () => Promise.resolve(data.slice().buffer),
  };
}

/** The bytes of a picked file, for tests that also write it to disk. */
export async function bytesOf(file: PickedFile): Promise<Buffer> {
  return Buffer.from(await file.arrayBuffer());
}
