/**
 * Template tab: a period, and one unit or every unit of the period; the template downloaded as
 * .xlsx (every unit's as one .zip), the workbook `cchc-report template` writes.
 */
import { Button, Link, MessageBar, MessageBarBody, MessageBarTitle, Switch } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { useLayoutStyles } from "../ui/layout";
import { unitChoices } from "../ui/model/units";
import { PeriodPicker, usePeriodChoice } from "../ui/PeriodPicker";
import { UnitPicker } from "../ui/UnitPicker";
import { usePage } from "./context";
import { useJob } from "./job-state";
import type { TemplateResult } from "./model/jobs";
import { RunProgress, StopBar } from "./RunBars";

export function TemplateTab(): JSX.Element {
  const { bundle, t, save, busy } = usePage();
  const styles = useLayoutStyles();
  const { periods, periodCode, setPeriodCode, period } = usePeriodChoice();
  const units = useMemo(() => (period ? unitChoices(bundle.units, period) : []), [bundle, period]);
  const [picked, setPicked] = useState<string | undefined>(undefined);
  const [all, setAll] = useState(false);
  // A unit picked for one period may not report in another (communes merged in 2025).
  const unitCode = units.some((u) => u.code === picked) ? picked : undefined;
  const job = useJob();
  const [made, setMade] = useState<TemplateResult | undefined>(undefined);
  const ready = period !== undefined && (all || unitCode !== undefined);

  const download = async (): Promise<void> => {
    if (!ready) return;
    setMade(undefined);
    const result = await job.start({ kind: "template", period: period.code, unit: all ? undefined : unitCode });
    if (!result) return;
    setMade(result);
    save(result.download);
  };

  return (
    <div className={styles.tab}>
      <PeriodPicker periods={periods} selected={periodCode} onSelect={setPeriodCode} disabled={busy} />
      <Switch
        checked={all}
        disabled={busy}
        label={all ? `${t.allUnits}: ${t.allUnitsHint(units.length)}` : t.allUnits}
        onChange={(_, data) => setAll(data.checked)}
      />
      {all ? null : <UnitPicker key={periodCode} units={units} selected={unitCode} onSelect={setPicked} disabled={busy} />}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy || !ready} onClick={() => void download()}>
          {all ? t.downloadAll : t.downloadTemplate}
        </Button>
      </div>
      <RunProgress
        state={job.state}
        label={(p) => (p ? t.makingTemplates(p.done, p.total, p.file) : t.makingTemplates(0, all ? units.length : 1, undefined))}
        onCancel={job.cancel}
      />
      <StopBar state={job.state} />
      {made ? (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>
              {made.units === 1 ? t.templateReady(made.download.name) : t.templatesReady(made.units, made.download.name)}
            </MessageBarTitle>
            <Link onClick={() => save(made.download)}>{t.saveAgain(made.download.name)}</Link>
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
}
