/** Traps in the shape of the sheets: columns and rows added, moved, hidden or repeated; sheets renamed, hidden, copied; other templates. */
import ExcelJS from "exceljs";
import { toA1 } from "../../src/core/a1";
import { bytesOf, plainSheet, sheetRows, unitBook, worksheetOf } from "./build";
import { accepted, at, counts, editMarkers, known, VALUE_COL, type Built, type Trap } from "./kit";

export const SHEET_TRAPS: Readonly<Record<string, Trap>> = {
  async columnsMoved(unit) {
    const b = await unitBook(unit);
    const [c0] = counts(b, 1);
    b.set("indicators", c0 ?? "", "value", 4321);
    // A copy typed or pasted as values into a new workbook: a column inserted before the value
    // (the hidden key row shifts with it, as in Excel), the value header renamed, blank rows added.
    const out = new ExcelJS.Workbook();
    const indName = b.sheet("indicators");
    const firstData = b.row("indicators", c0 ?? "");
    let valueRow = -1;
    for (const ws of b.wb.worksheets) {
      const rows = sheetRows(ws).map((r) => r.map((v) => (v !== null && typeof v === "object" && "formula" in v ? (v.result ?? null) : v)));
      if (ws.name !== indName) {
        plainSheet(out, ws.name, rows);
        continue;
      }
      const moved = rows.map((r, i) => [...r.slice(0, VALUE_COL), i === 4 ? "Ghi chú thêm" : null, ...r.slice(VALUE_COL)]);
      const header = moved[4];
      if (header) header[VALUE_COL + 1] = "Số liệu năm 2025";
      const withBlanks = [...moved.slice(0, firstData), [], [], ...moved.slice(firstData)];
      valueRow = firstData + 2;
      plainSheet(out, ws.name, withBlanks);
    }
    const cell = toA1(valueRow, VALUE_COL + 1);
    return {
      file: `07-columns-inserted-renamed-${unit}.xlsx`,
      title: "A column inserted before the value, the value header renamed, blank rows inserted (values pasted into a new workbook)",
      trap: "Units insert or reorder columns, rename headers, leave blank rows",
      bytes: await bytesOf(out),
      ...accepted(b, [at("column_renamed", indName, toA1(4, VALUE_COL + 1))], {
        values: [{ indicator: c0 ?? "", sheet: indName, cell, value: 4321 }],
      }),
    };
  },

  async keyRowDeleted(unit) {
    const b = await unitBook(unit);
    const [c0] = counts(b, 1);
    b.set("indicators", c0 ?? "", "value", 777);
    const out = new ExcelJS.Workbook();
    for (const ws of b.wb.worksheets)
      plainSheet(
        out,
        ws.name,
        sheetRows(ws)
          .slice(1)
          .map((r) => r.map((v) => (v !== null && typeof v === "object" && "formula" in v ? (v.result ?? null) : v))),
      );
    const ind = b.sheet("indicators");
    return {
      file: `08-hidden-row-1-deleted-${unit}.xlsx`,
      title: "The hidden first row (marker and column keys) deleted in every sheet: sheets found by their headers",
      trap: "Template structure damaged; sheets recognised without the marker",
      bytes: await bytesOf(out),
      ...accepted(b, [at("marker_missing", ind), at("marker_missing", b.sheet("tasks")), at("marker_missing", b.sheet("info"))], {
        values: [{ indicator: c0 ?? "", sheet: ind, cell: toA1(b.row("indicators", c0 ?? "") - 1, VALUE_COL), value: 777 }],
      }),
    };
  },

  async totalRow(unit) {
    const b = await unitBook(unit);
    const ws = worksheetOf(b, "indicators");
    const row = b.lastRow("indicators") + 1;
    ws.getCell(row + 1, 3).value = "Tổng cộng";
    ws.getCell(row + 1, VALUE_COL + 1).value = { formula: `SUM(E6:E${row})`, result: 123456 };
    const tasks = worksheetOf(b, "tasks");
    const taskRow = b.lastRow("tasks") + 1;
    tasks.getCell(taskRow + 1, 1).value = "Cộng";
    tasks.getCell(taskRow + 1, 8).value = "Hoàn thành đúng hạn";
    return {
      file: `09-total-row-${unit}.xlsx`,
      title: 'A "Tổng cộng" row with a SUM under the indicators, a "Cộng" row under the tasks',
      trap: 'Units add a "Tổng cộng" total row',
      bytes: await bytesOf(b.wb),
      ...accepted(b, [at("row_unknown", b.sheet("indicators"), toA1(row, 2)), at("row_unknown", b.sheet("tasks"), toA1(taskRow, 2))]),
    };
  },

  async hiddenRows(unit) {
    const b = await unitBook(unit);
    const [c0, c1] = counts(b, 2);
    const ind = b.sheet("indicators");
    const values = [known(b, c0 ?? "", 31), known(b, c1 ?? "", 32)];
    for (const code of [c0, c1]) worksheetOf(b, "indicators").getRow(b.row("indicators", code ?? "") + 1).hidden = true;
    const task = b.tasks()[0] ?? "";
    worksheetOf(b, "tasks").getRow(b.row("tasks", task) + 1).hidden = true;
    return {
      file: `10-hidden-rows-${unit}.xlsx`,
      title: "Rows holding entries hidden (two indicators, one task)",
      trap: "Units hide rows",
      bytes: await bytesOf(b.wb),
      ...accepted(
        b,
        [
          at("row_hidden", ind, b.cell("indicators", c0 ?? "", "code")),
          at("row_hidden", ind, b.cell("indicators", c1 ?? "", "code")),
          at("row_hidden", b.sheet("tasks"), b.cell("tasks", task, "code")),
        ],
        { values },
      ),
    };
  },

  async renamedSheets(unit) {
    const b = await unitBook(unit);
    const [c0] = counts(b, 1);
    b.set("indicators", c0 ?? "", "value", 55);
    worksheetOf(b, "indicators").name = "CT 2025";
    worksheetOf(b, "tasks").name = "NV";
    worksheetOf(b, "info").name = "TT chung";
    return {
      file: `11-renamed-sheets-${unit}.xlsx`,
      title: "Every sheet renamed",
      trap: "Units rename sheets",
      bytes: await bytesOf(b.wb),
      ...accepted(b, [], { values: [{ indicator: c0 ?? "", sheet: "CT 2025", cell: b.cell("indicators", c0 ?? "", "value"), value: 55 }] }),
    };
  },

  async duplicateRow(unit) {
    const b = await unitBook(unit);
    const [c0] = counts(b, 1);
    const values = [known(b, c0 ?? "", 40)];
    const ws = worksheetOf(b, "indicators");
    const copy = b.lastRow("indicators") + 1;
    const source = ws.getRow(b.row("indicators", c0 ?? "") + 1);
    source.eachCell((c, col) => (ws.getCell(copy + 1, col).value = c.value));
    ws.getCell(copy + 1, VALUE_COL + 1).value = 99_999;
    return {
      file: `12-duplicate-indicator-row-${unit}.xlsx`,
      title: "An indicator row copied below the table with another value",
      trap: "Duplicate indicator rows",
      bytes: await bytesOf(b.wb),
      ...accepted(b, [at("row_duplicate", b.sheet("indicators"), toA1(copy, 1))], { values }),
    };
  },

  async twoVersions(unit) {
    const versions: Built[] = [];
    for (const [i, day] of [10, 12].entries()) {
      const b = await unitBook(unit);
      const [c0] = counts(b, 1);
      const value = i === 0 ? 100 : 120;
      const cell = b.set("indicators", c0 ?? "", "value", value);
      b.setInfo("submitted", `${day}/12/2025`);
      versions.push({
        file: `13-two-versions-${unit}-${i === 0 ? "ban-dau" : "ban-sua"}.xlsx`,
        title: i === 0 ? "First version of a report sent twice" : "Corrected version of the same report, sent later",
        trap: "Units send two versions of the same file",
        bytes: await bytesOf(b.wb),
        expect:
          i === 0
            ? { status: "duplicate", issues: [at("duplicate_report"), at("value_conflict", b.sheet("indicators"), cell)] }
            : { status: "accepted", issues: [] },
        libreoffice: true,
        ...(i === 1 ? { values: [{ indicator: c0 ?? "", sheet: b.sheet("indicators"), cell, value }] } : {}),
      });
    }
    return versions;
  },

  async lastYear(unit) {
    const b = await unitBook(unit, "2024-Y");
    return {
      file: `14-last-years-template-${unit}.xlsx`,
      title: "Last year's template (2024-Y) sent for 2025-Y",
      trap: "Units use last year's template",
      bytes: await bytesOf(b.wb),
      expect: { status: "wrong_period", issues: [at("wrong_period")] },
      libreoffice: true,
    };
  },

  async otherProgramme(unit) {
    const b = await unitBook(unit);
    editMarkers(b, "programme", "qd-khac-2026");
    return {
      file: `15-other-programme-${unit}.xlsx`,
      title: "The template of another programme (marker programme=qd-khac-2026)",
      trap: "A template of another programme",
      bytes: await bytesOf(b.wb),
      expect: { status: "not_template", issues: [at("programme_mismatch", b.sheet("info"))] },
      libreoffice: true,
    };
  },

  async otherVersion(unit) {
    const b = await unitBook(unit);
    editMarkers(b, "template", "0.9.0");
    return {
      file: `16-older-template-version-${unit}.xlsx`,
      title: "An older version of the template (template=0.9.0)",
      trap: "Another template version",
      bytes: await bytesOf(b.wb),
      ...accepted(b, [at("template_version_mismatch", b.sheet("info"))]),
    };
  },

  async merged(unit) {
    const b = await unitBook(unit);
    const codes = b.indicators("count").map((i) => i.code);
    const pair = codes.find((c, i) => i + 1 < codes.length && b.row("indicators", codes[i + 1] ?? "") === b.row("indicators", c) + 1) ?? "";
    const values = [known(b, pair, 64)];
    const ws = worksheetOf(b, "indicators");
    ws.mergeCells("D5:E5");
    const r = b.row("indicators", pair) + 1;
    ws.mergeCells(r, VALUE_COL + 1, r + 1, VALUE_COL + 1);
    return {
      file: `19-merged-cells-${unit}.xlsx`,
      title: "Header cells merged (unit and value), and two value cells merged into one",
      trap: "Merged header cells",
      bytes: await bytesOf(b.wb),
      ...accepted(b, [], { values }),
    };
  },

  async hiddenSheets(unit) {
    const b = await unitBook(unit);
    const [c0] = counts(b, 1);
    const values = [known(b, c0 ?? "", 88)];
    const ind = worksheetOf(b, "indicators");
    ind.state = "hidden";
    const old = plainSheet(b.wb, "Chỉ tiêu (cũ)", sheetRows(ind));
    old.getCell(b.row("indicators", c0 ?? "") + 1, VALUE_COL + 1).value = 11;
    old.state = "veryHidden";
    return {
      file: `20-hidden-sheets-${unit}.xlsx`,
      title: "The indicators sheet hidden, and a very hidden old copy of it with other figures",
      trap: "Hidden sheets",
      bytes: await bytesOf(b.wb),
      ...accepted(b, [at("sheet_duplicate", "Chỉ tiêu (cũ)")], { values }),
    };
  },

  async notTemplate() {
    const out = new ExcelJS.Workbook();
    plainSheet(out, "Sheet1", [
      ["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2025"],
      ["STT", "Nội dung", "Thời hạn"],
      [1, "Rà soát thủ tục hành chính", "30/06/2025"],
    ]);
    return {
      file: "22-ke-hoach-not-a-template.xlsx",
      title: "A workbook that is not the template (a plan)",
      trap: "Not a report",
      bytes: await bytesOf(out),
      expect: { status: "not_template", issues: [at("not_a_template")] },
      libreoffice: true,
    };
  },
};
