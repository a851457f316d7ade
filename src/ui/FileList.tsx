/**
 * The files picked, each with its size, a remove button and (on the web page) its state during a
 * run; the pane's and the page's pickers put it under their own buttons.
 */
import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { useUi } from "./context";
import { useLayoutStyles } from "./layout";
import { fileKey, type FileInfo } from "./model/files";
import { formatFileSize } from "./model/format";

const useStyles = makeStyles({
  file: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  name: { flexGrow: 1, minWidth: 0, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  size: { flexShrink: 0, color: tokens.colorNeutralForeground3 },
});

export interface FileListProps<F extends FileInfo> {
  readonly files: readonly F[];
  /** The id of the element that names the list. */
  readonly labelledBy: string;
  readonly onRemove: (file: F) => void;
  readonly disabled: boolean;
  /** What to show after a file's size (its state in a run), if anything. */
  readonly status?: (file: F, index: number) => ReactNode;
}

export function FileList<F extends FileInfo>({ files, labelledBy, onRemove, disabled, status }: FileListProps<F>): JSX.Element {
  const { t, lang } = useUi();
  const styles = { ...useLayoutStyles(), ...useStyles() };
  if (files.length === 0) return <Caption1>{t.noFiles}</Caption1>;
  return (
    <ul className={styles.list} aria-labelledby={labelledBy}>
      {files.map((f, i) => (
        <li key={fileKey(f)} className={styles.file}>
          <span className={styles.name} title={f.name}>
            {f.name}
          </span>
          <Caption1 className={styles.size}>{formatFileSize(f.size, lang)}</Caption1>
          {status?.(f, i)}
          <Button size="small" appearance="subtle" disabled={disabled} aria-label={t.removeFileNamed(f.name)} onClick={() => onRemove(f)}>
            {t.removeFile}
          </Button>
        </li>
      ))}
    </ul>
  );
}
