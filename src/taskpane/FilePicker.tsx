/**
 * The units' .xlsx files to consolidate: a Fluent button opens the browser's file dialog (several
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
}

export function FilePicker({ files, onAdd, onRemove, disabled }: FilePickerProps): JSX.Element {
  const { t } = usePane();
  const styles = { ...useLayoutStyles(), ...useStyles() };
  const input = useRef<HTMLInputElement>(null);
  const labelId = useId("files-label");
  return (
    <section className={styles.picker} aria-labelledby={labelId}>
      <Body1Strong id={labelId}>{t.filesLabel}</Body1Strong>
      <input
        ref={input}
        type="file"
        accept=".xlsx"
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
          {t.pickFiles}
        </Button>
      </div>
      <FileList files={files} labelledBy={labelId} onRemove={onRemove} disabled={disabled} />
      <Caption1>{t.workbookIncluded}</Caption1>
    </section>
  );
}
