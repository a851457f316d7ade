/** Asks what to do when the template's sheet names are taken: replace them, use other names, or stop. */
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from "@fluentui/react-components";
import type { SheetRole } from "../core/template/spec";
import type { ConflictChoice } from "../excel/service";
import { usePane } from "./context";
import { sheetNameList } from "./model/template";

export interface Conflict {
  readonly existing: readonly string[];
  readonly suggestedNames: Readonly<Record<SheetRole, string>>;
}

export interface ConflictDialogProps {
  readonly conflict: Conflict;
  /** undefined: cancelled. */
  readonly onChoose: (choice: ConflictChoice | undefined) => void;
}

export function ConflictDialog({ conflict, onChoose }: ConflictDialogProps): JSX.Element {
  const { t } = usePane();
  const newNames = sheetNameList(conflict.suggestedNames).join(", ");
  return (
    <Dialog open modalType="alert" onOpenChange={(_, data) => data.open || onChoose(undefined)}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t.conflictTitle}</DialogTitle>
          <DialogContent>
            <p>{t.conflictBody}</p>
            <ul>
              {conflict.existing.map((name) => (
                <li key={name}>{name}</li>
              ))}
            </ul>
            <p>{t.conflictRenameNames(newNames)}</p>
          </DialogContent>
          <DialogActions fluid>
            <Button onClick={() => onChoose("replace")}>{t.conflictReplace}</Button>
            {/* The safe choice is the default: nothing the user typed is overwritten. */}
            <Button appearance="primary" onClick={() => onChoose("rename")}>
              {t.conflictRename}
            </Button>
            <Button onClick={() => onChoose(undefined)}>{t.conflictCancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
