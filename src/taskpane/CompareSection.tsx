/**
 * "So sánh với báo cáo trước" in the Consolidate tab: the report already in the workbook (a
 * checkbox) and/or earlier reports picked as files (.xlsx or summary .json), to compare the new
 * report with. Which role each takes (previous period, same period last year) the add-in decides
 * from the periods the reports state.
 */
import { Caption1, Checkbox, Subtitle2, makeStyles, tokens, useId } from "@fluentui/react-components";
import { addFiles, fileKey } from "../ui/model/files";
import { usePane } from "./context";
import { FilePicker } from "./FilePicker";

const useStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalS,
  },
  heading: { margin: 0 },
});

export interface CompareChoice {
  readonly workbook: boolean;
  readonly files: readonly File[];
}

export interface CompareSectionProps {
  readonly choice: CompareChoice;
  readonly onChange: (choice: CompareChoice) => void;
  readonly disabled: boolean;
}

export function CompareSection({ choice, onChange, disabled }: CompareSectionProps): JSX.Element {
  const { t } = usePane();
  const styles = useStyles();
  const headingId = useId("compare");
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId} className={styles.heading}>
        {t.compareTitle}
      </Subtitle2>
      <Checkbox
        checked={choice.workbook}
        disabled={disabled}
        label={t.compareWorkbook}
        onChange={(_, data) => onChange({ ...choice, workbook: data.checked === true })}
      />
      <Caption1>{t.compareWorkbookNote}</Caption1>
      <FilePicker
        files={choice.files}
        onAdd={(picked) => onChange({ ...choice, files: addFiles(choice.files, picked) })}
        onRemove={(file) => onChange({ ...choice, files: choice.files.filter((f) => fileKey(f) !== fileKey(file)) })}
        disabled={disabled}
        label={t.compareFilesLabel}
        pick={t.comparePick}
        note={t.compareNote}
        accept=".xlsx,.json"
      />
    </section>
  );
}
