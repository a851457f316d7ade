/**
 * Offline checks of manifest.xml. `npm run validate` needs Microsoft's online service and the
 * XSD schemas ship in no npm package, so this catches the mistakes that stop a sideload here:
 * malformed XML, elements out of order, a resid that is not defined, a URL on another host,
 * an icon file that is missing or of the wrong size, a production manifest still on localhost.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { inflateSync } from "node:zlib";
import { XMLParser, XMLValidator } from "fast-xml-parser";

const ROOT = path.resolve(__dirname, "..");
const DEV_URL = "https://localhost:3000/";
const manifestXml = readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly text: string;
  readonly children: readonly XmlElement[];
}

type OrderedNode = Record<string, unknown>;

/** fast-xml-parser's preserveOrder output (one key per node, attributes under ":@") as a plain tree. */
function toElements(nodes: readonly OrderedNode[]): XmlElement[] {
  const elements: XmlElement[] = [];
  for (const node of nodes) {
    const name = Object.keys(node).find((key) => key !== ":@");
    if (name === undefined || name === "#text" || name.startsWith("?")) continue;
    const children = node[name] as OrderedNode[];
    const text = children.flatMap((child) => ("#text" in child ? [String(child["#text"])] : [])).join("");
    const attributes = (node[":@"] ?? {}) as Record<string, string>;
    elements.push({ name, attributes, text, children: toElements(children) });
  }
  return elements;
}

function parseManifest(xml: string): XmlElement {
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: "",
    parseAttributeValue: false,
    parseTagValue: false,
  });
  const [root, ...others] = toElements(parser.parse(xml) as OrderedNode[]);
  if (root === undefined || others.length > 0) throw new Error("expected exactly one root element");
  return root;
}

function* descendants(element: XmlElement): Generator<XmlElement> {
  for (const child of element.children) {
    yield child;
    yield* descendants(child);
  }
}

function findAll(root: XmlElement, name: string): XmlElement[] {
  return [...descendants(root)].filter((element) => element.name === name);
}

function findOne(root: XmlElement, name: string): XmlElement {
  const [found, ...more] = findAll(root, name);
  if (found === undefined || more.length > 0) throw new Error(`expected exactly one <${name}>`);
  return found;
}

/** Every URL written in attribute values or text, namespace declarations aside. */
function urlsIn(root: XmlElement): string[] {
  const values = [...descendants(root)].flatMap((element) => [
    element.text,
    ...Object.entries(element.attributes)
      .filter(([name]) => name !== "xmlns" && !name.startsWith("xmlns:"))
      .map(([, value]) => value),
  ]);
  return values.map((value) => value.trim()).filter((value) => /^[a-z][a-z0-9+.-]*:/i.test(value));
}

const manifest = parseManifest(manifestXml);
const resources = findOne(manifest, "Resources");

/** The kind of resource each referencing element must point at. */
const RESOURCE_KIND_OF_REFERENCE: Readonly<Record<string, string>> = {
  "bt:Image": "bt:Images",
  SourceLocation: "bt:Urls",
  FunctionFile: "bt:Urls",
  LearnMoreUrl: "bt:Urls",
  Label: "bt:ShortStrings",
  Title: "bt:ShortStrings",
  Description: "bt:LongStrings",
};

/** Resource ids by kind (bt:Images, bt:Urls, bt:ShortStrings, bt:LongStrings). */
function resourceIds(kind: string): string[] {
  return findAll(resources, kind).flatMap((group) => group.children.map((item) => item.attributes.id ?? ""));
}

function resourceValue(id: string): string {
  const item = [...descendants(resources)].find((element) => element.attributes.id === id);
  if (item?.attributes.DefaultValue === undefined) throw new Error(`resource ${id} has no DefaultValue`);
  return item.attributes.DefaultValue;
}

interface PngInfo {
  readonly width: number;
  readonly height: number;
  readonly bitDepth: number;
  readonly colourType: number;
  readonly pixelBytes: number;
}

/** Reads the IHDR chunk and inflates the IDAT chunks of a PNG file. */
function readPng(file: string): PngInfo {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(bytes.toString("ascii", 12, 16)).toBe("IHDR");
  const idat: Buffer[] = [];
  for (let offset = 8; offset < bytes.length;) {
    const length = bytes.readUInt32BE(offset);
    if (bytes.toString("ascii", offset + 4, offset + 8) === "IDAT") idat.push(bytes.subarray(offset + 8, offset + 8 + length));
    offset += 12 + length;
  }
  return {
    width: bytes.readUInt32BE(16),
    height: bytes.readUInt32BE(20),
    bitDepth: bytes[24] ?? -1,
    colourType: bytes[25] ?? -1,
    pixelBytes: inflateSync(Buffer.concat(idat)).length,
  };
}

describe("manifest.xml", () => {
  it("is well-formed XML with a TaskPaneApp root", () => {
    expect(XMLValidator.validate(manifestXml)).toBe(true);
    expect(manifest.name).toBe("OfficeApp");
    expect(manifest.attributes["xsi:type"]).toBe("TaskPaneApp");
    expect(manifest.attributes.xmlns).toBe("http://schemas.microsoft.com/office/appforoffice/1.1");
  });

  it("keeps the top-level elements in the order the 1.1 schema requires", () => {
    const schemaOrder = [
      "Id",
      "AlternateId",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "IconUrl",
      "HighResolutionIconUrl",
      "SupportUrl",
      "AppDomains",
      "Hosts",
      "Requirements",
      "DefaultSettings",
      "Permissions",
      "AllowSnapshot",
      "VersionOverrides",
    ];
    const optional = ["AlternateId", "HighResolutionIconUrl", "AppDomains", "Requirements", "AllowSnapshot", "VersionOverrides"];
    const names = manifest.children.map((child) => child.name);
    expect(names).toEqual(schemaOrder.filter((name) => names.includes(name)));
    expect(schemaOrder.filter((name) => !optional.includes(name) && !names.includes(name))).toEqual([]);
  });

  it("targets Excel with the ExcelApi 1.1 floor, so that Office 2016 and 2019, which cannot run the pane, still show its notice", () => {
    const hosts = manifest.children.filter((child) => child.name === "Hosts").flatMap((group) => group.children);
    expect(hosts.map((host) => host.attributes.Name)).toEqual(["Workbook"]);
    const sets = findOne(manifest, "Requirements").children.flatMap((group) => group.children);
    expect(sets.map((set) => set.attributes)).toEqual([{ Name: "ExcelApi", MinVersion: "1.1" }]);
  });

  it("has a GUID id and the package's version", () => {
    const id = findOne(manifest, "Id").text;
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    const packageJson = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string };
    expect(findOne(manifest, "Version").text).toBe(packageJson.version);
  });

  it("puts every URL on https://localhost:3000", () => {
    const urls = urlsIn(manifest);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(`${url}/`.startsWith(DEV_URL)).toBe(true);
    expect(new Set(urls.map((url) => new URL(url).origin))).toEqual(new Set(["https://localhost:3000"]));
  });

  it("defines every resid it references, in the right kind of resource", () => {
    const references = [...descendants(manifest)].filter((element) => element.attributes.resid !== undefined);
    expect(references.length).toBeGreaterThan(0);
    for (const reference of references) {
      expect(Object.keys(RESOURCE_KIND_OF_REFERENCE)).toContain(reference.name);
      expect(resourceIds(RESOURCE_KIND_OF_REFERENCE[reference.name] ?? "")).toContain(reference.attributes.resid);
    }
    const referenced = new Set(references.map((reference) => reference.attributes.resid));
    const defined = [...new Set(Object.values(RESOURCE_KIND_OF_REFERENCE))].flatMap(resourceIds);
    expect(new Set(defined).size).toBe(defined.length);
    expect(defined.filter((id) => !referenced.has(id))).toEqual([]);
    for (const id of defined) expect(id.length).toBeLessThanOrEqual(32);
  });

  it.each([
    ["bt:ShortStrings", 125],
    ["bt:LongStrings", 250],
  ])("gives every %s entry an en-US override within %i characters", (kind, limit) => {
    const strings = findAll(resources, kind).flatMap((group) => group.children);
    expect(strings.length).toBeGreaterThan(0);
    for (const item of strings) {
      const override = item.children.find((child) => child.name === "bt:Override" && child.attributes.Locale === "en-US");
      expect({ id: item.attributes.id, hasOverride: override !== undefined }).toEqual({ id: item.attributes.id, hasOverride: true });
      for (const text of [item.attributes.DefaultValue ?? "", override?.attributes.Value ?? ""]) {
        expect(text.length).toBeGreaterThan(0);
        expect(text.length).toBeLessThanOrEqual(limit);
      }
    }
  });

  it("points every icon at a PNG in assets/ of the size it is declared for", () => {
    const icons: [url: string, size: number][] = [
      [findOne(manifest, "IconUrl").attributes.DefaultValue ?? "", 32],
      [findOne(manifest, "HighResolutionIconUrl").attributes.DefaultValue ?? "", 64],
      ...findAll(manifest, "bt:Image")
        .filter((image) => image.attributes.resid !== undefined)
        .map((image): [string, number] => [resourceValue(image.attributes.resid ?? ""), Number(image.attributes.size)]),
    ];
    expect(icons.length).toBeGreaterThanOrEqual(8);
    for (const [url, size] of icons) {
      expect(url).toMatch(/^https:\/\/localhost:3000\/assets\/[\w-]+\.png$/);
      const png = readPng(path.join(ROOT, url.slice(DEV_URL.length)));
      expect({ url, width: png.width, height: png.height }).toEqual({ url, width: size, height: size });
      expect([png.bitDepth, png.colourType]).toEqual([8, 6]); // RGBA, as scripts/make-icons.mjs writes
      expect(png.pixelBytes).toBe(size * (1 + size * 4)); // one filter byte per row, four bytes per pixel
    }
  });
});

describe("production manifest (webpack.config.js)", () => {
  const config = createRequire(__filename)("../webpack.config.js") as {
    productionUrl(value?: string): string;
    rewriteManifestUrls(xml: string, urlProd: string): string;
  };

  it("moves every URL to the production host, under its folder", () => {
    const production = parseManifest(config.rewriteManifestUrls(manifestXml, "https://cchc.example.vn/addin/"));
    const urls = urlsIn(production);
    expect(urls).toHaveLength(urlsIn(manifest).length);
    expect(new Set(urls.map((url) => new URL(url).origin))).toEqual(new Set(["https://cchc.example.vn"]));
    expect(urls.filter((url) => !url.startsWith("https://cchc.example.vn/addin/"))).toEqual(["https://cchc.example.vn"]);
    expect(findOne(findOne(production, "DefaultSettings"), "SourceLocation").attributes.DefaultValue).toBe(
      "https://cchc.example.vn/addin/taskpane.html",
    );
  });

  it.each([
    ["https://cchc.example.vn/addin", "https://cchc.example.vn/addin/"],
    ["https://cchc.example.vn", "https://cchc.example.vn/"],
  ])("reads CCHC_URL_PROD %s as %s", (value, expected) => {
    expect(config.productionUrl(value)).toBe(expected);
  });

  it.each(["http://cchc.example.vn/", "https://cchc.example.vn/?v=1", "cchc.example.vn"])("rejects CCHC_URL_PROD %s", (value) => {
    expect(() => config.productionUrl(value)).toThrow();
  });
});
