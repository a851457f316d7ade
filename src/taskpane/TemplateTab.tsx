/** Template tab: choose a period and a unit, insert the unit's template sheets. */
import { Button, Spinner } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { ConflictChoice } from "../excel/service";
import { useAction } from "./action";
import { ConflictDialog, type Conflict } from "./ConflictDialog";
import { usePane } from "./context";
import { ErrorBar } from "./ErrorBar";
import { InsertedBar, type Inserted } from "./InsertedBar";
import { useLayoutStyles } from "../ui/layout";
import { unitChoices } from "../ui/model/units";
import { PeriodPicker, usePeriodChoice } from "../ui/PeriodPicker";
import { UnitPicker } from "../ui/UnitPicker";

export function TemplateTab(): JSX.Element {
  const { service, bundle, t } = usePane();
  const styles = useLayoutStyles();
  const { periods, periodCode, setPeriodCode, period } = usePeriodChoice();
  const units = useMemo(() => (period ? unitChoices(bundle.units, period) : []), [bundle, period]);
  const [picked, setPicked] = useState<string | undefined>(undefined);
  // A unit picked for one period may not report in another (communes merged in 2025).
  const unitCode = units.some((u) => u.code === picked) ? picked : undefined;
  const [conflict, setConflict] = useState<Conflict | undefined>(undefined);
  const [inserted, setInserted] = useState<Inserted | undefined>(undefined);
  const action = useAction<"insert">();

  const insert = async (choice?: ConflictChoice): Promise<void> => {
    if (unitCode === undefined || period === undefined) return;
    setConflict(undefined);
    setInserted(undefined);
    const outcome = await action.run("insert", () => service.insertTemplate(unitCode, period.code, choice));
    if (outcome?.status === "conflict") setConflict(outcome);
    if (outcome?.status === "inserted") setInserted(outcome);
  };

  return (
    <div className={styles.tab}>
      <PeriodPicker periods={periods} selected={periodCode} onSelect={setPeriodCode} disabled={action.busy} />
      <UnitPicker key={periodCode} units={units} selected={unitCode} onSelect={setPicked} disabled={action.busy} />
      <div className={styles.actions}>
        <Button appearance="primary" disabled={action.busy || unitCode === undefined} onClick={() => void insert()}>
          {t.insert}
        </Button>
        {action.running === "insert" ? <Spinner size="tiny" label={t.inserting} /> : null}
      </div>
      {conflict ? (
        <ConflictDialog conflict={conflict} onChoose={(choice) => (choice === undefined ? setConflict(undefined) : void insert(choice))} />
      ) : null}
      {inserted ? <InsertedBar inserted={inserted} /> : null}
      <ErrorBar failure={action.failure} />
    </div>
  );
}
