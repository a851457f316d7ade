/** The reporting period: one of the periods offered (periodChoices), labelled with its due date. */
import { Dropdown, Field, Option } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { Period } from "../core/programme/period";
import { useUi } from "./context";
import { defaultPeriod, dueLabel, periodChoices, periodLabel } from "./model/periods";

export interface PeriodChoice {
  readonly periods: readonly Period[];
  readonly periodCode: string | undefined;
  readonly setPeriodCode: (code: string | undefined) => void;
  /** The chosen period, when the code is one of those offered. */
  readonly period: Period | undefined;
}

/** The periods offered today and the one chosen, preselecting the period most likely reported now. */
export function usePeriodChoice(): PeriodChoice {
  const { bundle, now } = useUi();
  const periods = useMemo(() => periodChoices(bundle.periods, now, bundle.programme), [bundle, now]);
  const [periodCode, setPeriodCode] = useState(() => defaultPeriod(periods, now)?.code);
  return { periods, periodCode, setPeriodCode, period: periods.find((p) => p.code === periodCode) };
}

export interface PeriodPickerProps {
  readonly periods: readonly Period[];
  readonly selected: string | undefined;
  readonly onSelect: (code: string | undefined) => void;
  readonly disabled: boolean;
}

export function PeriodPicker({ periods, selected, onSelect, disabled }: PeriodPickerProps): JSX.Element {
  const { t, lang } = useUi();
  const label = (code: string | undefined): string => {
    const p = periods.find((x) => x.code === code);
    return p ? t.periodOption(periodLabel(p, lang), dueLabel(p)) : "";
  };
  return (
    <Field label={t.periodLabel}>
      <Dropdown
        value={label(selected)}
        selectedOptions={selected === undefined ? [] : [selected]}
        disabled={disabled}
        onOptionSelect={(_, data) => onSelect(data.optionValue)}
      >
        {periods.map((p) => (
          <Option key={p.code} value={p.code}>
            {label(p.code)}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
