/** Check tab: check every unit's sheets in the workbook, list the problems, mark and clear their cells. */
import { Button, MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import { useState } from "react";
import type { ProgrammeBundle } from "../core/programme/schema";
import type { AddinService, WorkbookCheck } from "../excel/service";
import { useAction } from "./action";
import { ErrorBar } from "./ErrorBar";
import { useLayoutStyles } from "./layout";
import { markableIssues } from "./model";
import { STRINGS, type Language } from "./strings";
import { UnitResult } from "./UnitResult";

export interface CheckTabProps {
  readonly service: AddinService;
  readonly bundle: ProgrammeBundle;
  readonly lang: Language;
}

export function CheckTab({ service, bundle, lang }: CheckTabProps): JSX.Element {
  const t = STRINGS[lang];
  const styles = useLayoutStyles();
  const action = useAction();
  const [checking, setChecking] = useState(false);
  const [result, setResult] = useState<WorkbookCheck | undefined>(undefined);
  const [note, setNote] = useState<string | undefined>(undefined);
  const markable = result ? markableIssues(result.units) : [];

  const runCheck = async (): Promise<void> => {
    setNote(undefined);
    setChecking(true);
    const checked = await action.run(() => service.checkWorkbook());
    setChecking(false);
    if (checked) setResult(checked);
  };
  const mark = async (): Promise<void> => {
    setNote(undefined);
    const count = await action.run(() => service.markIssues(markable));
    if (count !== undefined) setNote(t.marked(count));
  };
  const clear = async (): Promise<void> => {
    setNote(undefined);
    const count = await action.run(() => service.clearMarks());
    if (count !== undefined) setNote(t.cleared(count));
  };
  const selectCell = (sheet: string, cell: string): void => void action.run(() => service.selectCell(sheet, cell));

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
      {checking ? <Spinner label={t.checking} /> : null}
      {note !== undefined ? (
        <MessageBar intent="info">
          <MessageBarBody>{note}</MessageBarBody>
        </MessageBar>
      ) : null}
      <ErrorBar failure={action.failure} lang={lang} />
      {result?.units.length === 0 ? (
        <MessageBar intent="warning">
          <MessageBarBody>{t.noTemplates}</MessageBarBody>
        </MessageBar>
      ) : null}
      {result?.units.map((u, i) => (
        <UnitResult key={`${u.unit ?? "?"}-${u.period ?? "?"}-${i}`} check={u} bundle={bundle} lang={lang} onSelectCell={selectCell} />
      ))}
    </div>
  );
}
