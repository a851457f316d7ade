/**
 * Files a desk saves in another format and sends named .xlsx, as the corpus's LibreOffice variants
 * do (scripts/corpus/make-corpus.ts), made here without LibreOffice: an Excel 97-2003 workbook
 * (an OLE2 compound file holding a "Workbook" stream) and an OpenDocument spreadsheet (a zip with
 * its mimetype and content.xml). Only what a reader looks at to tell the format is written.
 */
import { writeZip } from "../../scripts/corpus/zip";

const SECTOR = 512;
const FREE = 0xffffffff;
const END_OF_CHAIN = 0xfffffffe;
const FAT_SECTOR = 0xfffffffd;

/** One 128-byte directory entry: its name in UTF-16 with the terminator's length, and its type. */
function directoryEntry(name: string, type: 1 | 2 | 5): Buffer {
  const e = Buffer.alloc(128);
  e.write(name, 0, "utf16le");
  e.writeUInt16LE((name.length + 1) * 2, 64);
  e[66] = type;
  e.writeUInt32LE(FREE, 68);
  e.writeUInt32LE(FREE, 72);
  e.writeUInt32LE(FREE, 76);
  e.writeUInt32LE(END_OF_CHAIN, 116);
  return e;
}

/** A compound file whose directory names a root and an Excel 97-2003 "Workbook" stream (empty). */
export function xlsBytes(): Buffer {
  const header = Buffer.alloc(SECTOR, 0);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x3e, 24); // minor version
  header.writeUInt16LE(3, 26); // major version 3: 512-byte sectors
  header.writeUInt16LE(0xfffe, 28); // little-endian
  header.writeUInt16LE(9, 30); // sector shift: 2^9
  header.writeUInt16LE(6, 32); // mini sector shift
  header.writeUInt32LE(1, 44); // one FAT sector
  header.writeUInt32LE(1, 48); // the directory starts at sector 1
  header.writeUInt32LE(0x1000, 56); // mini stream cutoff
  header.writeUInt32LE(END_OF_CHAIN, 60);
  header.writeUInt32LE(END_OF_CHAIN, 68);
  for (let i = 0; i < 109; i++) header.writeUInt32LE(i === 0 ? 0 : FREE, 76 + i * 4);
  const fat = Buffer.alloc(SECTOR, 0xff);
  fat.writeUInt32LE(FAT_SECTOR, 0);
  fat.writeUInt32LE(END_OF_CHAIN, 4);
  const directory = Buffer.concat([directoryEntry("Root Entry", 5), directoryEntry("Workbook", 2), Buffer.alloc(SECTOR - 256)]);
  return Buffer.concat([header, fat, directory]);
}

/** An OpenDocument spreadsheet: its mimetype first, and a content.xml with one empty table. */
export function odsBytes(): Buffer {
  return writeZip([
    { name: "mimetype", data: Buffer.from("application/vnd.oasis.opendocument.spreadsheet") },
    {
      name: "content.xml",
      data: Buffer.from(
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"><office:body><office:spreadsheet><table:table table:name="Sheet1"/></office:spreadsheet></office:body></office:document-content>',
      ),
    },
  ]);
}
