/** What the adapter writes for a value, and what the in-memory Excel keeps of it. */
import { safeCellValue } from "../src/excel/safe";
import { createExcelHost } from "./host";

describe("safe cell values", () => {
  test.each([
    { title: "text that looks like a formula", input: "=SUM(A1)", stored: "=SUM(A1)" },
    { title: "a code that looks like a number", input: "05443", stored: "05443" },
    { title: "a number", input: 12.5, stored: 12.5 },
    { title: "NaN", input: Number.NaN, stored: "#NUM!" },
    { title: "Infinity", input: Number.POSITIVE_INFINITY, stored: "#NUM!" },
    { title: "-Infinity", input: Number.NEGATIVE_INFINITY, stored: "#NUM!" },
  ])("$title is stored as $stored, over whatever the cell held", async ({ input, stored }) => {
    const host = createExcelHost();
    await host.run(async (context) => {
      const cell = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      cell.values = [["earlier figure"]];
      await context.sync();
      // A number that is none would travel as null, and null leaves the earlier figure in place.
      cell.values = [[safeCellValue(input)]];
      await context.sync();
    });
    expect(host.sheet("Sheet1").value("A1")).toBe(stored);
  });
});
