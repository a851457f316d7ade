/**
 * Files to pick (the units' .xlsx files to consolidate by default; earlier reports to compare
 * with, annual reports to evaluate): a Fluent button opens the browser's file dialog (several
 * files at once), each pick adds to the list, and each listed file can be removed again.
 */
import { Body1Strong, Button, Caption1, makeStyles, tokens, useId } from "@fluentui/react-components";
import { useRef } from "react";
import { FileList } from "../ui/FileList";
import { useLayoutStyles } from "../ui/layout";
import { usePane } from "./context";

const useStyles = makeStyles({
  picker: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

export interface FilePickerProps {
  readonly files: readonly File[];
  readonly onAdd: (picked: readonly File[]) => void;
  readonly onRemove: (file: File) => void;
  readonly disabled: boolean;
  /** What the list is of, the button's words, the note under the list and the kinds of file accepted (the units' reports by default). */
  readonly label?: string;
  readonly pick?: string;
  readonly note?: string;
  readonly accept?: string;
}

export function FilePicker({ files, onAdd, onRemove, disabled, ...words }: FilePickerProps): JSX.Element {
  const { t } = usePane();
  const { label = t.filesLabel, pick = t.pickFiles, note = t.workbookIncluded, accept = ".xlsx" } = words;
  const styles = { ...useLayoutStyles(), ...useStyles() };
  const input = useRef<HTMLInputElement>(null);
  const labelId = useId("files-label");
  return (
    <section className={styles.picker} aria-labelledby={labelId}>
      <Body1Strong id={labelId}>{label}</Body1Strong>
      <input
        ref={input}
        type="file"
        accept={accept}
        multiple
        hidden
        aria-labelledby={labelId}
        onChange={(event) => {
          const picked = Array.from(event.target.files ?? []);
          // Cleared so that choosing the same file again after removing it is seen as a change.
          event.target.value = "";
          onAdd(picked);
        }}
      />
      <div className={styles.actions}>
        <Button disabled={disabled} onClick={() => input.current?.click()}>
          {pick}
        </Button>
      </div>
      <FileList files={files} labelledBy={labelId} onRemove={onRemove} disabled={disabled} />
      <Caption1>{note}</Caption1>
    </section>
  );
}
