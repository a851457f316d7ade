/**
 * Rules of real Excel that the in-memory host enforces or imitates, each from Microsoft's
 * documentation (docs/TESTING-HOST.md cites it): sheets that cannot be deleted, visibility's
 * requirement set, frozen panes at a range, the visible view, cell-edit mode, oversized reads,
 * protection with a password, null and NaN in a write, column widths in the file, error values
 * and the text prefix.
 */
import ExcelJS from "exceljs";
import { createOfficeJsHarness } from "./officejs/harness";
import { createExcelHost, fileWidthOfPoints, HostApiError, pointsOfFileWidth, type ExcelHost, type HostOptions } from "./host";

type Ctx = Excel.RequestContext;

async function failure(host: ExcelHost, batch: (context: Ctx) => Promise<unknown>): Promise<HostApiError> {
  const error = await host.run(batch).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof HostApiError)) throw new Error(`expected a host error, got ${String(error)}`);
  return error;
}

/** A host whose workbook holds Sheet1 plus these sheets, with their visibility. */
async function hostWith(sheets: Record<string, "Visible" | "Hidden" | "VeryHidden">, options: HostOptions = {}): Promise<ExcelHost> {
  const host = createExcelHost(options);
  await host.run(async (context) => {
    for (const name of Object.keys(sheets)) context.workbook.worksheets.add(name);
    await context.sync();
    for (const [name, visibility] of Object.entries(sheets)) context.workbook.worksheets.getItem(name).visibility = visibility;
    await context.sync();
  });
  return host;
}

const del = (host: ExcelHost, ...names: string[]): Promise<void> =>
  host.run(async (context) => {
    for (const n of names) context.workbook.worksheets.getItem(n).delete();
    await context.sync();
  });

describe("deleting sheets", () => {
  test("a very hidden sheet cannot be deleted; made hidden first, it can", async () => {
    const host = await hostWith({ Marks: "VeryHidden" });
    await expect(del(host, "Marks")).rejects.toMatchObject({ code: "InvalidOperation", debugInfo: { errorLocation: "Worksheet.delete" } });
    expect(host.sheetNames()).toContain("Marks");
    await host.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Marks");
      ws.visibility = "Hidden";
      ws.delete();
      await context.sync();
    });
    expect(host.sheetNames()).toEqual(["Sheet1"]);
  });

  test("the last visible sheet cannot be deleted, whatever hidden and very hidden sheets remain", async () => {
    const host = await hostWith({ Hidden: "Hidden", Marks: "VeryHidden", Other: "Visible" });
    // Commands before the failing one stay applied: Other goes, Sheet1 cannot.
    await expect(del(host, "Other", "Sheet1")).rejects.toMatchObject({ code: "InvalidOperation" });
    expect(host.sheetNames()).toEqual(["Sheet1", "Hidden", "Marks"]);
    await del(host, "Hidden");
    expect(host.sheetNames()).toEqual(["Sheet1", "Marks"]);
  });

  test("setting visibility needs ExcelApi 1.2; reading it is 1.1", async () => {
    const host = createExcelHost({ maxApi: "1.1" });
    const visibility = await host.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/visibility");
      await context.sync();
      return sheets.items.map((s) => s.visibility);
    });
    expect(visibility).toEqual(["Visible"]);
    const error = await failure(host, async (context) => {
      context.workbook.worksheets.add("Other").visibility = "Hidden";
      await context.sync();
    });
    expect(error.code).toBe("ApiNotFound");
  });
});

describe("frozen panes and the visible view", () => {
  test("freezeAt freezes the rows and columns down to and right of the range (ExcelApi 1.7)", async () => {
    const host = createExcelHost();
    await host.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      ws.freezePanes.freezeAt(ws.getRange("A1:C7"));
      await context.sync();
    });
    expect(host.sheet("Sheet1").freeze).toEqual({ rows: 7, columns: 3 });
    const old = createExcelHost({ maxApi: "1.6" });
    await expect(
      old.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").freezePanes.freezeAt("A1:C7");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  test("the visible view of a range lists the addresses of the rows that are not hidden (ExcelApi 1.3)", async () => {
    const host = createExcelHost();
    const addresses = await host.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A3:A4").rowHidden = true;
      const view = ws.getRange("A2:A6").getVisibleView().load("cellAddresses,rowCount");
      await context.sync();
      return { cells: view.cellAddresses, rows: view.rowCount };
    });
    expect(addresses).toEqual({ cells: [["Sheet1!A2"], ["Sheet1!A5"], ["Sheet1!A6"]], rows: 3 });
    const old = createExcelHost({ maxApi: "1.2" }).run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").getVisibleView();
      await context.sync();
    });
    await expect(old).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});

describe("cell-edit mode", () => {
  test("a batch sent while the user edits a cell fails with InvalidOperationInCellEditMode", async () => {
    const host = createExcelHost();
    host.setCellEditMode(true);
    const error = await failure(host, async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
      await context.sync();
    });
    expect(error.code).toBe("InvalidOperationInCellEditMode");
    expect(host.sheet("Sheet1").value("A1")).toBe("");
  });

  test("with delayForCellEdit it waits for the edit to end, then runs", async () => {
    const host = createExcelHost();
    host.setCellEditMode(true);
    let done = false;
    const run = host
      .run({ delayForCellEdit: true }, async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
        await context.sync();
      })
      .then(() => (done = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(done).toBe(false);
    host.setCellEditMode(false);
    await run;
    expect(host.sheet("Sheet1").value("A1")).toBe(1);
  });
});

describe("oversized reads", () => {
  test("an older web build answers a response over the limit with GeneralException", async () => {
    const host = createExcelHost({ payloadLimitBytes: 1000, oversizedResponseCode: "GeneralException" });
    const error = await failure(host, async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:J100").load("values");
      await context.sync();
    });
    expect(error.code).toBe("GeneralException");
  });

  test("a read of more cells than Excel answers gives values === null", async () => {
    const host = createExcelHost({ maxCellsPerRead: 100 });
    const [small, large] = await host.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      const ranges = [ws.getRange("A1:J10").load("values"), ws.getRange("A1:J11").load("values")];
      await context.sync();
      return ranges.map((r) => r.values);
    });
    expect(small).toHaveLength(10);
    expect(large).toBeNull();
  });
});

describe("protection with a password", () => {
  async function protectedWithPassword(): Promise<ExcelHost> {
    const host = createExcelHost();
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").protection.protect({ allowFormatColumns: true }, "mật khẩu");
      await context.sync();
    });
    return host;
  }

  test("unprotect() without the password fails and the sheet stays protected with its options", async () => {
    const host = await protectedWithPassword();
    const error = await failure(host, async (context) => {
      context.workbook.worksheets.getItem("Sheet1").protection.unprotect();
      await context.sync();
    });
    expect(error.code).toBe("BadPassword");
    expect(host.sheet("Sheet1").protection).toMatchObject({ protected: true, options: { allowFormatColumns: true } });
  });

  test("with the password it unprotects", async () => {
    const host = await protectedWithPassword();
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").protection.unprotect("mật khẩu");
      await context.sync();
    });
    expect(host.sheet("Sheet1").protection.protected).toBe(false);
  });
});

describe("what a write leaves", () => {
  test("null in the array leaves that cell unchanged; NaN and Infinity travel as null and do the same", async () => {
    const host = createExcelHost();
    await host.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A1:C1").values = [["old", "old", "old"]];
      await context.sync();
      ws.getRange("A1:C1").values = [[null, Number.NaN, Number.POSITIVE_INFINITY]];
      await context.sync();
    });
    expect(["A1", "B1", "C1"].map((a) => host.sheet("Sheet1").value(a))).toEqual(["old", "old", "old"]);
  });

  test("an apostrophe keeps the rest as text and is not stored", async () => {
    const host = createExcelHost();
    const values = await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:C1");
      range.values = [["'=1+1", "'05443", "'#N/A"]];
      await context.sync();
      range.load("values");
      await context.sync();
      return range.values;
    });
    expect(values).toEqual([["=1+1", "05443", "#N/A"]]);
  });
});

describe("imported files", () => {
  async function imported(build: (ws: ExcelJS.Worksheet) => void): Promise<ExcelHost> {
    const wb = new ExcelJS.Workbook();
    build(wb.addWorksheet("Sheet1"));
    const host = createExcelHost();
    await host.importXlsx(Buffer.from(await wb.xlsx.writeBuffer()));
    return host;
  }

  test("values of error cells read as the error's text", async () => {
    const host = await imported((ws) => {
      ws.getCell("A1").value = { error: "#N/A" };
      ws.getCell("B1").value = { formula: "1/0", result: { error: "#DIV/0!" } };
    });
    const values = await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").load("values");
      await context.sync();
      return range.values;
    });
    expect(values).toEqual([["#N/A", "#DIV/0!"]]);
  });

  test.each([
    { title: "Excel's default column (8.43 characters, 64 px)", points: 48, width: 9.140625 },
    { title: "ten digits of Calibri 11 plus padding (75 px)", points: 56.25, width: 10.7109375 },
    { title: "a width between pixels is laid out at the nearest one", points: 56.4, width: 10.7109375 },
  ])("column widths in the file, padding included: $title", async ({ points, width }) => {
    expect(fileWidthOfPoints(points)).toBe(width);
    expect(pointsOfFileWidth(width)).toBe(Math.round(points / 0.75) * 0.75);
    const host = createExcelHost();
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("B1").format.columnWidth = points;
      await context.sync();
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await host.exportXlsx()) as unknown as ArrayBuffer);
    expect(wb.getWorksheet("Sheet1")?.getColumn(2).width).toBe(width);
  });
});

describe("object lifetime: a range lives for its request unless Excel keeps it (Office.js's ObjectPath.isInvalidAfterRequest)", () => {
  type Step = (context: Ctx) => Promise<unknown>;
  const sheet1 = (context: Ctx): Excel.Worksheet => context.workbook.worksheets.getItem("Sheet1");
  const untracked = (context: Ctx, address: string): Excel.Range => {
    const range = sheet1(context).getRange(address);
    context.trackedObjects.remove(range);
    return range;
  };
  const cases: { title: string; batch: Step; expected: string }[] = [
    {
      title: "a tracked range is used again after a successful request",
      batch: async (context) => {
        const range = sheet1(context).getRange("A1:B2").load("values");
        await context.sync();
        range.format.fill.color = "#FF0000";
        await context.sync();
      },
      expected: "ok",
    },
    {
      title: "an untracked range's loaded values are read after its request",
      batch: async (context) => {
        const range = untracked(context, "A1:B2").load("values");
        await context.sync();
        return range.values;
      },
      expected: "ok",
    },
    {
      title: "an untracked range is used in a later request",
      batch: async (context) => {
        const range = untracked(context, "A1:B2").load("values");
        await context.sync();
        range.load("values");
        await context.sync();
      },
      expected: "InvalidObjectPath",
    },
    {
      title: "a part of an untracked range (its format) is used in a later request",
      batch: async (context) => {
        const range = untracked(context, "A1:B2").load("values");
        await context.sync();
        range.format.fill.color = "#FF0000";
        await context.sync();
      },
      expected: "InvalidObjectPath",
    },
    {
      title: "a range is made from an untracked range of an earlier request",
      batch: async (context) => {
        const range = untracked(context, "A1:B2").load("values");
        await context.sync();
        range.getRow(0).load("values");
        await context.sync();
      },
      expected: "InvalidObjectPath",
    },
    {
      title: "a tracked range is used again after its request failed",
      batch: async (context) => {
        const range = sheet1(context).getRange("A1:B2").load("values");
        context.workbook.worksheets.getItem("Missing").load("name");
        await context.sync().catch(() => undefined);
        range.load("values");
        await context.sync();
      },
      expected: "InvalidObjectPath",
    },
    {
      title: "a worksheet is used in request after request, and new ranges of it after a failure",
      batch: async (context) => {
        const ws = sheet1(context);
        ws.getRange("A1").load("values");
        context.workbook.worksheets.getItem("Missing").load("name");
        await context.sync().catch(() => undefined);
        ws.getRange("A1").load("values");
        await context.sync();
      },
      expected: "ok",
    },
  ];
  const outcome = (run: Promise<unknown>): Promise<string> =>
    run.then(
      () => "ok",
      (e: unknown) => (typeof e === "object" && e !== null && "code" in e ? String(e.code) : String(e)),
    );

  test.each(cases)("in the host, as in Office.js: $title", async ({ batch, expected }) => {
    expect(await outcome(createExcelHost().run(batch))).toBe(expected);
  });

  test.each(cases)("through Microsoft's web client: $title", async ({ batch, expected }) => {
    const h = createOfficeJsHarness("web");
    expect(await outcome(h.office.run(batch))).toBe(expected);
    // The library raised it itself: no request carried it.
    expect(h.clientErrors.map((e) => e.code)).toEqual(expected === "ok" ? [] : [expected]);
  });
});
