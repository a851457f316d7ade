/**
 * The files to check or consolidate: picked (several at once), a whole folder picked, or dropped
 * (files and folders). From a folder only what the command line takes from one. Each file is
 * listed once, in the order it will be read, with its state during and after a run.
 */
import { Badge, Body1Strong, Button, Caption1, makeStyles, mergeClasses, tokens, useId } from "@fluentui/react-components";
import { useRef, useState, type ReactNode, type RefObject } from "react";
import { FileList } from "../ui/FileList";
import { fileKey } from "../ui/model/files";
import { useLayoutStyles } from "../ui/layout";
import { usePage } from "./context";
import { droppedFiles } from "./drop";
import type { JobState } from "./job-state";
import { folderReports, withPicked } from "./model/files";
import type { FileState } from "./model/jobs";

const useStyles = makeStyles({
  picker: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  zone: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  over: { border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  scroll: { maxHeight: "22em", overflowY: "auto" },
});

export interface FilePickerProps {
  readonly files: readonly File[];
  readonly onAdd: (picked: readonly File[]) => void;
  readonly onRemove: (file: File) => void;
  readonly onClear: () => void;
  readonly disabled: boolean;
  /** A file's state in the run, by its index, if any. */
  readonly status?: (file: File, index: number) => ReactNode;
}

/** An <input type=file> that adds what is picked; cleared after each pick so the same file can be picked again. */
function HiddenInput(props: {
  readonly inputRef: RefObject<HTMLInputElement>;
  readonly folder: boolean;
  readonly labelledBy: string;
  readonly onPick: (files: File[]) => void;
}): JSX.Element {
  // React does not know webkitdirectory; it is passed as a plain attribute.
  const folder = props.folder ? { webkitdirectory: "", directory: "" } : { accept: ".xlsx", multiple: true };
  return (
    <input
      ref={props.inputRef}
      type="file"
      hidden
      aria-labelledby={props.labelledBy}
      data-picker={props.folder ? "folder" : "files"}
      {...folder}
      onChange={(event) => {
        const picked = Array.from(event.target.files ?? []);
        event.target.value = "";
        props.onPick(props.folder ? folderReports(picked) : picked);
      }}
    />
  );
}

export function FilePicker({ files, onAdd, onRemove, onClear, disabled, status }: FilePickerProps): JSX.Element {
  const { t, canPickFolder } = usePage();
  const styles = { ...useLayoutStyles(), ...useStyles() };
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const labelId = useId("files-label");
  const [over, setOver] = useState(false);
  return (
    <section className={styles.picker} aria-labelledby={labelId}>
      <Body1Strong id={labelId}>{t.filesLabel}</Body1Strong>
      <HiddenInput inputRef={filesInput} folder={false} labelledBy={labelId} onPick={onAdd} />
      {canPickFolder ? <HiddenInput inputRef={folderInput} folder labelledBy={labelId} onPick={onAdd} /> : null}
      <div
        className={mergeClasses(styles.zone, over && styles.over)}
        onDragOver={(event) => {
          if (disabled) return;
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(event) => {
          event.preventDefault();
          setOver(false);
          if (!disabled) void droppedFiles(event.dataTransfer).then(onAdd);
        }}
      >
        <div className={styles.actions}>
          <Button disabled={disabled} onClick={() => filesInput.current?.click()}>
            {t.pickFiles}
          </Button>
          {canPickFolder ? (
            <Button disabled={disabled} onClick={() => folderInput.current?.click()}>
              {t.pickFolder}
            </Button>
          ) : null}
          <Caption1>{t.dropHere}</Caption1>
          {files.length > 1 ? (
            <Button appearance="subtle" disabled={disabled} onClick={onClear}>
              {t.clearFiles}
            </Button>
          ) : null}
        </div>
        <div className={styles.scroll}>
          <FileList files={files} labelledBy={labelId} onRemove={onRemove} disabled={disabled} {...(status ? { status } : {})} />
        </div>
        <Caption1>{t.folderNote}</Caption1>
      </div>
    </section>
  );
}

const STATUS_COLOR: Readonly<Record<FileState["status"], "success" | "warning" | "danger" | "informative">> = {
  checked: "informative",
  accepted: "success",
  duplicate: "warning",
  unknown_unit: "danger",
  wrong_period: "danger",
  not_template: "danger",
  unreadable: "danger",
};

/** A file's state as a badge: waiting, being read, or what reading it found (with the reason as its title). */
export function FileStatus({ state, reading }: { readonly state: FileState | undefined; readonly reading: boolean }): JSX.Element {
  const { t } = usePage();
  if (state === undefined)
    return (
      // "informative": an outline badge in "subtle" is white on white.
      <Badge appearance="outline" color="informative">
        {reading ? t.fileStates.reading : t.fileStates.waiting}
      </Badge>
    );
  const errors = state.status === "checked" || state.status === "accepted" ? state.errors : 0;
  const label = errors > 0 ? `${t.fileStates[state.status]}, ${t.fileErrors(errors)}` : t.fileStates[state.status];
  return (
    <Badge appearance="tint" color={errors > 0 ? "warning" : STATUS_COLOR[state.status]} {...(state.detail ? { title: state.detail } : {})}>
      {label}
    </Badge>
  );
}

/**
 * A job tab's files: picked, dropped, removed, each with its state in the running or last job (the
 * file being read marked as such, not a file while the result is being written).
 */
export function JobFilePicker(props: {
  readonly files: readonly File[];
  readonly onChange: (files: readonly File[]) => void;
  readonly disabled: boolean;
  readonly job: JobState;
}): JSX.Element {
  const { files, onChange, disabled, job } = props;
  return (
    <FilePicker
      files={files}
      onAdd={(picked) => onChange(withPicked(files, picked))}
      onRemove={(file) => onChange(files.filter((f) => fileKey(f) !== fileKey(file)))}
      onClear={() => onChange([])}
      disabled={disabled}
      status={(_, i) =>
        job.running || job.files[i] !== undefined ? (
          <FileStatus state={job.files[i]} reading={job.running && job.progress?.stage === "reading" && job.progress.done === i} />
        ) : null
      }
    />
  );
}
