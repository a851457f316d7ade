/** Check tab: check every unit's sheets in the workbook, list the problems, mark and clear their cells. */
import { Button, MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import { useState } from "react";
import type { WorkbookCheck } from "../excel/service";
import { useAction } from "./action";
import { usePane } from "./context";
import { ErrorBar } from "./ErrorBar";
import { useLayoutStyles } from "../ui/layout";
import { markableIssues } from "../ui/model/issues";
import { UnitResult } from "../ui/UnitResult";

export function CheckTab(): JSX.Element {
  const { service, t } = usePane();
  const styles = useLayoutStyles();
  const action = useAction<"check" | "mark" | "clear" | "select">();
  const [result, setResult] = useState<WorkbookCheck | undefined>(undefined);
  const [note, setNote] = useState<string | undefined>(undefined);
  const markable = result ? markableIssues(result.units) : [];

  const runCheck = async (): Promise<void> => {
    setNote(undefined);
    const checked = await action.run("check", () => service.checkWorkbook());
    if (checked) setResult(checked);
  };
  const mark = async (): Promise<void> => {
    setNote(undefined);
    const count = await action.run("mark", () => service.markIssues(markable));
    if (count !== undefined) setNote(t.marked(count));
  };
  const clear = async (): Promise<void> => {
    setNote(undefined);
    const count = await action.run("clear", () => service.clearMarks());
    if (count !== undefined) setNote(t.cleared(count));
  };
  const selectCell = (sheet: string, cell: string): void => void action.run("select", () => service.selectCell(sheet, cell));

  return (
    <div className={styles.tab}>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={action.busy} onClick={() => void runCheck()}>
          {t.runCheck}
        </Button>
        <Button disabled={action.busy || markable.length === 0} onClick={() => void mark()}>
          {t.markProblems}
        </Button>
        <Button disabled={action.busy} onClick={() => void clear()}>
          {t.clearMarks}
        </Button>
      </div>
      {action.running === "check" ? <Spinner label={t.checking} /> : null}
      {note !== undefined ? (
        <MessageBar intent="info">
          <MessageBarBody>{note}</MessageBarBody>
        </MessageBar>
      ) : null}
      <ErrorBar failure={action.failure} />
      {result?.units.length === 0 ? (
        <MessageBar intent="warning">
          <MessageBarBody>{t.noTemplates}</MessageBarBody>
        </MessageBar>
      ) : null}
      {result?.units.map((u, i) => (
        <UnitResult key={`${u.unit ?? "?"}-${u.period ?? "?"}-${i}`} check={u} onSelectCell={selectCell} />
      ))}
    </div>
  );
}
