/**
 * A searchable list of the units that report in the chosen period. Typing filters by name or
 * code without diacritics ("so noi" finds Sở Nội vụ); typing clears the choice until an option
 * is picked again, so the template never goes to a unit the user did not pick.
 */
import { Combobox, Field, Option, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { useUi } from "./context";
import { filterUnits, type UnitChoice } from "./model/units";

const useStyles = makeStyles({
  code: { marginLeft: tokens.spacingHorizontalS, color: tokens.colorNeutralForeground3 },
});

export interface UnitPickerProps {
  readonly units: readonly UnitChoice[];
  readonly selected: string | undefined;
  readonly onSelect: (code: string | undefined) => void;
  readonly disabled: boolean;
}

export function UnitPicker({ units, selected, onSelect, disabled }: UnitPickerProps): JSX.Element {
  const { t } = useUi();
  const styles = useStyles();
  const [text, setText] = useState(() => units.find((u) => u.code === selected)?.name ?? "");
  // What the user typed since the last pick; after a pick the whole list shows again.
  const [query, setQuery] = useState("");
  const shown = useMemo(() => filterUnits(units, query), [units, query]);
  return (
    <Field label={t.unitLabel} hint={t.unitCount(shown.length, units.length)}>
      <Combobox
        freeform
        disabled={disabled}
        placeholder={t.unitPlaceholder}
        value={text}
        selectedOptions={selected === undefined ? [] : [selected]}
        onChange={(event) => {
          setText(event.target.value);
          setQuery(event.target.value);
          if (selected !== undefined) onSelect(undefined);
        }}
        onOptionSelect={(_, data) => {
          const unit = units.find((u) => u.code === data.optionValue);
          setText(unit?.name ?? "");
          setQuery("");
          onSelect(unit?.code);
        }}
      >
        {shown.map((u) => (
          <Option key={u.code} value={u.code} text={u.name}>
            {u.name}
            <span className={styles.code}>{u.code}</span>
          </Option>
        ))}
        {shown.length === 0 ? (
          <Option key="" value="" text="" disabled>
            {t.unitNoMatch}
          </Option>
        ) : null}
      </Combobox>
    </Field>
  );
}
