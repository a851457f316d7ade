/** Template tab: choose a period and a unit, insert the unit's template sheets. */
import { Button, Dropdown, Field, Option, Spinner } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { ProgrammeBundle } from "../core/programme/schema";
import type { AddinService, ConflictChoice } from "../excel/service";
import { useAction } from "./action";
import { ConflictDialog, type Conflict } from "./ConflictDialog";
import { ErrorBar } from "./ErrorBar";
import { InsertedBar, type Inserted } from "./InsertedBar";
import { useLayoutStyles } from "./layout";
import { defaultPeriod, dueLabel, periodChoices, periodLabel, unitChoices } from "./model";
import { STRINGS, type Language } from "./strings";
import { UnitPicker } from "./UnitPicker";

export interface TemplateTabProps {
  readonly service: AddinService;
  readonly bundle: ProgrammeBundle;
  readonly lang: Language;
  readonly now: Date;
}

export function TemplateTab({ service, bundle, lang, now }: TemplateTabProps): JSX.Element {
  const t = STRINGS[lang];
  const styles = useLayoutStyles();
  const periods = useMemo(() => periodChoices(bundle.periods, now, bundle.programme), [bundle, now]);
  const [periodCode, setPeriodCode] = useState(() => defaultPeriod(periods, now)?.code);
  const period = periods.find((p) => p.code === periodCode);
  const units = useMemo(() => (period ? unitChoices(bundle.units, period) : []), [bundle, period]);
  const [picked, setPicked] = useState<string | undefined>(undefined);
  // A unit picked for one period may not report in another (communes merged in 2025).
  const unitCode = units.some((u) => u.code === picked) ? picked : undefined;
  const [conflict, setConflict] = useState<Conflict | undefined>(undefined);
  const [inserted, setInserted] = useState<Inserted | undefined>(undefined);
  const action = useAction();

  const insert = async (choice?: ConflictChoice): Promise<void> => {
    if (unitCode === undefined || period === undefined) return;
    setConflict(undefined);
    setInserted(undefined);
    const outcome = await action.run(() => service.insertTemplate(unitCode, period.code, choice));
    if (outcome?.status === "conflict") setConflict(outcome);
    if (outcome?.status === "inserted") setInserted(outcome);
  };

  const label = (code: string | undefined): string => {
    const p = periods.find((x) => x.code === code);
    return p ? t.periodOption(periodLabel(p, lang), dueLabel(p)) : "";
  };

  return (
    <div className={styles.tab}>
      <Field label={t.periodLabel}>
        <Dropdown
          value={label(periodCode)}
          selectedOptions={periodCode === undefined ? [] : [periodCode]}
          disabled={action.busy}
          onOptionSelect={(_, data) => setPeriodCode(data.optionValue)}
        >
          {periods.map((p) => (
            <Option key={p.code} value={p.code}>
              {label(p.code)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <UnitPicker key={periodCode} units={units} selected={unitCode} onSelect={setPicked} disabled={action.busy} lang={lang} />
      <div className={styles.actions}>
        <Button appearance="primary" disabled={action.busy || unitCode === undefined} onClick={() => void insert()}>
          {t.insert}
        </Button>
        {action.busy ? <Spinner size="tiny" label={t.inserting} /> : null}
      </div>
      {conflict ? (
        <ConflictDialog
          conflict={conflict}
          lang={lang}
          onChoose={(choice) => (choice === undefined ? setConflict(undefined) : void insert(choice))}
        />
      ) : null}
      {inserted ? <InsertedBar inserted={inserted} lang={lang} /> : null}
      <ErrorBar failure={action.failure} lang={lang} />
    </div>
  );
}
