/** The in-memory Excel host is strict where Office is: table-driven checks of each rule it enforces. */
import ExcelJS from "exceljs";
import { createExcelHost, HostApiError, WIRE_BYTES, type ExcelHost } from "./host";

type Ctx = Excel.RequestContext;

/** One run whose batch must reject; the host's error. */
async function failure(host: ExcelHost, batch: (context: Ctx) => Promise<unknown>): Promise<HostApiError> {
  const error = await host.run(batch).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof HostApiError)) throw new Error(`expected a host error, got ${String(error)}`);
  return error;
}

const sheetOf = (context: Ctx): Excel.Worksheet => context.workbook.worksheets.getItem("Sheet1");

async function write(host: ExcelHost, address: string, values: unknown, property: "values" | "formulas" = "values"): Promise<void> {
  await host.run(async (context) => {
    sheetOf(context).getRange(address)[property] = values as unknown[][];
    await context.sync();
  });
}

async function read(host: ExcelHost, address: string, property: "values" | "formulas" | "numberFormat" = "values"): Promise<unknown[][]> {
  return host.run(async (context) => {
    const range = sheetOf(context).getRange(address).load(property);
    await context.sync();
    return range[property] as unknown[][];
  });
}

describe("load and sync", () => {
  const cases: { title: string; batch: (context: Ctx) => Promise<unknown> }[] = [
    { title: "never loaded", batch: (c) => Promise.resolve(sheetOf(c).getRange("A1").values) },
    { title: "loaded but not synced", batch: (c) => Promise.resolve(sheetOf(c).getRange("A1").load("values").values) },
    {
      title: "sync not awaited",
      batch: async (c) => {
        const r = sheetOf(c).getRange("A1").load("values");
        const pending = c.sync();
        const v = r.values;
        await pending;
        return v;
      },
    },
    { title: "a collection's items", batch: (c) => Promise.resolve(c.workbook.worksheets.items) },
  ];
  test.each(cases)("reading a property $title throws PropertyNotLoaded", async ({ batch }) => {
    const error = await failure(createExcelHost(), batch);
    expect(error.code).toBe("PropertyNotLoaded");
    expect(error.message).toMatch(/^The property '\w+' is not available\. Before reading the property's value, call the load method/);
  });

  test("loaded values arrive at the sync; a later write leaves them stale until loaded again", async () => {
    const host = createExcelHost();
    await write(host, "A1:B1", [[1, "x"]]);
    await host.run(async (context) => {
      const loaded = sheetOf(context).getRange("A1:B1").load("values");
      await context.sync();
      expect(loaded.values).toEqual([[1, "x"]]);
      sheetOf(context).getRange("A1").values = [[2]];
      await context.sync();
      expect(loaded.values).toEqual([[1, "x"]]);
      loaded.load("values");
      await context.sync();
      expect(loaded.values).toEqual([[2, "x"]]);
    });
  });

  test("a property written on a proxy reads back as written, as Office keeps it locally", async () => {
    await createExcelHost().run(async (context) => {
      const range = sheetOf(context).getRange("A1");
      range.values = [["=1+1"]];
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- the point of the test
      expect(range.values).toEqual([["=1+1"]]);
      await context.sync();
    });
  });

  test("collections load item paths; getItemOrNullObject answers after the sync", async () => {
    await createExcelHost().run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name,items/visibility");
      const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
      // eslint-disable-next-line office-addins/call-sync-before-read -- the point of the test
      expect(() => missing.isNullObject).toThrow("The property 'isNullObject' is not available");
      await context.sync();
      expect(sheets.items.map((s) => [s.name, s.visibility])).toEqual([["Sheet1", "Visible"]]);
      expect(missing.isNullObject).toBe(true);
    });
  });

  test("objects of a finished run cannot be used in another", async () => {
    const host = createExcelHost();
    const range = await host.run(async (context) => Promise.resolve(sheetOf(context).getRange("A1")));
    const error = await failure(host, async (context) => {
      range.values = [[1]];
      await context.sync();
    });
    expect(error.code).toBe("InvalidObjectPath");
  });
});

describe("failing commands", () => {
  test("ItemNotFound at the sync; earlier commands stay applied, later ones are dropped", async () => {
    const host = createExcelHost();
    const error = await failure(host, async (context) => {
      sheetOf(context).getRange("A1").values = [["before"]];
      context.workbook.worksheets.getItem("Missing").getRange("A1").values = [["x"]];
      sheetOf(context).getRange("A2").values = [["after"]];
      await context.sync();
    });
    expect(error).toMatchObject({
      code: "ItemNotFound",
      name: "RichApi.Error",
      debugInfo: { errorLocation: "WorksheetCollection.getItem" },
    });
    expect(await read(host, "A1:A2")).toEqual([["before"], [""]]);
  });

  const errors: { title: string; batch: (ws: Excel.Worksheet, context: Ctx) => void; code: string; location: string }[] = [
    {
      title: "an address out of the sheet",
      batch: (ws) => ws.getRange("A0").load("values"),
      code: "InvalidArgument",
      location: "Worksheet.getRange",
    },
    {
      title: "an address with a sheet name",
      batch: (ws) => ws.getRange("Sheet1!A1").load("values"),
      code: "InvalidArgument",
      location: "Worksheet.getRange",
    },
    {
      title: "negative indexes",
      batch: (ws) => ws.getRangeByIndexes(-1, 0, 1, 1).load("address"),
      code: "InvalidArgument",
      location: "Worksheet.getRangeByIndexes",
    },
    { title: "deleting the only sheet", batch: (ws) => ws.delete(), code: "InvalidOperation", location: "Worksheet.delete" },
    {
      title: "hiding the only visible sheet",
      batch: (ws) => (ws.visibility = "Hidden"),
      code: "InvalidOperation",
      location: "Worksheet.visibility",
    },
    {
      title: "an enum in the wrong case",
      batch: (ws) => (ws.visibility = "hidden" as Excel.SheetVisibility),
      code: "InvalidArgument",
      location: "Worksheet.visibility",
    },
    {
      title: "activating a hidden sheet",
      batch: (_ws, c) => {
        const other = c.workbook.worksheets.add("Other");
        other.visibility = "Hidden";
        other.activate();
      },
      code: "InvalidOperation",
      location: "Worksheet.activate",
    },
    {
      title: "a colour that is none",
      batch: (ws) => (ws.getRange("A1").format.fill.color = "reddish"),
      code: "InvalidArgument",
      location: "RangeFill.color",
    },
    {
      title: "a prompt title over 32 characters",
      batch: (ws) => (ws.getRange("A1").dataValidation.prompt = { showPrompt: true, title: "t".repeat(33), message: "" }),
      code: "InvalidArgument",
      location: "DataValidation.prompt",
    },
    {
      title: "a list over 255 characters",
      batch: (ws) => (ws.getRange("A1").dataValidation.rule = { list: { inCellDropDown: true, source: "a,".repeat(128) } }),
      code: "InvalidArgument",
      location: "DataValidation.rule",
    },
  ];
  test.each(errors)("$title: $code at $location", async ({ batch, code, location }) => {
    const error = await failure(createExcelHost(), async (context) => {
      batch(sheetOf(context), context);
      await context.sync();
    });
    expect(error).toMatchObject({ code, debugInfo: { errorLocation: location } });
  });

  const shapes: { title: string; address: string; input: unknown; property?: "values" | "numberFormat"; ok: boolean }[] = [
    {
      title: "exact shape",
      address: "A1:B2",
      input: [
        [1, 2],
        [3, 4],
      ],
      ok: true,
    },
    { title: "one value for every cell", address: "A1:B2", input: 7, ok: true },
    { title: "too few rows", address: "A1:A2", input: [[1]], ok: false },
    { title: "a 1x1 array for two cells", address: "A1:B1", input: [[1]], ok: false },
    { title: "a ragged row", address: "A1:B2", input: [[1, 2], [3]], ok: false },
    { title: "null instead of an array", address: "A1", input: null, ok: false },
    { title: "an object in a cell", address: "A1", input: [[{ a: 1 }]], ok: false },
    { title: "number formats of the wrong shape", address: "A1:B1", input: [["0%"]], property: "numberFormat", ok: false },
  ];
  test.each(shapes)("2-D writes: $title", async ({ address, input, property, ok }) => {
    const host = createExcelHost();
    const run = host.run(async (context) => {
      sheetOf(context).getRange(address)[property ?? "values"] = input as unknown[][];
      await context.sync();
    });
    if (ok) await expect(run).resolves.toBeUndefined();
    else await expect(run).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

describe("sheet names", () => {
  const names: { name: string; code?: string }[] = [
    { name: "Chỉ tiêu" },
    { name: "x".repeat(31) },
    { name: "x".repeat(32), code: "InvalidArgument" },
    ...[":", "\\", "/", "?", "*", "[", "]"].map((ch) => ({ name: `a${ch}b`, code: "InvalidArgument" })),
    { name: "'quoted", code: "InvalidArgument" },
    { name: "quoted'", code: "InvalidArgument" },
    { name: "", code: "InvalidArgument" },
    { name: "history", code: "InvalidArgument" },
    { name: "SHEET1", code: "ItemAlreadyExists" },
  ];
  test.each(names)("adding $name", async ({ name, code }) => {
    const host = createExcelHost();
    const run = host.run(async (context) => {
      context.workbook.worksheets.add(name);
      await context.sync();
    });
    if (code) await expect(run).rejects.toMatchObject({ code, debugInfo: { errorLocation: "WorksheetCollection.add" } });
    else await expect(run.then(() => host.sheetNames())).resolves.toEqual(["Sheet1", name]);
  });

  test("renaming: case-insensitive duplicates refused, a case change of the same sheet allowed", async () => {
    const host = createExcelHost();
    await host.run(async (context) => {
      context.workbook.worksheets.add("Báo cáo");
      sheetOf(context).name = "SHEET1";
      await context.sync();
    });
    const error = await failure(host, async (context) => {
      context.workbook.worksheets.getItem("báo cáo").name = "sheet1";
      await context.sync();
    });
    expect(error).toMatchObject({ code: "ItemAlreadyExists", debugInfo: { errorLocation: "Worksheet.name" } });
    expect(host.sheetNames()).toEqual(["SHEET1", "Báo cáo"]);
  });
});

describe("what a written string becomes", () => {
  const cases: { input: unknown; value: unknown; formula: unknown; format?: string }[] = [
    { input: "=A2*2", value: "", formula: "=A2*2" },
    { input: "'=A2*2", value: "=A2*2", formula: "=A2*2" },
    { input: "+1+1", value: "", formula: "=+1+1" },
    { input: "- Cải cách", value: "", formula: "=- Cải cách" },
    { input: "@SUM(A2)", value: "", formula: "=SUM(A2)" },
    { input: "-5", value: -5, formula: -5 },
    { input: "-", value: "-", formula: "-" },
    { input: "2.19", value: 2.19, formula: 2.19 },
    { input: "'2.19", value: "2.19", formula: "2.19" },
    { input: "05443", value: 5443, formula: 5443 },
    { input: "05443", value: "05443", formula: "05443", format: "@" },
    { input: "=A2", value: "=A2", formula: "=A2", format: "@" },
    { input: "true", value: true, formula: true },
    { input: "", value: "", formula: "" },
  ];
  test.each(cases.map((c) => ({ ...c, format: c.format ?? "General" })))(
    "$input in a cell formatted $format",
    async ({ input, value, formula, format }) => {
      const host = createExcelHost();
      if (format !== "General") await setFormat(host, format);
      await write(host, "A1", [[input]]);
      expect(await read(host, "A1")).toEqual([[value]]);
      expect(await read(host, "A1", "formulas")).toEqual([[formula]]);
    },
  );

  test.each(["=SUM(", "=", '="open', "=1+"])("%s is refused as a formula", async (input) => {
    await expect(write(createExcelHost(), "A1", [[input]])).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

async function setFormat(host: ExcelHost, format: string): Promise<void> {
  await host.run(async (context) => {
    sheetOf(context).getRange("A1").numberFormat = [[format]];
    await context.sync();
  });
}

describe("protected sheets", () => {
  async function protectedHost(options: Excel.WorksheetProtectionOptions = {}): Promise<ExcelHost> {
    const host = createExcelHost();
    await host.run(async (context) => {
      sheetOf(context).getRange("B2").format.protection.locked = false;
      sheetOf(context).protection.protect(options);
      await context.sync();
    });
    return host;
  }
  const cases: { title: string; change: (ws: Excel.Worksheet) => void; code?: string; options?: Excel.WorksheetProtectionOptions }[] = [
    { title: "values of a locked cell", change: (ws) => (ws.getRange("A1").values = [[1]]), code: "AccessDenied" },
    { title: "values of an unlocked cell", change: (ws) => (ws.getRange("B2").values = [[1]]) },
    { title: "a range with one locked cell", change: (ws) => (ws.getRange("B2:B3").values = [[1], [2]]), code: "AccessDenied" },
    { title: "a fill", change: (ws) => (ws.getRange("B2").format.fill.color = "#FF0000"), code: "AccessDenied" },
    {
      title: "a fill with allowFormatCells",
      change: (ws) => (ws.getRange("B2").format.fill.color = "#FF0000"),
      options: { allowFormatCells: true },
    },
    { title: "a column width", change: (ws) => (ws.getRange("A1").format.columnWidth = 60), code: "AccessDenied" },
    {
      title: "a column width with allowFormatColumns",
      change: (ws) => (ws.getRange("A1").format.columnWidth = 60),
      options: { allowFormatColumns: true },
    },
    { title: "a merge", change: (ws) => ws.getRange("C3:D3").merge(), code: "AccessDenied" },
    { title: "locking", change: (ws) => (ws.getRange("B2").format.protection.locked = true), code: "AccessDenied" },
    { title: "protecting again", change: (ws) => ws.protection.protect(), code: "InvalidOperation" },
  ];
  test.each(cases)("$title", async ({ change, code, options }) => {
    const host = await protectedHost(options);
    const run = host.run(async (context) => {
      change(sheetOf(context));
      await context.sync();
    });
    if (code) await expect(run).rejects.toMatchObject({ code });
    else await expect(run).resolves.toBeUndefined();
  });

  test("after unprotect the sheet takes any write", async () => {
    const host = await protectedHost();
    await host.run(async (context) => {
      sheetOf(context).protection.unprotect();
      sheetOf(context).getRange("A1").values = [["ok"]];
      await context.sync();
    });
    expect(host.sheet("Sheet1").value("A1")).toBe("ok");
  });
});

describe("requirement sets", () => {
  test.each([
    { maxApi: "1.1", version: "1.1", supported: true },
    { maxApi: "1.1", version: "1.2", supported: false },
    { maxApi: "1.7", version: "1.7", supported: true },
    { maxApi: "1.7", version: "1.8", supported: false },
    { maxApi: "1.17", version: "1.10", supported: true },
  ])("isSetSupported('ExcelApi', $version) at $maxApi", ({ maxApi, version, supported }) => {
    expect(createExcelHost({ maxApi }).isSetSupported("ExcelApi", version)).toBe(supported);
  });

  const calls: { member: string; use: (ws: Excel.Worksheet) => unknown; set: string; atSync?: boolean }[] = [
    { member: "Worksheet.protection", use: (ws) => ws.protection, set: "1.2" },
    { member: "Range.merge", use: (ws) => ws.getRange("A1:B1").merge(), set: "1.2" },
    { member: "Range.conditionalFormats", use: (ws) => ws.getRange("A1").conditionalFormats, set: "1.6" },
    { member: "Worksheet.getRangeByIndexes", use: (ws) => ws.getRangeByIndexes(0, 0, 1, 1), set: "1.7" },
    { member: "Worksheet.freezePanes", use: (ws) => ws.freezePanes, set: "1.7" },
    { member: "Worksheet.tabColor", use: (ws) => (ws.tabColor = "#FF0000"), set: "1.7", atSync: true },
    { member: "Range.dataValidation", use: (ws) => ws.getRange("A1").dataValidation, set: "1.8" },
    { member: "Worksheet.pageLayout", use: (ws) => ws.pageLayout, set: "1.9" },
  ];
  const combos = ["1.1", "1.7"].flatMap((maxApi) => calls.map((c) => ({ ...c, maxApi, missing: Number(c.set) > Number(maxApi) })));
  test.each(combos)("at ExcelApi $maxApi, $member (ExcelApi $set) missing: $missing", async ({ maxApi, member, use, atSync, missing }) => {
    const run = createExcelHost({ maxApi }).run(async (context) => {
      use(sheetOf(context));
      await context.sync();
    });
    if (!missing) await expect(run).resolves.toBeUndefined();
    else await expect(run).rejects.toMatchObject({ code: "ApiNotFound", ...(atSync ? { debugInfo: { errorLocation: member } } : {}) });
  });
});

describe("payload", () => {
  const big = "x".repeat(2000);
  test.each([
    { title: "a request over the limit", limit: 1000, code: "RequestPayloadSizeLimitExceeded", reads: false },
    { title: "a response over the limit", limit: 3000, code: "ResponsePayloadSizeLimitExceeded", reads: true },
  ])("$title rejects the sync and applies nothing", async ({ limit, code, reads }) => {
    const host = createExcelHost({ payloadLimitBytes: limit });
    if (reads) for (const cell of ["A1", "B1"]) await write(host, cell, [[big]]);
    const before = host.snapshot();
    const error = await failure(host, async (context) => {
      sheetOf(context).getRange("C1").values = [[reads ? "small" : big]];
      if (reads) sheetOf(context).getRange("A1:B1").load("values");
      await context.sync();
    });
    expect(error.code).toBe(code);
    expect(host.snapshot()).toEqual(before);
  });

  test("each sync's bytes are the request as Office.js builds it plus the response (JSON of what was loaded)", async () => {
    const host = createExcelHost();
    await host.run(async (context) => {
      sheetOf(context).getRange("A1").values = [["abc"]];
      await context.sync();
      sheetOf(context).getRange("A1").load("values");
      await context.sync();
    });
    const response = JSON.stringify([[{ values: [["abc"]] }]]).length;
    const [request = 0, load = 0] = host.stats.requestBytes;
    // A sync that loads nothing answers with an empty list ("[]").
    expect(host.stats.syncBytes).toEqual([request + 2, load + response]);
    expect(host.stats.maxSyncBytes).toBe(Math.max(request + 2, load + response));
  });

  /** The request bytes of one run's single sync. */
  async function requestOf(batch: (context: Ctx) => void): Promise<number> {
    const host = createExcelHost();
    await host.run(async (context) => {
      batch(context);
      await context.sync();
    });
    return host.stats.requestBytes[0] ?? 0;
  }

  test("request bytes follow Office.js's serializer: an action per command, a path and Instantiate per object reached", async () => {
    const one = await requestOf((c) => (sheetOf(c).getRange("A1").values = [["abc"]]));
    // A second property of the same range: one more action, no more paths.
    const two = await requestOf((c) => {
      const r = sheetOf(c).getRange("A1");
      r.values = [["abc"]];
      r.numberFormat = [["@"]];
    });
    expect(two - one).toBe(WIRE_BYTES.action + "NumberFormat".length + JSON.stringify([[["@"]]]).length);
    // A second range on the same sheet: its path (getRange and its address) and Instantiate actions, not the sheet's path again.
    const ranges = await requestOf((c) => {
      const ws = sheetOf(c);
      ws.getRange("A1").values = [["abc"]];
      ws.getRange("A1").values = [["abc"]];
    });
    const rangePath = WIRE_BYTES.pathWithArguments + "getRange".length + JSON.stringify(["at A1"]).length;
    expect(ranges - one).toBe(
      WIRE_BYTES.action +
        "values".length +
        JSON.stringify([[["abc"]]]).length +
        rangePath +
        2 * WIRE_BYTES.instantiate +
        WIRE_BYTES.keepReference,
    );
    // An untracked range sends no _KeepReference.
    const untracked = await requestOf((c) => {
      const r = sheetOf(c).getRange("A1");
      c.trackedObjects.remove(r);
      r.values = [["abc"]];
    });
    expect(one - untracked).toBe(WIRE_BYTES.keepReference);
  });

  test("a 2-D write of more than 1,500 cells costs the blocks Office.js splits it into", async () => {
    const grid = (rows: number) => Array.from({ length: rows }, () => Array<number>(10).fill(1));
    const small = await requestOf((c) => (sheetOf(c).getRange("A1:J150").values = grid(150)));
    const large = await requestOf((c) => (sheetOf(c).getRange("A1:J151").values = grid(151)));
    expect(large - small).toBe(JSON.stringify(grid(151)).length - JSON.stringify(grid(150)).length + 2 * WIRE_BYTES.block);
  });
});

describe("runs and syncs", () => {
  test.each([
    { title: "one sync, nothing after", batch: (c: Ctx) => c.sync(), syncs: 1 },
    {
      title: "no sync, commands pending: the implicit final sync",
      batch: (c: Ctx) => {
        sheetOf(c).getRange("A1").values = [[1]];
        return Promise.resolve();
      },
      syncs: 1,
    },
    { title: "no sync, nothing pending", batch: () => Promise.resolve(), syncs: 0 },
    {
      title: "a sync, then more commands",
      batch: async (c: Ctx) => {
        await c.sync();
        sheetOf(c).getRange("A1").values = [[1]];
      },
      syncs: 2,
    },
  ])("$title", async ({ batch, syncs }) => {
    const host = createExcelHost();
    await host.run(batch);
    expect(host.stats).toMatchObject({ runs: 1, syncs });
  });
});

describe("addresses, used ranges, globals", () => {
  test.each([
    { sheet: "Data", address: "$B$7:$D$9", expected: "Data!B7:D9" },
    { sheet: "Chỉ tiêu", address: "b7", expected: "'Chỉ tiêu'!B7" },
    { sheet: "O'Brien", address: "A:C", expected: "'O''Brien'!A:C" },
    { sheet: "A1", address: "2:5", expected: "'A1'!2:5" },
  ])("$address on $sheet is $expected", async ({ sheet, address, expected }) => {
    const got = await createExcelHost().run(async (context) => {
      const range = context.workbook.worksheets.add(sheet).getRange(address).load("address");
      await context.sync();
      return range.address;
    });
    expect(got).toBe(expected);
  });

  test("the used range is A1 on an empty sheet; formats count unless valuesOnly", async () => {
    const host = createExcelHost();
    const used = () =>
      host.run(async (context) => {
        const all = sheetOf(context).getUsedRange().load("address");
        const values = sheetOf(context).getUsedRange(true).load("address");
        await context.sync();
        return [all.address, values.address];
      });
    expect(await used()).toEqual(["Sheet1!A1", "Sheet1!A1"]);
    await write(host, "B2", [[1]]);
    await host.run(async (context) => {
      sheetOf(context).getRange("D5").format.fill.color = "#FFFF00";
      await context.sync();
    });
    expect(await used()).toEqual(["Sheet1!B2:D5", "Sheet1!B2"]);
  });

  test("installGlobals defines Excel.run, the enums and Office's requirements, language and onReady", async () => {
    const host = createExcelHost({ maxApi: "1.7", displayLanguage: "en-US" });
    const target: Record<string, unknown> = {};
    host.installGlobals(target);
    const { Excel: excel, Office: office } = target as unknown as { Excel: typeof Excel; Office: typeof Office };
    expect(office.context.requirements.isSetSupported("ExcelApi", "1.8")).toBe(false);
    expect(office.context.displayLanguage).toBe("en-US");
    await expect(office.onReady()).resolves.toEqual({ host: office.HostType.Excel, platform: "PC" });
    expect(excel.SheetVisibility.veryHidden).toBe("VeryHidden");
    await excel.run(async (context) => {
      context.workbook.worksheets.add("Mới");
      await context.sync();
    });
    expect(host.sheetNames()).toEqual(["Sheet1", "Mới"]);
  });
});

describe("export through ExcelJS", () => {
  test("values, formulas, formats, validations, conditional formats, merges, protection and page setup survive", async () => {
    const host = createExcelHost();
    await host.run(async (context) => {
      const ws = context.workbook.worksheets.add("Chỉ tiêu");
      ws.getRange("A1:C2").formulas = [
        ["'2.19", 5, "=B1*2"],
        [true, "", "'- text"],
      ];
      ws.getRange("B1").numberFormat = [["#,##0"]];
      ws.getRange("A1").format.columnWidth = 52.5; // 70 px: 10 digits of Calibri 11
      ws.getRange("D1:E1").merge();
      ws.getRange("A3").rowHidden = true;
      ws.getRange("B2").format.protection.locked = false;
      ws.getRange("B2").dataValidation.rule = { wholeNumber: { operator: "GreaterThanOrEqualTo", formula1: 0 } };
      ws.getRange("B4").dataValidation.rule = { list: { inCellDropDown: true, source: "Có,Không" } };
      const cf = ws.getRange("C2").conditionalFormats.add("Custom");
      cf.custom.rule.formula = "=C2<0";
      cf.custom.format.fill.color = "#FFC7CE";
      ws.freezePanes.freezeRows(1);
      ws.tabColor = "#1F4E79";
      ws.pageLayout.orientation = "Landscape";
      ws.pageLayout.paperSize = "A4";
      ws.pageLayout.headersFooters.defaultForAllPages.centerFooter = "Trang &P";
      ws.protection.protect({ allowFormatColumns: true });
      await context.sync();
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await host.exportXlsx()) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("Chỉ tiêu");
    if (!ws) throw new Error("sheet missing");
    expect([ws.getCell("A1").value, ws.getCell("B1").value, ws.getCell("A2").value, ws.getCell("C2").value]).toEqual([
      "2.19",
      5,
      true,
      "- text",
    ]);
    expect(ws.getCell("C1").formula).toBe("B1*2");
    expect(ws.getCell("B1").numFmt).toBe("#,##0");
    expect(ws.getColumn(1).width).toBe(10);
    expect((ws.model as unknown as { merges: string[] }).merges).toEqual(["D1:E1"]);
    expect(ws.getRow(3).hidden).toBe(true);
    expect(ws.getCell("B2").protection.locked).toBe(false);
    expect(ws.getCell("B2").dataValidation).toMatchObject({ type: "whole", operator: "greaterThanOrEqual", formulae: [0] });
    expect(ws.getCell("B4").dataValidation).toMatchObject({ type: "list", formulae: ['"Có,Không"'] });
    const model = ws.model as unknown as {
      sheetProtection: { sheet: boolean; formatColumns?: boolean };
      conditionalFormattings: unknown[];
    };
    expect(model.sheetProtection).toMatchObject({ sheet: true, formatColumns: true });
    expect(model.conditionalFormattings).toMatchObject([{ ref: "C2", rules: [{ type: "expression", formulae: ["C2<0"] }] }]);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(ws.properties.tabColor).toEqual({ argb: "FF1F4E79" });
    expect(ws.pageSetup).toMatchObject({ orientation: "landscape", paperSize: 9 });
    expect(ws.headerFooter.oddFooter).toBe("&CTrang &P");
  });

  test("import seeds names, visibility, values, cached formula results, formats, locks and protection", async () => {
    const source = new ExcelJS.Workbook();
    const ws = source.addWorksheet("Thông tin");
    ws.getCell("A1").value = "Đơn vị";
    ws.getCell("B1").value = { formula: "1+1", result: 2 };
    ws.getCell("B2").numFmt = "0%";
    ws.getCell("B2").protection = { locked: false };
    await ws.protect("", { formatColumns: true });
    source.addWorksheet("Ẩn", { state: "veryHidden" });
    const host = createExcelHost();
    await host.importXlsx(Buffer.from(await source.xlsx.writeBuffer()));
    expect(host.sheetNames()).toEqual(["Thông tin", "Ẩn"]);
    const info = host.sheet("Thông tin");
    expect([info.value("A1"), info.value("B1"), info.formula("B1"), info.numberFormat("B2")]).toEqual(["Đơn vị", 2, "=1+1", "0%"]);
    expect(info.protection).toMatchObject({ protected: true, options: { allowFormatColumns: true } });
    expect(host.sheet("Ẩn").visibility).toBe("VeryHidden");
    const error = await failure(host, async (context) => {
      context.workbook.worksheets.getItem("Thông tin").getRange("A1").values = [["x"]];
      await context.sync();
    });
    expect(error.code).toBe("AccessDenied");
  });
});
