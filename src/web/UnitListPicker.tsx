/**
 * The consolidation's unit list, optional: a JSON data file used instead of the built-in list,
 * as the command line's `--units`. Validated when picked; a broken list is refused with each
 * problem located, and the tab does not consolidate until it is replaced or removed.
 */
import {
  Body1,
  Body1Strong,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
  useId,
} from "@fluentui/react-components";
import { useRef } from "react";
import { formatProblem } from "../core/programme/problem-words";
import { useLayoutStyles } from "../ui/layout";
import { usePage } from "./context";
import { chooseUnitList, type UnitListChoice } from "./model/unit-list";

const useStyles = makeStyles({
  picker: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  problems: { maxHeight: "12em", overflowY: "auto", fontFamily: tokens.fontFamilyMonospace },
});

export interface UnitListPickerProps {
  readonly choice: UnitListChoice | undefined;
  readonly onChoose: (choice: UnitListChoice | undefined) => void;
  readonly disabled: boolean;
}

function Refused({ choice }: { readonly choice: Extract<UnitListChoice, { kind: "refused" }> }): JSX.Element {
  const { t, lang } = usePage();
  const styles = { ...useLayoutStyles(), ...useStyles() };
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{t.unitListRefusedTitle}</MessageBarTitle>
        {t.unitListRefused(choice.name)}
        <ul className={`${styles.list} ${styles.problems}`}>
          {choice.problems.map((p, i) => (
            <li key={i}>{formatProblem(p, lang)}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}

export function UnitListPicker({ choice, onChoose, disabled }: UnitListPickerProps): JSX.Element {
  const { t, bundle } = usePage();
  const styles = { ...useLayoutStyles(), ...useStyles() };
  const input = useRef<HTMLInputElement>(null);
  const labelId = useId("unit-list-label");
  const pick = async (file: File): Promise<void> => onChoose(chooseUnitList(file.name, await file.text()));
  return (
    <section className={styles.picker} aria-labelledby={labelId}>
      <Body1Strong id={labelId}>{t.unitListLabel}</Body1Strong>
      <input
        ref={input}
        type="file"
        hidden
        accept=".json,application/json"
        aria-labelledby={labelId}
        data-picker="units"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = "";
          if (file) void pick(file);
        }}
      />
      <div className={styles.actions}>
        <Button disabled={disabled} onClick={() => input.current?.click()}>
          {t.unitListPick}
        </Button>
        {choice?.kind === "chosen" ? <Body1>{t.unitListChosen(choice.file.source, choice.list.units.length)}</Body1> : null}
        {choice ? (
          <Button appearance="subtle" disabled={disabled} onClick={() => onChoose(undefined)}>
            {t.unitListRemove}
          </Button>
        ) : null}
      </div>
      {choice?.kind === "refused" ? <Refused choice={choice} /> : null}
      <Caption1>{t.unitListNote(bundle.units.units.length)}</Caption1>
    </section>
  );
}
