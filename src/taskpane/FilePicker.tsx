/**
 * The units' .xlsx files to consolidate: a Fluent button opens the browser's file dialog (several
 * files at once), each pick adds to the list, and each listed file can be removed again.
 */
import { Body1Strong, Button, Caption1, makeStyles, tokens, useId } from "@fluentui/react-components";
import { useRef } from "react";
import { useLayoutStyles } from "./layout";
import { usePane } from "./context";
import { fileKey } from "./model/files";
import { formatFileSize } from "./model/format";

const useStyles = makeStyles({
  picker: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  file: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  name: { flexGrow: 1, minWidth: 0, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  size: { flexShrink: 0, color: tokens.colorNeutralForeground3 },
});

export interface FilePickerProps {
  readonly files: readonly File[];
  readonly onAdd: (picked: readonly File[]) => void;
  readonly onRemove: (file: File) => void;
  readonly disabled: boolean;
}

export function FilePicker({ files, onAdd, onRemove, disabled }: FilePickerProps): JSX.Element {
  const { t, lang } = usePane();
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
      {files.length === 0 ? (
        <Caption1>{t.noFiles}</Caption1>
      ) : (
        <ul className={styles.list} aria-labelledby={labelId}>
          {files.map((f) => (
            <li key={fileKey(f)} className={styles.file}>
              <span className={styles.name} title={f.name}>
                {f.name}
              </span>
              <Caption1 className={styles.size}>{formatFileSize(f.size, lang)}</Caption1>
              <Button
                size="small"
                appearance="subtle"
                disabled={disabled}
                aria-label={t.removeFileNamed(f.name)}
                onClick={() => onRemove(f)}
              >
                {t.removeFile}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <Caption1>{t.workbookIncluded}</Caption1>
    </section>
  );
}
