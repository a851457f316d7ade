/**
 * A password-protected .xlsx as Excel writes one ("Encrypt with Password"): an OLE2 compound
 * file holding the streams EncryptionInfo and EncryptedPackage, with ECMA-376 Standard
 * Encryption (AES-128, SHA-1, 50,000 spins; MS-OFFCRYPTO 2.3.4.5-2.3.4.9). Built by hand
 * because headless LibreOffice 7.4 cannot save .xlsx with a password.
 */
import { createCipheriv, createHash, randomBytes } from "node:crypto";

const sha1 = (...parts: Buffer[]): Buffer => createHash("sha1").update(Buffer.concat(parts)).digest();

function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
}

/** The encryption key for a password and salt (MS-OFFCRYPTO 2.3.4.7). */
export function standardKey(password: string, salt: Buffer): Buffer {
  let h = sha1(salt, Buffer.from(password, "utf16le"));
  for (let i = 0; i < 50_000; i++) h = sha1(u32(i), h);
  const final = sha1(h, u32(0));
  const derive = (fill: number): Buffer => {
    const buf = Buffer.alloc(64, fill);
    for (let i = 0; i < final.length; i++) buf[i] = (buf[i] ?? 0) ^ (final[i] ?? 0);
    return sha1(buf);
  };
  return Buffer.concat([derive(0x36), derive(0x5c)]).subarray(0, 16);
}

function aesEcb(key: Buffer, data: Buffer): Buffer {
  const cipher = createCipheriv("aes-128-ecb", key, null).setAutoPadding(false);
  return Buffer.concat([cipher.update(data), cipher.final()]);
}

function padTo(data: Buffer, multiple: number): Buffer {
  const rest = data.length % multiple;
  return rest === 0 ? data : Buffer.concat([data, Buffer.alloc(multiple - rest)]);
}

function encryptionInfo(key: Buffer, salt: Buffer): Buffer {
  const csp = Buffer.from("Microsoft Enhanced RSA and AES Cryptographic Provider\0", "utf16le");
  // Flags fCryptoAPI | fAES, no extra, AES-128, SHA-1, 128-bit key, PROV_RSA_AES.
  const header = Buffer.concat([u32(0x24), u32(0), u32(0x660e), u32(0x8004), u32(128), u32(0x18), u32(0), u32(0), csp]);
  const verifier = randomBytes(16);
  const verifierHash = padTo(sha1(verifier), 32);
  return Buffer.concat([
    Buffer.from([4, 0, 2, 0]), // version 4.2
    u32(0x24),
    u32(header.length),
    header,
    u32(16),
    salt,
    aesEcb(key, verifier),
    u32(20),
    aesEcb(key, verifierHash),
  ]);
}

/** The EncryptedPackage stream: the package's size, then the package encrypted in ECB blocks. */
function encryptedPackage(key: Buffer, xlsx: Buffer): Buffer {
  const size = Buffer.alloc(8);
  size.writeBigUInt64LE(BigInt(xlsx.length));
  return Buffer.concat([size, aesEcb(key, padTo(xlsx, 16))]);
}

// ---- the compound file -------------------------------------------------------------------

const SECTOR = 512;
const MINI = 64;
const FREE = 0xffffffff;
const END = 0xfffffffe;
const FAT_SECTOR = 0xfffffffd;
const NONE = 0xffffffff;

interface DirEntry {
  readonly name: string;
  readonly type: 1 | 2 | 5;
  readonly left: number;
  readonly right: number;
  readonly child: number;
  readonly start: number;
  readonly size: number;
  readonly red?: boolean;
}

function dirEntry(e: DirEntry | undefined): Buffer {
  const b = Buffer.alloc(128);
  b.writeUInt32LE(NONE, 68);
  b.writeUInt32LE(NONE, 72);
  b.writeUInt32LE(NONE, 76);
  if (!e) return b;
  const name = Buffer.from(`${e.name}\0`, "utf16le");
  name.copy(b, 0);
  b.writeUInt16LE(name.length, 64);
  b[66] = e.type;
  b[67] = e.red ? 0 : 1;
  b.writeUInt32LE(e.left, 68);
  b.writeUInt32LE(e.right, 72);
  b.writeUInt32LE(e.child, 76);
  b.writeUInt32LE(e.start, 116);
  b.writeUInt32LE(e.size, 120);
  return b;
}

/**
 * A version 3 compound file (512-byte sectors) with a small stream in the mini stream and a
 * large one in ordinary sectors: sectors are FAT, directory, mini FAT, mini stream, large stream.
 */
function compoundFile(small: { name: string; data: Buffer }, large: { name: string; data: Buffer }): Buffer {
  const miniSectors = Math.ceil(small.data.length / MINI);
  const miniStream = padTo(small.data, SECTOR);
  const largeData = padTo(large.data, SECTOR);
  const contentSectors = 1 + 1 + miniStream.length / SECTOR + largeData.length / SECTOR;
  let fatSectors = 1;
  while (fatSectors * (SECTOR / 4) < fatSectors + contentSectors) fatSectors++;
  const dirAt = fatSectors;
  const miniFatAt = dirAt + 1;
  const miniStreamAt = miniFatAt + 1;
  const largeAt = miniStreamAt + miniStream.length / SECTOR;
  const total = largeAt + largeData.length / SECTOR;
  const fat = new Array<number>(fatSectors * (SECTOR / 4)).fill(FREE);
  const chain = (first: number, count: number): void => {
    for (let i = 0; i < count; i++) fat[first + i] = i === count - 1 ? END : first + i + 1;
  };
  for (let i = 0; i < fatSectors; i++) fat[i] = FAT_SECTOR;
  chain(dirAt, 1);
  chain(miniFatAt, 1);
  chain(miniStreamAt, miniStream.length / SECTOR);
  chain(largeAt, largeData.length / SECTOR);
  const miniFat = new Array<number>(SECTOR / 4).fill(FREE);
  for (let i = 0; i < miniSectors; i++) miniFat[i] = i === miniSectors - 1 ? END : i + 1;
  // Directory: root, then the two streams; names compare by length first, so the small one goes left.
  const dir = Buffer.concat([
    dirEntry({ name: "Root Entry", type: 5, left: NONE, right: NONE, child: 2, start: miniStreamAt, size: miniSectors * MINI }),
    dirEntry({ name: small.name, type: 2, left: NONE, right: NONE, child: NONE, start: 0, size: small.data.length, red: true }),
    dirEntry({ name: large.name, type: 2, left: 1, right: NONE, child: NONE, start: largeAt, size: large.data.length }),
    dirEntry(undefined),
  ]);
  const header = Buffer.alloc(SECTOR);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x3e, 24);
  header.writeUInt16LE(3, 26);
  header.writeUInt16LE(0xfffe, 28);
  header.writeUInt16LE(9, 30);
  header.writeUInt16LE(6, 32);
  header.writeUInt32LE(fatSectors, 44);
  header.writeUInt32LE(dirAt, 48);
  header.writeUInt32LE(4096, 56);
  header.writeUInt32LE(miniFatAt, 60);
  header.writeUInt32LE(1, 64);
  header.writeUInt32LE(END, 68);
  for (let i = 0; i < 109; i++) header.writeUInt32LE(i < fatSectors ? i : FREE, 76 + i * 4);
  const words = (xs: number[]): Buffer => Buffer.concat(xs.map(u32));
  const out = Buffer.concat([header, words(fat), dir, words(miniFat), miniStream, largeData]);
  if (out.length !== (total + 1) * SECTOR) throw new Error("compound file layout is off");
  return out;
}

/** The .xlsx encrypted with the password, as an Office "Encrypt with Password" file. */
export function encryptXlsx(xlsx: Buffer, password: string): Buffer {
  const salt = randomBytes(16);
  const key = standardKey(password, salt);
  const info = encryptionInfo(key, salt);
  if (info.length >= 4096) throw new Error("EncryptionInfo must fit the mini stream");
  return compoundFile({ name: "EncryptionInfo", data: info }, { name: "EncryptedPackage", data: encryptedPackage(key, xlsx) });
}
